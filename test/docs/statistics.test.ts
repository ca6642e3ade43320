// The 统计表 as .docx and .xlsx, from the hand-built township of test/fixtures/statistics-township.ts
// (its figures are worked out in test/unit/shared/domain/statistics.test.ts). The .docx is read by
// LibreOffice and mammoth, the .xlsx unzipped and read back.
import { unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { statisticsExport } from '../../shared/docs/exports';
import { buildDocumentBytes } from '../../shared/docs/pack';
import { buildStatisticsSheets } from '../../shared/docs/statistics-sheet';
import { buildWorkbook } from '../../shared/docs/xlsx';
import { a4 } from '../../shared/docs/layout';
import { defaultSettings } from '../../shared/domain/schemas';
import type { Settings } from '../../shared/domain/schemas';
import { computeStatistics } from '../../shared/domain/statistics';
import { township, today } from '../fixtures/statistics-township';
import { attr, elements, unzipDocx, visibleText } from './docx-files';
import { hasReaderTools, printWithLibreOffice, readerTools, type PrintedPdf } from './libreoffice';
import { readWorkbook } from './xlsx-reader';

const settings: Settings = { ...defaultSettings, township: '桥头河镇' };
const statistics = computeStatistics({
  ...township,
  period: { kind: 'quarter', year: 2024, quarter: 1 },
  today,
  settings,
});
const input = { statistics, settings };
// A 1 × 1 PNG, standing in for a chart.
const png = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  ),
  (c) => c.charCodeAt(0),
);

let bytes: Uint8Array;
let xml: string;
let pdf: PrintedPdf | undefined;

beforeAll(async () => {
  if (!hasReaderTools())
    throw new Error(`${readerTools.join(', ')} missing: see libreoffice.test.ts`);
  bytes = await buildDocumentBytes('statistics', input);
  xml = unzipDocx(bytes)['word/document.xml'] ?? '';
  pdf = printWithLibreOffice({ statistics: bytes }).statistics;
}, 400_000);

describe('统计表 .docx', () => {
  it('is on A4 landscape with the title and the period', () => {
    const [size] = elements(xml, 'w:pgSz');
    expect(attr(size ?? '', 'w:w')).toBe(String(a4.height));
    expect(attr(size ?? '', 'w:orient')).toBe('landscape');
    const text = visibleText(xml);
    expect(text).toContain('桥头河镇屋场会工作情况统计表');
    expect(text).toContain('（统计期间：2024年第一季度；统计截至：2024年3月31日）');
  });

  it('has a table per group, the categories split in two to fit the width', () => {
    const text = visibleText(xml);
    for (const heading of [
      '一、会议开展情况',
      '二、问题收集情况',
      '三、问题分类情况',
      '四、问题处置情况',
      '五、问题办理情况',
      '六、回访情况',
    ])
      expect(text).toContain(heading);
    // Six groups; the 17 categories (16 defaults and 未分类) need more than the 12 or so
    // four-character columns a landscape line holds beside 村（社区） and 口径: seven tables.
    expect(elements(xml, 'w:tbl')).toHaveLength(7);
    // The township's 本期 row of 五: 已办结 7, 办理中 3, 逾期 1, 规划 1, 待处置 1, 按期 2, 销号 1.
    expect(text).toContain('全镇合计本期731112158.3%50.0%');
  });

  it('prints the definitions of the rates under their tables', () => {
    const text = visibleText(xml);
    expect(text).toContain('注：现场解决率 = 当场解决的问题数 ÷ 收集问题数；');
    expect(text).toContain('满意率 = 回访中答“满意”“基本满意”的人次 ÷ 回访人次。');
    expect(text.indexOf('办结率 = 已办结问题数')).toBeGreaterThan(text.indexOf('五、问题办理情况'));
    expect(text.indexOf('办结率 = 已办结问题数')).toBeLessThan(text.indexOf('六、回访情况'));
  });

  it('follows the settings: another definition, another rate', async () => {
    const chosen = {
      ...settings,
      statistics: { ...settings.statistics, onTheSpot: '当场解决及当场答复' as const },
    };
    const other = await buildDocumentBytes('statistics', { statistics, settings: chosen });
    const text = visibleText(unzipDocx(other)['word/document.xml'] ?? '');
    expect(text).toContain('现场解决率 = 当场解决及当场答复的问题数 ÷ 收集问题数');
    // 四's township 本期 row: 1 1 5 1 1 1 1 1, then (1 + 1) ÷ 12.
    expect(text).toContain('全镇合计本期1151111116.7%');
  });

  it('names the meetings by the name chosen in 设置, in its title and its note', async () => {
    const chosen = { ...settings, meetingTypeLabel: '院坝会' };
    const other = await buildDocumentBytes('statistics', { statistics, settings: chosen });
    const text = visibleText(unzipDocx(other)['word/document.xml'] ?? '');
    expect(text).toContain('桥头河镇院坝会工作情况统计表');
    expect(text).toContain('召开的院坝会及其收集的问题；累计为截至2024年3月31日召开的全部院坝会');
    expect(text).not.toContain('屋场会');
  });

  it('places a chart under the table it belongs to', async () => {
    const withChart = await buildDocumentBytes('statistics', {
      ...input,
      charts: [{ table: '问题处置情况', png, width: 300, height: 200 }],
    });
    const parts = unzipDocx(withChart);
    const body = parts['word/document.xml'] ?? '';
    expect(body.indexOf('<w:drawing>')).toBeGreaterThan(body.indexOf('矛盾调处即化解矛盾纠纷数'));
    expect(body.indexOf('<w:drawing>')).toBeLessThan(body.indexOf('五、问题办理情况'));
    const media = Object.keys(unzipSync(withChart)).filter((p) => p.startsWith('word/media/'));
    expect(media).toHaveLength(1);
  });

  it('is read by LibreOffice and mammoth alike', async () => {
    expect(pdf?.pages).toBeGreaterThanOrEqual(2);
    expect(pdf?.text).not.toContain('\uFFFD');
    expect(pdf?.text).not.toContain('NaN');
    expect(pdf?.text).toContain('桥头河镇屋场会工作情况统计表');
    expect(pdf?.text).toContain('满意率=回访中答“满意”“基本满意”的人次÷回访人次');
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    expect(value).toContain('全镇合计');
    expect(value).toContain('按期办结率 = 在办结时限内办结的事项数 ÷ 有办结时限的已办结事项数');
  });

  it('is named after the township and the period', () => {
    const plan = statisticsExport(input, 'outer');
    expect(plan.fileName).toBe('桥头河镇屋场会工作情况统计表（2024年第一季度）.docx');
    expect(plan.sheetFileName).toBe('桥头河镇屋场会工作情况统计表（2024年第一季度）.xlsx');
  });
});

