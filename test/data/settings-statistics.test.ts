// 统计口径 in the settings: 设置 changes one definition at a time, and the others, stored before or
// since, stay as they are; 恢复默认设置 restores them all.
import { describe, expect, it } from 'vitest';
import { defaultRateSettings, defaultSettings } from '../../shared/domain/schemas';
import { readSettings } from '../../renderer/db/repositories/settings';
import { openTestDb } from './open-test-db';

describe('settings: the rates’ definitions', () => {
  it('changes one definition and keeps the others as stored', async () => {
    const { repos } = openTestDb();
    await repos.settings.update({ statistics: { completionBase: '交办事项' } });
    await repos.settings.update({ statistics: { onTheSpot: '当场解决及当场答复' } });
    await repos.settings.update({ township: '青山镇' });
    expect(await repos.settings.get()).toEqual({
      ...defaultSettings,
      township: '青山镇',
      statistics: {
        onTheSpot: '当场解决及当场答复',
        completionBase: '交办事项',
        onTimeBase: '已办结事项',
        followUpBase: '已办结交办事项',
        satisfiedValues: null,
      },
    });
  });

  it('keeps 满意率’s own list apart from the one closing uses', async () => {
    const { repos } = openTestDb();
    // What the form sends: the whole definitions object, one value changed.
    await repos.settings.update({
      statistics: { ...defaultRateSettings, satisfiedValues: ['满意'] },
    });
    await repos.settings.update({ satisfiedValues: ['满意', '基本满意', '一般'] });
    const stored = await repos.settings.get();
    expect(stored.satisfiedValues).toEqual(['满意', '基本满意', '一般']);
    expect(stored.statistics.satisfiedValues).toEqual(['满意']);
    // Back to "the same as closing": null, not an empty list.
    await repos.settings.update({ statistics: { satisfiedValues: null } });
    expect((await repos.settings.get()).statistics.satisfiedValues).toBeNull();
  });

  it('adds a definition to settings stored before statistics existed', async () => {
    const { db, repos } = openTestDb();
    await db.keyValues.put({
      key: 'settings',
      value: { township: '白沙镇', closingRule: '办结即可' },
    });
    await repos.settings.update({ statistics: { followUpBase: '全部已办结问题' } });
    const stored = (await db.keyValues.get('settings'))?.value as Record<string, unknown>;
    expect(stored.township).toBe('白沙镇');
    expect(stored.closingRule).toBe('办结即可');
    expect(stored.statistics).toEqual({ ...defaultRateSettings, followUpBase: '全部已办结问题' });
  });

  it('refuses a value that is not one of the choices and leaves the stored ones', async () => {
    const { repos } = openTestDb();
    await repos.settings.update({ statistics: { onTimeBase: '已办结及逾期事项' } });
    await expect(
      repos.settings.update({ statistics: { onTimeBase: '全部事项' as '已办结事项' } }),
    ).rejects.toThrow();
    expect((await repos.settings.get()).statistics.onTimeBase).toBe('已办结及逾期事项');
  });

  it('restores the default definitions with the other defaults', async () => {
    const { repos } = openTestDb();
    await repos.settings.update({
      township: '青山镇',
      statistics: { completionBase: '交办事项', satisfiedValues: ['满意'] },
    });
    await repos.settings.save(defaultSettings);
    expect((await repos.settings.get()).statistics).toEqual({
      onTheSpot: '当场解决',
      completionBase: '全部问题',
      onTimeBase: '已办结事项',
      followUpBase: '已办结交办事项',
      satisfiedValues: null,
    });
  });

  it('reads the definitions one by one: an unreadable one falls back alone and is named', () => {
    const read = readSettings({
      township: '青山镇',
      statistics: {
        onTheSpot: '当场解决及当场答复',
        completionBase: '全部诉求',
        followUpBase: '全部已办结问题',
        satisfiedValues: ['满意'],
      },
    });
    expect(read.fallbacks).toEqual(['statistics']);
    expect(read.settings.township).toBe('青山镇');
    expect(read.settings.statistics).toEqual({
      onTheSpot: '当场解决及当场答复',
      completionBase: '全部问题',
      onTimeBase: '已办结事项',
      followUpBase: '全部已办结问题',
      satisfiedValues: ['满意'],
    });
    // A list that is not a list of answers falls back to "the same as closing".
    const list = readSettings({ statistics: { ...defaultRateSettings, satisfiedValues: '满意' } });
    expect(list.fallbacks).toEqual(['statistics']);
    expect(list.settings.statistics.satisfiedValues).toBeNull();
    // Not an object at all: every definition its default.
    expect(readSettings({ statistics: 3 }).settings.statistics).toEqual(defaultRateSettings);
  });

  it('does not name definitions that are all readable, or missing', () => {
    const read = readSettings({ statistics: { onTimeBase: '已办结及逾期事项' } });
    expect(read.fallbacks).toEqual([]);
    expect(read.settings.statistics).toEqual({
      ...defaultRateSettings,
      onTimeBase: '已办结及逾期事项',
    });
  });
});
