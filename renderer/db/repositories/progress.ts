// Following an issue up: each step is checked by the shared rules (follow-up.ts, lifecycle.ts),
// then the issue's change and its history entry are written in one transaction, so the history
// never disagrees with the issue. History entries are never edited.
import { localIsoDate } from '../../../shared/domain/dates';
import {
  planFollowUp,
  sortHistory,
  stepDateProblem,
  type FollowUpStep,
} from '../../../shared/domain/follow-up';
import type { ClosingPolicy } from '../../../shared/domain/lifecycle';
import { reviseRecord } from '../../../shared/domain/records';
import {
  issueSchema,
  progressEntrySchema,
  type Issue,
  type ProgressEntry,
} from '../../../shared/domain/schemas';
import type { AppDatabase } from '../database';
import { createRecordStore, live, RecordNotFoundError } from './records';
import type { StampSource } from './stamp';

/** A step the rules refuse; the message says why, in Chinese, and nothing was written. */
export class FollowUpRefusedError extends Error {}

export function createProgressRepository(db: AppDatabase, stamps: StampSource) {
  const entries = createRecordStore(db.progress, progressEntrySchema, '办理进展', stamps);
  return {
    async listForIssue(issueId: string): Promise<ProgressEntry[]> {
      const rows = live(await db.progress.where('issueId').equals(issueId).toArray());
      return sortHistory(rows.map((r) => progressEntrySchema.parse(r)));
    },
    /** Takes one follow-up step; throws FollowUpRefusedError with the reason when not allowed
     * (a date before the issue's meeting or after today among them). */
    take(
      issueId: string,
      step: FollowUpStep,
      policy: ClosingPolicy,
      today = localIsoDate(new Date()),
    ): Promise<{ issue: Issue; entry: ProgressEntry }> {
      return db.transaction('rw', db.meetings, db.issues, db.progress, async () => {
        const stored = await db.issues.get(issueId);
        if (!stored || stored.deletedAt !== null) throw new RecordNotFoundError('诉求', issueId);
        const current = issueSchema.parse(stored);
        const meeting = await db.meetings.get(current.meetingId);
        const dateProblem = stepDateProblem(step.date, meeting?.date ?? '', today);
        if (dateProblem) throw new FollowUpRefusedError(dateProblem);
        const plan = planFollowUp(current, step, policy);
        if (!plan.ok) throw new FollowUpRefusedError(plan.reason);
        // A plain 进展 leaves the issue as it is: no new revision to merge.
        let issue = current;
        if (Object.keys(plan.issuePatch).length > 0) {
          issue = issueSchema.parse(reviseRecord(current, plan.issuePatch, stamps()));
          await db.issues.put(issue);
        }
        const entry = await entries.insert(plan.entry);
        return { issue, entry };
      });
    },
  };
}

export type ProgressRepository = ReturnType<typeof createProgressRepository>;
