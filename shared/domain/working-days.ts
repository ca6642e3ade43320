// 办结时限 in calendar days or in working days (工作日). Working days follow China's official
// holiday and make-up-day (调休) calendar as published by the State Council each year, from the
// chinese-days library: its data is compiled into its JavaScript, so it works offline and is
// bundled with the app. For a year the library does not cover yet, Monday to Friday count;
// updating chinese-days each winter brings the new year's calendar.
import chineseDays from 'chinese-days';
import { addDays, daysBetween, formatChineseDate, isValidIsoDate } from './dates';
import type { DeadlineUnit } from './follow-up-vocabulary';
import type { Settings } from './schemas';

export function isWorkingDay(date: string): boolean {
  return chineseDays.isWorkday(date);
}

/** The n-th working day after `start` (the start day itself is not counted). */
export function addWorkingDays(start: string, n: number): string {
  let date = start;
  for (let counted = 0; counted < n;) {
    date = addDays(date, 1);
    if (isWorkingDay(date)) counted += 1;
  }
  return date;
}

/** The deadline of a term of `days` from `start`, counted in the chosen unit. */
export function addTerm(start: string, days: number, unit: DeadlineUnit): string {
  return unit === '工作日' ? addWorkingDays(start, days) : addDays(start, days);
}

/** The 办结时限 a commitment made at a meeting of `meetingDate` gets unless one is typed. */
export function defaultDeadline(meetingDate: string, settings: Settings): string {
  return addTerm(meetingDate, settings.defaultDeadlineDays, settings.deadlineUnit);
}

/** How long the term from `start` to `end` is in the unit (days after start, up to end). */
export function termLength(start: string, end: string, unit: DeadlineUnit): number {
  const span = daysBetween(start, end);
  if (unit === '自然日' || span <= 0) return span;
  let count = 0;
  for (let date = start; date < end;) {
    date = addDays(date, 1);
    if (isWorkingDay(date)) count += 1;
  }
  return count;
}

/** "7个工作日" or "7天". */
export function termLabel(days: number, unit: DeadlineUnit): string {
  return unit === '工作日' ? `${days}个工作日` : `${days}天`;
}

/**
 * A deadline as documents print it: "2026年2月28日（7个工作日）". The term is counted from the
 * meeting date; without a valid deadline or with a deadline not after the meeting, the date alone.
 */
export function formatDeadlineWithTerm(
  meetingDate: string,
  deadline: string,
  unit: DeadlineUnit,
): string {
  if (!isValidIsoDate(deadline)) return deadline;
  const date = formatChineseDate(deadline);
  if (!isValidIsoDate(meetingDate)) return date;
  const days = termLength(meetingDate, deadline, unit);
  return days > 0 ? `${date}（${termLabel(days, unit)}）` : date;
}
