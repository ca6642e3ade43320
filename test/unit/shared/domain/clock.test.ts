import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  clockOf,
  clockTotal,
  compareClocks,
  mergeClocks,
  tick,
} from '../../../../shared/domain/clock';

const clock = fc.dictionary(
  fc.constantFrom('dev-a', 'dev-b', 'toString'),
  fc.integer({ min: 1, max: 9 }),
);

describe('version vectors', () => {
  it('orders copies that saw each other’s edits, and calls independent edits concurrent', () => {
    expect(compareClocks({ a: 1 }, { a: 1 })).toBe('equal');
    expect(compareClocks({ a: 1 }, { a: 2 })).toBe('before');
    expect(compareClocks({ a: 2, b: 1 }, { a: 2 })).toBe('after');
    expect(compareClocks({ a: 2 }, { a: 1, b: 1 })).toBe('concurrent');
    expect(compareClocks({}, { a: 1 })).toBe('before');
  });

  it('counts an edit on its device', () => {
    expect(tick({ a: 2 }, 'b')).toEqual({ a: 2, b: 1 });
    expect(tick({ a: 2 }, 'a')).toEqual({ a: 3 });
    expect(clockTotal({ a: 2, b: 1 })).toBe(3);
  });

  it('counts only a clock’s own entries: a device named like an object method reads as 0', () => {
    // Device ids come from files; "toString" passes the id pattern and every object inherits it.
    expect(compareClocks({ 'dev-a': 1, toString: 1 }, { 'dev-a': 1 })).toBe('after');
    expect(compareClocks({ 'dev-a': 1 }, { 'dev-a': 1, valueOf: 2 })).toBe('before');
    expect(mergeClocks({ 'dev-a': 2 }, { toString: 1 })).toEqual({ 'dev-a': 2, toString: 1 });
    expect(tick({ 'dev-a': 2 }, 'constructor')).toEqual({ 'dev-a': 2, constructor: 1 });
  });

  it('gives records without a clock one from their device and revision', () => {
    expect(clockOf({ deviceId: 'dev-a', rev: 4 })).toEqual({ 'dev-a': 4 });
    expect(clockOf({ deviceId: 'dev-a', rev: 4, clock: { 'dev-b': 2 } })).toEqual({ 'dev-b': 2 });
  });

  it('merges into a clock that has seen both sides, in either order (property)', () => {
    fc.assert(
      fc.property(clock, clock, (a, b) => {
        const merged = mergeClocks(a, b);
        expect(mergeClocks(b, a)).toEqual(merged);
        expect(['equal', 'after']).toContain(compareClocks(merged, a));
        expect(['equal', 'after']).toContain(compareClocks(merged, b));
        expect(compareClocks(tick(merged, 'dev-a'), a)).toBe('after');
      }),
    );
  });

  it('is antisymmetric (property)', () => {
    const flip = { before: 'after', after: 'before', equal: 'equal', concurrent: 'concurrent' };
    fc.assert(
      fc.property(clock, clock, (a, b) => {
        expect(compareClocks(b, a)).toBe(flip[compareClocks(a, b)]);
      }),
    );
  });
});
