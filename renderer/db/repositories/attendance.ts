// The attendance list of a meeting, in the order names were entered. An attendee names a person of
// the 村民名册 when the facilitator picked one, or joins the roster as a new person.
import { blankAttendance, newRecordMeta, type Stamp } from '../../../shared/domain/records';
import { resolveTypedAttendee } from '../../../shared/roster/attendee-match';
import { nameKey } from '../../../shared/roster/keys';
import {
  attendanceSchema,
  issueSchema,
  personSchema,
  type Attendance,
  type Person,
} from '../../../shared/domain/schemas';
import type { AppDatabase } from '../database';
import { createRecordStore, live } from './records';
import type { StampSource } from './stamp';

export type NewAttendee = Partial<
  Pick<Attendance, 'personId' | 'group' | 'identity' | 'status' | 'household' | 'phone'>
>;

/** What became of the roster when a listed attendee's name was changed (nameChanged). */
export type RosterFollowed =
  | { kind: 'same' }
  /** The person that joined the roster with this row took the new name. */
  | { kind: 'renamed'; from: string; to: string; namesakes: number }
  /** The row now names the roster's one person of that name. */
  | { kind: 'linked'; person: Person }
  /** The name was not in the roster: it joined it, and the row names the new person. */
  | { kind: 'joined'; person: Person }
  /** The roster has several persons of that name: the row names none until one is chosen. */
  | { kind: 'unlinked'; candidates: Person[] };

/** What followed a listed attendee's changed name: the roster, and how many issues' 反映人. */
export type NameFollowed = { roster: RosterFollowed; issues: number };

/**
 * The meeting lists this roster person already: a person is listed once per meeting, also when
 * picked twice before the first pick was stored (the screen checks only what it has read).
 */
class PersonListedError extends Error {
  constructor(name: string) {
    super(`“${name}”已在名单中`);
  }
}

