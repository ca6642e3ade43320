// The attendance list of a meeting, in the order names were entered.
import { blankAttendance } from '../../../shared/domain/records';
import { attendanceSchema, type Attendance } from '../../../shared/domain/schemas';
import type { AppDatabase } from '../database';
import { createRecordStore, live } from './records';
import type { StampSource } from './stamp';

export type NewAttendee = Partial<
  Pick<Attendance, 'group' | 'identity' | 'status' | 'household' | 'phone'>
>;

export function createAttendanceRepository(db: AppDatabase, stamps: StampSource) {
  const store = createRecordStore(db.attendance, attendanceSchema, '参会人员', stamps);
  return {
    ...store,
    add(meetingId: string, name: string, details: NewAttendee = {}): Promise<Attendance> {
      return db.transaction('rw', db.attendance, async () => {
        const existing = await db.attendance.where('meetingId').equals(meetingId).toArray();
        const order = existing.reduce((max, a) => Math.max(max, a.order + 1), 0);
        return store.insert({ ...blankAttendance(meetingId, name, order), ...details });
      });
    },
    async listForMeeting(meetingId: string): Promise<Attendance[]> {
      const rows = live(await db.attendance.where('meetingId').equals(meetingId).toArray());
      return rows.map((r) => attendanceSchema.parse(r)).sort((a, b) => a.order - b.order);
    },
  };
}

export type AttendanceRepository = ReturnType<typeof createAttendanceRepository>;
