// The attendance list of a meeting, in the order names were entered. An attendee names a person of
// the 村民名册 when the facilitator picked one, or joins the roster as a new person.
import { blankAttendance, newRecordMeta } from '../../../shared/domain/records';
import {
  attendanceSchema,
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

export function createAttendanceRepository(db: AppDatabase, stamps: StampSource) {
  const store = createRecordStore(db.attendance, attendanceSchema, '参会人员', stamps);

  async function append(meetingId: string, name: string, details: NewAttendee) {
    const existing = await db.attendance.where('meetingId').equals(meetingId).toArray();
    const order = existing.reduce((max, a) => Math.max(max, a.order + 1), 0);
    return store.insert({ ...blankAttendance(meetingId, name, order), ...details });
  }

  return {
    ...store,
    /** Appends a name to the list; `details.personId` links it to a roster person. */
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
        const person = personSchema.parse({
          ...newRecordMeta(stamps()),
          name,
          village,
          group: details.group ?? '',
          household: details.household ?? '',
          tags: details.identity ? [details.identity] : [],
          phone: details.phone ?? '',
        });
        await db.persons.add(person);
        const attendee = await append(meetingId, name, { ...details, personId: person.id });
        return { attendee, person };
      });
    },
    async listForMeeting(meetingId: string): Promise<Attendance[]> {
      const rows = live(await db.attendance.where('meetingId').equals(meetingId).toArray());
      return rows.map((r) => attendanceSchema.parse(r)).sort((a, b) => a.order - b.order);
    },
  };
}

export type AttendanceRepository = ReturnType<typeof createAttendanceRepository>;
