import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanLine, cleanText, sanitizeText } from '../../../../shared/domain/text';

/** An oracle independent of the sanitiser: what XML 1.0 forbids (plus DEL and C1), by code point. */
function containsForbidden(text: string): boolean {
  return [...text].some((ch) => {
    const c = ch.codePointAt(0) ?? 0;
    const control =
      (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || (c >= 0x7f && c <= 0x9f);
    return control || c === 0xfffe || c === 0xffff || (c >= 0xd800 && c <= 0xdfff);
  });
}

const rare = ['𠀀', '䶮', '堃', '𡒄', '𪚥', '𬱖', '👨‍👩‍👧‍👦', '👩🏽‍🌾', '🇨🇳', 'é'];

/** Code points XML 1.0 allows and the sanitiser must keep (no C1/DEL, no noncharacters FFFE/FFFF). */
const validCodePoint = fc
  .oneof(
    fc.constantFrom(0x09, 0x0a, 0x0d),
    fc.integer({ min: 0x20, max: 0x7e }),
    fc.integer({ min: 0xa0, max: 0xd7ff }),
    fc.integer({ min: 0xe000, max: 0xfffd }),
    fc.integer({ min: 0x10000, max: 0x10ffff }),
  )
  .map((cp) => String.fromCodePoint(cp));

/** Any UTF-16 code unit, lone surrogates included: the hostile case. */
const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u));
const hostileString = fc.string({
  unit: fc.oneof(anyCodeUnit, fc.string({ unit: 'binary', maxLength: 1 })),
  maxLength: 60,
});

describe('sanitizeText', () => {
  it('keeps ordinary Chinese text, tabs and newlines untouched', () => {
    const input = '村道\t硬化\r\n饮水安全\n';
    expect(sanitizeText(input)).toEqual({ text: input, removed: 0 });
  });

  it('keeps rare characters, astral ideographs and emoji ZWJ sequences whole', () => {
    const input = rare.join('');
    expect(sanitizeText(input)).toEqual({ text: input, removed: 0 });
  });

  it.each([
    ['NUL', '\u0000'],
    ['BEL', '\u0007'],
    ['vertical tab', '\u000B'],
    ['form feed', '\u000C'],
    ['unit separator', '\u001F'],
    ['DEL', '\u007F'],
    ['C1 NEL', '\u0085'],
    ['C1 APC', '\u009F'],
    ['U+FFFE', '\uFFFE'],
    ['U+FFFF', '\uFFFF'],
    ['lone high surrogate', '\uD840'],
    ['lone low surrogate', '\uDC00'],
  ])('removes %s and counts it', (_label, bad) => {
    expect(sanitizeText(`张${bad}三`)).toEqual({ text: '张三', removed: 1 });
    expect(sanitizeText(`${bad}`)).toEqual({ text: '', removed: 1 });
  });

  it('counts every removed code unit', () => {
    expect(sanitizeText('\u0000\u0001李\u0002四\uFFFF')).toEqual({ text: '李四', removed: 4 });
  });

  it('removes a reversed surrogate pair but keeps a proper one next to it', () => {
    expect(sanitizeText('\uDC00\uD800𠀀')).toEqual({ text: '𠀀', removed: 2 });
  });

  it('removes a high surrogate followed by another high surrogate, keeping the valid pair', () => {
    expect(sanitizeText('\uD800\uD840\uDC00')).toEqual({ text: '𠀀', removed: 1 });
  });

  it('does not join surrogates separated by a removed control character', () => {
    expect(sanitizeText('\uD840\u0001\uDC00')).toEqual({ text: '', removed: 3 });
  });

  it('keeps U+FFFD, U+2028 and non-breaking space (valid XML characters)', () => {
    const input = '\uFFFD\u2028\u00A0';
    expect(sanitizeText(input).text).toBe(input);
  });

  it('handles a long string without losing anything valid', () => {
    const input = '堃'.repeat(50_000) + '\u0000';
    const out = sanitizeText(input);
    expect(out.text).toHaveLength(50_000);
    expect(out.removed).toBe(1);
  });

  it('is idempotent (property)', () => {
    fc.assert(
      fc.property(hostileString, (s) => {
        const once = sanitizeText(s).text;
        expect(sanitizeText(once)).toEqual({ text: once, removed: 0 });
      }),
    );
  });

  it('never outputs a forbidden character (property)', () => {
    fc.assert(
      fc.property(hostileString, (s) => {
        const out = sanitizeText(s);
        expect(containsForbidden(out.text)).toBe(false);
        expect(out.text.length + out.removed).toBe(s.length);
      }),
    );
  });

  it('keeps every string of valid code points unchanged (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: validCodePoint, maxLength: 80 }), (s) => {
        expect(sanitizeText(s)).toEqual({ text: s, removed: 0 });
      }),
    );
  });

  it('keeps every string of printable graphemes unchanged (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (s) => {
        expect(cleanText(s)).toBe(s);
      }),
    );
  });
});

describe('cleanText', () => {
  it('returns the sanitised text only', () => {
    expect(cleanText('第一行\n第二行\u0000')).toBe('第一行\n第二行');
  });
});

describe('cleanLine', () => {
  it('folds runs of newlines and tabs into one space', () => {
    expect(cleanLine('王\r\n\r\n建国\t\t主任')).toBe('王 建国 主任');
  });

  it('removes control characters before folding', () => {
    expect(cleanLine('李\u0000\n\u0007\n四')).toBe('李 四');
  });

  it('does not trim or collapse ordinary spaces', () => {
    expect(cleanLine('  张  三 ')).toBe('  张  三 ');
  });

  it('never contains a line break or tab (property)', () => {
    fc.assert(
      fc.property(hostileString, (s) => {
        const out = cleanLine(s);
        expect(out).not.toMatch(/[\t\r\n]/);
        expect(containsForbidden(out)).toBe(false);
      }),
    );
  });
});