describe('统计表 .xlsx', () => {
  const sheets = readWorkbook(buildWorkbook(buildStatisticsSheets(statistics, settings)));
  const sheet = (name: string) => sheets.find((s) => s.name === name)?.rows ?? [];

  it('has a sheet per table, figures as numbers', () => {
    expect(sheets.map((s) => s.name)).toEqual([
      '会议开展情况',
      '问题收集情况',
      '问题分类情况',
      '问题处置情况',
      '问题办理情况',
      '回访情况',
    ]);
    const meetings = sheet('会议开展情况');
    expect(meetings[0]).toEqual([
      '村（社区）',
      '口径',
      '召开场次',
      '覆盖村',
      '覆盖村民小组',
      '参会人次',
      '群众人次',
      '覆盖户数',
      '县级干部',
      '乡镇干部',
      '村干部',
      '驻村工作队',
    ]);
    // 青山村 本期: M3 alone, 吴十 present, two 驻村工作队 cadres.
    expect(meetings[1]).toEqual(['青山村', '本期', 1, 1, 1, 1, 1, 1, 0, 0, 0, 2]);
  });

  it('holds the township rows and the definitions', () => {
    const handling = sheet('问题办理情况');
    const rows = handling.filter((r) => r[0] === '全镇合计');
    expect(rows).toEqual([
      ['全镇合计', '本期', 7, 3, 1, 1, 1, 2, 1, '58.3%', '50.0%'],
      // 累计 adds I15 (on time) and I16 (late), both finished: 9 ÷ 14 and 3 ÷ 6.
      ['全镇合计', '累计', 9, 3, 1, 1, 1, 3, 1, '64.3%', '50.0%'],
    ]);
    const notes = handling.map((r) => r[0]).filter((c) => String(c).startsWith('注：'));
    expect(notes).toContain('注：办结率 = 已办结问题数（含已回访、已销号）÷ 收集问题数。');
    expect(handling.map((r) => r[0])).toContain(
      '统计期间：2024年第一季度；统计截至：2024年3月31日',
    );
  });

  it('shows "—" for the rates of a period without meetings', () => {
    const empty = computeStatistics({
      ...township,
      period: { kind: 'year', year: 2022 },
      today,
      settings,
    });
    const [meetings, , , , handling] = readWorkbook(
      buildWorkbook(buildStatisticsSheets(empty, settings)),
    ).map((s) => s.rows);
    // No village had a meeting by the end of 2022: the township's rows only.
    expect(meetings?.slice(1, 3)).toEqual([
      ['全镇合计', '本期', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
      ['全镇合计', '累计', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    ]);
    expect(handling?.[1]).toEqual(['全镇合计', '本期', 0, 0, 0, 0, 0, 0, 0, '—', '—']);
  });
});
