// 统计 in Chromium: a township imported from an exchange file, counted for March 2026 and for the
// first quarter, the tables and charts on screen checked against figures worked out by hand, and
// both exports read back (the workbook's sheets, the 统计表 with its three charts).
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Issue, Meeting } from '../../shared/domain/schemas';
import { readWorkbook } from '../docs/xlsx-reader';
import { sampleAttendance, sampleIssue, sampleMeeting } from '../unit/shared/domain/sample-records';
import { expectAccessible } from './axe';
import { openProfile, removeProfile, type Profile } from './browser';
import { importRecords } from './pages/import-records';
import { downloadOf } from './pages/download';

const baseUrl = inject('baseUrl');

function meeting(village: string, date: string, extra: Partial<Meeting> = {}): Meeting {
  return { ...sampleMeeting(), id: crypto.randomUUID(), village, date, ...extra };
}
// March 2026: two meetings in 石门村 (one on the month's last day); 枫树村 met in February, and
// its March meeting is still being planned (not held); a deleted meeting never counts.
const m1 = meeting('石门村', '2026-03-05');
const m2 = meeting('石门村', '2026-03-31', { status: '已结束' });
const m3 = meeting('枫树村', '2026-02-10');
const planned = meeting('枫树村', '2026-03-20', { status: '筹备' });
const deleted = meeting('石门村', '2026-03-12', { deletedAt: '2026-03-13T08:00:00.000Z' });
const issue = (m: Meeting, seq: number, extra: Partial<Issue>): Issue =>
  sampleIssue(seq, { meetingId: m.id, ...extra });
const issues = [
  issue(m1, 1, { category: '道路交通', nature: '求助' }),
  issue(m1, 2, {
    category: '饮水安全',
    nature: '求助',
    responseType: '当场解决',
    unit: '',
    owner: '',
    deadline: '',
    status: '已办结',
  }),
  issue(m2, 1, {
    category: '社会保障',
    nature: '咨询',
    responseType: '当场答复',
    unit: '',
    owner: '',
    deadline: '',
    status: '已办结',
  }),
  issue(m3, 1, { category: '道路交通', nature: '求助' }),
  issue(deleted, 1, { category: '农田水利', nature: '求助' }),
];
const attendance = [
  { ...sampleAttendance(0, '王秀英'), meetingId: m1.id },
  { ...sampleAttendance(1, '李德明'), meetingId: m1.id },
  { ...sampleAttendance(2, '张三', { status: '请假' }), meetingId: m1.id },
];

