// 纳入规划 items come up for review a quarter after the meeting or the last review, or on the date
// the last review named.
import { describe, expect, it } from 'vitest';
import { isPlanReviewDue, nextPlanReview } from '../../../../shared/domain/follow-up-review';
import { sampleIssue, sampleProgress } from './sample-records';

const planned = sampleIssue(1, { status: '纳入规划', responseType: '纳入规划' });
const review = (date: string, nextReviewOn = '', deletedAt: string | null = null) =>
  sampleProgress({ issueId: planned.id, kind: '规划复核', date, nextReviewOn, deletedAt });

describe('nextPlanReview', () => {
  it('90 days after the meeting when never reviewed (2026-03-05 → 2026-06-03)', () => {
    expect(nextPlanReview(planned, [], '2026-03-05')).toBe('2026-06-03');
  });

  it('the date the last review named, else 90 days after it', () => {
    const named = [review('2026-06-01', '2026-07-15'), review('2026-04-01')];
    expect(nextPlanReview(planned, named, '2026-03-05')).toBe('2026-07-15');
    expect(nextPlanReview(planned, [review('2026-06-01')], '2026-03-05')).toBe('2026-08-30');
  });

  it('ignores deleted reviews, other issues and other kinds', () => {
    const noise = [
      review('2026-06-01', '2026-07-15', '2026-06-02T00:00:00.000Z'),
      sampleProgress({ kind: '规划复核', date: '2026-06-01', nextReviewOn: '2026-12-01' }),
      sampleProgress({ issueId: planned.id, kind: '进展', date: '2026-06-01' }),
    ];
    expect(nextPlanReview(planned, noise, '2026-03-05')).toBe('2026-06-03');
  });

  it('says nothing for an item that is not planned', () => {
    expect(nextPlanReview({ ...planned, status: '办理中' }, [], '2026-03-05')).toBeNull();
  });

  it('is due on and after the review date', () => {
    expect(isPlanReviewDue('2026-06-03', '2026-06-02')).toBe(false);
    expect(isPlanReviewDue('2026-06-03', '2026-06-03')).toBe(true);
    expect(isPlanReviewDue(null, '2030-01-01')).toBe(false);
  });
});
