// Working-day deadlines against the State Council's published arrangements (国务院办公厅关于2026年
// 部分节假日安排的通知): 春节 2月15日至23日放假调休，2月14日（周六）、2月28日（周六）上班；
// 国庆节 10月1日至7日放假调休，9月20日（周日）、10月10日（周六）上班. Every expectation below was
// counted by hand on a calendar from that notice.
import { describe, expect, it } from 'vitest';
import {
  addTerm,
  addWorkingDays,
  defaultDeadline,
  formatDeadlineWithTerm,
  isWorkingDay,
  termLabel,
  termLength,
} from '../../../../shared/domain/working-days';
import { defaultSettings } from '../../../../shared/domain/schemas';

describe('the 2026 calendar', () => {
  it.each([
    ['2026-02-13', true], // Friday before the holiday
    ['2026-02-14', true], // make-up working Saturday
    ['2026-02-15', false], // 春节 starts (Sunday)
    ['2026-02-17', false], // 初一, a Tuesday
    ['2026-02-23', false], // last day off, a Monday
    ['2026-02-24', true],
    ['2026-02-28', true], // make-up working Saturday
    ['2026-03-01', false], // an ordinary Sunday
    ['2026-09-20', true], // make-up working Sunday
    ['2026-10-05', false], // 国庆 Monday
    ['2026-10-10', true], // make-up working Saturday
  ])('%s is a working day: %s', (date, expected) => {
    expect(isWorkingDay(date)).toBe(expected);
  });
});

describe('addTerm across the Spring Festival', () => {
  it('3 working days from Friday 13 Feb: Sat 14 (make-up), Tue 24, Wed 25', () => {
    expect(addTerm('2026-02-13', 3, '工作日')).toBe('2026-02-25');
    expect(addTerm('2026-02-13', 3, '自然日')).toBe('2026-02-16');
  });

  it('7 working days from Thursday 12 Feb end on the make-up Saturday 28 Feb', () => {
    // 13, 14 (Sat), 24, 25, 26, 27, 28 (Sat)
    expect(addWorkingDays('2026-02-12', 7)).toBe('2026-02-28');
  });

  it('a meeting on the last holiday counts from the next working day', () => {
    expect(addWorkingDays('2026-02-23', 1)).toBe('2026-02-24');
  });

  it('a make-up Saturday counts; the Sunday after does not', () => {
    expect(addWorkingDays('2026-02-27', 1)).toBe('2026-02-28');
    expect(addWorkingDays('2026-02-27', 2)).toBe('2026-03-02');
  });

  it('an ordinary weekend is skipped, and 国庆 with its make-up Saturday', () => {
    expect(addWorkingDays('2026-03-06', 1)).toBe('2026-03-09');
    expect(addWorkingDays('2026-09-30', 1)).toBe('2026-10-08');
    expect(addWorkingDays('2026-10-09', 1)).toBe('2026-10-10');
  });

  it('a year the calendar does not cover counts Monday to Friday', () => {
    expect(addWorkingDays('2031-01-10', 1)).toBe('2031-01-13');
  });
});

describe('termLength and the printed term', () => {
  it('counts the days after the meeting up to the deadline', () => {
    expect(termLength('2026-02-12', '2026-02-28', '工作日')).toBe(7);
    expect(termLength('2026-02-12', '2026-02-28', '自然日')).toBe(16);
    expect(termLength('2026-02-14', '2026-02-23', '工作日')).toBe(0);
    expect(termLength('2026-03-10', '2026-03-09', '工作日')).toBe(-1);
  });

  it('says 个工作日 or 天', () => {
    expect(termLabel(7, '工作日')).toBe('7个工作日');
    expect(termLabel(15, '自然日')).toBe('15天');
  });

  it('prints the date with its term', () => {
    expect(formatDeadlineWithTerm('2026-02-12', '2026-02-28', '工作日')).toBe(
      '2026年2月28日（7个工作日）',
    );
    expect(formatDeadlineWithTerm('2026-03-05', '2026-03-12', '自然日')).toBe(
      '2026年3月12日（7天）',
    );
    expect(formatDeadlineWithTerm('2026-03-05', '2026-03-05', '自然日')).toBe('2026年3月5日');
    expect(formatDeadlineWithTerm('', '2026-03-12', '工作日')).toBe('2026年3月12日');
    expect(formatDeadlineWithTerm('2026-03-05', '', '工作日')).toBe('');
  });
});

describe('the default deadline follows the unit chosen in 设置', () => {
  it('default deadline is meeting date plus the configured days, across year end', () => {
    expect(defaultDeadline('2026-03-05', defaultSettings)).toBe('2026-03-12');
    expect(defaultDeadline('2026-12-28', defaultSettings)).toBe('2027-01-04');
    expect(defaultDeadline('2024-02-25', { ...defaultSettings, defaultDeadlineDays: 4 })).toBe(
      '2024-02-29',
    );
  });
  it('7 days from Thursday 12 Feb 2026: the 19th, or the 28th in working days', () => {
    expect(defaultDeadline('2026-02-12', { ...defaultSettings, deadlineUnit: '自然日' })).toBe(
      '2026-02-19',
    );
    expect(defaultDeadline('2026-02-12', { ...defaultSettings, deadlineUnit: '工作日' })).toBe(
      '2026-02-28',
    );
  });
});
