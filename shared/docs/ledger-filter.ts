// Which issues a 台账 lists: one pure filter over meetings, shared by the 台账 screen, its .docx
// and its .xlsx, so all three list exactly the same rows.
import type { MeetingBundle } from '../domain/bundle';
import { liveBundle } from '../domain/bundle';
import { formatChineseDate } from '../domain/dates';
import { deadlineState } from '../domain/deadline';
import type { Issue, Meeting } from '../domain/schemas';
import type { IssueStatus } from '../domain/vocabulary';

/** 逾期: open past its deadline; 即将到期: open, due today or within the next two days (三天内). */
export type LedgerDue = 'overdue' | 'due-soon';

export type LedgerFilter = {
  village?: string;
  group?: string;
  /** First meeting date included, YYYY-MM-DD. */
  from?: string;
  /** Last meeting date included, YYYY-MM-DD. */
  to?: string;
  status?: IssueStatus;
  category?: string;
  /** 责任单位 */
  unit?: string;
  /** 责任人 */
  owner?: string;
  due?: LedgerDue;
  /** Words that must each appear in one of the columns the 台账 shows (ledgerSearchText). */
  text?: string;
};

export type LedgerRow = { meeting: Meeting; bundle: MeetingBundle; issue: Issue };

const given = (value: string | undefined): value is string =>
  value !== undefined && value.trim() !== '';

const same = (value: string, wanted: string | undefined) =>
  !given(wanted) || value.trim() === wanted.trim();

/** What a text search looks in: the columns of the 台账 screen (村组, 反映人, 诉求内容, 类别,
 * 责任单位, 责任人, 状态), lower-cased so Latin letters match either case. */
export function ledgerSearchText(meeting: Meeting, issue: Issue): string {
  return [
    meeting.village,
    meeting.group,
    issue.raisedBy,
    issue.description,
    issue.category,
    issue.unit,
    issue.owner,
    issue.status,
  ]
    .join('\n')
    .toLowerCase();
}

function searchTerms(text: string | undefined): string[] {
  return given(text) ? text.toLowerCase().split(/\s+/).filter(Boolean) : [];
}

function issuePasses(
  meeting: Meeting,
  issue: Issue,
  filter: LedgerFilter,
  terms: readonly string[],
  today: string,
): boolean {
  if (filter.status && issue.status !== filter.status) return false;
  if (!same(issue.category, filter.category)) return false;
  if (!same(issue.unit, filter.unit)) return false;
  if (!same(issue.owner, filter.owner)) return false;
  if (filter.due && deadlineState(issue, today) !== filter.due) return false;
  if (terms.length > 0) {
    const haystack = ledgerSearchText(meeting, issue);
    if (!terms.every((t) => haystack.includes(t))) return false;
  }
  return true;
}

/** The live issues of live meetings that pass the filter, by meeting date then number. */
export function filterLedger(
  bundles: readonly MeetingBundle[],
  filter: LedgerFilter,
  today: string,
): LedgerRow[] {
  const terms = searchTerms(filter.text);
  const rows: LedgerRow[] = [];
  for (const raw of bundles) {
    if (raw.meeting.deletedAt !== null) continue;
    const m = raw.meeting;
    if (!same(m.village, filter.village) || !same(m.group, filter.group)) continue;
    if (given(filter.from) && m.date < filter.from) continue;
    if (given(filter.to) && m.date > filter.to) continue;
    const bundle = liveBundle(raw);
    for (const issue of bundle.issues) {
      if (issuePasses(m, issue, filter, terms, today)) rows.push({ meeting: m, bundle, issue });
    }
  }
  return rows.sort(
    (a, b) =>
      a.meeting.date.localeCompare(b.meeting.date) ||
      a.meeting.id.localeCompare(b.meeting.id) ||
      a.issue.seq - b.issue.seq,
  );
}

const dueWords: Record<LedgerDue, string> = { overdue: '仅逾期', 'due-soon': '仅三天内到期' };

/** The filter in words, for the line under the ledger's title and its file name. */
export function describeLedgerFilter(filter: LedgerFilter): string {
  const parts: string[] = [];
  if (given(filter.from) || given(filter.to)) {
    const from = given(filter.from) ? formatChineseDate(filter.from) : '';
    const to = given(filter.to) ? formatChineseDate(filter.to) : '';
    parts.push(from && to ? `${from}至${to}` : from ? `${from}起` : `截至${to}`);
  }
  if (given(filter.group)) parts.push(`组：${filter.group.trim()}`);
  if (filter.status) parts.push(`状态：${filter.status}`);
  if (given(filter.category)) parts.push(`类别：${filter.category.trim()}`);
  if (given(filter.unit)) parts.push(`责任单位：${filter.unit.trim()}`);
  if (given(filter.owner)) parts.push(`责任人：${filter.owner.trim()}`);
  if (filter.due) parts.push(dueWords[filter.due]);
  if (given(filter.text)) parts.push(`含“${filter.text.trim()}”`);
  return parts.join('；');
}
