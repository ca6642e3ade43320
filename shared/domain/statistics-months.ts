// Meetings held and issues collected per month, for the statistics' first chart. Counted as the
// statistics count them (statistics.ts): live meetings that were held (not 筹备) and the live
// issues raised at them, by the meeting's date.
import type { DateRange } from './statistics-period';
import type { StatisticsRecords } from './statistics';

export type MonthCount = { month: string; meetings: number; issues: number };

/** "2026-03" → "2026-04"; "2026-12" → "2027-01". */
function nextMonth(month: string): string {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
}

/**
 * The months a chart shows for a period: every month it touches when it spans three or more
 * (at most the last 36), else the twelve months up to its last, so a month's report shows the
 * year leading to it.
 */
export function chartMonths(range: DateRange): string[] {
  const last = range.end.slice(0, 7);
  let first = range.start.slice(0, 7);
  const span = (a: string, b: string) =>
    (Number(b.slice(0, 4)) - Number(a.slice(0, 4))) * 12 +
    Number(b.slice(5, 7)) -
    Number(a.slice(5, 7)) +
    1;
  if (span(first, last) < 3) {
    const year = Number(last.slice(0, 4));
    const month = Number(last.slice(5, 7));
    first = month === 12 ? `${year}-01` : `${year - 1}-${String(month + 1).padStart(2, '0')}`;
  }
  const months: string[] = [];
  for (let m = first; m <= last; m = nextMonth(m)) months.push(m);
  return months.slice(-36);
}

export function monthlyCounts(
  records: Pick<StatisticsRecords, 'meetings' | 'issues'>,
  months: readonly string[],
): MonthCount[] {
  const counts = new Map(months.map((month) => [month, { month, meetings: 0, issues: 0 }]));
  const monthOf = new Map<string, MonthCount>();
  for (const meeting of records.meetings) {
    if (meeting.deletedAt !== null || meeting.status === '筹备') continue;
    const count = counts.get(meeting.date.slice(0, 7));
    if (!count) continue;
    count.meetings += 1;
    monthOf.set(meeting.id, count);
  }
  for (const issue of records.issues) {
    if (issue.deletedAt !== null) continue;
    const count = monthOf.get(issue.meetingId);
    if (count) count.issues += 1;
  }
  return [...counts.values()];
}
