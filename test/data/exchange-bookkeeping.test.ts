// Issue 7 items 5, 6 and 8 on the data layer: the 文件记录 is written in the same transaction as
// the data (so a failed log leaves the data as it was, and the message "未做任何改动" is true),
// conflicts are kept one per table and record, 两者都保留 is refused for meetings and for an
// attendee linked to a roster person, and a mixed choice imports the good file while the refused
// one is logged.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings } from '../../shared/domain/schemas';
import type { ExchangeFile } from '../../shared/exchange/format';
import { keepBothRefusal } from '../../shared/exchange/merge';
import { parseExchangeText } from '../../shared/exchange/parse';
import { serializeExchangeFile } from '../../shared/exchange/write';
import { applyImport, previewImport } from '../../renderer/features/exchange/import-flow';
import { dumpDatabase } from './dump';
import { jsonBytes } from './exchange-support/laptops';
import { pngBytes } from './exchange-support/tamper';
import { openTestDb } from './open-test-db';

afterEach(() => {
  vi.restoreAllMocks();
});

const recordTables = ['meetings', 'attendance', 'issues', 'progress', 'persons'];

async function laptopWithMeeting(deviceId: string, village: string) {
  const laptop = openTestDb(deviceId);
  const meeting = await laptop.repos.meetings.update(
    (await laptop.repos.meetings.create(defaultSettings, '2026-11-27')).id,
    { village },
  );
  await laptop.repos.attendance.add(meeting.id, '张三');
  await laptop.repos.issues.add(meeting, defaultSettings, { description: '村道塌方' });
  return { ...laptop, meeting };
}

async function roundTrip(file: ExchangeFile, name = 'export.json') {
  const parsed = await parseExchangeText(serializeExchangeFile(file), name);
  if (!parsed.ok) throw new Error(parsed.message);
  return { name, file: parsed.file };
}

/** The office holds a's meeting; then both change its host: a's export now conflicts. */
async function conflictingPair() {
  const a = await laptopWithMeeting('dev-a', '石门村');
  const office = openTestDb('dev-office');
  await office.repos.exchange.apply([
    await roundTrip(await a.repos.exchange.exportMeetings([a.meeting.id])),
  ]);
  await office.repos.meetings.update(a.meeting.id, { host: '办公室改的' });
  await a.repos.meetings.update(a.meeting.id, { host: '现场改的' });
  const [issue] = await office.repos.issues.listForMeeting(a.meeting.id);
  await office.repos.issues.update(issue?.id ?? '', { owner: '办公室' });
  await a.repos.issues.update(issue?.id ?? '', { owner: '现场' });
  const file = await roundTrip(
    await a.repos.exchange.exportMeetings([a.meeting.id]),
    '石门村.json',
  );
  return { a, office, file, issueId: issue?.id ?? '' };
}

