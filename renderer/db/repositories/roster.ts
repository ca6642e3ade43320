// The village roster (村民名册): the persons kept, an import committed in one transaction, and two
// entries merged into one. Attendance rows name roster persons (and issues name attendance rows),
// so a merge moves those links to the kept person: a villager's history stays in one place.
// Every change is a revision or a tombstone, so the merge reaches other laptops by exchange file.
import { reviseRecord, tombstone } from '../../../shared/domain/records';
import {
  issueSchema,
  meetingSchema,
  personSchema,
  type Person,
} from '../../../shared/domain/schemas';
import { personHistory, type PersonHistory } from '../../../shared/roster/history';
import { mergedPersonContent } from '../../../shared/roster/merge';
import type { RosterPreview } from '../../../shared/roster/preview';
import { buildRosterPersons } from '../../../shared/roster/to-persons';
import type { AppDatabase } from '../database';
import { RecordNotFoundError, createListParser, createRecordStore, live } from './records';
import type { StampSource } from './stamp';

export type RosterMergeResult = { person: Person; movedAttendance: number };

export function createRosterRepository(db: AppDatabase, stamps: StampSource) {
  const store = createRecordStore(db.persons, personSchema, '村民', stamps);
  // The roster screen and attendee entry read the whole roster again on every change of a person
  // (a name added from a meeting among 8,000): only the persons that changed are parsed again.
  const parseLive = createListParser(personSchema);

  async function loadLive(id: string): Promise<Person> {
    const found = await db.persons.get(id);
    if (!found || found.deletedAt !== null) throw new RecordNotFoundError('村民', id);
    return personSchema.parse(found);
  }

  /** Stores the persons the user confirmed, all or none, and logs the import. */
  async function commitImport(persons: readonly Person[], fileName: string): Promise<number> {
    const parsed = persons.map((p) => personSchema.parse(p));
    await db.transaction('rw', db.persons, db.fileLog, async () => {
      await db.persons.bulkAdd(parsed);
      const { now, deviceId } = stamps();
      await db.fileLog.add({
        action: '导入',
        what: `村民名册 ${parsed.length} 人`,
        fileName,
        at: now,
        deviceId,
      });
    });
    return parsed.length;
  }

  /**
   * One villager's history (history.ts), or null when the person is not (or no longer) in the
   * roster. Their attendance rows by the `personId` index, their meetings by id, the issues of
   * those meetings by `meetingId`, and the other rows only of meetings with an issue whose 反映人
   * is a bare name (history.ts's name check): nothing else is read.
   */
  function history(personId: string, today: string): Promise<PersonHistory | null> {
    const tables = [db.persons, db.attendance, db.meetings, db.issues];
    return db.transaction('r', tables, async () => {
      const stored = await db.persons.get(personId);
      if (!stored || stored.deletedAt !== null) return null;
      const own = live(await db.attendance.where('personId').equals(personId).toArray());
      const found = await db.meetings.bulkGet([...new Set(own.map((a) => a.meetingId))]);
      const meetings = live(found.filter((m) => m !== undefined)).map((m) =>
        meetingSchema.parse(m),
      );
      const issues = live(
        await db.issues
          .where('meetingId')
          .anyOf(meetings.map((m) => m.id))
          .toArray(),
      ).map((i) => issueSchema.parse(i));
      const named = issues.filter(
        (i) =>
          i.raisedByAttendanceId === null &&
          i.collectiveHouseholds === null &&
          i.raisedBy.trim() !== '',
      );
      const others = named.length
        ? await db.attendance
            .where('meetingId')
            .anyOf([...new Set(named.map((i) => i.meetingId))])
            .toArray()
        : [];
      const attendance = [...own, ...others.filter((a) => a.personId !== personId)];
      return personHistory(personSchema.parse(stored), { meetings, attendance, issues }, today);
    });
  }

  return {
    ...store,
    history,
    /** Live persons: the preview's `existing`, and the roster screen's list. */
    async listLive(): Promise<Person[]> {
      return parseLive(live(await db.persons.toArray()));
    },
    commitImport,
    /** The preview's valid rows less the skipped ones, stamped here: the screen holds no clock. */
    async commitPreview(
      preview: RosterPreview,
      skipRowNumbers: ReadonlySet<number>,
      fileName: string,
    ): Promise<number> {
      return commitImport(buildRosterPersons(preview, skipRowNumbers, stamps()), fileName);
    },
    /** `dropId` becomes `keepId`: its attendance rows point to the kept person, it is deleted. */
    async merge(keepId: string, dropId: string): Promise<RosterMergeResult> {
      if (keepId === dropId) throw new Error('不能把同一个人与自己合并');
      return db.transaction('rw', db.persons, db.attendance, async () => {
        const keep = await loadLive(keepId);
        const drop = await loadLive(dropId);
        const person = personSchema.parse(
          reviseRecord(keep, mergedPersonContent(keep, drop), stamps()),
        );
        await db.persons.put(person);
        // The tombstone says where the person went, so other laptops move their links too.
        await db.persons.put({ ...tombstone(drop, stamps()), mergedIntoId: keepId });
        const linked = await db.attendance.where('personId').equals(dropId).toArray();
        await db.attendance.bulkPut(
          linked.map((a) => reviseRecord(a, { personId: keepId }, stamps())),
        );
        return { person, movedAttendance: linked.length };
      });
    },
  };
}

export type RosterRepository = ReturnType<typeof createRosterRepository>;
