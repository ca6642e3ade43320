// One villager's history (issue 11): the meetings they came to, sent apologies to or sat in on,
// newest first, and the issues they raised with what became of each. Pure: the person and the
// records of their meetings come in (renderer/db/repositories/roster.ts reads them by index).
//
// Decisions:
// - A meeting counts through an attendance row linked to the person (personId). One meeting is
//   one entry even if the person was entered twice; the row that says most wins (出席, 列席, 请假).
// - An issue counts when its 反映人 is one of the person's attendance rows (raisedByAttendanceId).
//   When no attendee was chosen as 反映人 (the link is null) and the issue is not a collective
//   one, it counts when 反映人 is exactly the person's name, or the name on their attendance row,
//   in a meeting they attended, unless someone else on that meeting's list bears the same name.
// - Tombstoned records (deletedAt !== null) never count: nor an attendance row, nor a meeting,
//   nor an issue, nor an issue of a deleted meeting.
// - 参会 counts the meetings where the person was present (出席 or 列席), as 实到 does.
import { isOverdue } from '../domain/deadline';
import { recallSummary } from '../domain/recall';
import type { Attendance, Issue, Meeting, Person } from '../domain/schemas';
import type { AttendanceStatus } from '../domain/vocabulary';

export type HistoryRecords = {
  meetings: readonly Pick<
    Meeting,
    | 'id'
    | 'date'
    | 'startTime'
    | 'createdAt'
    | 'village'
    | 'group'
    | 'host'
    | 'place'
    | 'topics'
    | 'typeLabel'
    | 'deletedAt'
  >[];
  /** The person's own rows and, for the name check, the other rows of their meetings. */
  attendance: readonly Pick<
    Attendance,
    'id' | 'meetingId' | 'personId' | 'name' | 'group' | 'status' | 'deletedAt'
  >[];
  issues: readonly Issue[];
};

export type AttendedMeeting = {
  meetingId: string;
  date: string;
  village: string;
  /** The meeting's 村民小组. */
  group: string;
  typeLabel: string;
  host: string;
  place: string;
  /** The topics on one line. */
  topics: string;
  status: AttendanceStatus;
  /** The 组 the attendance row gives the person. */
  attendeeGroup: string;
};

export type RaisedIssue = {
  issueId: string;
  meetingId: string;
  meetingDate: string;
  seq: number;
  category: string;
  summary: string;
  responseType: Issue['responseType'];
  status: Issue['status'];
  isOverdue: boolean;
  deadline: string;
  result: string;
  completedOn: string;
  satisfaction: string;
  closedOn: string;
  reopenCount: number;
  /** 'name': counted because 反映人 is the person's name, no attendee having been chosen. */
  matchedBy: 'link' | 'name';
};

export type PersonHistory = {
  person: Person;
  meetings: AttendedMeeting[];
  issues: RaisedIssue[];
  counts: { attended: number; excused: number; issues: number; closed: number };
};

// The row that says most about one meeting: present before sitting in before apologies.
const statusRank: Record<AttendanceStatus, number> = { 出席: 0, 列席: 1, 请假: 2 };

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

type Held = HistoryRecords['meetings'][number];

/** Newest first: by date, start time, then when the meeting was created. */
function newestFirst(a: Held, b: Held): number {
  return (
    b.date.localeCompare(a.date) ||
    b.startTime.localeCompare(a.startTime) ||
    b.createdAt.localeCompare(a.createdAt)
  );
}

/** `today` (YYYY-MM-DD) decides which open issues are 逾期. */
export function personHistory(
  person: Person,
  records: HistoryRecords,
  today: string,
): PersonHistory {
  const meetings = new Map(
    records.meetings.filter((m) => m.deletedAt === null).map((m) => [m.id, m]),
  );
  const liveRows = records.attendance.filter(
    (a) => a.deletedAt === null && meetings.has(a.meetingId),
  );
  const own = liveRows.filter((a) => a.personId === person.id);
  const ownIds = new Set(own.map((a) => a.id));

  const best = new Map<string, (typeof own)[number]>();
  for (const row of own) {
    const seen = best.get(row.meetingId);
    if (!seen || statusRank[row.status] < statusRank[seen.status]) best.set(row.meetingId, row);
  }
  const attended = [...best.values()]
    .flatMap((row) => {
      const meeting = meetings.get(row.meetingId);
      return meeting ? [{ meeting, row }] : [];
    })
    .sort((a, b) => newestFirst(a.meeting, b.meeting))
    .map(({ meeting, row }): AttendedMeeting => ({
      meetingId: meeting.id,
      date: meeting.date,
      village: meeting.village,
      group: meeting.group,
      typeLabel: meeting.typeLabel,
      host: meeting.host,
      place: meeting.place,
      topics: oneLine(meeting.topics),
      status: row.status,
      attendeeGroup: row.group,
    }));

  // Per meeting of theirs: the names that designate the person there, and those of others.
  const ownNames = new Map<string, Set<string>>();
  const otherNames = new Map<string, Set<string>>();
  for (const row of liveRows) {
    const isOwn = ownIds.has(row.id);
    const names = isOwn ? ownNames : otherNames;
    const set = names.get(row.meetingId) ?? new Set<string>();
    set.add(row.name.trim());
    if (isOwn) set.add(person.name.trim());
    names.set(row.meetingId, set);
  }
  const matchOf = (issue: Issue): RaisedIssue['matchedBy'] | null => {
    if (issue.raisedByAttendanceId !== null) {
      return ownIds.has(issue.raisedByAttendanceId) ? 'link' : null;
    }
    const name = issue.raisedBy.trim();
    if (name === '' || issue.collectiveHouseholds !== null) return null;
    const isTheirs = ownNames.get(issue.meetingId)?.has(name) ?? false;
    const isAnothers = otherNames.get(issue.meetingId)?.has(name) ?? false;
    return isTheirs && !isAnothers ? 'name' : null;
  };

  const order = new Map(attended.map((m, i) => [m.meetingId, i]));
  const issues = records.issues
    .flatMap((issue) => {
      if (issue.deletedAt !== null || !order.has(issue.meetingId)) return [];
      const matchedBy = matchOf(issue);
      return matchedBy ? [{ issue, matchedBy }] : [];
    })
    .sort(
      (a, b) =>
        (order.get(a.issue.meetingId) ?? 0) - (order.get(b.issue.meetingId) ?? 0) ||
        a.issue.seq - b.issue.seq,
    )
    .map(({ issue, matchedBy }): RaisedIssue => ({
      issueId: issue.id,
      meetingId: issue.meetingId,
      meetingDate: meetings.get(issue.meetingId)?.date ?? '',
      seq: issue.seq,
      category: issue.category,
      summary: recallSummary(issue.description),
      responseType: issue.responseType,
      status: issue.status,
      isOverdue: isOverdue(issue, today),
      deadline: issue.deadline,
      result: issue.result.trim(),
      completedOn: issue.completedOn,
      satisfaction: issue.satisfaction,
      closedOn: issue.closedOn,
      reopenCount: issue.reopenCount,
      matchedBy,
    }));

  return {
    person,
    meetings: attended,
    issues,
    counts: {
      attended: attended.filter((m) => m.status !== '请假').length,
      excused: attended.filter((m) => m.status === '请假').length,
      issues: issues.length,
      closed: issues.filter((i) => i.status === '已销号').length,
    },
  };
}