export function createAttendanceRepository(db: AppDatabase, stamps: StampSource) {
  const store = createRecordStore(db.attendance, attendanceSchema, '参会人员', stamps);
  const persons = createRecordStore(db.persons, personSchema, '村民', stamps);
  const issues = createRecordStore(db.issues, issueSchema, '诉求', stamps);

  async function append(meetingId: string, name: string, details: NewAttendee, stamp = stamps()) {
    const existing = await db.attendance.where('meetingId').equals(meetingId).toArray();
    const personId = details.personId ?? null;
    if (personId !== null && existing.some((a) => a.personId === personId && a.deletedAt === null))
      throw new PersonListedError(name);
    const order = existing.reduce((max, a) => Math.max(max, a.order + 1), 0);
    const row = attendanceSchema.parse({
      ...newRecordMeta(stamp),
      ...blankAttendance(meetingId, name, order),
      ...details,
    });
    await db.attendance.add(row);
    return row;
  }

  function newPerson(stamp: Stamp, name: string, village: string, details: NewAttendee) {
    return personSchema.parse({
      ...newRecordMeta(stamp),
      name,
      village,
      group: details.group ?? '',
      household: details.household ?? '',
      tags: details.identity ? [details.identity] : [],
      phone: details.phone ?? '',
    });
  }

  /**
   * Whether the person came into the roster through this row (addWithNewPerson stamps both
   * alike, a relink later) and nothing else names it: then a new name corrects the person too.
   * A person picked from the roster was there before the row, and keeps its name.
   */
  async function joinedWith(row: Attendance, person: Person) {
    if (person.deletedAt !== null || person.deviceId !== row.deviceId) return false;
    if (person.createdAt < row.createdAt) return false;
    const naming = await db.attendance.where('personId').equals(person.id).toArray();
    return naming.every((a) => a.id === row.id || a.deletedAt !== null);
  }

  /** The issues this row raised name it by its new name (反映人 is printed from the issue). */
  async function raisedByFollows(row: Attendance): Promise<number> {
    const raised = await db.issues.where('meetingId').equals(row.meetingId).toArray();
    const renamed = raised.filter(
      (i) => i.deletedAt === null && i.raisedByAttendanceId === row.id && i.raisedBy !== row.name,
    );
    for (const issue of renamed) await issues.update(issue.id, { raisedBy: row.name });
    return renamed.length;
  }

  /**
   * A person that joined the roster with this row takes the new name (a correction of what was
   * typed) unless the roster already holds that name, in which case the row names that person
   * and the other is deleted; a person the roster held before keeps its name, and the row names
   * the roster's person of the new name, or one that joins the roster, or, among several
   * namesakes, none until the facilitator chooses.
   */
  async function rosterFollows(row: Attendance, village: string): Promise<RosterFollowed> {
    const person = row.personId === null ? undefined : await db.persons.get(row.personId);
    if (!person || nameKey(person.name) === nameKey(row.name)) return { kind: 'same' };
    const others = (await db.persons.where('village').equals(village).toArray()).filter(
      (p) => p.id !== person.id,
    );
    const found = resolveTypedAttendee(others, row.name, row.group, village);
    const link = (personId: string | null) => store.update(row.id, { personId });
    if (await joinedWith(row, person)) {
      if (found.kind === 'person') {
        await link(found.person.id);
        await persons.remove(person.id);
        return { kind: 'linked', person: found.person };
      }
      await persons.update(person.id, { name: row.name });
      const namesakes = found.kind === 'choose' ? found.candidates.length : 0;
      return { kind: 'renamed', from: person.name, to: row.name, namesakes };
    }
    if (found.kind === 'person') {
      await link(found.person.id);
      return { kind: 'linked', person: found.person };
    }
    if (found.kind === 'choose') {
      await link(null);
      return { kind: 'unlinked', candidates: found.candidates };
    }
    const joined = newPerson(stamps(), row.name, village, row);
    await db.persons.add(joined);
    await link(joined.id);
    return { kind: 'joined', person: joined };
  }

  return {
    ...store,
    /**
     * Appends a name to the list; `details.personId` links it to a roster person, which the
     * meeting must not list already (PersonListedError).
     */
    add(meetingId: string, name: string, details: NewAttendee = {}): Promise<Attendance> {
      return db.transaction('rw', db.attendance, () => append(meetingId, name, details));
    },
    /**
     * Appends a name the roster does not hold, and adds its person to the roster (in `village`,
     * with the 组, 身份 and phone typed): both or neither are stored.
     */
    addWithNewPerson(
      meetingId: string,
      name: string,
      details: NewAttendee,
      village: string,
    ): Promise<{ attendee: Attendance; person: Person }> {
      return db.transaction('rw', db.attendance, db.persons, async () => {
        // One stamp for both: the person joined the roster with this row (joinedWith).
        const stamp = stamps();
        const person = newPerson(stamp, name, village, details);
        await db.persons.add(person);
        const attendee = await append(meetingId, name, { ...details, personId: person.id }, stamp);
        return { attendee, person };
      });
    },
    /**
     * What follows a listed attendee's changed name, once the edit is over (the field left), not
     * at every key, in one transaction: the 反映人 of the issues this row raised, and the roster
     * (rosterFollows).
     */
    nameChanged(attendeeId: string, village: string): Promise<NameFollowed> {
      return db.transaction('rw', db.attendance, db.persons, db.issues, async () => {
        const row = await db.attendance.get(attendeeId);
        if (!row || row.deletedAt !== null) return { roster: { kind: 'same' }, issues: 0 };
        return { issues: await raisedByFollows(row), roster: await rosterFollows(row, village) };
      });
    },
    async listForMeeting(meetingId: string): Promise<Attendance[]> {
      const rows = live(await db.attendance.where('meetingId').equals(meetingId).toArray());
      return rows.map((r) => attendanceSchema.parse(r)).sort((a, b) => a.order - b.order);
    },
  };
}

export type AttendanceRepository = ReturnType<typeof createAttendanceRepository>;