describe('bookkeeping in the same transaction as the data', () => {
  it('an import whose 文件记录 fails writes nothing at all', async () => {
    const a = await laptopWithMeeting('dev-a', '石门村');
    const office = openTestDb('dev-office');
    const before = await dumpDatabase(office.db);
    vi.spyOn(office.db.fileLog, 'bulkAdd').mockRejectedValue(new Error('磁盘已满'));
    await expect(
      office.repos.exchange.apply([
        await roundTrip(await a.repos.exchange.exportMeetings([a.meeting.id])),
      ]),
    ).rejects.toThrow('磁盘已满');
    expect(await dumpDatabase(office.db)).toEqual(before);
  });

  it('an import logs every file, imported or refused, with the batch', async () => {
    const a = await laptopWithMeeting('dev-a', '石门村');
    const office = openTestDb('dev-office');
    const good = jsonBytes(await a.repos.exchange.exportMeetings([a.meeting.id]));
    const preview = await previewImport(office.repos, [
      { name: '石门村.json', bytes: good },
      { name: '照片.docx', bytes: pngBytes() },
    ]);
    expect(preview.rows.map((r) => [r.label, r.rejected === undefined])).toEqual([
      ['石门村.json', true],
      ['照片.docx', false],
    ]);
    await applyImport(office.repos, preview);
    expect((await office.repos.meetings.get(a.meeting.id))?.village).toBe('石门村');
    const log = await office.repos.fileLog.list();
    expect(log.map((e) => [e.action, e.fileName, e.what.slice(0, 4)]).sort()).toEqual([
      ['导入', '照片.docx', '未导入：'],
      ['导入', '石门村.json', '新增 3'],
    ]);
    expect(log.find((e) => e.fileName === '照片.docx')?.what).toContain('看起来是一张图片');
  });

  it('tells apart two chosen files with the same name', async () => {
    const a = await laptopWithMeeting('dev-a', '石门村');
    const b = await laptopWithMeeting('dev-b', '枫树村');
    const office = openTestDb('dev-office');
    const first = jsonBytes(await a.repos.exchange.exportMeetings([a.meeting.id]));
    const second = jsonBytes(await b.repos.exchange.exportMeetings([b.meeting.id]));
    const modifiedAt = new Date(2026, 10, 27, 8, 30).getTime();
    const preview = await previewImport(office.repos, [
      { name: '记录.json', bytes: first, modifiedAt },
      { name: '记录.json', bytes: second },
    ]);
    const [one, two] = preview.rows.map((r) => r.label);
    expect(one).toBe(
      `记录.json（第 1 个，${(first.byteLength / 1024).toFixed(1)} KB，修改于 2026-11-27 08:30）`,
    );
    expect(two).toBe(`记录.json（第 2 个，${(second.byteLength / 1024).toFixed(1)} KB）`);
    const { batch } = await applyImport(office.repos, preview);
    expect(batch.files.map((f) => f.name)).toEqual([one, two]);
  });

  it('a restore whose 文件记录 fails replaces nothing', async () => {
    const a = await laptopWithMeeting('dev-a', '石门村');
    const other = await laptopWithMeeting('dev-b', '枫树村');
    const backup = await roundTrip(await a.repos.exchange.backup(defaultSettings), 'b.json');
    const before = await dumpDatabase(other.db);
    vi.spyOn(other.db.fileLog, 'add').mockRejectedValue(new Error('磁盘已满'));
    await expect(
      other.repos.exchange.restore(backup.file, { fileName: 'b.json', what: '从备份恢复' }),
    ).rejects.toThrow('磁盘已满');
    expect(await dumpDatabase(other.db)).toEqual(before);
  });

  it('a restore logs itself', async () => {
    const a = await laptopWithMeeting('dev-a', '石门村');
    const other = openTestDb('dev-b');
    const backup = await roundTrip(await a.repos.exchange.backup(defaultSettings), 'b.json');
    await other.repos.exchange.restore(backup.file, { fileName: 'b.json', what: '从备份恢复' });
    expect((await other.repos.fileLog.list()).map((e) => [e.action, e.fileName])).toEqual([
      ['恢复', 'b.json'],
    ]);
  });
});

