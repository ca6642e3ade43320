// The period a statistics report covers (domain.md §4): a month, a quarter, a year or two dates,
// both inclusive. Meetings are dated by their local day (dates.ts), so a meeting at 23:59 on the
// last day falls inside, whatever its time.
import { formatChineseDate, isValidIsoDate } from './dates';

export type Period =
  | { kind: 'month'; year: number; month: number }
  | { kind: 'quarter'; year: number; quarter: 1 | 2 | 3 | 4 }
  | { kind: 'year'; year: number }
  | { kind: 'custom'; start: string; end: string };

export type DateRange = { start: string; end: string };

const pad = (n: number) => String(n).padStart(2, '0');

/** The last day of a month (1–12): 28, 29, 30 or 31. */
function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function monthRange(year: number, first: number, last: number): DateRange {
  return {
    start: `${year}-${pad(first)}-01`,
    end: `${year}-${pad(last)}-${pad(lastDay(year, last))}`,
  };
}

/** Why a period cannot be counted, in Chinese, or null when it can. */
export function periodProblem(period: Period): string | null {
  if (period.kind === 'custom') {
    if (!isValidIsoDate(period.start)) return '请填写正确的开始日期';
    if (!isValidIsoDate(period.end)) return '请填写正确的结束日期';
    return period.start <= period.end ? null : '开始日期不能晚于结束日期';
  }
  if (!Number.isInteger(period.year) || period.year < 1000 || period.year > 9999)
    return '请填写正确的年份';
  if (
    period.kind === 'month' &&
    !(Number.isInteger(period.month) && period.month >= 1 && period.month <= 12)
  )
    return '月份应为1至12';
  if (period.kind === 'quarter' && ![1, 2, 3, 4].includes(period.quarter)) return '季度应为1至4';
  return null;
}

/** The first and last day of the period, both inclusive. Throws on a period periodProblem refuses. */
export function periodRange(period: Period): DateRange {
  const problem = periodProblem(period);
  if (problem) throw new RangeError(problem);
  switch (period.kind) {
    case 'month':
      return monthRange(period.year, period.month, period.month);
    case 'quarter':
      return monthRange(period.year, period.quarter * 3 - 2, period.quarter * 3);
    case 'year':
      return monthRange(period.year, 1, 12);
    case 'custom':
      return { start: period.start, end: period.end };
  }
}

const quarterNames = ['一', '二', '三', '四'] as const;

/** 2026年3月, 2026年第一季度, 2026年, 2026年3月5日至2026年4月1日. */
export function periodLabel(period: Period): string {
  switch (period.kind) {
    case 'month':
      return `${period.year}年${period.month}月`;
    case 'quarter':
      return `${period.year}年第${quarterNames[period.quarter - 1]}季度`;
    case 'year':
      return `${period.year}年`;
    case 'custom':
      return `${formatChineseDate(period.start)}至${formatChineseDate(period.end)}`;
  }
}
