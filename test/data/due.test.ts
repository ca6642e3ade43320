// 逾期 and 即将到期 for the home screen on fake-indexeddb. Today is 2026-03-10; 即将到期 is today
// and the next two days (03-10 … 03-12). What must appear is listed by hand below.
import { describe, expect, it } from 'vitest';
import { defaultSettings, type Issue, type Meeting } from '../../shared/domain/schemas';
import { groupByVillage, type DueGroup } from '../../renderer/db/repositories/due';
import { openTestDb } from './open-test-db';

const today = '2026-03-10';

async function township() {
  const { repos } = openTestDb();
  const meeting = async (village: string) => {
    const m = await repos.meetings.create(defaultSettings, '2026-02-20');
    return repos.meetings.update(m.id, { village, status: '已结束' });
  };
  const assigned = async (m: Meeting, patch: Partial<Issue>) => {
    const added = await repos.issues.add(m, defaultSettings, { description: patch.description });
    await repos.issues.setResponse(added.id, '交办', m.date, defaultSettings);
    return repos.issues.update(added.id, patch);
  };
  const a = await meeting('石门村');
  const b = await meeting('桃花村');
  const c = await meeting('石门村');
  // Shown:
  const a1 = await assigned(a, { description: 'A1', owner: '刘强', deadline: '2026-03-09' }); // 逾期
  const a2 = await assigned(a, { description: 'A2', owner: '刘强', deadline: '2026-03-10' }); // today
  const a3 = await assigned(a, { description: 'A3', owner: '王芳', deadline: '2026-03-12' }); // +2
  const b1 = await assigned(b, { description: 'B1', owner: '王芳', deadline: '2026-02-01' }); // 逾期
  const b2 = await assigned(b, { description: 'B2', owner: '', deadline: '2026-03-11' }); // +1
  // Not shown: due in three days; finished; not yet assigned; deleted; on a deleted meeting…
  await assigned(a, { description: 'A4', owner: '王芳', deadline: '2026-03-13' });
  await assigned(b, { description: 'B3', owner: '刘强', deadline: '2026-03-01', status: '已办结' });
  await repos.issues.add(b, defaultSettings, { description: 'B4', deadline: '2026-03-01' });
  const b5 = await assigned(b, { description: 'B5', owner: '刘强', deadline: '2026-03-05' });
  await repos.issues.remove(b5.id);
  await assigned(c, { description: 'C1', owner: '刘强', deadline: '2026-03-01' });
  // …and a 纳入规划 item started (办理中) with a date left from an earlier 交办, stored as it was
  // before changing the response cleared it: nobody set it a 办结时限.
  await assigned(a, {
    description: 'A5',
    owner: '刘强',
    deadline: '2026-03-01',
    responseType: '纳入规划',
    status: '办理中',
  });
  await repos.meetings.remove(c.id);
  return { repos, ids: { a1, a2, a3, b1, b2 } };
}

const shape = (groups: DueGroup[], villages: ReadonlyMap<string, string>) =>
  groups.map((g) => ({
    name: g.name,
    overdue: g.overdue,
    dueSoon: g.dueSoon,
    issues: g.issues.map((i) => `${i.description} ${i.state} ${villages.get(i.meetingId)}`),
  }));

describe('due.summary', () => {
  it('counts open issues past their deadline or due within three days, by 责任人 and by 村', async () => {
    const { repos, ids } = await township();
    const due = await repos.due.summary(today);
    expect(due.overdue).toBe(2);
    expect(due.dueSoon).toBe(3);
    const villages = await repos.due.villages(due.issues.map((i) => i.meetingId));
    expect([...villages.values()].sort()).toEqual(['桃花村', '石门村']);
    expect(shape(due.byOwner, villages)).toEqual([
      { name: '刘强', overdue: 1, dueSoon: 1, issues: ['A1 overdue 石门村', 'A2 due-soon 石门村'] },
      { name: '王芳', overdue: 1, dueSoon: 1, issues: ['B1 overdue 桃花村', 'A3 due-soon 石门村'] },
      { name: '', overdue: 0, dueSoon: 1, issues: ['B2 due-soon 桃花村'] },
    ]);
    expect(shape(groupByVillage(due.issues, villages), villages)).toEqual([
      {
        name: '石门村',
        overdue: 1,
        dueSoon: 2,
        issues: ['A1 overdue 石门村', 'A2 due-soon 石门村', 'A3 due-soon 石门村'],
      },
      {
        name: '桃花村',
        overdue: 1,
        dueSoon: 1,
        issues: ['B1 overdue 桃花村', 'B2 due-soon 桃花村'],
      },
    ]);
    const first = due.byOwner[0]?.issues[0];
    expect(first).toMatchObject({ id: ids.a1.id, seq: 1, meetingId: ids.a1.meetingId });
    // Every issue of the groups, the most urgent first.
    expect(due.issues.map((i) => i.description)).toEqual(['B1', 'A1', 'A2', 'B2', 'A3']);
  });

  it('moves with today: a day later A3 is the only one still due soon', async () => {
    const { repos } = await township();
    const due = await repos.due.summary('2026-03-12');
    // A1 (03-09), A2 (03-10), B1 (02-01), B2 (03-11) are past; A3 (03-12) and A4 (03-13) are due.
    expect(due.overdue).toBe(4);
    expect(due.dueSoon).toBe(2);
    const villages = await repos.due.villages(due.issues.map((i) => i.meetingId));
    const byVillage = groupByVillage(due.issues, villages);
    expect(byVillage.map((g) => [g.name, g.overdue, g.dueSoon])).toEqual([
      ['石门村', 2, 2],
      ['桃花村', 2, 0],
    ]);
  });
});
