import { describe, expect, it } from 'vitest';
import {
  periodLabel,
  periodProblem,
  periodRange,
} from '../../../../shared/domain/statistics-period';

describe('periodRange', () => {
  it('ends February on the 29th in leap years only', () => {
    const feb = (year: number) => periodRange({ kind: 'month', year, month: 2 });
    expect(feb(2024)).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(feb(2023).end).toBe('2023-02-28');
    // Divisible by 100 but not by 400: not a leap year; by 400: a leap year.
    expect(feb(2100).end).toBe('2100-02-28');
    expect(feb(2000).end).toBe('2000-02-29');
  });

  it('gives each quarter its three months', () => {
    const quarter = (q: 1 | 2 | 3 | 4) => periodRange({ kind: 'quarter', year: 2026, quarter: q });
    expect([quarter(1), quarter(2), quarter(3), quarter(4)]).toEqual([
      { start: '2026-01-01', end: '2026-03-31' },
      { start: '2026-04-01', end: '2026-06-30' },
      { start: '2026-07-01', end: '2026-09-30' },
      { start: '2026-10-01', end: '2026-12-31' },
    ]);
    expect(periodRange({ kind: 'year', year: 2026 })).toEqual({
      start: '2026-01-01',
      end: '2026-12-31',
    });
    expect(periodRange({ kind: 'month', year: 2026, month: 12 }).end).toBe('2026-12-31');
  });

  it('refuses a period it cannot count, saying why', () => {
    expect(periodProblem({ kind: 'custom', start: '2026-03-02', end: '2026-03-01' })).toBe(
      '开始日期不能晚于结束日期',
    );
    expect(periodProblem({ kind: 'custom', start: '2023-02-29', end: '2023-03-01' })).toBe(
      '请填写正确的开始日期',
    );
    expect(periodProblem({ kind: 'custom', start: '2026-03-01', end: '' })).toBe(
      '请填写正确的结束日期',
    );
    expect(periodProblem({ kind: 'month', year: 2026, month: 13 })).toBe('月份应为1至12');
    expect(periodProblem({ kind: 'year', year: 26 })).toBe('请填写正确的年份');
    expect(() => periodRange({ kind: 'month', year: 2026, month: 0 })).toThrow('月份应为1至12');
    expect(periodProblem({ kind: 'custom', start: '2026-03-01', end: '2026-03-01' })).toBeNull();
  });
});

describe('periodLabel', () => {
  it('names the period as reports do', () => {
    expect(periodLabel({ kind: 'month', year: 2026, month: 3 })).toBe('2026年3月');
    expect(periodLabel({ kind: 'quarter', year: 2026, quarter: 4 })).toBe('2026年第四季度');
    expect(periodLabel({ kind: 'year', year: 2026 })).toBe('2026年');
    expect(periodLabel({ kind: 'custom', start: '2026-03-05', end: '2026-04-01' })).toBe(
      '2026年3月5日至2026年4月1日',
    );
  });
});
