// The 台账 filter's fields beyond village, period, status and category: 组, 责任单位, 责任人, due
// and text, over the hand-made township of ledger-township.ts.
import { describe, expect, it } from 'vitest';
import { describeLedgerFilter, filterLedger } from '../../shared/docs/ledger-filter';
import type { LedgerFilter } from '../../shared/docs/ledger-filter';
import { bundles, names, today } from './ledger-township';

const listed = (filter: LedgerFilter) =>
  filterLedger(bundles, filter, today).map((r) => names[r.issue.description]);

describe('ledger filter: 组, 责任单位, 责任人, due and text', () => {
  it('lists every live issue by meeting date without a filter', () => {
    expect(listed({})).toEqual(['B1', 'A1', 'A2', 'A3', 'C1']);
  });

  it('filters by 组, 责任单位 and 责任人, ignoring spaces around the value', () => {
    expect(listed({ group: '三组' })).toEqual(['A1', 'A2', 'A3']);
    expect(listed({ unit: '镇水利站' })).toEqual(['B1', 'A2']);
    expect(listed({ owner: ' 刘强 ' })).toEqual(['A1', 'C1']);
    expect(listed({ village: '石门村', unit: '镇交通站' })).toEqual(['A1']);
  });

  it('filters by 逾期 and by 三天内到期 (today and the next two days)', () => {
    expect(listed({ due: 'overdue' })).toEqual(['A1']);
    // B1 is due in three days: not yet "within three days".
    expect(listed({ due: 'due-soon' })).toEqual(['A2', 'C1']);
    expect(listed({ due: 'due-soon', owner: '陈洁' })).toEqual(['A2']);
  });

  it('searches the shown columns: every word must appear, in any case', () => {
    expect(listed({ text: '刘强' })).toEqual(['B1', 'A1', 'C1']);
    expect(listed({ text: 'wi-fi' })).toEqual(['C1']);
    expect(listed({ text: '  镇水利站   陈洁 灌溉 ' })).toEqual(['B1']);
    expect(listed({ text: '五组' })).toEqual(['B1']);
    expect(listed({ text: '枫树村 交通' })).toEqual(['C1']);
    // 答复内容 is not a column of the 台账, so it is not searched.
    expect(listed({ text: '按政策' })).toEqual([]);
    expect(listed({ text: '   ' })).toEqual(['B1', 'A1', 'A2', 'A3', 'C1']);
  });

  it('describes the new fields in words', () => {
    expect(
      describeLedgerFilter({
        group: '三组',
        unit: '镇水利站',
        owner: '陈洁',
        due: 'due-soon',
        text: ' 渠 ',
      }),
    ).toBe('组：三组；责任单位：镇水利站；责任人：陈洁；仅三天内到期；含“渠”');
    expect(describeLedgerFilter({ due: 'overdue' })).toBe('仅逾期');
  });
});
