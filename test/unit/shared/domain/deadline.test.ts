import { describe, expect, it } from 'vitest';
import {
  deadlineState,
  deadlineWarning,
  isDueSoon,
  isOverdue,
} from '../../../../shared/domain/deadline';
import type { Issue } from '../../../../shared/domain/schemas';

type Subject = Pick<Issue, 'status' | 'deadline' | 'responseType'>;

function open(deadline: string, responseType: Subject['responseType'] = '交办'): Subject {
  return { status: '办理中', responseType, deadline };
}

describe('deadlineState of an issue in hand (办理中)', () => {
  it.each([
    // today, deadline, state
    ['2026-03-05', '2026-03-12', 'on-track'],
    ['2026-03-09', '2026-03-12', 'on-track'],
    ['2026-03-10', '2026-03-12', 'due-soon'],
    ['2026-03-12', '2026-03-12', 'due-soon'],
    ['2026-03-13', '2026-03-12', 'overdue'],
    // month boundary
    ['2026-01-30', '2026-02-01', 'due-soon'],
    ['2026-02-02', '2026-02-01', 'overdue'],
    ['2026-01-28', '2026-02-01', 'on-track'],
    // year boundary
    ['2026-12-30', '2027-01-01', 'due-soon'],
    ['2027-01-01', '2026-12-31', 'overdue'],
    ['2026-12-28', '2027-01-04', 'on-track'],
    // leap day
    ['2024-02-27', '2024-02-29', 'due-soon'],
    ['2024-03-01', '2024-02-29', 'overdue'],
    ['2024-02-28', '2024-03-01', 'due-soon'],
    ['2025-02-27', '2025-03-01', 'due-soon'],
    ['2024-02-26', '2024-03-01', 'on-track'],
  ] as const)('today %s, deadline %s → %s', (today, deadline, state) => {
    expect(deadlineState(open(deadline), today)).toBe(state);
  });

  it('due-soon window is configurable', () => {
    expect(deadlineState(open('2026-03-12'), '2026-03-05', 7)).toBe('due-soon');
    expect(deadlineState(open('2026-03-12'), '2026-03-05', 6)).toBe('on-track');
    expect(deadlineState(open('2026-03-12'), '2026-03-12', 0)).toBe('due-soon');
    expect(deadlineState(open('2026-03-12'), '2026-03-11', 0)).toBe('on-track');
  });

  it('no deadline or an impossible one → none', () => {
    expect(deadlineState(open(''), '2026-03-05')).toBe('none');
    expect(deadlineState(open('2026-02-30'), '2026-03-05')).toBe('none');
  });
});

describe('deadlineState of issues not in hand', () => {
  it.each(['已办结', '已回访', '已销号'] as const)(
    'a finished (%s) issue with a deadline is done, even long past it',
    (status) => {
      expect(
        deadlineState({ status, responseType: '交办', deadline: '2026-03-12' }, '2027-01-01'),
      ).toBe('done');
      expect(
        isOverdue({ status, responseType: '交办', deadline: '2026-03-12' }, '2027-01-01'),
      ).toBe(false);
    },
  );

  it.each(['已办结', '已回访', '已销号'] as const)(
    'a finished (%s) issue without deadline → none',
    (status) => {
      expect(deadlineState({ status, responseType: '交办', deadline: '' }, '2026-03-05')).toBe(
        'none',
      );
    },
  );

  it.each(['登记', '纳入规划'] as const)(
    'a %s issue is never overdue nor reported done',
    (status) => {
      expect(
        deadlineState({ status, responseType: '交办', deadline: '2026-03-12' }, '2027-01-01'),
      ).toBe('none');
      expect(deadlineState({ status, responseType: '交办', deadline: '' }, '2027-01-01')).toBe(
        'none',
      );
    },
  );
});

describe('only a commitment has a 办结时限', () => {
  it.each(['上报转办', '矛盾调处'] as const)(
    'a %s item is followed by its deadline',
    (response) => {
      expect(deadlineState(open('2026-03-12', response), '2026-03-13')).toBe('overdue');
    },
  );

  it.each(['当场解决', '纳入规划', null] as const)(
    'a date left from an earlier 交办 on a %s item makes it neither overdue nor done on time',
    (responseType) => {
      // 交办 (default 3月12日) changed to another response: the card no longer shows the date.
      expect(deadlineState(open('2026-03-12', responseType), '2026-03-20')).toBe('none');
      const finished = { status: '已办结' as const, responseType, deadline: '2026-03-12' };
      expect(deadlineState(finished, '2026-03-20')).toBe('none');
    },
  );
});

describe('isOverdue / isDueSoon', () => {
  it('agree with deadlineState', () => {
    expect(isOverdue(open('2026-03-12'), '2026-03-13')).toBe(true);
    expect(isOverdue(open('2026-03-12'), '2026-03-12')).toBe(false);
    expect(isDueSoon(open('2026-03-12'), '2026-03-12')).toBe(true);
    expect(isDueSoon(open('2026-03-12'), '2026-03-13')).toBe(false);
    expect(isDueSoon(open('2026-03-12'), '2026-03-05')).toBe(false);
    expect(isDueSoon(open('2026-03-12'), '2026-03-05', 7)).toBe(true);
  });
});

describe('deadlineWarning', () => {
  const warning = '办结时限早于会议日期，请核对';

  it('warns when the deadline is before the meeting', () => {
    expect(deadlineWarning('2026-03-05', '2026-03-04')).toBe(warning);
    expect(deadlineWarning('2027-01-01', '2026-12-31')).toBe(warning);
    expect(deadlineWarning('2024-03-01', '2024-02-29')).toBe(warning);
  });

  it('is quiet for a deadline on or after the meeting day', () => {
    expect(deadlineWarning('2026-03-05', '2026-03-05')).toBeNull();
    expect(deadlineWarning('2026-12-31', '2027-01-01')).toBeNull();
  });

  it('is quiet when either date is missing or impossible', () => {
    expect(deadlineWarning('2026-03-05', '')).toBeNull();
    expect(deadlineWarning('', '2026-03-04')).toBeNull();
    expect(deadlineWarning('2026-03-05', '2026-02-30')).toBeNull();
  });
});
