// The recall repository on fake-indexeddb: the village's earlier meetings only, with the issue's
// history as the follow-up left it.
import { describe, expect, it } from 'vitest';
import { blankStep } from '../../shared/domain/follow-up';
import { defaultSettings } from '../../shared/domain/schemas';
import { openTestDb } from './open-test-db';

async function meetingIn(
  repos: ReturnType<typeof openTestDb>['repos'],
  date: string,
  village: string,
) {
  const meeting = await repos.meetings.create(defaultSettings, date);
  return repos.meetings.update(meeting.id, { village });
}

async function assigned(
  repos: ReturnType<typeof openTestDb>['repos'],
  meeting: Awaited<ReturnType<typeof meetingIn>>,
  description: string,
) {
  const issue = await repos.issues.add(meeting, defaultSettings, {
    description,
    unit: '镇交通站',
    owner: '刘建国',
  });
  return repos.issues.setResponse(issue.id, '交办', meeting.date, defaultSettings);
}

describe('recall repository', () => {
  it("lists the village's earlier commitments, not the current, later or other villages' ones", async () => {
    const { repos } = openTestDb();
    const march = await meetingIn(repos, '2026-03-05', '石门村');
    const road = await assigned(repos, march, '村口路面坑洼');
    await repos.issues.add(march, defaultSettings, { description: '没有处置的诉求' });
    await repos.progress.take(
      road.id,
      { ...blankStep('办结', '2026-03-10'), text: '已铺设水泥路面' },
      defaultSettings,
    );
    await repos.progress.take(
      road.id,
      { ...blankStep('回访', '2026-03-12'), satisfaction: '满意', method: '电话', by: '王芳' },
      defaultSettings,
    );
    const other = await meetingIn(repos, '2026-04-01', '白沙村');
    await assigned(repos, other, '别村的路');
    const current = await meetingIn(repos, '2026-09-08', '石门村');
    await assigned(repos, current, '本次的诉求');
    const later = await meetingIn(repos, '2026-10-01', '石门村');
    await assigned(repos, later, '以后的诉求');

    const items = await repos.recall.forMeeting(current.id);
    expect(items.map((i) => i.sentence)).toEqual([
      '2026年3月5日第1条：村口路面坑洼（镇交通站，刘建国），已办结，办理结果：已铺设水泥路面，回访满意，尚未销号。',
    ]);
    expect(items[0]?.issueId).toBe(road.id);
    expect(await repos.recall.forMeeting(march.id)).toEqual([]);
  });

  it('finds nothing before 村 is filled in, and the earlier items once it is', async () => {
    const { repos } = openTestDb();
    const march = await meetingIn(repos, '2026-03-05', '石门村');
    await assigned(repos, march, '路灯不亮');
    const fresh = await repos.meetings.create(defaultSettings, '2026-09-08');
    expect(await repos.recall.forMeeting(fresh.id)).toEqual([]);
    await repos.meetings.update(fresh.id, { village: '石门村' });
    expect((await repos.recall.forMeeting(fresh.id)).map((i) => i.summary)).toEqual(['路灯不亮']);
  });
});
