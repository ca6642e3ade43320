// The follow-up repository on fake-indexeddb: a step writes the issue and its history together,
// a refused step writes nothing, and the history travels to another laptop.
import { describe, expect, it } from 'vitest';
import { blankStep } from '../../shared/domain/follow-up';
import { defaultSettings } from '../../shared/domain/schemas';
import { parseExchangeText } from '../../shared/exchange/parse';
import { serializeExchangeFile } from '../../shared/exchange/write';
import { FollowUpRefusedError } from '../../renderer/db/repositories/progress';
import { dumpDatabase } from './dump';
import { openTestDb } from './open-test-db';

async function assignedIssue(deviceId = 'dev-a') {
  const laptop = openTestDb(deviceId);
  const meeting = await laptop.repos.meetings.create(defaultSettings, '2026-03-05');
  const added = await laptop.repos.issues.add(meeting, defaultSettings, {
    description: '路灯坏了',
  });
  const issue = await laptop.repos.issues.setResponse(
    added.id,
    '交办',
    meeting.date,
    defaultSettings,
  );
  return { ...laptop, meeting, issue };
}

const step = (kind: Parameters<typeof blankStep>[0], patch = {}) => ({
  ...blankStep(kind, '2026-03-08'),
  by: '刘强',
  text: '已处理',
  ...patch,
});

describe('progress repository', () => {
  it('writes the issue and its history entry together, stamped with time and device', async () => {
    const { repos, issue } = await assignedIssue();
    await repos.progress.take(issue.id, step('进展', { method: '电话' }), defaultSettings);
    const { issue: done, entry } = await repos.progress.take(
      issue.id,
      step('办结', { text: '已换灯泡', date: '2026-03-09' }),
      defaultSettings,
    );
    expect(done).toMatchObject({ status: '已办结', result: '已换灯泡', completedOn: '2026-03-09' });
    expect(done.rev).toBe(issue.rev + 1);
    expect(entry).toMatchObject({ kind: '办结', toStatus: '已办结', deviceId: 'dev-a' });
    expect(entry.createdAt).toMatch(/^2026-11-27T08:00:\d\d\.000Z$/);
    const history = await repos.progress.listForIssue(issue.id);
    expect(history.map((h) => `${h.date} ${h.kind}`)).toEqual([
      '2026-03-08 进展',
      '2026-03-09 办结',
    ]);
    expect((await repos.issues.get(issue.id))?.status).toBe('已办结');
  });

  it('a refused step throws the reason and changes nothing', async () => {
    const { repos, db, issue } = await assignedIssue();
    const before = await dumpDatabase(db, ['issues', 'progress']);
    const attempt = repos.progress.take(issue.id, step('销号'), defaultSettings);
    await expect(attempt).rejects.toThrow(FollowUpRefusedError);
    await expect(attempt).rejects.toThrow('“办理中”的问题不能直接改为“已销号”');
    expect(await dumpDatabase(db, ['issues', 'progress'])).toEqual(before);
  });

  it('refuses a date before the meeting or after today, naming the limit, and writes nothing', async () => {
    const { repos, db, issue } = await assignedIssue();
    const before = await dumpDatabase(db, ['issues', 'progress']);
    const early = repos.progress.take(
      issue.id,
      step('办结', { date: '2026-03-04' }),
      defaultSettings,
    );
    await expect(early).rejects.toThrow(FollowUpRefusedError);
    await expect(early).rejects.toThrow('日期不能早于提出这条诉求的会议（2026年3月5日）');
    const late = repos.progress.take(
      issue.id,
      step('办结', { date: '2026-03-11' }),
      defaultSettings,
      '2026-03-10',
    );
    await expect(late).rejects.toThrow('日期不能晚于今天（2026年3月10日）');
    expect(await dumpDatabase(db, ['issues', 'progress'])).toEqual(before);
    // The meeting's day and today itself are allowed.
    await repos.progress.take(
      issue.id,
      step('进展', { date: '2026-03-05' }),
      defaultSettings,
      '2026-03-10',
    );
    const { issue: done } = await repos.progress.take(
      issue.id,
      step('办结', { date: '2026-03-10' }),
      defaultSettings,
      '2026-03-10',
    );
    expect([done.status, done.completedOn]).toEqual(['已办结', '2026-03-10']);
  });

  it('refuses a step on a deleted issue', async () => {
    const { repos, issue } = await assignedIssue();
    await repos.issues.remove(issue.id);
    await expect(repos.progress.take(issue.id, step('进展'), defaultSettings)).rejects.toThrow(
      '找不到诉求',
    );
  });

  it('the whole follow-up travels in an exchange file to the office', async () => {
    const a = await assignedIssue('dev-a');
    for (const s of [
      step('办结'),
      step('回访', { satisfaction: '不满意' }),
      step('复号', { text: '灯又不亮' }),
      step('办结', { text: '换了线路' }),
      step('回访', { satisfaction: '满意' }),
      step('销号'),
    ]) {
      await a.repos.progress.take(a.issue.id, s, defaultSettings);
    }
    const exported = await a.repos.exchange.exportMeetings([a.meeting.id]);
    const parsed = await parseExchangeText(serializeExchangeFile(exported), 'a.json');
    if (!parsed.ok) throw new Error(parsed.message);
    const office = openTestDb('dev-office');
    await office.repos.exchange.apply([{ name: 'a.json', file: parsed.file }]);
    const history = await office.repos.progress.listForIssue(a.issue.id);
    expect(history.map((h) => h.kind)).toEqual(['办结', '回访', '复号', '办结', '回访', '销号']);
    expect((await office.repos.issues.get(a.issue.id))?.status).toBe('已销号');
    expect((await office.repos.issues.get(a.issue.id))?.reopenCount).toBe(1);
  });
});
