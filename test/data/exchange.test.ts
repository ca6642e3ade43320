// Export, import, undo, conflicts, backup and restore over two databases standing for two
// laptops (fake-indexeddb: the logic; Chromium e2e proves real storage).
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../shared/domain/schemas';
import { parseExchangeText } from '../../shared/exchange/parse';
import { serializeExchangeFile } from '../../shared/exchange/write';
import type { ExchangeFile } from '../../shared/exchange/format';
import { dumpDatabase } from './dump';
import { openTestDb } from './open-test-db';

async function laptopWithMeeting(deviceId: string, village: string) {
  const laptop = openTestDb(deviceId);
  const meeting = await laptop.repos.meetings.update(
    (await laptop.repos.meetings.create(defaultSettings, '2026-11-27')).id,
    { village },
  );
  await laptop.repos.attendance.add(meeting.id, '𠀀明');
  await laptop.repos.attendance.add(meeting.id, '王䶮');
  const issue = await laptop.repos.issues.add(meeting, defaultSettings, {
    description: '村道塌方',
  });
  await laptop.repos.issues.setResponse(issue.id, '交办', meeting.date, defaultSettings);
  return { ...laptop, meeting };
}

/** Through the wire format and back, exactly as a file would travel. */
async function roundTrip(
  file: ExchangeFile,
  name = 'export.json',
): Promise<{ name: string; file: ExchangeFile }> {
  const parsed = await parseExchangeText(serializeExchangeFile(file), name);
  if (!parsed.ok) throw new Error(parsed.message);
  return { name, file: parsed.file };
}

