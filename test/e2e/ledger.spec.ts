// The 台账 screen in Chromium on real IndexedDB: three meetings with six issues (one deleted)
// arrive through 导入; the list is filtered by several fields, the overdue row is marked in words,
// a row opens its 跟踪办理 by keyboard, the filter survives going back, and the filter on screen
// is exported as .xlsx (unzipped and read here) and as the 台账 .docx.
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { addDays, localIsoDate } from '../../shared/domain/dates';
import type { Issue, Meeting } from '../../shared/domain/schemas';
import { readXlsx } from '../docs/xlsx-reader';
import { sampleAttendance, sampleIssue, sampleMeeting } from '../unit/shared/domain/sample-records';
import { expectAccessible } from './axe';
import { openProfile, removeProfile, type Profile } from './browser';
import { importRecords } from './pages/import-records';
import { downloadOf } from './pages/download';
import { mainMenu } from './pages/app-page';

const baseUrl = inject('baseUrl');
const today = localIsoDate(new Date());

function meeting(village: string, group: string, date: string): Meeting {
  return { ...sampleMeeting(), id: crypto.randomUUID(), village, group, date };
}
const a = meeting('石门村', '三组', addDays(today, -5));
const b = meeting('石门村', '五组', addDays(today, -20));
const c = meeting('枫树村', '一组', addDays(today, -2));
const attendee = { ...sampleAttendance(1, '王秀英', { phone: '13812341234' }), meetingId: a.id };
const issue = (m: Meeting, seq: number, extra: Partial<Issue>): Issue =>
  sampleIssue(seq, { meetingId: m.id, ...extra });
const issues = {
  a1: issue(a, 1, {
    raisedBy: '李德明',
    description: '村道泥泞希望硬化',
    unit: '镇交通站',
    owner: '刘强',
    deadline: addDays(today, -1),
  }),
  a2: issue(a, 2, {
    raisedBy: '王秀英',
    raisedByAttendanceId: attendee.id,
    description: '自来水压力不足',
    category: '饮水安全',
    unit: '镇水利站',
    owner: '陈洁',
    deadline: addDays(today, 2),
  }),
  a3: issue(a, 3, {
    raisedBy: '张三',
    description: '低保政策咨询',
    category: '社会保障',
    responseType: '当场答复',
    unit: '',
    owner: '',
    deadline: '',
    status: '已办结',
  }),
  b1: issue(b, 1, {
    raisedBy: '刘强',
    description: '灌溉渠堵塞',
    category: '农田水利',
    unit: '镇水利站',
    owner: '陈洁',
    deadline: addDays(today, 3),
  }),
  c1: issue(c, 1, {
    raisedBy: '赵六',
    description: '路灯损坏',
    category: '电力通讯',
    unit: '镇交通站',
    owner: '刘强',
    deadline: today,
  }),
  c2: issue(c, 2, {
    raisedBy: '钱七',
    description: '已删除的诉求',
    deletedAt: new Date().toISOString(),
  }),
};

