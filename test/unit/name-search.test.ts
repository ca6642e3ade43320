// Finding names by text and by pinyin initials. Every expectation below was worked out from the
// names' readings as a township clerk would say them, not from the code.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  findNames,
  indexNames,
  matchesText,
  narrows,
  textMatcher,
} from '../../shared/domain/name-search';

const finds = (text: string, query: string) => expect(matchesText(text, query), query).toBe(true);
const misses = (text: string, query: string) => expect(matchesText(text, query), query).toBe(false);

describe('name search', () => {
  it('finds a name by the initials of its pinyin, whole or in part', () => {
    finds('张三丰', 'zsf');
    finds('张三丰', 'zs');
    finds('张三丰', 'sf');
    finds('张三丰', 'ZSF');
    finds('张三丰', ' z s f ');
    misses('张三丰', 'zf');
    misses('张三丰', 'zsfx');
    misses('李四', 'zs');
  });

  it('reads surnames as surnames (单 shàn, 曾 zēng, 解 xiè, 仇 qiú, 区 ōu, 查 zhā, 朴 piáo)', () => {
    finds('单小花', 'sxh');
    finds('曾国藩', 'zgf');
    finds('解晓东', 'xxd');
    finds('仇小兵', 'qxb');
    finds('区伟', 'ow');
    finds('查良镛', 'zly');
    finds('朴志明', 'pzm');
  });

  it('also takes the everyday reading of a polyphonic character', () => {
    finds('单小花', 'dxh');
    finds('曾国藩', 'cgf');
    finds('解晓东', 'jxd');
    misses('单小花', 'bxh');
  });

  it('takes every reading of a character wherever it stands, not only at the head', () => {
    // 区 is qū, and ōu as a surname: in 长冲社区 a clerk may still read it either way.
    finds('长冲社区', 'ccsq');
    finds('长冲社区', 'ccso');
    finds('区伟', 'qw');
    misses('长冲社区', 'ccsx');
  });

  it('reads a one-character text as one character, with all its readings', () => {
    // 单: shàn, dān, chán. One typed letter for it, never two.
    finds('单', 'd');
    finds('单', 's');
    finds('单', 'c');
    misses('单', 'dd');
    misses('单', 'sd');
    misses('单', 'x');
  });

  it('prepares one query for many texts with the same answers', () => {
    const matches = textMatcher(' Z s ');
    expect(['张三', '李四', '赵松', '张三丰', '周'].filter(matches)).toEqual([
      '张三',
      '赵松',
      '张三丰',
    ]);
    expect(['张三', ''].filter(textMatcher(''))).toEqual(['张三', '']);
  });

  it('lets a character without a known reading stand for any letter', () => {
    // 𡒄 (U+21484, extension B) has no reading in the dictionary.
    finds('单𡒄花', 'sdh');
    finds('单𡒄花', 'sxh');
    finds('单𡒄花', '𡒄');
    misses('单𡒄花', 'sdx');
    // 䶮 (extension A) has one: yǎn.
    finds('欧阳䶮', 'oyy');
    misses('欧阳䶮', 'oyx');
  });

  it('matches text as typed, and Chinese and Latin mixed', () => {
    finds('石门村', '门村');
    finds('张三丰', '张s');
    finds('张三丰', 'z三');
    finds('二组A区', 'A区');
    finds('二组A区', 'ezaq');
    misses('张三丰', '李s');
    finds('张三丰', '');
  });
});

describe('an index of many names', () => {
  const names = ['张三', '单𡒄花', '李明', '赵松', '欧阳䶮', '石门村', '张三丰', '二组A区', ''];
  const index = indexNames(names);
  const found = (query: string, within?: number[]) =>
    findNames(index, query, within).map((n) => names[n]);

  it('finds what matchesText finds, by initials, as typed and mixed, in the order given', () => {
    expect(found('zs')).toEqual(['张三', '赵松', '张三丰']);
    expect(found('sdh')).toEqual(['单𡒄花']);
    expect(found('dxh')).toEqual(['单𡒄花']);
    expect(found('𡒄')).toEqual(['单𡒄花']);
    expect(found('oyy')).toEqual(['欧阳䶮']);
    expect(found('oyx')).toEqual([]);
    expect(found('张s')).toEqual(['张三', '张三丰']);
    expect(found(' Z S F ')).toEqual(['张三丰']);
    expect(found('a区')).toEqual(['二组A区']);
    expect(found('门村')).toEqual(['石门村']);
    expect(found('zf')).toEqual([]);
    expect(found('')).toEqual(names);
  });

  it('looks only among the positions it is given', () => {
    // 张三 is at 0, 张三丰 at 6: given 6 alone, zs finds only 张三丰.
    expect(found('zs', [6])).toEqual(['张三丰']);
    expect(found('', [1, 3])).toEqual(['单𡒄花', '赵松']);
  });

  it('narrows when a query extends the last one, and not otherwise', () => {
    expect(narrows('z', 'zs')).toBe(true);
    expect(narrows(' zs', 'zs f')).toBe(true);
    expect(narrows('zs', 'z')).toBe(false);
    expect(narrows('zs', 'sz')).toBe(false);
    // Nothing typed before: every name is a candidate, there is nothing to narrow from.
    expect(narrows('', 'z')).toBe(false);
  });

  it('agrees with matchesText for any names and query, and with narrowing a key at a time', () => {
    const char = fc.constantFrom(...'张三李明单𡒄花欧阳䶮石门村区曾长a Ab1zsdhlmqcoy');
    const text = fc.array(char, { maxLength: 6 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(fc.array(text, { maxLength: 12 }), text, (list, query) => {
        const many = indexNames(list);
        const expected = list.flatMap((t, n) => (matchesText(t, query) ? [n] : []));
        expect(findNames(many, query)).toEqual(expected);
        // Typed a character at a time, each query looking among the last one's finds.
        let within: number[] | undefined;
        let last = '';
        for (const typed of [...query].map((_, i) => [...query].slice(0, i + 1).join(''))) {
          within = findNames(many, typed, within && narrows(last, typed) ? within : undefined);
          last = typed;
        }
        if (query !== '') expect(within).toEqual(expected);
      }),
    );
  });
});
