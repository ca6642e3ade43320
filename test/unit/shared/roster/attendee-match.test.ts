// Attendee entry against the roster: what a few keys suggest, and who a name entered without a
// pick is. Persons are written out here; the expectations are read off them by hand.
import { describe, expect, it } from 'vitest';
import type { Person } from '../../../../shared/domain/schemas';
import { attendeeIdentity, resolveTypedAttendee } from '../../../../shared/roster/attendee-match';
import { isInitials, suggestPersons } from '../../../../shared/roster/attendee-suggest';

let next = 0;
function person(name: string, village: string, group = '', more: Partial<Person> = {}): Person {
  next += 1;
  return {
    id: `p${next}`,
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
    rev: 1,
    deviceId: 'd',
    deletedAt: null,
    name,
    village,
    group,
    household: '',
    tags: [],
    phone: '',
    ...more,
  };
}

const shan = person('单𡒄花', '石门村', '2组');
const zhang1 = person('张三', '石门村', '1组');
const zhang3 = person('张三', '石门村', '三组');
const zhangsf = person('张三丰', '石门村', '1组');
const zengOther = person('曾三', '白沙村', '1组');
const zhangOther = person('张三', '白沙村', '1组');
const gone = person('张山', '石门村', '1组', { deletedAt: '2026-11-02T00:00:00.000Z' });
const roster = [zengOther, zhangOther, shan, zhang1, zhang3, zhangsf, gone];
const names = (found: Person[]) => found.map((p) => `${p.name}@${p.village}/${p.group}`);

describe('suggestPersons', () => {
  it('finds by pinyin initials, rare characters standing for any letter', () => {
    expect(names(suggestPersons(roster, 'sdh', '石门村'))).toEqual(['单𡒄花@石门村/2组']);
  });

  // Within each part, names in pinyin order (Chinese collation): 曾 zeng before 张 zhang.
  it("lists the meeting's village first, then other villages, never a deleted person", () => {
    // zs: 张三 ×2 and 张三丰 here (张山 is deleted); 张三 and 曾三 (zeng san) in 白沙村.
    expect(names(suggestPersons(roster, 'zs', '石门村'))).toEqual([
      '张三@石门村/1组',
      '张三@石门村/三组',
      '张三丰@石门村/1组',
      '曾三@白沙村/1组',
      '张三@白沙村/1组',
    ]);
  });

  it('puts names that begin with the typed characters first', () => {
    expect(names(suggestPersons(roster, '三', '石门村'))).toEqual([
      '张三@石门村/1组',
      '张三@石门村/三组',
      '张三丰@石门村/1组',
      '曾三@白沙村/1组',
      '张三@白沙村/1组',
    ]);
    expect(names(suggestPersons([zhangsf, person('三妹', '石门村')], '三', '石门村'))).toEqual([
      '三妹@石门村/',
      '张三丰@石门村/1组',
    ]);
  });

  it('leaves out persons already on the list, and stops at the limit', () => {
    const listed = new Set([zhang1.id, zhang3.id]);
    expect(names(suggestPersons(roster, '张三', '石门村', listed))).toEqual([
      '张三丰@石门村/1组',
      '张三@白沙村/1组',
    ]);
    expect(suggestPersons(roster, 'zs', '石门村', new Set(), 2)).toHaveLength(2);
    // The village's own fill the list: the other village is not searched.
    expect(names(suggestPersons(roster, 'zs', '石门村', new Set(), 3))).toEqual([
      '张三@石门村/1组',
      '张三@石门村/三组',
      '张三丰@石门村/1组',
    ]);
  });

  it('suggests nothing for nothing typed', () => {
    expect(suggestPersons(roster, '  ', '石门村')).toEqual([]);
  });
});

describe('resolveTypedAttendee', () => {
  it('links the one namesake of the village, whatever 组 is typed or not', () => {
    expect(resolveTypedAttendee(roster, '张三丰', '', '石门村')).toEqual({
      kind: 'person',
      person: zhangsf,
    });
    expect(resolveTypedAttendee(roster, '单 𡒄花', '', '石门村')).toEqual({
      kind: 'person',
      person: shan,
    });
  });

  it('asks to choose between namesakes unless the 组 typed tells them apart', () => {
    // Listed by 组 whatever order the roster keeps them in.
    expect(resolveTypedAttendee([zhang3, zhang1], '张三', '', '石门村')).toEqual({
      kind: 'choose',
      candidates: [zhang1, zhang3],
    });
    // 3组 is 三组 written another way.
    expect(resolveTypedAttendee(roster, '张三', '3组', '石门村')).toEqual({
      kind: 'person',
      person: zhang3,
    });
    expect(resolveTypedAttendee(roster, '张三', '第一组', '石门村')).toEqual({
      kind: 'person',
      person: zhang1,
    });
  });

  it('is a new person when the village holds none of that name (or only in another 组)', () => {
    expect(resolveTypedAttendee(roster, '曾三', '', '石门村')).toEqual({ kind: 'new' });
    expect(resolveTypedAttendee(roster, '张山', '', '石门村')).toEqual({ kind: 'new' });
    expect(resolveTypedAttendee(roster, '张三', '5组', '石门村')).toEqual({ kind: 'new' });
  });
});

describe('isInitials and attendeeIdentity', () => {
  it('takes Latin letters alone as initials, anything with a character as a name', () => {
    expect(isInitials('sdh')).toBe(true);
    expect(isInitials(' Z S ')).toBe(true);
    expect(isInitials('张s')).toBe(false);
    expect(isInitials('a1')).toBe(false);
    expect(isInitials('')).toBe(false);
  });

  it("takes the first of the person's tags the meeting offers, else the chosen one", () => {
    const tagged = person('李四', '石门村', '', { tags: ['五保户', '党员', '村民代表'] });
    expect(attendeeIdentity(tagged, ['群众', '村民代表', '党员'], '群众')).toBe('党员');
    expect(attendeeIdentity(tagged, ['群众'], '群众')).toBe('群众');
  });
});
