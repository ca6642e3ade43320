import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../shared/domain/schemas';
import {
  buildRosterPersons,
  guessColumns,
  previewRoster,
  readRosterFile,
  repeatedRowNumbers,
} from '../../shared/roster';
import { openTestDb } from './open-test-db';

const stamp = { deviceId: 'device-test', now: '2026-11-27T08:00:00.000Z' };

async function previewFile(repos: ReturnType<typeof openTestDb>['repos'], csv: string) {
  const read = readRosterFile('名册.csv', new TextEncoder().encode(csv));
  if (!read.ok) throw new Error(read.message);
  const guessed = guessColumns(read.rows);
  if (!guessed) throw new Error('no heading');
  const existing = await repos.roster.listLive();
  const result = previewRoster({
    fileName: '名册.csv',
    rows: read.rows,
    ...guessed,
    defaultVillage: '白沙村',
    existing,
  });
  if (!result.ok) throw new Error(result.message);
  return { preview: result.preview, existing };
}

describe('roster repository', () => {
  it('stores nothing until the import is committed, then the confirmed rows and a log entry', async () => {
    const { db, repos } = openTestDb();
    const csv = '姓名,组,电话\r\n张三,一组,13800000001\r\n李四,一组,\r\n,二组,\r\n';
    const { preview } = await previewFile(repos, csv);
    expect(await db.persons.count()).toBe(0);

    const persons = buildRosterPersons(preview, new Set(), stamp);
    expect(await repos.roster.commitImport(persons, '名册.csv')).toBe(2);
    const kept = await repos.roster.listLive();
    expect(kept.map((p) => [p.name, p.village, p.group, p.phone]).sort()).toEqual([
      ['张三', '白沙村', '一组', '13800000001'],
      ['李四', '白沙村', '一组', ''],
    ]);
    const log = await repos.fileLog.list();
    expect(log.map((e) => [e.action, e.what, e.fileName])).toEqual([
      ['导入', '村民名册 2 人', '名册.csv'],
    ]);

    // The same file again: both rows repeat kept persons and are proposed for skipping.
    const again = await previewFile(repos, csv);
    expect(repeatedRowNumbers(again.preview, again.existing)).toEqual([2, 3]);
    expect(again.preview.duplicates.map((d) => [d.reason, d.rowNumbers])).toEqual([
      ['name', [2]],
      ['phone', [2]],
      ['name', [3]],
    ]);
  });

  it('commitPreview stamps and stores the valid rows less the skipped ones', async () => {
    const { db, repos } = openTestDb('laptop-7');
    const { preview } = await previewFile(repos, '姓名,组\n甲,一组\n乙,一组\n,二组\n丙,二组\n');
    expect(await db.persons.count()).toBe(0);
    expect(await repos.roster.commitPreview(preview, new Set([3]), '名册.csv')).toBe(2);
    const kept = await repos.roster.listLive();
    expect(kept.map((p) => p.name).sort()).toEqual(['丙', '甲']);
    expect(kept.every((p) => p.deviceId === 'laptop-7' && p.rev === 1)).toBe(true);
    expect((await repos.fileLog.list()).map((e) => e.what)).toEqual(['村民名册 2 人']);
  });

  it('commits all or nothing', async () => {
    const { db, repos } = openTestDb();
    const { preview } = await previewFile(repos, '姓名\n甲\n乙\n');
    const [a, b] = buildRosterPersons(preview, new Set(), stamp);
    if (!a || !b) throw new Error('two persons expected');
    // The second record reuses the first one's id: the add fails, and the first is not kept.
    await expect(repos.roster.commitImport([a, { ...b, id: a.id }], '名册.csv')).rejects.toThrow();
    expect(await db.persons.count()).toBe(0);
    expect(await repos.fileLog.list()).toEqual([]);
  });

  it('merges two persons: attendance moves to the kept one, the issue stays linked, the other is deleted', async () => {
    const { repos } = openTestDb();
    const { preview } = await previewFile(
      repos,
      '姓名,组,户主,电话,身份\n张三,一组,张大,,党员\n张 三,一组,,13800000001,村民代表\n',
    );
    await repos.roster.commitImport(buildRosterPersons(preview, new Set(), stamp), '名册.csv');
    const [keep, drop] = (await repos.roster.listLive()).sort(
      (x, y) => x.name.length - y.name.length,
    );
    if (!keep || !drop) throw new Error('two persons expected');

    const meeting = await repos.meetings.create(defaultSettings, '2026-11-27');
    const attendee = await repos.attendance.add(meeting.id, '张 三');
    await repos.attendance.update(attendee.id, { personId: drop.id });
    const issue = await repos.issues.add(meeting, defaultSettings, {
      description: '修路',
      raisedByAttendanceId: attendee.id,
    });

    const merged = await repos.roster.merge(keep.id, drop.id);
    expect(merged.movedAttendance).toBe(1);
    expect(merged.person).toMatchObject({
      id: keep.id,
      name: '张三',
      household: '张大',
      phone: '13800000001',
      tags: ['党员', '村民代表'],
      rev: 2,
    });
    expect((await repos.roster.listLive()).map((p) => p.id)).toEqual([keep.id]);
    expect((await repos.roster.get(drop.id))?.deletedAt).not.toBeNull();
    const moved = await repos.attendance.get(attendee.id);
    expect(moved?.personId).toBe(keep.id);
    expect(moved?.rev).toBe(3);
    expect((await repos.issues.get(issue.id))?.raisedByAttendanceId).toBe(attendee.id);

    // The dropped person's tombstone says where it went.
    expect((await repos.roster.get(drop.id))?.mergedIntoId).toBe(keep.id);
    expect(merged.person.mergedIntoId).toBeUndefined();

    // The exchange file of the meeting carries the moved link, the merged person, and the
    // tombstone merged into it, so the merge reaches other laptops.
    const file = await repos.exchange.exportMeetings([meeting.id]);
    expect(file.records.attendance.map((a) => a.personId)).toEqual([keep.id]);
    const carried = (id: string) => file.records.persons.find((p) => p.id === id);
    expect(file.records.persons).toHaveLength(2);
    expect(carried(keep.id)).toMatchObject({ phone: '13800000001', deletedAt: null });
    expect(carried(drop.id)).toMatchObject({ name: '张 三', mergedIntoId: keep.id });
    expect(carried(drop.id)?.deletedAt).not.toBeNull();
  });

  it('refuses to merge a person into itself or into one already deleted', async () => {
    const { repos } = openTestDb();
    const { preview } = await previewFile(repos, '姓名\n甲\n乙\n');
    await repos.roster.commitImport(buildRosterPersons(preview, new Set(), stamp), '名册.csv');
    const [a, b] = await repos.roster.listLive();
    if (!a || !b) throw new Error('two persons expected');
    await expect(repos.roster.merge(a.id, a.id)).rejects.toThrow('不能把同一个人与自己合并');
    await repos.roster.remove(b.id);
    await expect(repos.roster.merge(a.id, b.id)).rejects.toThrow(/找不到村民/);
    expect((await repos.roster.get(a.id))?.rev).toBe(1);
  });

  it('adds a typed name that the roster lacks to the roster and the list together, or neither', async () => {
    const { db, repos } = openTestDb();
    const meeting = await repos.meetings.create(defaultSettings, '2026-11-27');
    const { attendee, person } = await repos.attendance.addWithNewPerson(
      meeting.id,
      '单𡒄花',
      { group: '2组', identity: '党员', status: '列席' },
      '石门村',
    );
    expect([person.name, person.village, person.group, person.tags]).toEqual([
      '单𡒄花',
      '石门村',
      '2组',
      ['党员'],
    ]);
    expect([attendee.personId, attendee.name, attendee.group, attendee.status]).toEqual([
      person.id,
      '单𡒄花',
      '2组',
      '列席',
    ]);
    // The meeting's export carries the new person with its attendee.
    const file = await repos.exchange.exportMeetings([meeting.id]);
    expect(file.records.persons.map((p) => p.id)).toEqual([person.id]);

    // An attendee row that cannot be stored (no such meeting id) takes its person back with it.
    await expect(
      repos.attendance.addWithNewPerson('not-a-meeting-id', '李四', {}, '石门村'),
    ).rejects.toThrow();
    expect((await db.persons.toArray()).map((p) => p.name)).toEqual(['单𡒄花']);
    expect(await db.attendance.count()).toBe(1);
  });

  it('reads a revised person anew, keeps the others as read, and leaves out one deleted', async () => {
    const { repos } = openTestDb();
    const { preview } = await previewFile(
      repos,
      '姓名,组\r\n张三,一组\r\n李四,二组\r\n王五,三组\r\n',
    );
    await repos.roster.commitPreview(preview, new Set(), '名册.csv');
    const first = await repos.roster.listLive();
    const byName = (list: typeof first, name: string) => list.find((p) => p.name === name);
    const zhang = byName(first, '张三');
    const wang = byName(first, '王五');
    if (!zhang || !wang) throw new Error('the roster lacks 张三 or 王五');

    await repos.roster.update(zhang.id, { phone: '13800000009' });
    await repos.roster.remove(wang.id);
    const second = await repos.roster.listLive();
    expect(second.map((p) => [p.name, p.phone]).sort()).toEqual([
      ['张三', '13800000009'],
      ['李四', ''],
    ]);
    // 李四 did not change: the object read before is handed out again, not parsed anew.
    expect(byName(second, '李四')).toBe(byName(first, '李四'));
    expect(byName(second, '张三')).not.toBe(zhang);
  });
});