describe('统计', () => {
  let profile: Profile;
  let page: Page;

  beforeAll(async () => {
    profile = await openProfile();
    page = await profile.context.newPage();
    await importRecords(
      page,
      baseUrl,
      { meetings: [m1, m2, m3, planned, deleted], attendance, issues },
      'township.json',
    );
    await page.goto(`${baseUrl}#/statistics`);
  });

  afterAll(async () => {
    await profile.close();
    removeProfile(profile);
  });

  async function choose(label: string, option: string) {
    await page.getByRole('combobox', { name: label, exact: true }).focus();
    await page.keyboard.type(option);
    await page.keyboard.press('Enter');
  }

  /** A table's body rows as cell texts; a place's 累计 row has no place cell of its own. */
  const rows = (heading: string) =>
    page
      .locator('.ant-table-wrapper')
      .filter({ has: page.getByRole('heading', { name: new RegExp(`、${heading}$`) }) })
      .locator('.ant-table-tbody > tr:not(.ant-table-measure-row)')
      .evaluateAll((trs) =>
        trs.map((tr) => Array.from(tr.querySelectorAll('td'), (td) => td.textContent ?? '')),
      );
  const chart = (start: string) =>
    page.getByRole('img', { name: new RegExp(`^${start}`) }).getAttribute('aria-label');

  it('counts March 2026 by village and for the township, 本期 and 累计', async () => {
    await choose('年份', '2026年');
    await choose('月份', '3月');
    await expect
      .poll(() => page.getByTestId('statistics-scope').textContent())
      .toBe('统计期间：2026年3月；办理情况截至2026年3月31日');
    // 召开场次 is the first figure: 石门村 2 this month (the 31st included), 枫树村 none held
    // (its March meeting is still 筹备) and 1 in all; the township 2 and 3.
    const meetings = await rows('会议开展情况');
    expect(meetings.map((r) => r.slice(0, r[1] === '本期' ? 3 : 2))).toEqual([
      ['枫树村', '本期', '0'],
      ['累计', '1'],
      ['石门村', '本期', '2'],
      ['累计', '2'],
      ['全镇合计', '本期', '2'],
      ['累计', '3'],
    ]);
    // 参会人次: 王秀英 and 李德明 present at m1, 张三 excused; m2 has no list.
    const presentColumn = 3 + 3; // place, scope, 场次, 村, 小组, then 参会人次
    expect(meetings[4]?.[presentColumn]).toBe('2');
    // March's issues by category: one each; the deleted meeting's issue is not counted.
    const categories = await rows('问题分类情况');
    const township = categories.at(-2) ?? [];
    const headings = await page
      .locator('.ant-table-wrapper')
      .filter({ has: page.getByRole('heading', { name: /、问题分类情况$/ }) })
      .locator('thead th')
      .allTextContents();
    const count = (category: string) => township[headings.indexOf(category)];
    expect([count('道路交通'), count('饮水安全'), count('社会保障'), count('农田水利')]).toEqual([
      '1',
      '1',
      '1',
      '0',
    ]);
    // 现场解决率 by default counts 当场解决 only: 1 of March's 3 issues.
    const handled = await rows('问题处置情况');
    expect(handled.at(-2)?.at(-1)).toBe('33.3%');
    await page.getByText('现场解决率 = ', { exact: false }).first().waitFor();

    expect(await chart('每月召开场次与收集问题')).toContain('2026年2月1场、1条，2026年3月2场、3条');
    expect(await chart('问题类别占比（2026年3月）')).toContain('道路交通1条');
    expect(await chart('各村办结率与满意率（2026年3月）')).toContain('石门村');
    await expectAccessible(page, '统计');
  });

  it('counts the first quarter when 季度 is chosen', async () => {
    await page
      .locator('label')
      .filter({ hasText: /^季度$/ })
      .click();
    await choose('季度', '第一季度');
    await expect
      .poll(() => page.getByTestId('statistics-scope').textContent())
      .toBe('统计期间：2026年第一季度；办理情况截至2026年3月31日');
    const meetings = await rows('会议开展情况');
    expect(meetings.at(-2)?.slice(0, 3)).toEqual(['全镇合计', '本期', '3']);
  });

  it('exports the workbook and the 统计表 with its charts', async () => {
    const sheet = await downloadOf(page, () =>
      page.getByRole('button', { name: '导出 Excel' }).click(),
    );
    expect(sheet.suggestedFilename()).toMatch(/统计表.*2026年第一季度.*\.xlsx$/);
    const book = readWorkbook(readFileSync(await sheet.path()));
    expect(book.length).toBeGreaterThanOrEqual(6);
    const numbers = book.flatMap((s) => s.rows).find((r) => r[0] === '全镇合计' && r[1] === '本期');
    expect(numbers?.[2]).toBe(3);

    const word = await downloadOf(page, () =>
      page.getByRole('button', { name: '导出统计表（Word）' }).click(),
    );
    expect(word.suggestedFilename()).toMatch(/统计表.*2026年第一季度.*\.docx$/);
    const files = unzipSync(readFileSync(await word.path()));
    const xml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
    expect(xml).toContain('会议开展情况');
    expect(xml).toContain('w:orient="landscape"');
    const images = Object.keys(files).filter((n) => /^word\/media\/.+\.png$/.test(n));
    expect(images).toHaveLength(3);
    for (const name of images) {
      // A PNG's signature, and more than a blank canvas's few hundred bytes.
      expect([...(files[name] ?? []).slice(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
      expect(files[name]?.length).toBeGreaterThan(5000);
    }
  });
});
