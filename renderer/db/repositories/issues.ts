// Issues (诉求) raised at a meeting, numbered in the order they were raised.
import { responseChange } from '../../../shared/domain/lifecycle';
import { blankIssue } from '../../../shared/domain/records';
import {
  issueSchema,
  type Content,
  type Issue,
  type Meeting,
  type Settings,
} from '../../../shared/domain/schemas';
import type { ResponseType } from '../../../shared/domain/vocabulary';
import type { AppDatabase } from '../database';
import { createListParser, createRecordStore, RecordNotFoundError, live } from './records';
import type { StampSource } from './stamp';

// The working-day calendar (chinese-days: 22 kB, and 12 ms to set up at a cold start) loads with
// the first response chosen, not with the app; the meeting page that chooses it has it already.
const workingDays = () => import('../../../shared/domain/working-days');

export function createIssueRepository(db: AppDatabase, stamps: StampSource) {
  const store = createRecordStore(db.issues, issueSchema, '诉求', stamps);
  const parseList = createListParser(issueSchema);
  return {
    ...store,
    // `_settings` is no longer read: a blank issue guesses nothing from them (records.ts).
    add(
      meeting: Pick<Meeting, 'id' | 'status'>,
      _settings: Settings,
      details: Partial<Issue> = {},
    ): Promise<Issue> {
      return db.transaction('rw', db.issues, async () => {
        // Numbers count deleted issues too, so a number once read out is never reused.
        const existing = await db.issues.where('meetingId').equals(meeting.id).toArray();
        const seq = existing.reduce((max, i) => Math.max(max, i.seq), 0) + 1;
        return store.insert({ ...blankIssue(meeting, seq), ...details });
      });
    },
    /**
     * Edit an issue's fields in one transaction. A new response on the spot moves the status and
     * the default deadline with it (lifecycle.ts); a deadline in the same edit wins over the
     * default, so a response and its deadline are stored together or not at all.
     */
    async edit(
      id: string,
      patch: Partial<Content<Issue>>,
      meetingDate: string,
      settings: Settings,
    ): Promise<Issue> {
      const { responseType } = patch;
      // Counted before the transaction, which would end while the calendar loads.
      const deadline =
        responseType === undefined
          ? ''
          : (await workingDays()).defaultDeadline(meetingDate, settings);
      return db.transaction('rw', db.issues, async () => {
        const current = await db.issues.get(id);
        if (!current) throw new RecordNotFoundError('诉求', id);
        const response =
          responseType === undefined ? {} : responseChange(current, responseType, deadline);
        return store.update(id, { ...response, ...patch });
      });
    },
    /** Choose the response on the spot; status and default deadline follow (lifecycle.ts). */
    setResponse(
      id: string,
      responseType: ResponseType | null,
      meetingDate: string,
      settings: Settings,
    ): Promise<Issue> {
      return this.edit(id, { responseType }, meetingDate, settings);
    },
    /** How many live issues a meeting has, without reading them: the tab's count. */
    countForMeeting(meetingId: string): Promise<number> {
      return db.issues
        .where('meetingId')
        .equals(meetingId)
        .filter((r) => r.deletedAt === null)
        .count();
    },
    async listForMeeting(meetingId: string): Promise<Issue[]> {
      const rows = live(await db.issues.where('meetingId').equals(meetingId).toArray());
      return parseList(rows).sort((a, b) => a.seq - b.seq);
    },
  };
}

export type IssueRepository = ReturnType<typeof createIssueRepository>;
