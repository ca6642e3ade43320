// The 村民名册 list's pure parts: filter choices, filtering and order, the duplicate groups among
// the persons kept, and the export's file name.
import { describe, expect, it } from 'vitest';
import { newRecordMeta } from '../../../shared/domain/records';
import type { Person } from '../../../shared/domain/schemas';
import {
  filterOrderedRoster,
  filterRoster,
  orderRoster,
  rosterChoices,
  rosterFileName,
  storedDuplicateGroups,
} from '../../../renderer/features/roster/roster-view';

const stamp = { deviceId: 'device-test', now: '2026-11-27T08:00:00.000Z' };

function person(name: string, village: string, group: string, extra: Partial<Person> = {}): Person {
  return {
    ...newRecordMeta(stamp),
    name,
    village,
    group,
    household: '',
    tags: [],
    phone: '',
    ...extra,
  };
}

const zhang = person('张三', '石门村', '十组', { household: '张大' });
const li = person('李四', '石门村', '2组');
const wang = person('王五', '枫树村', '一组');
const zhao = person('赵六', '石门村', '十组', { household: '赵大' });
const all = [zhang, li, wang, zhao];

describe('rosterChoices', () => {
  it('offers each village and group once, groups of the chosen village only', () => {
    expect(rosterChoices(all)).toEqual({
      villages: ['枫树村', '石门村'],
      groups: ['2组', '十组', '一组'],
    });
    expect(rosterChoices(all, '石门村').groups).toEqual(['2组', '十组']);
  });
});

describe('filterRoster', () => {
  it('orders by 村, then 组 by number (2组 before 十组), then 户主, then name', () => {
    expect(filterRoster(all, {}).map((p) => p.name)).toEqual(['王五', '李四', '张三', '赵六']);
  });

  it('filters by 村 and 组, and finds a name by pinyin initials or as typed', () => {
    expect(filterRoster(all, { village: '石门村', group: '十组' }).map((p) => p.name)).toEqual([
      '张三',
      '赵六',
    ]);
    expect(filterRoster(all, { text: 'zs' }).map((p) => p.name)).toEqual(['张三']);
    expect(filterRoster(all, { text: ' 李 ' }).map((p) => p.name)).toEqual(['李四']);
    expect(filterRoster(all, { village: '枫树村', text: 'zs' })).toEqual([]);
  });
});

describe('orderRoster and filterOrderedRoster', () => {
  it('puts the persons in order once; a filter then keeps the order it is given', () => {
    const ordered = orderRoster(all);
    expect(ordered.map((p) => p.name)).toEqual(['王五', '李四', '张三', '赵六']);
    // Each key of the search only filters: 赵六 before 张三 as given, not sorted again.
    expect(filterOrderedRoster([zhao, li, zhang], { village: '石门村', group: '十组' })).toEqual([
      zhao,
      zhang,
    ]);
    expect(filterOrderedRoster(ordered, { text: 'ww' }).map((p) => p.name)).toEqual(['王五']);
  });
});

describe('storedDuplicateGroups', () => {
  it('groups the same name in the same 村 and 组 (一组 = 1组) and the same phone', () => {
    const a = person('张 三', '石门村', '一组', { phone: '13800000001' });
    const b = person('张三', '石门村', '1组');
    const c = person('张三', '枫树村', '一组'); // another village: another person
    const d = person('李四', '石门村', '三组', { phone: '138 0000 0001' });
    const e = person('王五', '石门村', '三组', { deletedAt: stamp.now });
    const groups = storedDuplicateGroups([a, b, c, d, e]);
    expect(groups.map((g) => [g.reason, g.persons.map((p) => p.id)])).toEqual([
      ['name', [a.id, b.id]],
      ['phone', [a.id, d.id]], // in list order: 一组 before 三组
    ]);
  });

  it('finds nothing in a roster of distinct persons', () => {
    expect(storedDuplicateGroups(all)).toEqual([]);
  });
});

describe('rosterFileName', () => {
  it('names the filter on screen and the copy, as the 台账 does', () => {
    expect(rosterFileName({}, 'masked')).toBe('村民名册（脱敏版）.xlsx');
    expect(rosterFileName({ village: '石门村', group: '三组', text: 'zs' }, 'internal-full')).toBe(
      '村民名册（石门村 三组）（内部完整版）.xlsx',
    );
    expect(rosterFileName({ village: '石门村' }, 'public')).toBe(
      '村民名册（石门村）（公示版）.xlsx',
    );
  });
});
