// Attendance figures of one meeting (domain.md §2, §4).
import type { Attendance, Meeting } from './schemas';

export type MeetingCounts = {
  /** 应到: everyone on the list, present or excused. */
  expected: number;
  /** 实到: present, including those sitting in. */
  present: number;
  attending: number;
  sittingIn: number;
  excused: number;
  /** Distinct households among those present (by 户主, else by name). */
  households: number;
};

export function countAttendance(
  attendance: readonly Pick<Attendance, 'status' | 'household' | 'name' | 'group' | 'deletedAt'>[],
  meeting?: Pick<Meeting, 'householdsCovered'>,
): MeetingCounts {
  const live = attendance.filter((a) => a.deletedAt === null);
  const present = live.filter((a) => a.status !== '请假');
  const households = new Set(
    present.map((a) => `${a.group}\u0000${a.household.trim() || a.name.trim()}`),
  );
  return {
    expected: live.length,
    present: present.length,
    attending: live.filter((a) => a.status === '出席').length,
    sittingIn: live.filter((a) => a.status === '列席').length,
    excused: live.filter((a) => a.status === '请假').length,
    households: meeting?.householdsCovered ?? households.size,
  };
}

/** Names that occur more than once in the list (trimmed), to warn the facilitator. */
export function duplicateNames(
  attendance: readonly Pick<Attendance, 'name' | 'deletedAt'>[],
): Set<string> {
  const seen = new Set<string>();
  const dupes = new Set<string>();
  for (const a of attendance) {
    if (a.deletedAt !== null) continue;
    const key = a.name.trim();
    if (seen.has(key)) dupes.add(key);
    seen.add(key);
  }
  return dupes;
}
