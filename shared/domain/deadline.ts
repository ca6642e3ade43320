// Overdue and due-soon are computed from the deadline and today, never stored.
import type { Issue } from './schemas';
import { daysBetween, isValidIsoDate } from './dates';

const open: readonly Issue['status'][] = ['办理中'];
// Only these are done; 登记 and 纳入规划 are not yet handled, so their deadline says nothing.
const finished: readonly Issue['status'][] = ['已办结', '已回访', '已销号'];

export type DeadlineState = 'none' | 'on-track' | 'due-soon' | 'overdue' | 'done';

export function deadlineState(
  issue: Pick<Issue, 'status' | 'deadline'>,
  today: string,
  dueSoonDays = 2,
): DeadlineState {
  if (!open.includes(issue.status)) {
    return finished.includes(issue.status) && issue.deadline ? 'done' : 'none';
  }
  if (!isValidIsoDate(issue.deadline)) return 'none';
  const left = daysBetween(today, issue.deadline);
  if (left < 0) return 'overdue';
  if (left <= dueSoonDays) return 'due-soon';
  return 'on-track';
}

export function isOverdue(issue: Pick<Issue, 'status' | 'deadline'>, today: string): boolean {
  return deadlineState(issue, today) === 'overdue';
}

export function isDueSoon(
  issue: Pick<Issue, 'status' | 'deadline'>,
  today: string,
  days = 2,
): boolean {
  return deadlineState(issue, today, days) === 'due-soon';
}

/** A deadline before the meeting date is almost always a typing slip: warn, never refuse. */
export function deadlineWarning(meetingDate: string, deadline: string): string | null {
  if (!isValidIsoDate(deadline) || !isValidIsoDate(meetingDate)) return null;
  return daysBetween(meetingDate, deadline) < 0 ? '办结时限早于会议日期，请核对' : null;
}
