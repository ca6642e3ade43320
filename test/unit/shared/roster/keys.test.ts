import { describe, expect, it } from 'vitest';
import { groupKey, nameKey } from '../../../../shared/roster/keys';

describe('groupKey', () => {
  it('reads the ways one 村民小组 is written as one number', () => {
    for (const written of ['一组', '1组', '第一组', '01', '一', ' 1 组', '第1村民小组', '一小组']) {
      expect(groupKey(written)).toBe('1');
    }
    expect(groupKey('十组')).toBe('10');
    expect(groupKey('第十二组')).toBe('12');
    expect(groupKey('二十组')).toBe('20');
    expect(groupKey('两组')).toBe('2');
    expect(groupKey('九十九')).toBe('99');
  });

  it('keeps named groups and malformed numerals as written', () => {
    expect(groupKey('东头组')).toBe('东头');
    expect(groupKey('十十组')).toBe('十十');
    expect(groupKey('')).toBe('');
  });
});

describe('nameKey', () => {
  it('ignores the spaces that pad two-character names', () => {
    expect(nameKey('张　三')).toBe('张三');
    expect(nameKey('张 三')).toBe('张三');
  });
});
