// 上次承诺落实情况 for one meeting: the earlier meetings of its village by the `village` index,
// their issues by `meetingId`, the 回访 entries of the recalled issues by `issueId`; recall.ts
// decides what is read out.
import { isRecalled, recallCommitments } from '../../../shared/domain/recall';
import type { RecalledCommitment } from '../../../shared/domain/recall';
import { issueSchema, meetingSchema } from '../../../shared/domain/schemas';
import type { Meeting } from '../../../shared/domain/schemas';
import type { AppDatabase } from '../database';
import { live } from './records';

export function createRecallRepository(db: AppDatabase) {
  return {
    /** The earlier commitments to read out at `meetingId`, or none when it has no 村. */
    forMeeting(meetingId: string): Promise<RecalledCommitment[]> {
      return db.transaction('r', [db.meetings, db.issues, db.progress], async () => {
        const stored = await db.meetings.get(meetingId);
        if (!stored || stored.village.trim() === '') return [];
        const current: Meeting = meetingSchema.parse(stored);
        const spellings = [...new Set([current.village, current.village.trim()])];
        // Later meetings are dropped before their issues are read; recall.ts orders the rest.
        const meetings = live(await db.meetings.where('village').anyOf(spellings).toArray())
          .filter((m) => m.id !== current.id && m.date <= current.date)
          .map((m) => meetingSchema.parse(m));
        if (meetings.length === 0) return [];
        const issues = live(
          await db.issues
            .where('meetingId')
            .anyOf(meetings.map((m) => m.id))
            .toArray(),
        )
          .filter(isRecalled)
          .map((i) => issueSchema.parse(i));
        const progress = live(
          await db.progress
            .where('issueId')
            .anyOf(issues.map((i) => i.id))
            .toArray(),
        ).filter((p) => p.kind === '回访');
        return recallCommitments(current, { meetings, issues, progress });
      });
    },
  };
}

export type RecallRepository = ReturnType<typeof createRecallRepository>;
