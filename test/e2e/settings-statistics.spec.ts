// 统计口径 in Chromium: a definition changed in 设置 (by keyboard, or a list of its own for 满意率)
// changes the rate on 统计 and the sentence printed under its table; 恢复默认设置 restores them.
// When the disk cannot be read, 统计 says its figures were not read (not that something was not saved).
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Issue, Settings } from '../../shared/domain/schemas';
import { sampleIssue, sampleMeeting, sampleProgress } from '../unit/shared/domain/sample-records';
import { expectAccessible } from './axe';
import { openProfile, removeProfile, type Profile } from './browser';
import { importRecords } from './pages/import-records';
import {
  failHeldReads,
  holdReads,
  installStorageFaults,
  readStored,
  releaseReads,
} from './pages/storage-faults';
import { mainMenu } from './pages/app-page';

const baseUrl = inject('baseUrl');

// One meeting on 5 March 2026 and four issues: one solved and one answered on the spot (both
// finished, neither a commitment), and two assigned (交办): one finished on the 10th and visited on
// the 12th (answer 基本满意), one still in hand.
const meeting = { ...sampleMeeting(), id: crypto.randomUUID(), date: '2026-03-05' };
const visited = sampleIssue(3, { meetingId: meeting.id, status: '已回访' });
const progress = [
  sampleProgress({
    issueId: visited.id,
    date: '2026-03-10',
    kind: '办结',
    toStatus: '已办结',
    text: '村道已硬化。',
  }),
  sampleProgress({
    issueId: visited.id,
    date: '2026-03-12',
    kind: '回访',
    toStatus: '已回访',
    satisfaction: '基本满意',
    method: '电话',
    text: '电话回访，群众基本满意。',
  }),
];
const onTheSpot = { unit: '', owner: '', deadline: '', status: '已办结' } as const;
const issues: Issue[] = [
  sampleIssue(1, { meetingId: meeting.id, responseType: '当场解决', ...onTheSpot }),
  sampleIssue(2, { meetingId: meeting.id, responseType: '当场答复', ...onTheSpot }),
  visited,
  sampleIssue(4, { meetingId: meeting.id }),
];

