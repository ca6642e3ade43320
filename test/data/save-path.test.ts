// The save path's data rules: a response and its deadline in one transaction (both or neither),
// settings written field by field and only when they change, and read field by field.
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../shared/domain/schemas';
import { readSettings } from '../../renderer/db/repositories/settings';
import { openTestDb } from './open-test-db';

async function meetingWithIssue() {
  const { db, repos } = openTestDb();
  const meeting = await repos.meetings.create(defaultSettings, '2026-11-27');
  const issue = await repos.issues.add(meeting, defaultSettings);
  return { db, repos, meeting, issue };
}

describe('issue edit: a response and its deadline together', () => {
  it('stores 交办 with the deadline typed in the same edit, not the default', async () => {
    const { repos, meeting, issue } = await meetingWithIssue();
    const saved = await repos.issues.edit(
      issue.id,
      { responseType: '交办', deadline: '2026-12-20', unit: '乡交通站' },
      meeting.date,
      defaultSettings,
    );
    expect(saved).toMatchObject({
      responseType: '交办',
      status: '办理中',
      deadline: '2026-12-20',
      unit: '乡交通站',
      rev: issue.rev + 1,
    });
  });

  it('gives 交办 alone the default deadline (7 days after the meeting)', async () => {
    const { repos, meeting, issue } = await meetingWithIssue();
    const saved = await repos.issues.edit(
      issue.id,
      { responseType: '交办' },
      meeting.date,
      defaultSettings,
    );
    expect(saved.deadline).toBe('2026-12-04');
  });

  it('stores neither when the deadline is invalid', async () => {
    const { db, repos, meeting, issue } = await meetingWithIssue();
    await expect(
      repos.issues.edit(
        issue.id,
        { responseType: '交办', deadline: '2026-02-30' },
        meeting.date,
        defaultSettings,
      ),
    ).rejects.toThrow();
    expect(await db.issues.get(issue.id)).toEqual(issue);
  });

  it('writes nothing when nothing changes', async () => {
    const { repos, meeting, issue } = await meetingWithIssue();
    const same = await repos.issues.edit(
      issue.id,
      { description: issue.description, responseType: issue.responseType },
      meeting.date,
      defaultSettings,
    );
    expect(same).toEqual(issue);
  });
});

describe('settings', () => {
  it('changes only the given fields and keeps the others as stored', async () => {
    const { repos } = openTestDb();
    await repos.settings.update({ township: '青山镇', categories: ['修路'] });
    await repos.settings.update({ defaultDeadlineDays: 15 });
    expect(await repos.settings.get()).toEqual({
      ...defaultSettings,
      township: '青山镇',
      categories: ['修路'],
      defaultDeadlineDays: 15,
    });
  });

  it('does not write what is already stored', async () => {
    const { db, repos } = openTestDb();
    await repos.settings.update({ township: '青山镇' });
    const before = await db.keyValues.get('settings');
    let writes = 0;
    db.keyValues.hook('updating', () => {
      writes += 1;
    });
    db.keyValues.hook('creating', () => {
      writes += 1;
    });
    await repos.settings.update({ township: '青山镇' });
    expect(writes).toBe(0);
    expect(await db.keyValues.get('settings')).toEqual(before);
  });

  it('reads field by field: a bad field falls back alone and is named', () => {
    const read = readSettings({
      township: '青山镇',
      meetingTypeLabel: '',
      categories: ['修路', '饮水'],
      defaultDeadlineDays: 400,
      satisfiedValues: ['满意'],
      somethingOld: true,
    });
    expect(read.fallbacks.sort()).toEqual(['defaultDeadlineDays', 'meetingTypeLabel']);
    expect(read.settings).toEqual({
      ...defaultSettings,
      township: '青山镇',
      categories: ['修路', '饮水'],
      satisfiedValues: ['满意'],
    });
  });

  it('reads nothing stored, or something that is not an object, as the defaults', () => {
    for (const stored of [undefined, null, 'x', 3]) {
      expect(readSettings(stored)).toEqual({ settings: defaultSettings, fallbacks: [] });
    }
  });
});
