// Meetings: plan, edit, list and search, soft delete.
import type { MeetingBundle } from '../../../shared/domain/bundle';
import { blankMeeting } from '../../../shared/domain/records';
import { meetingSchema, type Meeting, type Settings } from '../../../shared/domain/schemas';
import { compareCodeUnits } from '../../../shared/domain/text';
import type { AppDatabase } from '../database';
import { createRecordStore, live } from './records';
import type { StampSource } from './stamp';

export type MeetingSearch = { village?: string; from?: string; to?: string };
/** The home screen's two lists: still to be held (筹备, 进行中) and held (已结束). */
export type MeetingList = 'upcoming' | 'held';
export type MeetingPage = { rows: Meeting[]; total: number };

const notHeld: Meeting['status'][] = ['筹备', '进行中'];
const heldStatus: Meeting['status'] = '已结束';
const held = [heldStatus];

/** Live meetings in the search's dates whose village, group or host contains its text. */
function matcher({ village = '', from = '', to = '' }: MeetingSearch): (m: Meeting) => boolean {
  const needle = village.trim();
  return (m) =>
    m.deletedAt === null &&
    (from === '' || m.date >= from) &&
    (to === '' || m.date <= to) &&
    (needle === '' || `${m.village}${m.group}${m.host}`.includes(needle));
}

const isEmptySearch = ({ village = '', from = '', to = '' }: MeetingSearch) =>
  village.trim() === '' && from === '' && to === '';

const isLiveHeld = (m: Meeting) => m.deletedAt === null && m.status === heldStatus;

export function createMeetingRepository(db: AppDatabase, stamps: StampSource) {
  const store = createRecordStore(db.meetings, meetingSchema, '会议', stamps);

  /**
   * 已开, newest first (the same date: the larger id first), with no search; one snapshot, and
   * only whole reads (getAll, count), which need no turn of the page's thread per record: at
   * start-up that thread is busy drawing the app while they run.
   */
  function heldPage(offset: number, limit: number): Promise<MeetingPage> {
    const newest = (count: number) => db.meetings.orderBy('date').reverse().limit(count).toArray();
    return db.transaction('r', db.meetings, async () => {
      // The newest meetings down the date index, more until the page is full: only meetings
      // still to be held and deleted ones come between. Asked with the count at once, so a cold
      // start's read is not held up by the screens' code running between two requests.
      let read = offset + limit + 10;
      const [all, deleted, first] = await Promise.all([
        db.meetings.where('status').equals(heldStatus).count(),
        db.meetings.orderBy('deletedAt').toArray(),
        newest(read),
      ]);
      const total = all - deleted.filter((m) => m.status === heldStatus).length;
      const wanted = Math.min(total, offset + limit);
      for (let rows = first; ;) {
        const live = rows.filter(isLiveHeld);
        if (live.length >= wanted || rows.length < read) {
          return { rows: live.slice(offset, offset + limit), total };
        }
        read *= 2;
        rows = await newest(read);
      }
    });
  }

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
        .sort(
          (a, b) => compareCodeUnits(b.date, a.date) || compareCodeUnits(b.createdAt, a.createdAt),
        );
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
    /**
     * One page of the home screen's lists and the count for the pager. Its rows are not parsed
     * again on this read (as the 逾期 summary's, due.ts): every write parsed them (records.ts),
     * every import too (the exchange gate), and the list shows a handful of their fields. Parsing
     * the page's 20 meetings was about 25 ms of a cold start with the ten-year demo, a third of
     * what it takes longer than an empty database; a meeting opened is parsed (loadBundle). With
     * no search, 已开 reads only the newest meetings down the date index, as many as
     * its page needs, and counts through the status index less the deleted (the only meetings in
     * the deletedAt index): reading all 2,000 held meetings of the ten-year demo took 170 ms on a
     * cold start, a cursor's first 20 of them 14 ms. Otherwise each list is read in one getAll
     * through the status index (待开和进行中 oldest date first, the next one on top; 已开 newest
     * first), and filtered, sorted and cut in memory: a cursor filtered for status and text, one
     * round trip per record, was the slowest read of the home screen (see the README).
     */
    async page(
      list: MeetingList,
      search: MeetingSearch,
      offset: number,
      limit: number,
    ): Promise<MeetingPage> {
      if (list === 'held' && isEmptySearch(search)) return heldPage(offset, limit);
      const keep = matcher(search);
      const statuses = list === 'upcoming' ? notHeld : held;
      const order = list === 'upcoming' ? 1 : -1;
      // One equals() per status: Dexie's anyOf() walks a cursor, equals() is a single getAll.
      const read = statuses.map((s) => db.meetings.where('status').equals(s).toArray());
      const found = (await Promise.all(read))
        .flat()
        .filter(keep)
        .sort((a, b) => order * (compareCodeUnits(a.date, b.date) || compareCodeUnits(a.id, b.id)));
      return {
        rows: found.slice(offset, offset + limit),
        total: found.length,
      };
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
