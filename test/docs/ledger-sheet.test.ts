// The 台账 as .xlsx: the same rows as the filter, the copy's privacy rules, and a file that unzips
// into the parts Excel needs. Expectations from the table in ledger-township.ts.
import { describe, expect, it } from 'vitest';
import { ledgerExport } from '../../shared/docs/exports';
import { buildLedgerSheet } from '../../shared/docs/ledger-sheet';
import { buildDocumentBytes } from '../../shared/docs/pack';
import { buildXlsx, cellRef, escapeXml } from '../../shared/docs/xlsx';
import type { MeetingBundle } from '../../shared/domain/bundle';
import { sampleAttendance } from '../unit/shared/domain/sample-records';
import { unzipDocx, visibleText } from './docx-files';
import { bundles, today } from './ledger-township';
import { readXlsx } from './xlsx-reader';

// 王秀英 (A2) signed in with a phone; C1 is marked sensitive.
const attendee = sampleAttendance(1, '王秀英', { phone: '13812341234' });
const township: MeetingBundle[] = bundles.map((b) => ({
  ...b,
  attendance: b.issues.some((i) => i.raisedBy === '王秀英')
    ? [{ ...attendee, meetingId: b.meeting.id }]
    : b.attendance,
  issues: b.issues.map((i) =>
    i.raisedBy === '王秀英'
      ? { ...i, raisedByAttendanceId: attendee.id }
      : i.raisedBy === '赵六'
        ? { ...i, sensitive: true }
        : i,
  ),
}));

const input = { bundles: township, filter: {}, today };
const column = (rows: string[][], title: string) => {
  const at = rows[0]?.indexOf(title) ?? -1;
  return rows.slice(1).map((r) => r[at]);
};

describe('台账 .xlsx', () => {
  it('lists the filtered rows, one issue a line, with the heading first', () => {
    const { sheetName, rows } = readXlsx(buildXlsx(buildLedgerSheet(input, 'masked')));
    expect(sheetName).toBe('台账');
    expect(rows[0]?.slice(0, 8)).toEqual([
      '序号',
      '会议日期',
      '乡镇',
      '村(社区)',
      '村民小组',
      '反映人',
      '问题类别',
      '问题描述',
    ]);
    expect(rows[1]).toEqual([
      '1',
      '2026年2月20日',
      '桥头河镇',
      '石门村',
      '五组',
      '刘强',
      '农田水利',
      '灌溉渠堵塞',
      '交办',
      '镇水利站',
      '陈洁',
      '2026年3月13日',
      '办理中',
      '',
      '',
      '',
    ]);
    expect(column(rows, '问题描述')).toEqual([
      '灌溉渠堵塞',
      '村道泥泞希望硬化',
      '自来水压力不足',
      '低保政策咨询',
      '路灯损坏，Wi-Fi 信号差',
    ]);
    expect(column(rows, '时限提醒')).toEqual(['', '逾期', '三天内到期', '', '三天内到期']);
    expect(column(rows, '反映人')[2]).toBe('王秀英\n138****1234');
  });

  it('follows the filter on screen', () => {
    const sheet = buildLedgerSheet(
      { ...input, filter: { owner: '刘强', due: 'overdue' } },
      'masked',
    );
    expect(sheet.rows.map((r) => r[7])).toEqual(['村道泥泞希望硬化']);
  });

  it('keeps the copy rules: full phones inside, names masked and sensitive issues out in public', () => {
    const full = buildLedgerSheet(input, 'internal-full');
    expect(full.rows[2]?.[5]).toBe('王秀英\n13812341234');
    const notice = buildLedgerSheet(input, 'public');
    expect(notice.rows.map((r) => r[5])).toEqual(['刘*', '李*明', '王*英', '张*']);
    expect(JSON.stringify(notice.rows)).not.toContain('1234');
  });

  it('names the file like the .docx, with the copy and the .xlsx extension', () => {
    const plan = ledgerExport(
      { ...input, filter: { village: '石门村', due: 'overdue' } },
      { privacy: 'public', pageNumbers: 'outer' },
    );
    expect(plan.fileName).toBe('桥头河镇石门村屋场会问题台账（仅逾期）（公示版）.docx');
    expect(plan.sheetFileName).toBe('桥头河镇石门村屋场会问题台账（仅逾期）（公示版）.xlsx');
  });

  it('leaves a searched name out of the public copy: subtitle, .docx and .xlsx names', async () => {
    const searched = { ...input, filter: { text: '王秀英' } };
    const plan = ledgerExport(searched, { privacy: 'public', pageNumbers: 'outer' });
    expect(plan.fileName).toBe('桥头河镇屋场会问题台账（按关键词筛选）（公示版）.docx');
    expect(plan.sheetFileName).toBe('桥头河镇屋场会问题台账（按关键词筛选）（公示版）.xlsx');
    const docx = await buildDocumentBytes('ledger', searched, plan.options);
    const text = visibleText(unzipDocx(docx)['word/document.xml'] ?? '');
    expect(text).toContain('（按关键词筛选；共1条；');
    expect(text).not.toContain('王秀英');
    const internal = ledgerExport(searched, { privacy: 'internal-full', pageNumbers: 'outer' });
    expect(internal.fileName).toBe('桥头河镇屋场会问题台账（含“王秀英”）（内部完整版）.docx');
  });

  it('writes text safely: XML characters escaped, control characters dropped', () => {
    expect(escapeXml('A&B <c> "d"\u0001\u000b\n')).toBe('A&amp;B &lt;c&gt; &quot;d&quot;\n');
    const { rows } = readXlsx(
      buildXlsx({ name: 'a/b', columns: [{ title: '甲', width: 5 }], rows: [['<&𠀀>\u0007']] }),
    );
    expect(rows).toEqual([['甲'], ['<&𠀀>']]);
  });

  it('names cells A1 … Z1, AA2, ZZ1, AAA1', () => {
    expect([cellRef(0, 1), cellRef(25, 1), cellRef(26, 2), cellRef(27, 3)]).toEqual([
      'A1',
      'Z1',
      'AA2',
      'AB3',
    ]);
    expect([cellRef(701, 1), cellRef(702, 1)]).toEqual(['ZZ1', 'AAA1']);
  });
});
