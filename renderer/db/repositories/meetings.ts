// Meetings: plan, edit, list and search, soft delete.
import Dexie from 'dexie';
import type { MeetingBundle } from '../../../shared/domain/bundle';
import { blankMeeting } from '../../../shared/domain/records';
import { meetingSchema, type Meeting, type Settings } from '../../../shared/domain/schemas';
import type { AppDatabase } from '../database';
import { createRecordStore, live } from './records';
import type { StampSource } from './stamp';

export type MeetingSearch = { village?: string; from?: string; to?: string };
/** The home screen's two lists: still to be held (筹备, 进行中) and held (已结束). */
export type MeetingList = 'upcoming' | 'held';
export type MeetingPage = { rows: Meeting[]; total: number };

const notHeld: Meeting['status'][] = ['筹备', '进行中'];
const isHeld = (m: Meeting) => m.status === '已结束';

/** Live meetings in the search's dates whose village, group or host contains its text. */
function matcher({ village = '', from = '', to = '' }: MeetingSearch): (m: Meeting) => boolean {
  const needle = village.trim();
  return (m) =>
    m.deletedAt === null &&
    (from === '' || m.date >= from) &&
    (to === '' || m.date <= to) &&
    (needle === '' || `${m.village}${m.group}${m.host}`.includes(needle));
}

/** The date index, bounded by the search's dates when given (both ends included). */
function dateRange(db: AppDatabase, { from = '', to = '' }: MeetingSearch) {
  if (from === '' && to === '') return db.meetings.orderBy('date');
  return db.meetings.where('date').between(from || Dexie.minKey, to || Dexie.maxKey, true, true);
}

export function createMeetingRepository(db: AppDatabase, stamps: StampSource) {
  const store = createRecordStore(db.meetings, meetingSchema, '会议', stamps);
  return {
    ...store,
    create(settings: Settings, date: string): Promise<Meeting> {
      return store.insert(blankMeeting(settings, date));
    },
    /** Live meetings, newest date first, filtered by village text and date range. */
    async search(search: MeetingSearch = {}): Promise<Meeting[]> {
      const all = (await db.meetings.toArray()).filter(matcher(search));
      return all
        .map((m) => meetingSchema.parse(m))
        .sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt));
    },
    /**
     * One page of the home screen's lists, reading only what it shows. 待开和进行中 (few) are
     * read through the status index, oldest date first (the next one on top); 已开 walks the
     * date index newest first, so page n reads n pages of records and the count reads keys and
     * values without parsing. Only the shown rows are parsed.
     */
    async page(
      list: MeetingList,
      search: MeetingSearch,
      offset: number,
      limit: number,
    ): Promise<MeetingPage> {
      const keep = matcher(search);
      return db.transaction('r', db.meetings, async () => {
        if (list === 'upcoming') {
          const found = (await db.meetings.where('status').anyOf(notHeld).toArray())
            .filter((m) => !isHeld(m) && keep(m))
            .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
          return {
            rows: found.slice(offset, offset + limit).map((m) => meetingSchema.parse(m)),
            total: found.length,
          };
        }
        const held = () =>
          dateRange(db, search)
            .reverse()
            .filter((m) => isHeld(m) && keep(m));
        const [rows, total] = await Promise.all([
          held().offset(offset).limit(limit).toArray(),
          held().count(),
        ]);
        return { rows: rows.map((m) => meetingSchema.parse(m)), total };
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
