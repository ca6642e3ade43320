// Successive edits of one meeting on one laptop, as a user would make them between exports.
import fc from 'fast-check';
import { defaultSettings } from '../../../shared/domain/schemas';
import type { Repositories } from '../../../renderer/db/repositories';
import { anyName, anyText } from './unicode';

export type Edit =
  | { kind: 'meeting'; host: string; notes: string }
  | { kind: 'add-attendee'; name: string }
  | { kind: 'remove-attendee'; pick: number }
  | { kind: 'add-issue'; description: string }
  | { kind: 'edit-issue'; pick: number; owner: string };

export const editArbitrary: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('meeting' as const), host: anyText, notes: anyText }),
  fc.record({ kind: fc.constant('add-attendee' as const), name: anyName }),
  fc.record({ kind: fc.constant('remove-attendee' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('add-issue' as const), description: anyText }),
  fc.record({ kind: fc.constant('edit-issue' as const), pick: fc.nat(), owner: anyText }),
);

export async function applyEdit(repos: Repositories, meetingId: string, edit: Edit) {
  const attendees = await repos.attendance.listForMeeting(meetingId);
  const issues = await repos.issues.listForMeeting(meetingId);
  switch (edit.kind) {
    case 'meeting':
      await repos.meetings.update(meetingId, { host: edit.host, notes: edit.notes });
      return;
    case 'add-attendee':
      await repos.attendance.add(meetingId, edit.name);
      return;
    case 'remove-attendee': {
      const attendee = attendees[edit.pick % Math.max(1, attendees.length)];
      if (attendee) await repos.attendance.remove(attendee.id);
      return;
    }
    case 'add-issue': {
      const meeting = await repos.meetings.get(meetingId);
      if (meeting)
        await repos.issues.add(meeting, defaultSettings, { description: edit.description });
      return;
    }
    case 'edit-issue': {
      const issue = issues[edit.pick % Math.max(1, issues.length)];
      if (issue) await repos.issues.update(issue.id, { owner: edit.owner });
      return;
    }
  }
}
