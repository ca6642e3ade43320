// Meetings: plan, edit, list and search, soft delete.
import type { MeetingBundle } from '../../../shared/domain/bundle';
import { blankMeeting } from '../../../shared/domain/records';
import { meetingSchema, type Meeting, type Settings } from '../../../shared/domain/schemas';
import type { AppDatabase } from '../database';
import { createRecordStore, live } from './records';
import type { StampSource } from './stamp';

export type MeetingSearch = { village?: string; from?: string; to?: string };

export function createMeetingRepository(db: AppDatabase, stamps: StampSource) {
  const store = createRecordStore(db.meetings, meetingSchema, '会议', stamps);
  return {
    ...store,
    create(settings: Settings, date: string): Promise<Meeting> {
      return store.insert(blankMeeting(settings, date));
    },
    /** Live meetings, newest date first, filtered by village text and date range. */
    async search({ village = '', from = '', to = '' }: MeetingSearch = {}): Promise<Meeting[]> {
      const needle = village.trim();
      const all = live(await db.meetings.toArray()).filter(
        (m) =>
          (needle === '' || `${m.village}${m.group}${m.host}`.includes(needle)) &&
          (from === '' || m.date >= from) &&
          (to === '' || m.date <= to),
      );
      return all
        .map((m) => meetingSchema.parse(m))
        .sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt));
    },
    /**
     * Every live meeting with its live issues, read in one readonly transaction (a bundle per
     * meeting would be 2,000 transactions for the demo township). `details` adds attendance and
     * progress, which only the 台账 documents need (反映人's phone, the latest progress).
     */
    loadLedgerBundles(details: boolean): Promise<MeetingBundle[]> {
      const tables = details
        ? [db.meetings, db.issues, db.attendance, db.progress]
        : [db.meetings, db.issues];
      return db.transaction('r', tables, async () => {
        const bundles = new Map<string, MeetingBundle>();
        for (const meeting of live(await db.meetings.toArray())) {
          const parsed = meetingSchema.parse(meeting);
          bundles.set(parsed.id, { meeting: parsed, attendance: [], issues: [], progress: [] });
        }
        const meetingOfIssue = new Map<string, string>();
        for (const issue of live(await db.issues.toArray())) {
          bundles.get(issue.meetingId)?.issues.push(issue);
          meetingOfIssue.set(issue.id, issue.meetingId);
        }
        if (details) {
          for (const a of live(await db.attendance.toArray()))
            bundles.get(a.meetingId)?.attendance.push(a);
          for (const p of live(await db.progress.toArray())) {
            bundles.get(meetingOfIssue.get(p.issueId) ?? '')?.progress.push(p);
          }
        }
        return [...bundles.values()];
      });
    },
    /** Every live meeting with its records, for the ledger. */
    async loadAllBundles(): Promise<MeetingBundle[]> {
      const ids = live(await db.meetings.toArray()).map((m) => m.id);
      const bundles = await Promise.all(ids.map((id) => this.loadBundle(id)));
      return bundles.filter((b): b is MeetingBundle => b !== undefined);
    },
    /** One meeting with all its live records, for documents and exports. */
    loadBundle(id: string): Promise<MeetingBundle | undefined> {
      return db.transaction('r', [db.meetings, db.attendance, db.issues, db.progress], async () => {
        const meeting = await db.meetings.get(id);
        if (!meeting) return undefined;
        const attendance = live(await db.attendance.where('meetingId').equals(id).toArray());
        const issues = live(await db.issues.where('meetingId').equals(id).toArray());
        const progress = live(
          await db.progress
            .where('issueId')
            .anyOf(issues.map((i) => i.id))
            .toArray(),
        );
        return {
          meeting: meetingSchema.parse(meeting),
          attendance: attendance.sort((a, b) => a.order - b.order),
          issues: issues.sort((a, b) => a.seq - b.seq),
          progress,
        };
      });
    },
  };
}

export type MeetingRepository = ReturnType<typeof createMeetingRepository>;
