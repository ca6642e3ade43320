import { describe, expect, it } from 'vitest';
import { describeLedgerFilter, filterLedger } from '../../shared/docs/ledger-filter';
import { loadSample } from './docx-files';

const { meetings } = loadSample();
const today = '2026-12-01';

describe('ledger filter', () => {
  it('lists every live issue by meeting date, then number', () => {
    const rows = filterLedger(meetings, {}, today);
    expect(rows).toHaveLength(11);
    expect(rows[0]?.meeting.date).toBe('2026-10-15');
    expect(rows.at(-1)?.meeting.date).toBe('2026-11-27');
  });

  it('filters by village, period, status, category and overdue', () => {
    expect(filterLedger(meetings, { village: '枫树村' }, today)).toHaveLength(1);
    expect(filterLedger(meetings, { from: '2026-11-01', to: '2026-11-30' }, today)).toHaveLength(9);
    expect(filterLedger(meetings, { status: '已回访' }, today)).toHaveLength(1);
    expect(filterLedger(meetings, { category: '道路交通' }, today)).toHaveLength(2);
    const overdue = filterLedger(meetings, { due: 'overdue' }, today);
    expect(overdue.map((r) => r.issue.description)).toEqual([
      '希望提供油菜种子和技术指导。',
      '二组灌溉渠堵塞。',
    ]);
  });

  it('leaves out deleted meetings and issues', () => {
    const [first, ...rest] = meetings;
    if (!first) throw new Error('no meeting');
    const deleted = {
      ...first,
      meeting: { ...first.meeting, deletedAt: '2026-11-28T00:00:00.000Z' },
    };
    expect(filterLedger([deleted, ...rest], {}, today)).toHaveLength(3);
    const oneGone = {
      ...first,
      issues: first.issues.map((i, n) =>
        n === 0 ? { ...i, deletedAt: '2026-11-28T00:00:00.000Z' } : i,
      ),
    };
    expect(filterLedger([oneGone], {}, today)).toHaveLength(7);
  });

  it('describes the filter in words', () => {
    expect(describeLedgerFilter({ from: '2026-01-01', to: '2026-12-31', status: '办理中' })).toBe(
      '2026年1月1日至2026年12月31日；状态：办理中',
    );
    expect(describeLedgerFilter({})).toBe('');
  });

  it('says the search text as the copy allows: whole inside, phones masked by default, none in public', () => {
    const filter = { status: '办理中', text: ' 李德堃 13812341234 ' } as const;
    expect(describeLedgerFilter(filter, 'internal-full')).toBe(
      '状态：办理中；含“李德堃 13812341234”',
    );
    expect(describeLedgerFilter(filter, 'masked')).toBe('状态：办理中；含“李德堃 138****1234”');
    expect(describeLedgerFilter(filter, 'public')).toBe('状态：办理中；按关键词筛选');
  });
});
