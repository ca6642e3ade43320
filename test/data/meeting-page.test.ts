// The home screen's paged meeting lists on fake-indexeddb: 待开和进行中 oldest first, 已开 newest
// first a page at a time, both with the count the pager shows, searched by village and dates.
// Expectations are worked out by hand from the meetings built below.
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../shared/domain/schemas';
import type { MeetingList, MeetingSearch } from '../../renderer/db/repositories/meetings';
import { openTestDb } from './open-test-db';

const day = (d: number) => `2026-01-${String(d).padStart(2, '0')}`;

/**
 * 22 held meetings on 2026-01-01 … 01-22 (石门村 on odd days, 桃花村 on even days), a deleted
 * held one on 01-30, and two still to be held: 桃花村 (筹备) on 12-10, 石门村 (进行中) on 12-01.
 */
async function township() {
  const { repos } = openTestDb();
  for (let d = 1; d <= 22; d++) {
    const m = await repos.meetings.create(defaultSettings, day(d));
    await repos.meetings.update(m.id, {
      status: '已结束',
      village: d % 2 === 1 ? '石门村' : '桃花村',
    });
  }
  const gone = await repos.meetings.create(defaultSettings, '2026-01-30');
  await repos.meetings.update(gone.id, { status: '已结束', village: '石门村' });
  await repos.meetings.remove(gone.id);
  const planned = await repos.meetings.create(defaultSettings, '2026-12-10');
  await repos.meetings.update(planned.id, { village: '桃花村' });
  const running = await repos.meetings.create(defaultSettings, '2026-12-01');
  await repos.meetings.update(running.id, { status: '进行中', village: '石门村' });
  const page = async (list: MeetingList, search: MeetingSearch, offset = 0, limit = 20) => {
    const found = await repos.meetings.page(list, search, offset, limit);
    return { dates: found.rows.map((m) => m.date), total: found.total };
  };
  return { repos, page };
}

describe('meetings.page', () => {
  it('pages the held meetings newest first with the full count, and skips the deleted one', async () => {
    const { page } = await township();
    const first = await page('held', {});
    expect(first.total).toBe(22);
    expect(first.dates).toEqual([
      day(22),
      day(21),
      day(20),
      day(19),
      day(18),
      day(17),
      day(16),
      day(15),
      day(14),
      day(13),
      day(12),
      day(11),
      day(10),
      day(9),
      day(8),
      day(7),
      day(6),
      day(5),
      day(4),
      day(3),
    ]);
    expect(await page('held', {}, 20)).toEqual({ dates: [day(2), day(1)], total: 22 });
  });

  it('lists meetings still to be held oldest first', async () => {
    const { page } = await township();
    expect(await page('upcoming', {})).toEqual({ dates: ['2026-12-01', '2026-12-10'], total: 2 });
  });

  it('searches by village text in both lists', async () => {
    const { page } = await township();
    expect(await page('held', { village: '石门' })).toEqual({
      dates: [
        day(21),
        day(19),
        day(17),
        day(15),
        day(13),
        day(11),
        day(9),
        day(7),
        day(5),
        day(3),
        day(1),
      ],
      total: 11,
    });
    expect(await page('held', { village: '石门' }, 4, 3)).toEqual({
      dates: [day(13), day(11), day(9)],
      total: 11,
    });
    expect(await page('upcoming', { village: ' 桃花 ' })).toEqual({
      dates: ['2026-12-10'],
      total: 1,
    });
  });

  it('searches by dates, both ends included, and by dates and village together', async () => {
    const { page } = await township();
    expect(await page('held', { from: day(10), to: day(12) })).toEqual({
      dates: [day(12), day(11), day(10)],
      total: 3,
    });
    expect(await page('upcoming', { from: day(10), to: day(12) })).toEqual({ dates: [], total: 0 });
    expect(await page('held', { from: day(20) })).toEqual({
      dates: [day(22), day(21), day(20)],
      total: 3,
    });
    expect(await page('upcoming', { from: day(20) })).toEqual({
      dates: ['2026-12-01', '2026-12-10'],
      total: 2,
    });
    expect(await page('held', { to: day(3), village: '桃花' })).toEqual({
      dates: [day(2)],
      total: 1,
    });
    expect(await page('upcoming', { to: '2026-12-05' })).toEqual({
      dates: ['2026-12-01'],
      total: 1,
    });
  });

  it('orders held meetings of one date by id, larger first, across pages', async () => {
    const { repos } = await township();
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const m = await repos.meetings.create(defaultSettings, day(23));
      await repos.meetings.update(m.id, { status: '已结束' });
      ids.push(m.id);
    }
    const byId = ids.toSorted().reverse();
    const first = await repos.meetings.page('held', {}, 0, 2);
    const second = await repos.meetings.page('held', {}, 2, 2);
    expect(first.rows.map((m) => m.id)).toEqual(byId.slice(0, 2));
    expect(second.rows.map((m) => [m.id, m.date])).toEqual([
      [byId[2], day(23)],
      [expect.any(String), day(22)],
    ]);
    expect(first.total).toBe(25);
  });

  it('counts only live held meetings: a deleted upcoming one changes nothing, a restored one counts again', async () => {
    const { repos, page } = await township();
    const [planned] = (await repos.meetings.page('upcoming', {}, 0, 20)).rows.filter(
      (m) => m.date === '2026-12-10',
    );
    await repos.meetings.remove(planned!.id);
    expect((await page('held', {})).total).toBe(22);
    const [newest] = (await repos.meetings.page('held', {}, 0, 1)).rows;
    await repos.meetings.remove(newest!.id);
    expect(await page('held', {}, 0, 2)).toEqual({ dates: [day(21), day(20)], total: 21 });
    await repos.meetings.restore(newest!.id);
    expect(await page('held', {}, 0, 2)).toEqual({ dates: [day(22), day(21)], total: 22 });
  });

  it('pages held meetings without a search as the search that keeps them all does', async () => {
    const { repos } = await township();
    const everything = { from: '2000-01-01' };
    for (let offset = 0; offset <= 24; offset += 3) {
      expect(await repos.meetings.page('held', {}, offset, 3)).toEqual(
        await repos.meetings.page('held', everything, offset, 3),
      );
    }
  });

  it('finds a full page of held meetings below many newer ones still to be held', async () => {
    const { repos, page } = await township();
    for (let d = 1; d <= 25; d++)
      await repos.meetings.create(defaultSettings, `2027-02-${String(d).padStart(2, '0')}`);
    const first = await page('held', {}, 0, 5);
    expect(first).toEqual({ dates: [day(22), day(21), day(20), day(19), day(18)], total: 22 });
    expect(await page('held', {}, 20, 5)).toEqual({ dates: [day(2), day(1)], total: 22 });
  });
});
