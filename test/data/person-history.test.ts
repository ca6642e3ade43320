// roster.history on fake-indexeddb: a villager entered in two meetings (and in a third, since
// deleted), an issue of theirs followed to 销号 through the 跟踪办理 steps, another still open;
// read through the indexes only, never a whole table.
import { describe, expect, it, vi } from 'vitest';
import { defaultSettings } from '../../shared/domain/schemas';
import { openTestDb } from './open-test-db';

const person = {
  name: '张三',
  village: '石门村',
  group: '三组',
  household: '张大山',
  tags: ['党员'],
  phone: '13800000001',
};

describe('roster.history', () => {
  it("gathers a villager's meetings and issues, newest first, with what became of them", async () => {
    const { db, repos } = openTestDb();
    const zhang = await repos.roster.insert(person);
    const li = await repos.roster.insert({ ...person, name: '李四', phone: '' });

    const march = await repos.meetings.create(defaultSettings, '2026-03-05');
    await repos.meetings.update(march.id, { village: '石门村', group: '三组' });
    const may = await repos.meetings.create(defaultSettings, '2026-05-10');
    await repos.meetings.update(may.id, { village: '石门村', group: '一组', topics: '饮水安全' });
    const june = await repos.meetings.create(defaultSettings, '2026-06-01');
    const other = await repos.meetings.create(defaultSettings, '2026-05-20');

    // Entered on the list, then linked to the roster person (as the merge test does).
    const attend = async (meetingId: string, personId: string, name: string, extra = {}) => {
      const row = await repos.attendance.add(meetingId, name);
      return repos.attendance.update(row.id, { personId, ...extra });
    };
    const inMarch = await attend(march.id, zhang.id, '张三');
    const liInMarch = await attend(march.id, li.id, '李四');
    await attend(may.id, zhang.id, '张三', { status: '列席' });
    await attend(june.id, zhang.id, '张三');
    await attend(other.id, li.id, '李四');

    const road = await repos.issues.add(march, defaultSettings, {
      description: '村道泥泞，希望硬化',
      category: '道路交通',
      raisedBy: '张三',
      raisedByAttendanceId: inMarch.id,
      responseType: '交办',
      status: '办理中',
      deadline: '2026-03-12',
    });
    await repos.issues.add(march, defaultSettings, {
      description: '李四的诉求',
      raisedBy: '李四',
      raisedByAttendanceId: liInMarch.id,
    });
    // No attendee chosen as 反映人, but the name is theirs in a meeting they came to.
    await repos.issues.add(may, defaultSettings, {
      description: '自来水压力小',
      raisedBy: '张三',
      responseType: '交办',
      status: '办理中',
      deadline: '2026-05-17',
    });
    await repos.issues.add(june, defaultSettings, { description: '已删除会议的诉求' });
    await repos.meetings.remove(june.id);

    const step = { text: '', by: '刘强', method: '现场', satisfaction: '' } as const;
    const take = (kind: '办结' | '回访' | '销号', date: string, extra = {}) =>
      repos.progress.take(
        road.id,
        { ...step, kind, date, department: '', nextReviewOn: '', ...extra },
        defaultSettings,
      );
    await take('办结', '2026-03-10', { text: '已完成硬化' });
    await take('回访', '2026-03-15', { satisfaction: '满意', text: '群众表示认可' });
    await take('销号', '2026-03-16');

    const scans = [db.persons, db.attendance, db.meetings, db.issues, db.progress].map((table) =>
      vi.spyOn(table, 'toArray'),
    );
    const history = await repos.roster.history(zhang.id, '2026-06-10');
    for (const scan of scans) expect(scan).not.toHaveBeenCalled();

    expect(history?.person.name).toBe('张三');
    expect(history?.meetings.map((m) => [m.date, m.village, m.group, m.status])).toEqual([
      ['2026-05-10', '石门村', '一组', '列席'],
      ['2026-03-05', '石门村', '三组', '出席'],
    ]);
    expect(
      history?.issues.map((i) => [i.meetingDate, i.seq, i.summary, i.status, i.matchedBy]),
    ).toEqual([
      ['2026-05-10', 1, '自来水压力小', '办理中', 'name'],
      ['2026-03-05', 1, '村道泥泞，希望硬化', '已销号', 'link'],
    ]);
    expect(history?.issues[0]?.isOverdue).toBe(true);
    expect(history?.issues[1]).toMatchObject({
      result: '已完成硬化',
      completedOn: '2026-03-10',
      satisfaction: '满意',
      closedOn: '2026-03-16',
    });
    expect(history?.counts).toEqual({ attended: 2, excused: 0, issues: 2, closed: 1 });
  });

  it('reads the other names on the list where 反映人 is a bare name, and a shared name does not count', async () => {
    const { repos } = openTestDb();
    const zhang = await repos.roster.insert(person);
    const held = await repos.meetings.create(defaultSettings, '2026-04-01');
    const row = await repos.attendance.add(held.id, '张三');
    await repos.attendance.update(row.id, { personId: zhang.id });
    await repos.issues.add(held, defaultSettings, { description: '修路', raisedBy: '张三' });
    expect((await repos.roster.history(zhang.id, '2026-06-10'))?.issues).toHaveLength(1);

    // Another 张三 on the same list, not in the roster: whose issue it is cannot be told.
    await repos.attendance.add(held.id, '张三');
    const history = await repos.roster.history(zhang.id, '2026-06-10');
    expect(history?.issues).toEqual([]);
    expect(history?.meetings.map((m) => m.date)).toEqual(['2026-04-01']);
  });

  it('is null for a person not in the roster or merged away', async () => {
    const { repos } = openTestDb();
    const zhang = await repos.roster.insert(person);
    await repos.roster.remove(zhang.id);
    expect(await repos.roster.history(zhang.id, '2026-06-10')).toBeNull();
    expect(await repos.roster.history(crypto.randomUUID(), '2026-06-10')).toBeNull();
  });
});