describe('conflicts, one per table and record', () => {
  it('a second import of the same conflicting file changes nothing', async () => {
    const { office, file } = await conflictingPair();
    const first = await office.repos.exchange.apply([file]);
    expect(first.files[0]?.counts.conflict).toBe(2);
    const tables = [...recordTables, 'conflicts'];
    const before = await dumpDatabase(office.db, tables);
    const [preview] = await office.repos.exchange.preview([file]);
    expect(preview?.filter((p) => p.decision === 'conflict')).toEqual([]);
    const second = await office.repos.exchange.apply([file]);
    expect(second.files[0]?.counts.conflict).toBe(0);
    expect(await dumpDatabase(office.db, tables)).toEqual(before);
    expect(await office.repos.exchange.listConflicts()).toHaveLength(2);
  });

  it('the same copy twice in one batch makes one conflict per record', async () => {
    const { office, file } = await conflictingPair();
    await office.repos.exchange.apply([file, { ...file, name: '副本.json' }]);
    const conflicts = await office.repos.exchange.listConflicts();
    expect(conflicts.map((c) => c.table).sort()).toEqual(['issues', 'meetings']);
  });

  it('a later copy of the same record replaces the waiting one instead of adding a row', async () => {
    const { a, office, file } = await conflictingPair();
    await office.repos.exchange.apply([file]);
    await a.repos.meetings.update(a.meeting.id, { host: '现场又改了' });
    await office.repos.exchange.apply([
      await roundTrip(await a.repos.exchange.exportMeetings([a.meeting.id])),
    ]);
    const meetings = (await office.repos.exchange.listConflicts()).filter(
      (c) => c.table === 'meetings',
    );
    expect(meetings).toHaveLength(1);
    expect(meetings[0]?.incoming).toMatchObject({ host: '现场又改了' });
  });

  it('两者都保留 copies an issue once, however often the file comes again', async () => {
    const { office, file, issueId, a } = await conflictingPair();
    await office.repos.exchange.apply([file]);
    await office.repos.exchange.apply([file]);
    const issue = (await office.repos.exchange.listConflicts()).find((c) => c.table === 'issues');
    await office.repos.exchange.resolve(issue?.id ?? '', 'both');
    await office.repos.exchange.apply([file]);
    const owners = (await office.repos.issues.listForMeeting(a.meeting.id)).map((i) => i.owner);
    expect(owners.sort()).toEqual(['办公室', '现场']);
    expect((await office.repos.exchange.listConflicts()).map((c) => c.table)).toEqual(['meetings']);
    expect(issueId).not.toBe('');
  });

  it('resolving clears every row of the record (databases from before the keying)', async () => {
    const { office, file, a } = await conflictingPair();
    await office.repos.exchange.apply([file]);
    const issue = (await office.repos.exchange.listConflicts()).find((c) => c.table === 'issues');
    if (!issue) throw new Error('no issue conflict');
    await office.db.conflicts.add({ ...issue, id: 'legacy-duplicate' });
    await office.repos.exchange.resolve(issue.id, 'both');
    await office.repos.exchange.resolve('legacy-duplicate', 'both');
    expect((await office.repos.issues.listForMeeting(a.meeting.id)).length).toBe(2);
  });

  it('两者都保留 is refused for a meeting, with the reason, and changes nothing', async () => {
    const { office, file } = await conflictingPair();
    await office.repos.exchange.apply([file]);
    const meeting = (await office.repos.exchange.listConflicts()).find(
      (c) => c.table === 'meetings',
    );
    const before = await dumpDatabase(office.db);
    await expect(office.repos.exchange.resolve(meeting?.id ?? '', 'both')).rejects.toThrow(
      /会议不能“两者都保留”：参会人员和诉求都挂在原会议上/,
    );
    expect(await dumpDatabase(office.db)).toEqual(before);
  });

  it('两者都保留 is refused for an attendee on the roster (listed once per meeting), and changes nothing', async () => {
    const a = await laptopWithMeeting('dev-a', '石门村');
    const { attendee } = await a.repos.attendance.addWithNewPerson(
      a.meeting.id,
      '王䶮',
      {},
      '石门村',
    );
    const office = openTestDb('dev-office');
    await office.repos.exchange.apply([
      await roundTrip(await a.repos.exchange.exportMeetings([a.meeting.id])),
    ]);
    // Both change the group of the linked attendee and of the unlinked 张三.
    const [zhang] = (await a.repos.attendance.listForMeeting(a.meeting.id)).filter(
      (row) => row.personId === null,
    );
    for (const [laptop, group] of [
      [office, '三组'],
      [a, '四组'],
    ] as const) {
      await laptop.repos.attendance.update(attendee.id, { group });
      await laptop.repos.attendance.update(zhang?.id ?? '', { group });
    }
    await office.repos.exchange.apply([
      await roundTrip(await a.repos.exchange.exportMeetings([a.meeting.id])),
    ]);
    const conflicts = await office.repos.exchange.listConflicts();
    const linked = conflicts.find((c) => c.recordId === attendee.id);
    const unlinked = conflicts.find((c) => c.recordId === zhang?.id);
    if (!linked || !unlinked) throw new Error('expected two attendance conflicts');
    // What the 冲突 screen asks before it offers the button.
    const local = async (id: string) => office.db.attendance.get(id);
    expect(keepBothRefusal('attendance', await local(attendee.id), linked.incoming)).toBe(
      'rosterAttendee',
    );
    expect(keepBothRefusal('attendance', await local(zhang?.id ?? ''), unlinked.incoming)).toBe(
      null,
    );
    const before = await dumpDatabase(office.db);
    await expect(office.repos.exchange.resolve(linked.id, 'both')).rejects.toThrow(
      /名册中的村民不能“两者都保留”：一场会议只列一次/,
    );
    expect(await dumpDatabase(office.db)).toEqual(before);
    await office.repos.exchange.resolve(linked.id, 'theirs');
    const rows = await office.repos.attendance.listForMeeting(a.meeting.id);
    expect(rows.filter((row) => row.name === '王䶮').map((row) => row.group)).toEqual(['四组']);
  });
});
