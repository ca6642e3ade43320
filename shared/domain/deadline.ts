// Overdue and due-soon are computed from the deadline and today, never stored.
import type { Issue } from './schemas';
import { daysBetween, isValidIsoDate } from './dates';
import { isCommitment } from './lifecycle';

const open: readonly Issue['status'][] = ['办理中'];
// Only these are done; 登记 and 纳入规划 are not yet handled, so their deadline says nothing.
const finished: readonly Issue['status'][] = ['已办结', '已回访', '已销号'];

export type DeadlineState = 'none' | 'on-track' | 'due-soon' | 'overdue' | 'done';

type DeadlineSubject = Pick<Issue, 'status' | 'deadline' | 'responseType'>;

/**
 * The 办结时限 that counts: only a commitment has one (domain.md §3). A date left from an earlier
 * response (交办 changed to 当场解决 or 纳入规划) is not shown by the issue card, so it never
 * makes an issue overdue nor counts in 按期办结率.
 */
export function commitmentDeadline(issue: Pick<Issue, 'deadline' | 'responseType'>): string {
  return isCommitment(issue) ? issue.deadline : '';
}

export function deadlineState(
  issue: DeadlineSubject,
  today: string,
  dueSoonDays = 2,
): DeadlineState {
  const deadline = commitmentDeadline(issue);
  if (!open.includes(issue.status)) {
    return finished.includes(issue.status) && deadline ? 'done' : 'none';
  }
  if (!isValidIsoDate(deadline)) return 'none';
  const left = daysBetween(today, deadline);
  if (left < 0) return 'overdue';
  if (left <= dueSoonDays) return 'due-soon';
  return 'on-track';
}

export function isOverdue(issue: DeadlineSubject, today: string): boolean {
  return deadlineState(issue, today) === 'overdue';
}

export function isDueSoon(issue: DeadlineSubject, today: string, days = 2): boolean {
  return deadlineState(issue, today, days) === 'due-soon';
}

/** A deadline before the meeting date is almost always a typing slip: warn, never refuse. */
export function deadlineWarning(meetingDate: string, deadline: string): string | null {
  if (!isValidIsoDate(deadline) || !isValidIsoDate(meetingDate)) return null;
  return daysBetween(meetingDate, deadline) < 0 ? '办结时限早于会议日期，请核对' : null;
}
