// Following one commitment to closure in Chromium on real IndexedDB: 交办 at the meeting, then on
// its follow-up page 办理进展, 办结, 回访 不满意 (销号 refused with the reason), 复号, progress again,
// 办结, 回访 满意 and 销号; the history survives a reload and the meeting shows the status. A full
// disk while a step is recorded: the form stays with what was typed, the reason is said in
// Chinese, nothing is stored, and 记入 again stores it once there is room.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { openProfile, removeProfile, type Profile } from './browser';
import { AppPage } from './pages/app-page';
import { failWrites, installStorageFaults } from './pages/storage-faults';

const baseUrl = inject('baseUrl');

describe('follow-up of a commitment', () => {
  let profile: Profile;
  let page: Page;
  let app: AppPage;

  beforeAll(async () => {
    profile = await openProfile();
    await installStorageFaults(profile.context);
    page = await profile.context.newPage();
    app = new AppPage(page);
    await page.goto(baseUrl);
  });

  afterAll(async () => {
    await profile.close();
    removeProfile(profile);
  });

  const status = () => page.getByTestId('issue-status');
  const history = () => page.getByTestId('history-entry');
  const form = (name: string): Locator => page.getByRole('form', { name });

  async function openStep(button: string) {
    await page.getByRole('button', { name: button, exact: true }).click();
    await form(button).waitFor();
  }

  async function fill(button: string, fields: Record<string, string>) {
    await openStep(button);
    for (const [label, value] of Object.entries(fields)) {
      const field = form(button).getByLabel(label, { exact: true });
      await field.fill(value);
    }
  }

  async function choose(button: string, label: string, value: string) {
    await form(button).getByLabel(label, { exact: true }).focus();
    await page.keyboard.type(value);
    await page.keyboard.press('Enter');
  }

  async function submit(button: string) {
    await form(button).getByRole('button', { name: '记入' }).click();
    await form(button).waitFor({ state: 'detached' });
  }

  it('goes from 交办 through 不满意 and 复号 to 销号', async () => {
    await app.createMeeting();
    await app.tab(/群众诉求/).click();
    await page.keyboard.press('Alt+N');
    const card = app.issueCard(1);
    await card.waitFor();
    await card.getByRole('textbox', { name: '问题描述' }).fill('村道塌方需要修复');
    await card.getByLabel('处置方式').focus();
    await page.keyboard.type('交办');
    await page.keyboard.press('Enter');
    await card.getByLabel('责任单位').fill('乡交通站');
    await card.getByLabel('责任人').fill('刘站长');
    await app.waitUntilSaved();
    await expect.poll(() => card.getByText('办理中').count()).toBe(1);

    await card.getByRole('link', { name: '跟踪办理' }).click();
    await page.waitForURL(/#\/issues\/[0-9a-f-]{36}$/);
    await expect.poll(() => status().textContent()).toBe('办理中');
    expect(await page.getByText('乡交通站 / 刘站长').count()).toBe(1);

    await fill('登记办理进展', { 办理情况: '已到现场查看，联系施工队' });
    await choose('登记办理进展', '方式', '现场');
    expect(await form('登记办理进展').getByLabel('办理人', { exact: true }).inputValue()).toBe(
      '刘站长',
    );
    // The disk full: nothing is stored, the form keeps what was typed and says why in Chinese.
    await failWrites(page, Infinity);
    await form('登记办理进展').getByRole('button', { name: '记入' }).click();
    const refusal = form('登记办理进展').getByRole('alert');
    await expect.poll(() => refusal.textContent()).toContain('未能保存：磁盘空间不足，没有保存。');
    expect(await refusal.textContent()).not.toMatch(/[A-Za-z]/);
    expect(await form('登记办理进展').getByLabel('办理情况', { exact: true }).inputValue()).toBe(
      '已到现场查看，联系施工队',
    );
    expect(await history().count()).toBe(0);
    // Room again: the same form, 记入 once more, stores it.
    await failWrites(page, 0);
    await submit('登记办理进展');
    await expect.poll(() => history().count()).toBe(1);
    expect(await status().textContent()).toBe('办理中');

    await fill('办结', { 办理结果: '塌方段已回填压实' });
    await submit('办结');
    await expect.poll(() => status().textContent()).toBe('已办结');
    expect(await page.getByRole('button', { name: '销号', exact: true }).isDisabled()).toBe(true);
    expect(await page.getByTestId('closing-blocker').textContent()).toContain(
      '交办事项须先回访，群众满意后才能销号',
    );

    await fill('回访', { 回访人: '王干事', 群众意见: '雨后又有下沉' });
    await form('回访').getByRole('radio', { name: '不满意', exact: true }).check();
    await submit('回访');
    await expect.poll(() => status().textContent()).toBe('已回访');
    expect(await page.getByTestId('closing-blocker').textContent()).toContain(
      '群众不满意不销号：请复号重新办理',
    );

    // 复号 needs a reason: refused with the reason on screen, nothing written.
    await openStep('复号');
    await form('复号').getByRole('button', { name: '记入' }).click();
    await expect
      .poll(() => form('复号').getByRole('alert').textContent())
      .toContain('复号须填写原因');
    expect(await history().count()).toBe(3);
    await form('复号').getByLabel('复号原因', { exact: true }).fill('群众回访不满意：路面下沉');
    await submit('复号');
    await expect.poll(() => status().textContent()).toBe('办理中');
    expect(await page.getByText('已复号 1 次').count()).toBe(1);

    await fill('登记办理进展', { 办理情况: '重新铺设水泥路面' });
    await choose('登记办理进展', '方式', '其他');
    await submit('登记办理进展');
    await fill('办结', { 办理结果: '整段硬化完成' });
    await submit('办结');
    await fill('回访', { 回访人: '王干事' });
    await choose('回访', '方式', '电话');
    await form('回访').getByRole('radio', { name: '满意', exact: true }).check();
    await submit('回访');
    await expect.poll(() => status().textContent()).toBe('已回访');
    expect(await page.getByTestId('closing-blocker').count()).toBe(0);

    await openStep('销号');
    await submit('销号');
    await expect.poll(() => status().textContent()).toBe('已销号');

    const kinds = async () =>
      history().evaluateAll((rows) => rows.map((r) => r.querySelector('.ant-tag')?.textContent));
    const expected = ['进展', '办结', '回访', '复号', '进展', '办结', '回访', '销号'];
    expect(await kinds()).toEqual(expected);

    // Real storage: the history and the status survive a reload.
    await page.reload();
    await expect.poll(() => status().textContent()).toBe('已销号');
    expect(await kinds()).toEqual(expected);
    expect(await history().nth(3).textContent()).toContain('群众回访不满意：路面下沉');

    await page.getByRole('link', { name: '返回会议' }).click();
    await app.tab(/群众诉求/).click();
    await expect.poll(() => app.issueCard(1).getByText('已销号').count()).toBe(1);
  });
});
