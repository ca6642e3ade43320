// 纳入规划 items are reviewed periodically (domain.md §2): each 规划复核 may name the next review
// date; without one, the next review falls a quarter after the last one (or after the meeting).
import { addDays } from './dates';
import type { Issue, ProgressEntry } from './schemas';

export const defaultReviewIntervalDays = 90;

/** The date the planned item is next due for review, or null when it is not a planned item. */
export function nextPlanReview(
  issue: Pick<Issue, 'id' | 'status'>,
  entries: readonly Pick<
    ProgressEntry,
    'issueId' | 'kind' | 'date' | 'nextReviewOn' | 'deletedAt'
  >[],
  plannedOn: string,
): string | null {
  if (issue.status !== '纳入规划') return null;
  const reviews = entries
    .filter((e) => e.issueId === issue.id && e.kind === '规划复核' && e.deletedAt === null)
    .sort((a, b) => a.date.localeCompare(b.date));
  const last = reviews[reviews.length - 1];
  if (!last) return addDays(plannedOn, defaultReviewIntervalDays);
  return last.nextReviewOn !== ''
    ? last.nextReviewOn
    : addDays(last.date, defaultReviewIntervalDays);
}

export function isPlanReviewDue(next: string | null, today: string): boolean {
  return next !== null && next <= today;
}
