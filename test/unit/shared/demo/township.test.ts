// The demo township: the same for a seed, the sizes asked for, every lifecycle state, rare
// characters, a history consistent with each issue, and files the app's strict reader accepts.
import { describe, expect, it } from 'vitest';
import { demoBackupFile, demoExchangeFiles } from '../../../../shared/demo/files';
import { generateTownship } from '../../../../shared/demo/township';
import { issueStatuses } from '../../../../shared/domain/vocabulary';
import { parseExchangeText } from '../../../../shared/exchange/parse';
import { serializeExchangeFile } from '../../../../shared/exchange/write';

const township = generateTownship({ seed: 7, scale: 0.1, today: '2026-11-30' });
const { records } = township;

describe('generateTownship', () => {
  it('is the same for the same seed and differs for another', () => {
    const again = generateTownship({ seed: 7, scale: 0.02, today: '2026-11-30' });
    const same = generateTownship({ seed: 7, scale: 0.02, today: '2026-11-30' });
    const other = generateTownship({ seed: 8, scale: 0.02, today: '2026-11-30' });
    expect(JSON.stringify(same)).toBe(JSON.stringify(again));
    expect(JSON.stringify(other)).not.toBe(JSON.stringify(again));
  });

  it('has the proportions of a township: about 10 issues and 30 attendees a meeting, 2 history entries an issue', () => {
    expect(records.meetings).toHaveLength(200);
    expect(records.persons).toHaveLength(800);
    expect(records.attendance.length / 200).toBeGreaterThan(25);
    expect(records.attendance.length / 200).toBeLessThan(35);
    expect(records.issues.length / 200).toBeGreaterThan(8);
    expect(records.issues.length / 200).toBeLessThan(12);
    expect(records.progress.length / records.issues.length).toBeGreaterThan(1.5);
    expect(records.progress.length / records.issues.length).toBeLessThan(3);
  });

  it('spans ten years up to today, with meetings still to come', () => {
    const dates = records.meetings.map((m) => m.date).sort();
    expect(dates[0]! <= '2016-12-31').toBe(true);
    expect(records.meetings.some((m) => m.status === '筹备' && m.date > '2026-11-30')).toBe(true);
    expect(records.meetings.some((m) => m.status === '进行中')).toBe(true);
  });

  it('holds every status, every kind of history entry, 不满意 and overdue commitments', () => {
    const statuses = new Set(records.issues.map((i) => i.status));
    expect([...statuses].sort()).toEqual([...issueStatuses].sort());
    const kinds = new Set(records.progress.map((p) => p.kind));
    expect([...kinds].sort()).toEqual(
      ['进展', '办结', '回访', '销号', '复号', '转办答复', '规划复核'].sort(),
    );
    expect(records.progress.some((p) => p.satisfaction === '不满意')).toBe(true);
    expect(records.issues.some((i) => i.reopenCount > 0 && i.status === '已销号')).toBe(true);
    const overdue = records.issues.filter(
      (i) => i.status === '办理中' && i.deadline < '2026-11-30',
    );
    expect(overdue.length).toBeGreaterThan(0);
  });

  it('names villagers with rare characters, some beyond the Basic Multilingual Plane', () => {
    const names = records.persons.map((p) => p.name);
    expect(names.some((n) => /[\u{20000}-\u{3FFFF}]/u.test(n))).toBe(true);
    expect(names.some((n) => n.includes('䶮') || n.includes('堃') || n.includes('彧'))).toBe(true);
  });

  it('keeps each issue consistent with its history', () => {
    const last = new Map<string, string>();
    for (const p of records.progress) if (p.toStatus !== '') last.set(p.issueId, p.toStatus);
    for (const issue of records.issues) {
      const after = last.get(issue.id);
      if (after !== undefined) expect(issue.status).toBe(after);
    }
    const closed = records.issues.filter((i) => i.status === '已销号' && i.responseType === '交办');
    for (const issue of closed) expect(['满意', '基本满意']).toContain(issue.satisfaction);
  });
});

describe('demo files', () => {
  it('one exchange file a year, each read by the app’s strict reader, together all records', async () => {
    const files = await demoExchangeFiles(township);
    expect(files.map((f) => f.name)).toContain('demo-2020.json');
    let meetings = 0;
    let progress = 0;
    for (const { name, file } of files) {
      const parsed = await parseExchangeText(serializeExchangeFile(file), name);
      expect(parsed.ok ? 'ok' : parsed.message).toBe('ok');
      meetings += file.records.meetings.length;
      progress += file.records.progress.length;
    }
    expect(meetings).toBe(records.meetings.length);
    expect(progress).toBe(records.progress.length);
    // Every villager travels, also one who attended no meeting (the full township lost 31).
    const persons = new Set(files.flatMap(({ file }) => file.records.persons.map((p) => p.id)));
    expect(persons.size).toBe(records.persons.length);
  });

  it('a backup with the demo settings (working days) that the reader accepts', async () => {
    const backup = await demoBackupFile(generateTownship({ seed: 1, scale: 0.01 }));
    const parsed = await parseExchangeText(serializeExchangeFile(backup), 'demo-backup.json');
    expect(parsed.ok && parsed.file.settings?.deadlineUnit).toBe('工作日');
  });
});