describe('台账', () => {
  let profile: Profile;
  let page: Page;

  beforeAll(async () => {
    profile = await openProfile();
    page = await profile.context.newPage();
    await importRecords(
      page,
      baseUrl,
      { meetings: [a, b, c], attendance: [attendee], issues: Object.values(issues) },
      'ledger.json',
    );
  });

  afterAll(async () => {
    await profile.close();
    removeProfile(profile);
  });

  const count = () => page.getByTestId('ledger-count').textContent();
  const rows = () => page.getByTestId('ledger-row');
  const descriptions = () =>
    rows().evaluateAll((list) =>
      list.map((r) => r.querySelectorAll('[role=cell]')[4]?.textContent ?? ''),
    );

  async function choose(label: string, value: string) {
    await page.getByRole('combobox', { name: label, exact: true }).focus();
    await page.keyboard.type(value);
    await page.keyboard.press('Enter');
  }

  async function clearFilter() {
    await page.getByRole('button', { name: '清除筛选' }).click();
    await expect.poll(count).toBe('共 5 条（全部 5 条）');
  }

  it('lists every live issue from the menu, and passes the accessibility check', async () => {
    await mainMenu(page, '台账').click();
    await page.waitForURL(/#\/ledger$/);
    await expect.poll(count).toBe('共 5 条（全部 5 条）');
    expect(await descriptions()).toEqual([
      '灌溉渠堵塞',
      '村道泥泞希望硬化',
      '自来水压力不足',
      '低保政策咨询',
      '路灯损坏',
    ]);
    await expectAccessible(page, '台账');
  });

  it('filters by 村, 组 and 责任单位 and marks the overdue row in words', async () => {
    await choose('村(社区)', '石门村');
    await expect.poll(count).toBe('共 4 条（全部 5 条）');
    await choose('村民小组', '三组');
    await expect.poll(count).toBe('共 3 条（全部 5 条）');
    await choose('责任单位', '镇交通站');
    await expect.poll(count).toBe('共 1 条（全部 5 条）');
    const row = rows().first();
    expect(await row.textContent()).toContain('村道泥泞希望硬化');
    expect(await row.getByText('逾期', { exact: true }).count()).toBe(1);
    expect(await row.getAttribute('class')).toContain('ledger-row-overdue');
  });

  it('filters by 责任人, 时限 and text', async () => {
    await clearFilter();
    await choose('时限提醒', '三天内到期');
    await expect.poll(count).toBe('共 2 条（全部 5 条）');
    expect(await descriptions()).toEqual(['自来水压力不足', '路灯损坏']);
    expect(await page.getByText('三天内到期', { exact: true }).count()).toBeGreaterThanOrEqual(2);
    await choose('责任人', '陈洁');
    await expect.poll(count).toBe('共 1 条（全部 5 条）');
    await clearFilter();
    await page.getByLabel('搜索', { exact: true }).fill('刘强');
    await expect.poll(count).toBe('共 3 条（全部 5 条）');
    await page.getByLabel('搜索', { exact: true }).fill('刘强 渠');
    await expect.poll(count).toBe('共 1 条（全部 5 条）');
  });

  it('sorts by 办结时限', async () => {
    await clearFilter();
    const header = page.getByRole('columnheader', { name: '办结时限' });
    await header.click();
    await expect
      .poll(descriptions)
      .toEqual(['村道泥泞希望硬化', '路灯损坏', '自来水压力不足', '灌溉渠堵塞', '低保政策咨询']);
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    // By keyboard: the header's button, Enter sorts the other way, again back to 序号's order.
    await header.getByRole('button').press('Enter');
    await expect
      .poll(descriptions)
      .toEqual(['低保政策咨询', '灌溉渠堵塞', '自来水压力不足', '路灯损坏', '村道泥泞希望硬化']);
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    await header.getByRole('button').press('Enter');
    await expect
      .poll(descriptions)
      .toEqual(['灌溉渠堵塞', '村道泥泞希望硬化', '自来水压力不足', '低保政策咨询', '路灯损坏']);
    expect(await header.getAttribute('aria-sort')).toBeNull();
  });

  it('opens an issue by keyboard and keeps the filter on the way back', async () => {
    await clearFilter();
    await page.getByLabel('搜索', { exact: true }).fill('灌溉');
    await expect.poll(count).toBe('共 1 条（全部 5 条）');
    await rows().first().focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`#/issues/${issues.b1.id}$`));
    await expect.poll(() => page.getByTestId('issue-status').textContent()).toBe('办理中');
    await page.goBack();
    await page.waitForURL(/#\/ledger$/);
    await expect.poll(count).toBe('共 1 条（全部 5 条）');
    expect(await page.getByLabel('搜索', { exact: true }).inputValue()).toBe('灌溉');
  });

  it('exports the filter on screen as .xlsx and as the 台账 .docx', async () => {
    await clearFilter();
    await choose('村(社区)', '石门村');
    await expect.poll(count).toBe('共 4 条（全部 5 条）');

    const sheet = await downloadOf(page, () =>
      page.getByRole('button', { name: '导出 Excel' }).click(),
    );
    expect(sheet.suggestedFilename()).toBe('桥头河镇石门村屋场会问题台账（脱敏版）.xlsx');
    const { rows: cells } = readXlsx(readFileSync(await sheet.path()));
    const at = (title: string) => cells[0]?.indexOf(title) ?? -1;
    expect(cells.slice(1).map((r) => r[at('问题描述')])).toEqual([
      '灌溉渠堵塞',
      '村道泥泞希望硬化',
      '自来水压力不足',
      '低保政策咨询',
    ]);
    expect(cells.slice(1).map((r) => r[at('时限提醒')])).toEqual(['', '逾期', '三天内到期', '']);
    expect(cells[3]?.[at('反映人')]).toBe('王秀英\n138****1234');
    await page.getByText('已导出：桥头河镇石门村屋场会问题台账（脱敏版）.xlsx').waitFor();

    const word = await downloadOf(page, () =>
      page.getByRole('button', { name: '导出台账（Word）' }).click(),
    );
    expect(word.suggestedFilename()).toBe('桥头河镇石门村屋场会问题台账（脱敏版）.docx');
    const xml = strFromU8(
      unzipSync(readFileSync(await word.path()), {
        filter: (f) => f.name === 'word/document.xml',
      })['word/document.xml']!,
    );
    expect(xml).toContain('灌溉渠堵塞');
    expect(xml).not.toContain('路灯损坏');
  });
});