describe('exchange between laptops', () => {
  it('imports another laptop’s meeting whole, and a second import changes nothing', async () => {
    const a = await laptopWithMeeting('dev-a', '石门村');
    const office = openTestDb('dev-office');
    const file = await roundTrip(await a.repos.exchange.exportMeetings([a.meeting.id]));
    const [preview] = await office.repos.exchange.preview([file]);
    expect(preview?.filter((p) => p.decision === 'new')).toHaveLength(4);
    await office.repos.exchange.apply([file]);
    expect(await dumpDatabase(office.db, ['meetings', 'attendance', 'issues'])).toEqual(
      await dumpDatabase(a.db, ['meetings', 'attendance', 'issues']),
    );
    const before = await dumpDatabase(office.db);
    const batch = await office.repos.exchange.apply([file]);
    expect(batch.files[0]?.counts).toEqual({
      new: 0,
      updated: 0,
      unchanged: 4,
      conflict: 0,
      refused: 0,
    });
    const after = await dumpDatabase(office.db);
    // Only the bookkeeping of the attempt itself: its batch and its 文件记录 line.
    expect({ ...after, importBatches: [], fileLog: [] }).toEqual({
      ...before,
      importBatches: [],
      fileLog: [],
    });
    expect(after.fileLog).toHaveLength((before.fileLog?.length ?? 0) + 1);
  });

  it('takes a newer revision and carries a deletion', async () => {
    const a = await laptopWithMeeting('dev-a', '石门村');
    const office = openTestDb('dev-office');
    await office.repos.exchange.apply([
      await roundTrip(await a.repos.exchange.exportMeetings([a.meeting.id])),
    ]);
    await a.repos.meetings.update(a.meeting.id, { host: '王德厚家' });
    const [first] = await a.repos.attendance.listForMeeting(a.meeting.id);
    await a.repos.attendance.remove(first?.id ?? '');
    const batch = await office.repos.exchange.apply([
      await roundTrip(await a.repos.exchange.exportMeetings([a.meeting.id])),
    ]);
    expect(batch.files[0]?.counts).toMatchObject({ updated: 2, conflict: 0 });
    expect((await office.repos.meetings.get(a.meeting.id))?.host).toBe('王德厚家');
    expect((await office.repos.attendance.listForMeeting(a.meeting.id)).map((x) => x.name)).toEqual(
      ['王䶮'],
    );
  });

  it('turns edits on both sides into a conflict, never a silent overwrite, and resolves it', async () => {
    const a = await laptopWithMeeting('dev-a', '石门村');
    const office = openTestDb('dev-office');
    await office.repos.exchange.apply([
      await roundTrip(await a.repos.exchange.exportMeetings([a.meeting.id])),
    ]);
    await office.repos.meetings.update(a.meeting.id, { host: '办公室改的' });
    await a.repos.meetings.update(a.meeting.id, { host: '现场改的' });
    const batch = await office.repos.exchange.apply([
      await roundTrip(await a.repos.exchange.exportMeetings([a.meeting.id])),
    ]);
    expect(batch.files[0]?.counts.conflict).toBe(1);
    expect((await office.repos.meetings.get(a.meeting.id))?.host).toBe('办公室改的');
    const [conflict] = await office.repos.exchange.listConflicts();
    expect(conflict?.incoming).toMatchObject({ host: '现场改的' });
    await office.repos.exchange.resolve(conflict?.id ?? '', 'theirs');
    expect((await office.repos.meetings.get(a.meeting.id))?.host).toBe('现场改的');
    expect(await office.repos.exchange.listConflicts()).toEqual([]);
    // The same file again: the resolution has seen it, so no new conflict.
    const again = await office.repos.exchange.apply([
      await roundTrip(await a.repos.exchange.exportMeetings([a.meeting.id])),
    ]);
    expect(again.files[0]?.counts.conflict).toBe(0);
  });

  it('keeps both versions when asked', async () => {
    const a = await laptopWithMeeting('dev-a', '石门村');
    const office = openTestDb('dev-office');
    await office.repos.exchange.apply([
      await roundTrip(await a.repos.exchange.exportMeetings([a.meeting.id])),
    ]);
    const [issue] = await office.repos.issues.listForMeeting(a.meeting.id);
    await office.repos.issues.update(issue?.id ?? '', { owner: '办公室' });
    await a.repos.issues.update(issue?.id ?? '', { owner: '现场' });
    await office.repos.exchange.apply([
      await roundTrip(await a.repos.exchange.exportMeetings([a.meeting.id])),
    ]);
    const [conflict] = await office.repos.exchange.listConflicts();
    await office.repos.exchange.resolve(conflict?.id ?? '', 'both');
    expect(
      (await office.repos.issues.listForMeeting(a.meeting.id)).map((i) => i.owner).sort(),
    ).toEqual(['办公室', '现场']);
  });

  it('undoes a whole batch', async () => {
    const a = await laptopWithMeeting('dev-a', '石门村');
    const b = await laptopWithMeeting('dev-b', '枫树村');
    const office = openTestDb('dev-office');
    const empty = await dumpDatabase(office.db);
    const batch = await office.repos.exchange.apply([
      await roundTrip(await a.repos.exchange.exportMeetings([a.meeting.id]), 'a.json'),
      await roundTrip(await b.repos.exchange.exportMeetings([b.meeting.id]), 'b.json'),
    ]);
    expect((await office.repos.meetings.search()).length).toBe(2);
    expect(await office.repos.exchange.provenanceOf('meetings', b.meeting.id)).toEqual([
      {
        batchId: batch.id,
        fileName: 'b.json',
        sourceDevice: 'dev-b',
        importedAt: batch.at,
        undone: false,
      },
    ]);
    expect(await office.repos.exchange.undoBatch(batch.id)).toEqual({ undone: 8, keptChanged: 0 });
    const after = await dumpDatabase(office.db, [
      'meetings',
      'attendance',
      'issues',
      'progress',
      'persons',
      'conflicts',
    ]);
    expect(after.meetings).toEqual(empty.meetings);
    expect(after.attendance).toEqual([]);
  });

  it('applies all or nothing', async () => {
    const a = await laptopWithMeeting('dev-a', '石门村');
    const office = openTestDb('dev-office');
    const before = await dumpDatabase(office.db);
    office.db.issues.hook('creating', () => {
      throw new Error('disk full');
    });
    await expect(
      office.repos.exchange.apply([
        await roundTrip(await a.repos.exchange.exportMeetings([a.meeting.id])),
      ]),
    ).rejects.toThrow();
    expect(await dumpDatabase(office.db)).toEqual(before);
  });
});

describe('backup and restore', () => {
  it('restores exactly what was backed up, tombstones and settings included', async () => {
    const a = await laptopWithMeeting('dev-a', '石门村');
    const [first] = await a.repos.attendance.listForMeeting(a.meeting.id);
    await a.repos.attendance.remove(first?.id ?? '');
    const settings = { ...defaultSettings, township: '石门镇' };
    await a.repos.settings.save(settings);
    const backup = await roundTrip(await a.repos.exchange.backup(settings), 'backup.json');
    const records = await dumpDatabase(a.db, [
      'meetings',
      'attendance',
      'issues',
      'progress',
      'persons',
    ]);
    const other = await laptopWithMeeting('dev-b', '枫树村');
    await other.repos.exchange.restore(backup.file, {
      fileName: 'backup.json',
      what: '从备份恢复',
    });
    expect(
      await dumpDatabase(other.db, ['meetings', 'attendance', 'issues', 'progress', 'persons']),
    ).toEqual(records);
    expect(await other.repos.settings.get()).toEqual(settings);
  });
});
