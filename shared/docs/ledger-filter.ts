// Which issues a 台账 lists: one pure filter over meetings, shared by the 台账 screen, its .docx
// and its .xlsx, so all three list exactly the same rows.
import type { MeetingBundle } from '../domain/bundle';
import { liveBundle } from '../domain/bundle';
import { formatChineseDate } from '../domain/dates';
import { deadlineState } from '../domain/deadline';
import type { Issue, Meeting } from '../domain/schemas';
import type { IssueStatus } from '../domain/vocabulary';
import { copyRules, createRedactor } from './privacy';
import type { Privacy } from './privacy';

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

/** Every live issue of every live meeting once, in the 台账's order (meeting date, meeting,
 * number), with its search text and its trimmed fields: made once per read of the data, so each
 * change of the filter only compares (the 台账 screen refilters 20,000 issues on every keystroke). */
export type LedgerIndex = readonly IndexedRow[];

type Field = 'village' | 'group' | 'category' | 'unit' | 'owner';
type IndexedRow = { row: LedgerRow; haystack: string } & Record<Field, string>;

export function indexLedger(bundles: readonly MeetingBundle[]): LedgerIndex {
  const rows: IndexedRow[] = [];
  for (const raw of bundles) {
    if (raw.meeting.deletedAt !== null) continue;
    const meeting = raw.meeting;
    const bundle = liveBundle(raw);
    for (const issue of bundle.issues) {
      rows.push({
        row: { meeting, bundle, issue },
        haystack: ledgerSearchText(meeting, issue),
        village: meeting.village.trim(),
        group: meeting.group.trim(),
        category: issue.category.trim(),
        unit: issue.unit.trim(),
        owner: issue.owner.trim(),
      });
    }
  }
  return rows.sort(
    ({ row: a }, { row: b }) =>
      a.meeting.date.localeCompare(b.meeting.date) ||
      a.meeting.id.localeCompare(b.meeting.id) ||
      a.issue.seq - b.issue.seq,
  );
}

const fields: readonly Field[] = ['village', 'group', 'category', 'unit', 'owner'];

/** The rows of an index that pass the filter, in the index's order. */
export function filterLedgerIndex(
  index: LedgerIndex,
  filter: LedgerFilter,
  today: string,
): LedgerRow[] {
  const terms = searchTerms(filter.text);
  // A field given is compared trimmed on both sides; one not given lets every row pass.
  const wanted = fields.flatMap((f) => {
    const value = filter[f];
    return given(value) ? [{ field: f, value: value.trim() }] : [];
  });
  const from = given(filter.from) ? filter.from : undefined;
  const to = given(filter.to) ? filter.to : undefined;
  const rows: LedgerRow[] = [];
  for (const indexed of index) {
    const { meeting, issue } = indexed.row;
    if (!wanted.every((w) => indexed[w.field] === w.value)) continue;
    if ((from !== undefined && meeting.date < from) || (to !== undefined && meeting.date > to))
      continue;
    if (filter.status && issue.status !== filter.status) continue;
    if (filter.due && deadlineState(issue, today) !== filter.due) continue;
    if (terms.every((t) => indexed.haystack.includes(t))) rows.push(indexed.row);
  }
  return rows;
}

/** The live issues of live meetings that pass the filter, by meeting date then number. */
export function filterLedger(
  bundles: readonly MeetingBundle[],
  filter: LedgerFilter,
  today: string,
): LedgerRow[] {
  return filterLedgerIndex(indexLedger(bundles), filter, today);
}

const dueWords: Record<LedgerDue, string> = { overdue: '仅逾期', 'due-soon': '仅三天内到期' };

/** The search text as a copy may print it: typed words can name a villager or hold a phone, so
 * the public copy only says that there was a search, and the default copy masks phones in it. */
function searchWords(text: string, privacy: Privacy): string {
  if (copyRules[privacy].villagerNames === 'masked') return '按关键词筛选';
  return `含“${createRedactor(privacy).text(text)}”`;
}

/** The filter in words, for the line under the ledger's title and its file name, under the
 * copy's rules. */
export function describeLedgerFilter(filter: LedgerFilter, privacy: Privacy = 'masked'): string {
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
  if (given(filter.text)) parts.push(searchWords(filter.text.trim(), privacy));
  return parts.join('；');
}