describe('设置: 统计口径', () => {
  let profile: Profile;
  let page: Page;

  beforeAll(async () => {
    profile = await openProfile();
    page = await profile.context.newPage();
    await importRecords(page, baseUrl, { meetings: [meeting], issues, progress }, 'township.json');
  });

  afterAll(async () => {
    await profile.close();
    removeProfile(profile);
  });

  const menu = (name: string) => mainMenu(page, name).click();
  const storedStatistics = async () =>
    (await readStored<{ value: Settings }>(page, 'keyValues', 'settings'))?.value.statistics;
  const printed = (sentence: string) => page.getByText(`表格下方注明：${sentence}`).waitFor();

  async function choose(label: string, option: string) {
    await page.getByRole('combobox', { name: label, exact: true }).focus();
    await page.keyboard.type(option);
    await page.keyboard.press('Enter');
  }

  /** March 2026 on 统计: the township's 本期 figure in a table's column. */
  async function marchFigure(heading: string, column: string): Promise<string | undefined> {
    await menu('统计');
    await choose('年份', '2026年');
    await choose('月份', '3月');
    await expect
      .poll(() => page.getByTestId('statistics-scope').textContent())
      .toBe('统计期间：2026年3月；办理情况截至2026年3月31日');
    const table = page
      .locator('.ant-table-wrapper')
      .filter({ has: page.getByRole('heading', { name: new RegExp(`、${heading}$`) }) });
    const headings = await table.locator('thead th').allTextContents();
    const township = table
      .locator('.ant-table-tbody > tr:not(.ant-table-measure-row)')
      .filter({ hasText: '全镇合计' })
      .locator('td');
    return (await township.allTextContents())[headings.indexOf(column)];
  }

  const note = (sentence: string) => page.getByText(sentence, { exact: true }).waitFor();

  it('counts 办结率 over the commitments once 设置 says so, and prints the new definition', async () => {
    // Every issue: 3 of 4 finished (the two on the spot and the visited one).
    expect(await marchFigure('问题办理情况', '办结率')).toBe('75.0%');
    await note('办结率 = 已办结问题数（含已回访、已销号）÷ 收集问题数');
    // The one visit answered 基本满意, which closing counts as satisfied: 1 of 1.
    expect(await marchFigure('回访情况', '满意率')).toBe('100.0%');

    await menu('设置');
    const completion = page.getByRole('radiogroup', { name: '办结率', exact: true });
    await completion.getByRole('radio', { checked: true }).focus();
    await page.keyboard.press('ArrowDown');
    await printed('办结率 = 已办结的交办事项数 ÷ 交办事项数（交办、上报转办、矛盾调处）');
    await expect.poll(async () => (await storedStatistics())?.completionBase).toBe('交办事项');
    await expectAccessible(page, '设置');

    // The commitments only: 1 of the 2 assigned issues is finished.
    expect(await marchFigure('问题办理情况', '办结率')).toBe('50.0%');
    await note('办结率 = 已办结的交办事项数 ÷ 交办事项数（交办、上报转办、矛盾调处）');
  });

  it('counts 满意率 by a list of its own, and 恢复默认设置 restores every definition', async () => {
    await menu('设置');
    await page.locator('label').filter({ hasText: '单独设定满意率计为满意的回访结果' }).click();
    // The list starts as closing's (满意, 基本满意); Backspace takes the last one off.
    await page.getByRole('combobox', { name: '满意率计为满意的回访结果' }).focus();
    await page.keyboard.press('Backspace');
    await printed('满意率 = 回访中答“满意”的人次 ÷ 回访人次');
    await expect.poll(async () => (await storedStatistics())?.satisfiedValues).toEqual(['满意']);

    // 基本满意 no longer counts: 0 of the 1 visit.
    expect(await marchFigure('回访情况', '满意率')).toBe('0.0%');
    await note('满意率 = 回访中答“满意”的人次 ÷ 回访人次');

    await menu('设置');
    await page.getByRole('button', { name: '恢复默认设置' }).click();
    await page.getByText('已恢复默认设置').waitFor();
    await printed('满意率 = 回访中答“满意”“基本满意”的人次 ÷ 回访人次');
    await printed('办结率 = 已办结问题数（含已回访、已销号）÷ 收集问题数');
    expect(await page.getByRole('combobox', { name: '满意率计为满意的回访结果' }).count()).toBe(0);
    expect(await storedStatistics()).toEqual({
      onTheSpot: '当场解决',
      completionBase: '全部问题',
      onTimeBase: '已办结事项',
      followUpBase: '已办结交办事项',
      satisfiedValues: null,
    });
    expect(await marchFigure('问题办理情况', '办结率')).toBe('75.0%');
  });
});

describe('统计 when the disk cannot be read', () => {
  let profile: Profile;

  beforeAll(async () => {
    profile = await openProfile();
    await installStorageFaults(profile.context);
  });

  afterAll(async () => {
    await profile.close();
    removeProfile(profile);
  });

  it('says the figures were not read, not that something was not saved', async () => {
    const page = await profile.context.newPage();
    await importRecords(page, baseUrl, { meetings: [meeting], issues, progress }, 'township.json');
    // From the import's page, which reads no progress, to 统计 within the app.
    await holdReads(page, 'progress');
    await failHeldReads(page, 1);
    await mainMenu(page, '统计').click();
    const alert = page.getByRole('alert').filter({ hasText: '读取统计数据失败' });
    await expect
      .poll(() => alert.textContent())
      .toBe('读取统计数据失败：本地数据库读取失败。请重试；如果一直失败，请重启程序，并检查磁盘。');
    await releaseReads(page, Infinity);
  });
});
