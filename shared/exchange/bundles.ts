// The meetings of an exchange file or backup, each with its own records: what the document
// builders take.
import type { MeetingBundle } from '../domain/bundle';
import type { ExchangeRecords } from './format';

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
