import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  formatChineseDate,
  isValidIsoDate,
  localIsoDate,
  parseIsoDate,
} from '../../../../shared/domain/dates';

/** Calendar days between 1900 and 2199 as YYYY-MM-DD. */
const isoDay = fc
  .integer({ min: Date.UTC(1900, 0, 1) / 86_400_000, max: Date.UTC(2199, 11, 31) / 86_400_000 })
  .map((day) => new Date(day * 86_400_000).toISOString().slice(0, 10));

describe('parseIsoDate / isValidIsoDate', () => {
  it('parses a valid date into numbers', () => {
    expect(parseIsoDate('2026-03-05')).toEqual({ year: 2026, month: 3, day: 5 });
  });

  it('accepts leap days in leap years only', () => {
    expect(isValidIsoDate('2024-02-29')).toBe(true);
    expect(isValidIsoDate('2000-02-29')).toBe(true);
    expect(isValidIsoDate('2026-02-29')).toBe(false);
    expect(isValidIsoDate('1900-02-29')).toBe(false);
    expect(isValidIsoDate('2100-02-29')).toBe(false);
  });

  it.each([
    '2026-02-30',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-01-00',
    '2026-01-32',
    '2026-1-5',
    '26-01-05',
    '2026/01/05',
    '2026-01-05T00:00:00Z',
    ' 2026-01-05',
    '2026-01-05\n',
    '',
    '２０２６-01-05',
    'not a date',
  ])('refuses %j', (value) => {
    expect(parseIsoDate(value)).toBeNull();
    expect(isValidIsoDate(value)).toBe(false);
  });

  it('accepts the last day of every month of 2026', () => {
    const last = ['31', '28', '31', '30', '31', '30', '31', '31', '30', '31', '30', '31'];
    last.forEach((d, i) => {
      const month = String(i + 1).padStart(2, '0');
      expect(isValidIsoDate(`2026-${month}-${d}`)).toBe(true);
      expect(isValidIsoDate(addDays(`2026-${month}-${d}`, 0))).toBe(true);
    });
  });
});

describe('addDays', () => {
  it('crosses month, year and leap-day boundaries', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-02-29', 1)).toBe('2024-03-01');
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04');
    expect(addDays('2027-01-03', -7)).toBe('2026-12-27');
    expect(addDays('2026-03-05', 0)).toBe('2026-03-05');
    expect(addDays('2024-02-29', 365)).toBe('2025-02-28');
  });

  it('throws on an invalid date', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
    expect(() => addDays('', 1)).toThrow('not a date');
  });

  it('adding n days then -n days gives back the date (property)', () => {
    fc.assert(
      fc.property(isoDay, fc.integer({ min: -20_000, max: 20_000 }), (d, n) => {
        expect(addDays(addDays(d, n), -n)).toBe(d);
      }),
    );
  });

  it('agrees with daysBetween (property)', () => {
    fc.assert(
      fc.property(isoDay, fc.integer({ min: -5_000, max: 5_000 }), (d, n) => {
        const later = addDays(d, n);
        expect(isValidIsoDate(later)).toBe(true);
        expect(daysBetween(d, later)).toBe(n);
      }),
    );
  });
});

describe('daysBetween', () => {
  it('is positive when the second date is later', () => {
    expect(daysBetween('2026-03-05', '2026-03-12')).toBe(7);
    expect(daysBetween('2026-03-12', '2026-03-05')).toBe(-7);
    expect(daysBetween('2026-03-05', '2026-03-05')).toBe(0);
  });

  it('counts across year ends and leap years', () => {
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
  });

  it('names the bad argument when throwing', () => {
    expect(() => daysBetween('2026-02-30', '2026-03-01')).toThrow('not a date: 2026-02-30');
    expect(() => daysBetween('2026-03-01', 'x')).toThrow('not a date: x');
  });
});

describe('formatChineseDate', () => {
  it('writes full Arabic numerals without leading zeros (GB/T 9704)', () => {
    expect(formatChineseDate('2026-03-05')).toBe('2026年3月5日');
    expect(formatChineseDate('2026-12-31')).toBe('2026年12月31日');
    expect(formatChineseDate('2024-02-29')).toBe('2024年2月29日');
  });

  it('returns anything that is not a date unchanged', () => {
    expect(formatChineseDate('')).toBe('');
    expect(formatChineseDate('2026-02-30')).toBe('2026-02-30');
  });
});

describe('localIsoDate', () => {
  it('gives the local calendar day, zero-padded', () => {
    expect(localIsoDate(new Date(2026, 0, 5, 23, 59, 59))).toBe('2026-01-05');
    expect(localIsoDate(new Date(2026, 11, 31, 0, 0, 0))).toBe('2026-12-31');
    expect(localIsoDate(new Date(2024, 1, 29, 12))).toBe('2024-02-29');
  });

  it('round-trips through parseIsoDate (property)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(1950, 0, 1), max: new Date(2150, 0, 1), noInvalidDate: true }),
        (instant) => {
          const parsed = parseIsoDate(localIsoDate(instant));
          expect(parsed).toEqual({
            year: instant.getFullYear(),
            month: instant.getMonth() + 1,
            day: instant.getDate(),
          });
        },
      ),
    );
  });
});
