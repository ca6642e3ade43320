// The demo township as files the app already reads: one exchange file per year (each well under
// the 50 MB a file may have, and all of them imported at once through 导入), and, when the whole
// township fits in one file, a backup for 恢复.
import { emptyRecords, type ExchangeFile, type ExchangeRecords } from '../exchange/format';
import { createExchangeFile } from '../exchange/write';
import type { DemoTownship } from './township';

export function splitByYear(
  records: ExchangeRecords,
): { year: string; records: ExchangeRecords }[] {
  const years = new Map<string, ExchangeRecords>();
  const yearOfMeeting = new Map<string, ExchangeRecords>();
  for (const meeting of records.meetings) {
    const year = meeting.date.slice(0, 4);
    const part = years.get(year) ?? emptyRecords();
    years.set(year, part);
    part.meetings.push(meeting);
    yearOfMeeting.set(meeting.id, part);
  }
  const partOfIssue = new Map<string, ExchangeRecords>();
  for (const issue of records.issues) {
    const part = yearOfMeeting.get(issue.meetingId);
    part?.issues.push(issue);
    if (part) partOfIssue.set(issue.id, part);
  }
  for (const row of records.attendance) yearOfMeeting.get(row.meetingId)?.attendance.push(row);
  for (const entry of records.progress) partOfIssue.get(entry.issueId)?.progress.push(entry);
  const persons = new Map(records.persons.map((p) => [p.id, p]));
  const unplaced = new Set(persons.keys());
  for (const part of years.values()) {
    const used = new Set(part.attendance.map((a) => a.personId).filter((id) => id !== null));
    part.persons = [...used].map((id) => persons.get(id)).filter((p) => p !== undefined);
    for (const id of used) unplaced.delete(id);
  }
  const sorted = [...years.entries()].sort(([a], [b]) => a.localeCompare(b));
  // Villagers who attended no meeting yet still belong to the township: the latest year carries them.
  const latest = sorted[sorted.length - 1]?.[1];
  for (const id of unplaced) {
    const person = persons.get(id);
    if (latest && person) latest.persons.push(person);
  }
  return sorted.map(([year, part]) => ({ year, records: part }));
}

const source = { deviceId: 'demo-township', label: '演示数据' };

export async function demoExchangeFiles(
  township: DemoTownship,
): Promise<{ name: string; file: ExchangeFile }[]> {
  const exportedAt = `${township.today}T12:00:00.000Z`;
  return Promise.all(
    splitByYear(township.records).map(async ({ year, records }) => ({
      name: `demo-${year}.json`,
      file: await createExchangeFile(
        { kind: 'exchange', exportedAt, appVersion: '0.1.0', source },
        records,
      ),
    })),
  );
}

export function demoBackupFile(township: DemoTownship): Promise<ExchangeFile> {
  return createExchangeFile(
    {
      kind: 'backup',
      exportedAt: `${township.today}T12:00:00.000Z`,
      appVersion: '0.1.0',
      source,
      settings: township.settings,
    },
    township.records,
  );
}
