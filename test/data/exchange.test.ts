// Export, import, undo, conflicts, backup and restore over two databases standing for two
// laptops (fake-indexeddb: the logic; Chromium e2e proves real storage).
import { describe, expect, it } from 'vitest';
import { blankStep } from '../../shared/domain/follow-up';
import { defaultSettings } from '../../shared/domain/schemas';
import { parseExchangeText } from '../../shared/exchange/parse';
import { serializeExchangeFile } from '../../shared/exchange/write';
import type { ExchangeFile } from '../../shared/exchange/format';
import { describeUndo } from '../../renderer/features/exchange/import-flow';
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
    expect(await office.repos.exchange.undoBatch(batch.id)).toEqual({
      undone: 8,
      keptChanged: 0,
      keptConflicted: 0,
      keptLinked: 0,
    });
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

  it('撤销 keeps what an attendee edited since points at, and says so', async () => {
    const a = await laptopWithMeeting('dev-a', '石门村');
    const { attendee, person } = await a.repos.attendance.addWithNewPerson(
      a.meeting.id,
      '李堃',
      {},
      '石门村',
    );
    const office = openTestDb('dev-office');
    const batch = await office.repos.exchange.apply([
      await roundTrip(await a.repos.exchange.exportMeetings([a.meeting.id])),
    ]);
    await office.repos.attendance.update(attendee.id, { group: '三组' });
    // 6 records came: the meeting, 𠀀明, 王䶮, 李堃, the issue and the person 李堃. 李堃's row
    // changed here and stays; its meeting and person stay with it; the other three go.
    const result = await office.repos.exchange.undoBatch(batch.id);
    expect(result).toEqual({ undone: 3, keptChanged: 1, keptConflicted: 0, keptLinked: 2 });
    expect(describeUndo(result)).toBe(
      '已撤销 3 条；1 条在导入后又被修改，保留未动；' +
        '2 条仍有留下的记录挂在上面（如改过的参会人员所在的会议），也保留未动',
    );
    expect((await office.repos.meetings.get(a.meeting.id))?.village).toBe('石门村');
    expect((await office.repos.attendance.listForMeeting(a.meeting.id)).map((r) => r.name)).toEqual(
      ['李堃'],
    );
    expect(await office.repos.issues.listForMeeting(a.meeting.id)).toEqual([]);
    expect(await office.db.persons.get(person.id)).toBeDefined();
    const backup = serializeExchangeFile(await office.repos.exchange.backup(defaultSettings));
    const read = await parseExchangeText(backup, '备份.json');
    expect(read.ok ? '' : read.message).toBe('');
  });

  it('撤销 keeps a record a later import’s conflict waits on, and what it belongs to', async () => {
    // Laptop A's meeting reaches laptop C; both then edit the same attendee. The office imports
    // A's file (batch 1, which creates everything), then C's (batch 2: a conflict on the attendee).
    const a = await laptopWithMeeting('dev-a', '石门村');
    const c = openTestDb('dev-c');
    await c.repos.exchange.apply([
      await roundTrip(await a.repos.exchange.exportMeetings([a.meeting.id])),
    ]);
    const [first] = await a.repos.attendance.listForMeeting(a.meeting.id);
    await a.repos.attendance.update(first!.id, { group: '一组' });
    await c.repos.attendance.update(first!.id, { group: '二组' });
    const office = openTestDb('dev-office');
    const one = await office.repos.exchange.apply([
      await roundTrip(await a.repos.exchange.exportMeetings([a.meeting.id]), 'a.json'),
    ]);
    const two = await office.repos.exchange.apply([
      await roundTrip(await c.repos.exchange.exportMeetings([a.meeting.id]), 'c.json'),
    ]);
    expect(two.files[0]?.counts.conflict).toBe(1);

    // Batch 1 made the meeting, 𠀀明, 王䶮 and the issue. 𠀀明 stays for the waiting conflict, and
    // the meeting with it; 王䶮 and the issue go.
    const result = await office.repos.exchange.undoBatch(one.id);
    expect(result).toEqual({ undone: 2, keptChanged: 0, keptConflicted: 1, keptLinked: 1 });
    expect(describeUndo(result)).toBe(
      '已撤销 2 条；1 条有后来导入的冲突待处理，也保留未动；' +
        '1 条仍有留下的记录挂在上面（如改过的参会人员所在的会议），也保留未动',
    );
    const [conflict] = await office.repos.exchange.listConflicts();
    expect(await office.repos.exchange.localVersion(conflict!)).toMatchObject({ group: '一组' });
    await office.repos.exchange.resolve(conflict!.id, 'theirs');
    expect((await office.repos.attendance.get(first!.id))?.group).toBe('二组');
    expect((await office.repos.meetings.get(a.meeting.id))?.village).toBe('石门村');
  });

  it('撤销 keeps the chain under a step taken here: issue, its meeting, 反映人 and person', async () => {
    const a = openTestDb('dev-a');
    const meeting = await a.repos.meetings.update(
      (await a.repos.meetings.create(defaultSettings, '2026-11-27')).id,
      { village: '石门村' },
    );
    await a.repos.attendance.add(meeting.id, '𠀀明');
    const { attendee } = await a.repos.attendance.addWithNewPerson(
      meeting.id,
      '李堃',
      {},
      '石门村',
    );
    const issue = await a.repos.issues.add(meeting, defaultSettings, {
      description: '路灯不亮',
      raisedBy: '李堃',
      raisedByAttendanceId: attendee.id,
    });
    await a.repos.issues.setResponse(issue.id, '交办', meeting.date, defaultSettings);
    const office = openTestDb('dev-office');
    const batch = await office.repos.exchange.apply([
      await roundTrip(await a.repos.exchange.exportMeetings([meeting.id])),
    ]);
    // A plain 进展 adds an entry and leaves the issue as the import wrote it.
    await office.repos.progress.take(
      issue.id,
      { ...blankStep('进展', '2026-11-30'), text: '已联系供电所', by: '王芳', method: '电话' },
      defaultSettings,
    );
    // 5 records came; only 𠀀明 goes. The entry keeps the issue, the issue its meeting and
    // 反映人 李堃, and 李堃 the person.
    expect(await office.repos.exchange.undoBatch(batch.id)).toEqual({
      undone: 1,
      keptChanged: 0,
      keptConflicted: 0,
      keptLinked: 4,
    });
    expect((await office.repos.attendance.listForMeeting(meeting.id)).map((r) => r.name)).toEqual([
      '李堃',
    ]);
    expect((await office.repos.issues.get(issue.id))?.raisedByAttendanceId).toBe(attendee.id);
    const file = serializeExchangeFile(await office.repos.exchange.exportMeetings([meeting.id]));
    const read = await parseExchangeText(file, '石门村.json');
    expect(read.ok ? '' : read.message).toBe('');
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
