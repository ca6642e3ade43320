// The home screen's 逾期 and 即将到期 in Chromium on real IndexedDB: commitments made at two
// meetings, counted by 责任人 and by 村(社区), each group opening to its issues, each issue a
// link to its 跟踪办理 page, by mouse and by keyboard; the meeting search by village and by dates
// still works; axe finds nothing serious.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { addDays } from '../../shared/domain/dates';
import { expectAccessible } from './axe';
import { openProfile, removeProfile, type Profile } from './browser';
import { AppPage } from './pages/app-page';

const baseUrl = inject('baseUrl');

type Commitment = { description: string; owner: string; daysLeft: number };

describe('home screen: 逾期 and 即将到期', () => {
  let profile: Profile;
  let page: Page;
  let app: AppPage;
  let today = '';

  async function meetingWith(village: string, commitments: Commitment[]) {
    await page.goto(baseUrl);
    await app.createMeeting();
    await page.getByLabel('村(社区)', { exact: true }).fill(village);
    await page.getByLabel('会议日期').fill('2026-11-01');
    await page.getByLabel('会议日期').press('Enter');
    await app.tab(/群众诉求/).click();
    for (const [index, c] of commitments.entries()) {
      await page.getByRole('button', { name: '新增诉求' }).click();
      const card = app.issueCard(index + 1);
      await card.getByRole('textbox', { name: '问题描述' }).fill(c.description);
      await card.getByLabel('处置方式').focus();
      await page.keyboard.type('交办');
      await page.keyboard.press('Enter');
      await card.getByLabel('责任人').fill(c.owner);
      const deadline = card.getByLabel('办结时限');
      await deadline.click();
      await deadline.fill(addDays(today, c.daysLeft));
      await deadline.press('Enter');
      await card.getByLabel('责任单位').click();
    }
    await app.waitUntilSaved();
  }

  const due = () => page.getByRole('region', { name: '逾期和即将到期' });
  const groupRow = (name: string) => due().locator(`tr[data-row-key="${name}"]`);
  const cells = async (name: string) =>
    (await groupRow(name).getByRole('cell').allTextContents()).filter((t) => t !== '');

  beforeAll(async () => {
    profile = await openProfile();
    page = await profile.context.newPage();
    app = new AppPage(page);
    await page.goto(baseUrl);
    // The browser's own day, as the home screen counts it.
    today = await page.evaluate(() => {
      const d = new Date();
      const pad = (n: number) => String(n).padStart(2, '0');
      return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
    });
    await meetingWith('石门村', [
      { description: '村道塌方需要修复', owner: '刘站长', daysLeft: -5 }, // 逾期
      { description: '路灯不亮', owner: '王干事', daysLeft: 1 }, // 即将到期
      { description: '水渠清淤', owner: '刘站长', daysLeft: 10 }, // neither
    ]);
    await meetingWith('桃花村', [{ description: '饮水管破裂', owner: '刘站长', daysLeft: 2 }]);
  });

  afterAll(async () => {
    await profile.close();
    removeProfile(profile);
  });

  it('counts them by 责任人 and by 村, and a group opens to its issues', async () => {
    await page.goto(baseUrl);
    await expect
      .poll(() => due().getByTestId('due-summary').textContent())
      .toBe('办理中的问题：逾期 1 条，即将到期（3 天内）2 条');
    expect(await cells('刘站长')).toEqual(['刘站长', '1', '1']);
    expect(await cells('王干事')).toEqual(['王干事', '0', '1']);
    expect(await due().getByText('水渠清淤').count()).toBe(0);

    await groupRow('刘站长').click();
    const links = due().getByRole('link');
    await expect
      .poll(() => links.allTextContents())
      .toEqual(['第1条 村道塌方需要修复', '第1条 饮水管破裂']);
    await expectAccessible(page, '首页（逾期和即将到期）');

    await page.getByRole('tab', { name: '按村(社区)' }).click();
    await expect.poll(() => cells('石门村')).toEqual(['石门村', '1', '1']);
    expect(await cells('桃花村')).toEqual(['桃花村', '0', '1']);
  });

  it('opens and closes a group by keyboard, its button saying which it is', async () => {
    await page.goto(baseUrl);
    const button = due().getByRole('button', { name: '王干事的问题' });
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    await button.focus();
    await page.keyboard.press('Enter');
    await due().getByRole('link', { name: '第2条 路灯不亮' }).waitFor();
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    // Its line names the meeting's village, read when the group was opened.
    expect(await due().getByRole('listitem').textContent()).toContain('王干事 · 石门村');
    // The button's press does not also reach the row, which would close the group again.
    await page.keyboard.press('Space');
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await due().getByRole('link', { name: '第2条 路灯不亮' }).count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      '王干事的问题',
    );
  });

  it('switches between 按责任人 and 按村(社区) by keyboard, keeping what was opened', async () => {
    await page.goto(baseUrl);
    await groupRow('刘站长').click();
    const tabs = due().getByRole('tab');
    await expect.poll(() => tabs.allTextContents()).toEqual(['按责任人', '按村(社区)']);
    const selected = () => due().getByRole('tab', { selected: true }).textContent();
    const focused = () => page.evaluate(() => document.activeElement?.textContent ?? '');

    await due().getByRole('tab', { name: '按责任人' }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await selected()).toBe('按村(社区)');
    expect(await focused()).toBe('按村(社区)');
    await expect.poll(() => cells('石门村')).toEqual(['石门村', '1', '1']);
    // Only the chosen tab is in the Tab order; its panel is the one shown.
    expect(await tabs.evaluateAll((els) => els.map((el) => el.getAttribute('tabindex')))).toEqual([
      '-1',
      '0',
    ]);
    const panel = due().getByRole('tabpanel');
    expect(await panel.count()).toBe(1);
    expect(await panel.getAttribute('aria-labelledby')).toBe(
      await due().getByRole('tab', { name: '按村(社区)' }).getAttribute('id'),
    );

    await page.keyboard.press('ArrowRight'); // past the last, round to the first
    expect(await selected()).toBe('按责任人');
    // The group opened before switching is still open.
    await expect
      .poll(() => due().getByRole('link').allTextContents())
      .toEqual(['第1条 村道塌方需要修复', '第1条 饮水管破裂']);
    await page.keyboard.press('End');
    expect(await selected()).toBe('按村(社区)');
    await page.keyboard.press('Home');
    expect(await focused()).toBe('按责任人');
    await expectAccessible(page, '首页（逾期，键盘切换）');
  });

  it('takes an issue to its 跟踪办理 page with one click', async () => {
    await page.goto(baseUrl);
    await groupRow('王干事').click();
    await due().getByRole('link', { name: '第2条 路灯不亮' }).click();
    await page.waitForURL(/#\/issues\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.getByTestId('issue-status').textContent()).toBe('办理中');
    expect(await page.getByText('即将到期', { exact: true }).count()).toBe(1);
    expect(await page.getByText('路灯不亮').count()).toBe(1);
  });

  it('still finds meetings by village', async () => {
    await page.goto(baseUrl);
    const upcoming = page.getByRole('region', { name: '待开和进行中' });
    await expect.poll(() => upcoming.getByRole('link').allTextContents()).toHaveLength(2);
    await page.getByLabel('按村(社区)查找').fill('桃花');
    await expect.poll(() => upcoming.getByRole('link').allTextContents()).toEqual(['桃花村']);
  });

  it('finds meetings by dates once the date filter has loaded', async () => {
    await page.goto(baseUrl);
    const upcoming = page.getByRole('region', { name: '待开和进行中' });
    await expect.poll(() => upcoming.getByRole('link').allTextContents()).toHaveLength(2);
    const range = async (start: string, end: string) => {
      await page.getByPlaceholder('开始日期').click();
      await page.getByPlaceholder('开始日期').fill(start);
      await page.keyboard.press('Enter');
      await page.getByPlaceholder('结束日期').fill(end);
      await page.keyboard.press('Enter');
    };
    // Both meetings are dated 2026年11月1日.
    await range('2026-10-01', '2026-10-31');
    await expect.poll(() => upcoming.getByRole('link').count()).toBe(0);
    await range('2026-10-01', '2026-11-01');
    await expect.poll(() => upcoming.getByRole('link').allTextContents()).toHaveLength(2);
  });
});
