import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../shared/domain/schemas';
import { ensureDeviceId } from '../../renderer/db/repositories/stamp';
import { describeError } from '../../renderer/app/errors';
import { openTestDb } from './open-test-db';

describe('meeting repository', () => {
  it('creates a meeting with metadata and the settings defaults', async () => {
    const { repos } = openTestDb();
    const meeting = await repos.meetings.create(
      { ...defaultSettings, township: '石门乡' },
      '2026-11-27',
    );
    expect(meeting.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(meeting).toMatchObject({
      rev: 1,
      deviceId: 'device-test',
      deletedAt: null,
      township: '石门乡',
      typeLabel: '屋场会',
      status: '筹备',
    });
  });

  it('bumps the revision on a change and writes nothing when nothing changed', async () => {
    const { repos } = openTestDb();
    const meeting = await repos.meetings.create(defaultSettings, '2026-11-27');
    const changed = await repos.meetings.update(meeting.id, { village: '石门村' });
    expect(changed.rev).toBe(2);
    expect(changed.updatedAt > meeting.updatedAt).toBe(true);
    const same = await repos.meetings.update(meeting.id, { village: '石门村' });
    expect(same.rev).toBe(2);
  });

  it('removes control characters on write and keeps rare characters', async () => {
    const { repos } = openTestDb();
    const meeting = await repos.meetings.create(defaultSettings, '2026-11-27');
    const saved = await repos.meetings.update(meeting.id, {
      host: '王\u0007𠀀明\uFFFE家',
      topics: '修路\n通水',
    });
    expect(saved.host).toBe('王𠀀明家');
    expect(saved.topics).toBe('修路\n通水');
  });

  it('refuses an invalid date and leaves the stored record as it was', async () => {
    const { repos } = openTestDb();
    const meeting = await repos.meetings.create(defaultSettings, '2026-11-27');
    await expect(repos.meetings.update(meeting.id, { date: '2026-02-30' })).rejects.toThrow();
    expect((await repos.meetings.get(meeting.id))?.date).toBe('2026-11-27');
  });

  it('deletes with a tombstone that can be undone, and search hides it', async () => {
    const { repos } = openTestDb();
    const a = await repos.meetings.create(defaultSettings, '2026-11-01');
    await repos.meetings.update(a.id, { village: '石门村' });
    const b = await repos.meetings.create(defaultSettings, '2026-11-20');
    await repos.meetings.update(b.id, { village: '桃花村' });
    await repos.meetings.remove(a.id);
    expect((await repos.meetings.search()).map((m) => m.id)).toEqual([b.id]);
    expect((await repos.meetings.get(a.id))?.deletedAt).not.toBeNull();
    await repos.meetings.restore(a.id);
    expect((await repos.meetings.search()).map((m) => m.id)).toEqual([b.id, a.id]);
    expect((await repos.meetings.search({ village: '石门' })).map((m) => m.id)).toEqual([a.id]);
    expect((await repos.meetings.search({ from: '2026-11-10' })).map((m) => m.id)).toEqual([b.id]);
    expect((await repos.meetings.search({ to: '2026-11-10' })).map((m) => m.id)).toEqual([a.id]);
  });

  it('loads a bundle with only live records in order', async () => {
    const { repos } = openTestDb();
    const meeting = await repos.meetings.create(defaultSettings, '2026-11-27');
    const first = await repos.attendance.add(meeting.id, '张三');
    await repos.attendance.add(meeting.id, '李四');
    await repos.attendance.remove(first.id);
    await repos.issues.add(meeting, defaultSettings, { description: '路灯坏了' });
    const bundle = await repos.meetings.loadBundle(meeting.id);
    expect(bundle?.attendance.map((a) => a.name)).toEqual(['李四']);
    expect(bundle?.issues.map((i) => i.description)).toEqual(['路灯坏了']);
  });
});

describe('attendance repository', () => {
  it('keeps entry order and refuses an empty name', async () => {
    const { repos } = openTestDb();
    const meeting = await repos.meetings.create(defaultSettings, '2026-11-27');
    for (const name of ['𠀀明', '王䶮', '李堃'])
      await repos.attendance.add(meeting.id, name, { group: '3组' });
    expect(
      (await repos.attendance.listForMeeting(meeting.id)).map((a) => [a.order, a.name, a.group]),
    ).toEqual([
      [0, '𠀀明', '3组'],
      [1, '王䶮', '3组'],
      [2, '李堃', '3组'],
    ]);
    await expect(repos.attendance.add(meeting.id, '  \u0000 ')).rejects.toThrow('姓名不能为空');
    expect(await repos.attendance.listForMeeting(meeting.id)).toHaveLength(3);
  });

  it('lists a roster person once per meeting, also when picked twice at once', async () => {
    const { repos } = openTestDb();
    const meeting = await repos.meetings.create(defaultSettings, '2026-11-27');
    const other = await repos.meetings.create(defaultSettings, '2026-11-28');
    const zhang = await repos.roster.insert({
      name: '张三',
      village: '石门村',
      group: '一组',
      household: '',
      tags: [],
      phone: '',
    });
    const pick = (meetingId: string) =>
      repos.attendance.add(meetingId, '张三', { personId: zhang.id });
    // Two picks before either is stored: both passed the screen's check of what it had read.
    const picks = await Promise.allSettled([pick(meeting.id), pick(meeting.id)]);
    expect(picks.map((p) => p.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refused = picks.find((p) => p.status === 'rejected');
    expect(describeError(refused?.status === 'rejected' && refused.reason)).toBe(
      '“张三”已在名单中',
    );
    const listed = await repos.attendance.listForMeeting(meeting.id);
    expect(listed.map((a) => [a.order, a.personId])).toEqual([[0, zhang.id]]);
    // A namesake typed without the roster, another meeting, and a pick after the row is deleted.
    await repos.attendance.add(meeting.id, '张三');
    await pick(other.id);
    await repos.attendance.remove(listed[0]!.id);
    await pick(meeting.id);
    expect((await repos.attendance.listForMeeting(meeting.id)).map((a) => a.personId)).toEqual([
      null,
      zhang.id,
    ]);
    expect(await repos.attendance.listForMeeting(other.id)).toHaveLength(1);
  });
});

describe('issue repository', () => {
  it('numbers issues and never reuses a number after deletion', async () => {
    const { repos } = openTestDb();
    const meeting = await repos.meetings.create(defaultSettings, '2026-11-27');
    const one = await repos.issues.add(meeting, defaultSettings);
    await repos.issues.add(meeting, defaultSettings);
    await repos.issues.remove(one.id);
    const three = await repos.issues.add(meeting, defaultSettings);
    expect(three.seq).toBe(3);
  });

  it('counts only the live issues of one meeting, as the tab shows them', async () => {
    const { repos } = openTestDb();
    const meeting = await repos.meetings.create(defaultSettings, '2026-11-27');
    const other = await repos.meetings.create(defaultSettings, '2026-11-28');
    const one = await repos.issues.add(meeting, defaultSettings);
    await repos.issues.add(meeting, defaultSettings);
    await repos.issues.add(other, defaultSettings);
    await repos.issues.remove(one.id);
    expect(await repos.issues.countForMeeting(meeting.id)).toBe(1);
    expect(await repos.issues.countForMeeting(meeting.id)).toBe(
      (await repos.issues.listForMeeting(meeting.id)).length,
    );
  });

  it('parses again only the issues whose version changed when a meeting is listed again', async () => {
    const { repos } = openTestDb();
    const meeting = await repos.meetings.create(defaultSettings, '2026-11-27');
    const one = await repos.issues.add(meeting, defaultSettings);
    const two = await repos.issues.add(meeting, defaultSettings);
    const first = await repos.issues.listForMeeting(meeting.id);
    await repos.issues.edit(two.id, { description: '路灯坏了' }, meeting.date, defaultSettings);
    const second = await repos.issues.listForMeeting(meeting.id);
    // The untouched issue is the very object parsed before; the edited one is read afresh.
    expect(second[0]).toBe(first[0]);
    expect(second[1]).not.toBe(first[1]);
    expect(second.map((i) => [i.id, i.description])).toEqual([
      [one.id, ''],
      [two.id, '路灯坏了'],
    ]);
    // A deletion is a new version too: the list no longer holds it.
    await repos.issues.remove(one.id);
    expect((await repos.issues.listForMeeting(meeting.id)).map((i) => i.id)).toEqual([two.id]);
  });

  it('takes the source from the meeting status', async () => {
    const { repos } = openTestDb();
    const meeting = await repos.meetings.create(defaultSettings, '2026-11-27');
    expect((await repos.issues.add(meeting, defaultSettings)).source).toBe('会前走访');
    const running = await repos.meetings.update(meeting.id, { status: '进行中' });
    expect((await repos.issues.add(running, defaultSettings)).source).toBe('现场');
  });

  it('sets status and default deadline from the response', async () => {
    const { repos } = openTestDb();
    const meeting = await repos.meetings.create(defaultSettings, '2026-11-27');
    const issue = await repos.issues.add(meeting, defaultSettings);
    const assigned = await repos.issues.setResponse(
      issue.id,
      '交办',
      meeting.date,
      defaultSettings,
    );
    expect(assigned).toMatchObject({
      status: '办理中',
      deadline: '2026-12-04',
      responseType: '交办',
    });
    const solved = await repos.issues.setResponse(
      issue.id,
      '当场解决',
      meeting.date,
      defaultSettings,
    );
    // 当场解决 is no commitment: the card hides 办结时限, so the default it got goes too.
    expect(solved).toMatchObject({ status: '已办结', deadline: '' });
  });

  it('keeps a 5,000-character description whole', async () => {
    const { repos } = openTestDb();
    const meeting = await repos.meetings.create(defaultSettings, '2026-11-27');
    const issue = await repos.issues.add(meeting, defaultSettings);
    const long = '村道'.repeat(2500);
    await repos.issues.update(issue.id, { description: long });
    expect((await repos.issues.get(issue.id))?.description).toHaveLength(5000);
  });
});

describe('settings and device id', () => {
  it('falls back to defaults and saves changes', async () => {
    const { db, repos } = openTestDb();
    expect(await repos.settings.get()).toEqual(defaultSettings);
    await repos.settings.save({ ...defaultSettings, township: '石门乡', defaultDeadlineDays: 15 });
    expect(await repos.settings.get()).toMatchObject({
      township: '石门乡',
      defaultDeadlineDays: 15,
    });
    await db.keyValues.put({ key: 'settings', value: { defaultDeadlineDays: 'soon' } });
    expect(await repos.settings.get()).toEqual(defaultSettings);
  });

  it('makes the device id once', async () => {
    const { db } = openTestDb();
    const first = await ensureDeviceId(db);
    expect(await ensureDeviceId(db)).toBe(first);
  });
});
