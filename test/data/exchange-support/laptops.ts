// Laptops for the exchange tests: a database with meetings entered through the repositories,
// its record tables, and the bytes of its exports as .json and as a 记录 .docx.
import { defaultSettings } from '../../../shared/domain/schemas';
import { buildDocumentBytes } from '../../../shared/docs/pack';
import { embedDataPart } from '../../../shared/exchange/docx-data';
import type { ExchangeFile } from '../../../shared/exchange/format';
import { recordTables } from '../../../shared/exchange/format';
import { serializeExchangeFile } from '../../../shared/exchange/write';
import type { AppDatabase } from '../../../renderer/db/database';
import type { Repositories } from '../../../renderer/db/repositories';
import { dumpDatabase } from '../dump';
import { openTestDb } from '../open-test-db';

export type Laptop = ReturnType<typeof openTestDb>;

export type MeetingSpec = {
  meeting: { village: string; host: string; place: string; topics: string; decisions: string };
  attendees: string[];
  issues: { description: string; raisedBy: string; place: string }[];
  removeFirstAttendee: boolean;
};

export const sampleSpec: MeetingSpec = {
  meeting: { village: '石门村', host: '王德厚家', place: '禾场', topics: '修路', decisions: '' },
  attendees: ['𠀀明', '王䶮', '李堃'],
  issues: [
    { description: '村道塌方', raisedBy: '王䶮', place: '三组' },
    { description: '路灯不亮', raisedBy: '李堃', place: '五组' },
  ],
  removeFirstAttendee: false,
};

/** Enters one meeting as a user would: create, edit, add attendees and issues, delete one. */
export async function enterMeeting(repos: Repositories, spec: MeetingSpec): Promise<string> {
  const created = await repos.meetings.create(defaultSettings, '2026-11-27');
  const meeting = await repos.meetings.update(created.id, spec.meeting);
  const attendees = [];
  for (const name of spec.attendees) attendees.push(await repos.attendance.add(meeting.id, name));
  for (const details of spec.issues) {
    const issue = await repos.issues.add(meeting, defaultSettings, details);
    await repos.issues.setResponse(issue.id, '交办', meeting.date, defaultSettings);
  }
  const first = attendees[0];
  if (spec.removeFirstAttendee && first) await repos.attendance.remove(first.id);
  return meeting.id;
}

export async function laptopWith(deviceId: string, specs: readonly MeetingSpec[]) {
  const laptop = openTestDb(deviceId);
  const meetingIds: string[] = [];
  for (const spec of specs) meetingIds.push(await enterMeeting(laptop.repos, spec));
  return { ...laptop, meetingIds };
}

/** The record tables only: what an import may change. */
export function dumpRecords(db: AppDatabase) {
  return dumpDatabase(db, [...recordTables]);
}

export function jsonBytes(file: ExchangeFile): Uint8Array {
  return new TextEncoder().encode(serializeExchangeFile(file));
}

/** A 记录 of the first meeting in the file, carrying the whole file, as the app prints it. */
export async function docxBytes(repos: Repositories, file: ExchangeFile): Promise<Uint8Array> {
  const meetingId = file.records.meetings[0]?.id ?? '';
  const bundle = await repos.meetings.loadBundle(meetingId);
  if (!bundle) throw new Error(`no meeting ${meetingId}`);
  const document = await buildDocumentBytes('minutes', { bundle, settings: defaultSettings });
  return embedDataPart(document, serializeExchangeFile(file));
}
