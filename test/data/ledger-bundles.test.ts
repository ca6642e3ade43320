// loadLedgerBundles: the 台账's one-transaction read holds the same live records as a bundle per
// meeting (loadAllBundles), and leaves attendance and progress out unless asked.
import { describe, expect, it } from 'vitest';
import type { MeetingBundle } from '../../shared/domain/bundle';
import { defaultSettings } from '../../shared/domain/schemas';
import { sampleProgress } from '../unit/shared/domain/sample-records';
import { openTestDb } from './open-test-db';

const byId = <T extends { id: string }>(list: readonly T[]) =>
  [...list].sort((a, b) => a.id.localeCompare(b.id));

const normal = (bundles: readonly MeetingBundle[]) =>
  byId(bundles.map((b) => ({ ...b, id: b.meeting.id }))).map((b) => ({
    meeting: b.meeting,
    attendance: byId(b.attendance),
    issues: byId(b.issues),
    progress: byId(b.progress),
  }));

describe('loadLedgerBundles', () => {
  it('reads every live meeting with its live records, details only when asked', async () => {
    const { db, repos } = openTestDb();
    const first = await repos.meetings.create(defaultSettings, '2026-11-27');
    const second = await repos.meetings.create(defaultSettings, '2026-11-28');
    const gone = await repos.meetings.create(defaultSettings, '2026-11-29');
    await repos.attendance.add(first.id, '张三');
    await repos.attendance.add(second.id, '李四');
    const kept = await repos.issues.add(first, defaultSettings, { description: '路灯坏了' });
    const removed = await repos.issues.add(first, defaultSettings, { description: '已删' });
    await repos.issues.add(second, defaultSettings, { description: '水管漏水' });
    await repos.issues.add(gone, defaultSettings, { description: '删除会议的诉求' });
    await db.progress.put(sampleProgress({ issueId: kept.id }));
    await repos.issues.remove(removed.id);
    await repos.meetings.remove(gone.id);

    const full = await repos.meetings.loadLedgerBundles(true);
    const each = await Promise.all(
      [first.id, second.id].map((id) => repos.meetings.loadBundle(id)),
    );
    expect(normal(full)).toEqual(normal(each.filter((b) => b !== undefined)));
    expect(full.map((b) => b.meeting.date).sort()).toEqual(['2026-11-27', '2026-11-28']);
    expect(full.flatMap((b) => b.issues.map((i) => i.description)).sort()).toEqual(
      ['水管漏水', '路灯坏了'].sort(),
    );
    expect(full.find((b) => b.meeting.id === first.id)?.progress).toHaveLength(1);

    const light = await repos.meetings.loadLedgerBundles(false);
    expect(light.flatMap((b) => [...b.attendance, ...b.progress])).toEqual([]);
    expect(light.flatMap((b) => b.issues)).toHaveLength(2);
  });
});
