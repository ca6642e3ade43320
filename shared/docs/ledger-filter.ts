// Which issues a 台账 lists: a pure filter over meetings, shared with the screens.
import type { MeetingBundle } from '../domain/bundle';
import { liveBundle } from '../domain/bundle';
import { formatChineseDate } from '../domain/dates';
import { isOverdue } from '../domain/deadline';
import type { Issue, Meeting } from '../domain/schemas';
import type { IssueStatus } from '../domain/vocabulary';

export type LedgerFilter = {
  village?: string;
  /** First meeting date included, YYYY-MM-DD. */
  from?: string;
  /** Last meeting date included, YYYY-MM-DD. */
  to?: string;
  status?: IssueStatus;
  category?: string;
  /** Only open issues past their deadline on `today`. */
  overdueOnly?: boolean;
};

export type LedgerRow = { meeting: Meeting; bundle: MeetingBundle; issue: Issue };

const given = (value: string | undefined): value is string =>
  value !== undefined && value.trim() !== '';

/** The live issues of live meetings that pass the filter, by meeting date then number. */
export function filterLedger(
  bundles: readonly MeetingBundle[],
  filter: LedgerFilter,
  today: string,
): LedgerRow[] {
  const rows: LedgerRow[] = [];
  for (const raw of bundles) {
    if (raw.meeting.deletedAt !== null) continue;
    const bundle = liveBundle(raw);
    const m = bundle.meeting;
    if (given(filter.village) && m.village.trim() !== filter.village.trim()) continue;
    if (given(filter.from) && m.date < filter.from) continue;
    if (given(filter.to) && m.date > filter.to) continue;
    for (const issue of bundle.issues) {
      if (filter.status && issue.status !== filter.status) continue;
      if (given(filter.category) && issue.category.trim() !== filter.category.trim()) continue;
      if (filter.overdueOnly && !isOverdue(issue, today)) continue;
      rows.push({ meeting: m, bundle, issue });
    }
  }
  return rows.sort(
    (a, b) =>
      a.meeting.date.localeCompare(b.meeting.date) ||
      a.meeting.id.localeCompare(b.meeting.id) ||
      a.issue.seq - b.issue.seq,
  );
}

/** The filter in words, for the line under the ledger's title and its file name. */
export function describeLedgerFilter(filter: LedgerFilter): string {
  const parts: string[] = [];
  if (given(filter.from) || given(filter.to)) {
    const from = given(filter.from) ? formatChineseDate(filter.from) : '';
    const to = given(filter.to) ? formatChineseDate(filter.to) : '';
    parts.push(from && to ? `${from}至${to}` : from ? `${from}起` : `截至${to}`);
  }
  if (filter.status) parts.push(`状态：${filter.status}`);
  if (given(filter.category)) parts.push(`类别：${filter.category.trim()}`);
  if (filter.overdueOnly) parts.push('仅逾期');
  return parts.join('；');
}
