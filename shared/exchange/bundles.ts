// The meetings of an exchange file or backup, each with its own records: what the document
// builders take.
import type { MeetingBundle } from '../domain/bundle';
import type { ExchangeRecords } from './format';
import { withMergedPersons } from './person-merges';

export function bundlesOf(records: ExchangeRecords): MeetingBundle[] {
  const byMeeting = <T extends { meetingId: string }>(rows: T[]) => {
    const map = new Map<string, T[]>();
    for (const row of rows) map.set(row.meetingId, [...(map.get(row.meetingId) ?? []), row]);
    return map;
  };
  const attendance = byMeeting(records.attendance);
  const issues = byMeeting(records.issues);
  return records.meetings
    .filter((m) => m.deletedAt === null)
    .map((meeting) => {
      const meetingIssues = issues.get(meeting.id) ?? [];
      const issueIds = new Set(meetingIssues.map((i) => i.id));
      return {
        meeting,
        attendance: attendance.get(meeting.id) ?? [],
        issues: meetingIssues,
        progress: records.progress.filter((p) => issueIds.has(p.issueId)),
      };
    });
}

/** One meeting's records, tombstones included, with the roster persons its attendees name and
 * the persons merged into them (person-merges.ts): what the app's 导出 puts in a document's data
 * part. */
export function meetingRecords(records: ExchangeRecords, meetingId: string): ExchangeRecords {
  const issues = records.issues.filter((i) => i.meetingId === meetingId);
  const issueIds = new Set(issues.map((i) => i.id));
  const attendance = records.attendance.filter((a) => a.meetingId === meetingId);
  const personIds = new Set(attendance.flatMap((a) => (a.personId ? [a.personId] : [])));
  return {
    meetings: records.meetings.filter((m) => m.id === meetingId),
    attendance,
    issues,
    progress: records.progress.filter((p) => issueIds.has(p.issueId)),
    persons: withMergedPersons(personIds, records.persons),
  };
}
