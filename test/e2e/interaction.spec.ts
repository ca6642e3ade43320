// How the capture screen behaves under a real user's hands: IME composition, bad input, undo,
// and two windows on the same meeting.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openProfile, removeProfile, type Profile } from './browser';
import { AppPage } from './pages/app-page';

const baseUrl = inject('baseUrl');

describe('capture screen', () => {
  let profile: Profile;
  let page: Page;
  let app: AppPage;

  beforeAll(async () => {
    profile = await openProfile();
    page = await profile.context.newPage();
    app = new AppPage(page);
    await page.goto(baseUrl);
    await app.createMeeting();
  });

  afterAll(async () => {
    await profile.close();
    removeProfile(profile);
  });

  it('adds nothing when Enter confirms an IME composition', async () => {
    await app.tab(/参会人员/).click();
    await app.attendeeName().focus();
    const cdp = await profile.context.newCDPSession(page);
    await cdp.send('Input.imeSetComposition', {
      text: 'zhangsan',
      selectionStart: 8,
      selectionEnd: 8,
    });
    await page.keyboard.press('Enter');
    await cdp.send('Input.insertText', { text: '张三' });
    expect(await app.attendeeName().inputValue()).toBe('张三');
    expect(await app.attendeeRows().count()).toBe(0);
    await page.keyboard.press('Enter');
    await expect.poll(() => app.attendeeNames()).toEqual(['张三']);
  });

  it('refuses an empty name with a message', async () => {
    await app.attendeeName().fill('   ');
    await app.attendeeName().press('Enter');
    await page.getByRole('alert').filter({ hasText: '姓名不能为空' }).waitFor();
    expect(await app.attendeeRows().count()).toBe(1);
  });

  it('takes a name already listed for the same person, and adds a namesake of another 组', async () => {
    // The first 张三 joined the roster: the same name again is that person, already listed.
    await app.attendeeName().fill('张三');
    await app.attendeeName().press('Enter');
    await page.getByText('“张三”已在名单中；如是同名的另一个人，请先填写组').waitFor();
    expect(await app.attendeeNames()).toEqual(['张三']);
    await page.getByLabel('组', { exact: true }).fill('2组');
    await app.attendeeName().press('Enter');
    await expect.poll(() => app.attendeeNames()).toEqual(['张三', '张三']);
    expect(await page.getByText('重名').count()).toBe(2);
  });

  it('keeps what was typed when an edit is invalid, and stores nothing wrong', async () => {
    const firstName = app.attendeeRows().first().getByLabel('第1位 姓名');
    await firstName.fill('');
    await app.attendeeRows().first().getByText('姓名不能为空').waitFor();
    // The empty name stays on screen, unstored, and the header says so.
    await app
      .saveStatus()
      .getByText(/^未保存/)
      .waitFor();
    await page.reload();
    await app.tab(/参会人员/).click();
    await expect.poll(() => app.attendeeNames()).toEqual(['张三', '张三']);
  });

  it('undoes a deletion', async () => {
    await app.attendeeRows().nth(1).getByRole('button', { name: '第2位 删除' }).click();
    await expect.poll(() => app.attendeeRows().count()).toBe(1);
    await page.getByRole('button', { name: '撤销' }).click();
    await expect.poll(() => app.attendeeRows().count()).toBe(2);
  });

  it('removes control characters and says so', async () => {
    await app.tab(/基本信息/).click();
    const village = page.getByLabel('村(社区)', { exact: true });
    await village.fill('石\u0007门\u0000村');
    await page.getByText('“村(社区)”中有 2 个不可见的控制字符，已移除').waitFor();
    expect(await village.inputValue()).toBe('石门村');
  });

  it('keeps a 5,000-character description whole and warns about an early deadline', async () => {
    await app.tab(/群众诉求/).click();
    await page.getByRole('button', { name: '新增诉求' }).click();
    const card = app.issueCard(1);
    const long = '村里'.repeat(2500);
    await card.getByRole('textbox', { name: '问题描述' }).fill(long);
    await card.getByLabel('处置方式').focus();
    await page.keyboard.type('交办');
    await page.keyboard.press('Enter');
    const deadline = card.getByLabel('办结时限');
    await deadline.click();
    await deadline.fill('2000-01-01');
    await deadline.press('Enter');
    await card.getByText('办结时限早于会议日期，请核对').waitFor();
    await card.getByRole('button', { name: '7天' }).click();
    await expect.poll(() => card.getByText('办结时限早于会议日期，请核对').count()).toBe(0);
    await app.waitUntilSaved();
    await page.reload();
    await app.tab(/群众诉求/).click();
    expect(
      await app.issueCard(1).getByRole('textbox', { name: '问题描述' }).inputValue(),
    ).toHaveLength(5000);
  });

  // Each adds an issue to the meeting the tests share: 诉求 2, then 诉求 3.
  it.each([
    ['a long text box', '问题描述', 2],
    ['a one-line text box', '涉及地点', 3],
  ])(
    'removes control characters from %s and typing goes on where it was',
    async (_kind, label, seq) => {
      await app.tab(/群众诉求/).click();
      await page.getByRole('button', { name: '新增诉求' }).click();
      const box = app.issueCard(seq).getByRole('textbox', { name: label });
      await box.fill('村里路');
      await box.press('Home');
      await box.press('ArrowRight');
      await box.press('ArrowRight');
      // A paste in the middle that brings a bell character with it.
      await page.keyboard.insertText('的\u0007');
      await page.getByText(`“${label}”中有 1 个不可见的控制字符，已移除`).waitFor();
      await page.keyboard.type('小');
      expect(await box.inputValue()).toBe('村里的小路');
    },
  );

  it('shows changes from a second window live', async () => {
    const second = await profile.context.newPage();
    const other = new AppPage(second);
    await second.goto(page.url());
    await app.tab(/基本信息/).click();
    await other.tab(/基本信息/).click();
    await page.getByLabel('屋场', { exact: true }).fill('李堃家');
    await expect.poll(() => second.getByLabel('屋场', { exact: true }).inputValue()).toBe('李堃家');
    await other.tab(/参会人员/).click();
    await other.attendeeName().fill('王䶮');
    await other.attendeeName().press('Enter');
    await app.tab(/参会人员/).click();
    await expect.poll(() => app.attendeeNames()).toEqual(['张三', '张三', '王䶮']);
    await second.close();
  });
  it("counts 交办's default deadline and the presets in working days when 设置 says so", async () => {
    await page.goto(`${baseUrl}#/settings`);
    await page.getByLabel('办结时限计算方式').focus();
    await page.keyboard.type('工作日');
    await page.keyboard.press('Enter');
    await app.waitUntilSaved();
    await page.goto(baseUrl);
    await app.createMeeting();
    // Friday 4 December 2026; no holiday falls in the fortnight after it.
    await page.getByLabel('会议日期').fill('2026-12-04');
    await page.getByLabel('会议日期').press('Enter');
    await app.tab(/群众诉求/).click();
    await page.getByRole('button', { name: '新增诉求' }).click();
    const card = app.issueCard(1);
    await card.getByLabel('处置方式').focus();
    await page.keyboard.type('交办');
    await page.keyboard.press('Enter');
    const deadline = card.getByLabel('办结时限');
    // 7 working days: 7, 8, 9, 10, 11, 14, 15 December.
    await expect.poll(() => deadline.inputValue()).toBe('2026-12-15');
    await card.getByRole('button', { name: '3个工作日' }).click();
    // 3 working days: Monday 7, Tuesday 8, Wednesday 9 December (3 calendar days would be the 7th).
    await expect.poll(() => deadline.inputValue()).toBe('2026-12-09');
    await app.waitUntilSaved();
  });
});
