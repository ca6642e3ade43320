// A facilitator with the keyboard only: 设置, a new meeting, 基本信息, 参会人员, an issue of every
// response type, 现场承诺确认 and the close, every 导出, and an 导入, without a single click;
// axe checks each screen on the way.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectAccessible } from './axe';
import { openProfile, removeProfile, type Profile } from './browser';
import { focusedName, pressForFileChooser, tabTo } from './keyboard';
import { AppPage, mainMenu } from './pages/app-page';
import { downloadOf } from './pages/download';

const baseUrl = inject('baseUrl');

/** Today plus some days, as the page's calendar sees it (worked out here, not by the app). */
function daysFromToday(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

// Long flows on a shared 2-core machine: generous per-test limits (not a timing check).
const long = 300_000;
// A write on a loaded machine can take seconds: polls wait as long as a locator would.
const saved = { timeout: 30_000 };

describe('capture by keyboard alone', () => {
  let profile: Profile;
  let page: Page;
  let app: AppPage;
  const downloads: { name: string; path: string }[] = [];

  beforeAll(async () => {
    profile = await openProfile();
    page = await profile.context.newPage();
    app = new AppPage(page);
  });

  afterAll(async () => {
    await profile.close();
    removeProfile(profile);
  });

  it(
    'takes 乡镇 and the meeting’s name from 设置, also in the main menu',
    async () => {
      const missing: string[] = [];
      page.on('response', (r) => {
        if (r.status() === 404) missing.push(r.url());
      });
      await page.goto(`${baseUrl}#/settings`);
      await page.getByLabel('乡镇名称').waitFor();
      await expectAccessible(page, '设置');
      await tabTo(page, '乡镇名称');
      await page.keyboard.type('桥头河镇');
      await tabTo(page, '会议名称');
      await page.keyboard.press('Control+A');
      await page.keyboard.type('院坝会');
      await app.waitUntilSaved();
      await mainMenu(page, '院坝会').waitFor();
      expect(missing).toEqual([]);

      await page.goto(baseUrl);
      await page.getByRole('button', { name: '新建院坝会' }).waitFor();
      await expectAccessible(page, '首页');
      await tabTo(page, '新建院坝会');
      await page.keyboard.press('Enter');
      await page.waitForURL(/#\/meetings\/[0-9a-f-]{36}$/);
      await expect
        .poll(() => page.getByLabel('乡镇', { exact: true }).inputValue(), saved)
        .toBe('桥头河镇');
      await expectAccessible(page, '基本信息');
    },
    long,
  );

  it(
    'fills 基本信息 and the attendance list',
    async () => {
      await page.getByLabel('乡镇', { exact: true }).focus();
      await tabTo(page, '村(社区)');
      await page.keyboard.type('石门村');
      await tabTo(page, '主持人');
      await page.keyboard.type('刘书记');
      await app.waitUntilSaved();
      await tabTo(page, '开始会议', { back: true });
      await page.keyboard.press('Enter');
      await page.getByText('进行中', { exact: true }).waitFor();

      await tabTo(page, /^基本信息$/);
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Enter');
      await app.attendeeName().waitFor();
      await tabTo(page, '姓名');
      for (const name of ['张三丰', '李四', '王五']) {
        await page.keyboard.type(name);
        await page.keyboard.press('Enter');
      }
      await expect.poll(() => app.attendeeNames(), saved).toEqual(['张三丰', '李四', '王五']);
      await expectAccessible(page, '参会人员');
    },
    long,
  );

  it(
    'records an issue of every response type, guessing nothing',
    async () => {
      await tabTo(page, /^参会人员/, { back: true });
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Enter');
      await page.getByRole('button', { name: '新增诉求' }).waitFor();
      await page.keyboard.press('Alt+N');
      const first = app.issueCard(1);
      await first.waitFor();
      await expect.poll(() => focusedName(page), saved).toBe('反映人');

      // 张三丰 is on the list: typing 张三 and Tab keeps 张三 and moves on.
      await page.keyboard.type('张三');
      await page.keyboard.press('Tab');
      expect(await first.getByLabel('反映人').inputValue()).toBe('张三');
      expect(await focusedName(page)).not.toBe('反映人');
      // Nothing guessed: category and nature are empty until chosen.
      expect(await first.getByText('未选择').count()).toBeGreaterThanOrEqual(2);

      await tabTo(page, '问题类别');
      await page.keyboard.type('道路');
      await page.keyboard.press('Enter');
      await tabTo(page, '诉求性质');
      await page.keyboard.type('求助');
      await page.keyboard.press('Enter');
      await tabTo(page, '问题描述');
      await page.keyboard.type('村道塌方');
      await tabTo(page, '处置方式');
      await page.keyboard.type('交办');
      await page.keyboard.press('Enter');
      await tabTo(page, '责任单位');
      await page.keyboard.type('镇交通站');
      await tabTo(page, '责任人');
      await page.keyboard.type('刘站长');
      await app.waitUntilSaved();
      // 交办 takes the township's own default (设置: 7 days after the meeting).
      await expect
        .poll(() => first.getByLabel('办结时限').inputValue(), saved)
        .toBe(daysFromToday(7));

      const others: [string, string][] = [
        ['上报转办', '村里缺水'],
        ['矛盾调处', '宅基地纠纷'],
        ['当场解决', '路灯坏了'],
        ['当场答复', '医保怎么交'],
        ['纳入规划', '想建文化广场'],
        ['不予支持', '要求占用基本农田'],
      ];
      for (const [index, [response, description]] of others.entries()) {
        const seq = index + 2;
        await page.keyboard.press('Alt+N');
        await app.issueCard(seq).waitFor();
        await expect.poll(() => focusedName(page), saved).toBe('反映人');
        if (seq === 2) {
          // The list is searched by pinyin initials too: ls offers 李四, picked by arrow and Enter.
          await page.keyboard.type('ls');
          const offered = page.locator(
            '.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option',
          );
          await expect.poll(() => offered.allTextContents(), saved).toEqual(['李四']);
          await page.keyboard.press('ArrowDown');
          await page.keyboard.press('Enter');
          await expect.poll(() => app.issueCard(2).getByLabel('反映人').inputValue()).toBe('李四');
        }
        await tabTo(page, '问题描述');
        await page.keyboard.type(description);
        await tabTo(page, '处置方式');
        await page.keyboard.type(response);
        await page.keyboard.press('Enter');
        await app.waitUntilSaved();
      }
      const forwarded = app.issueCard(2);
      const mediated = app.issueCard(3);
      // No date is promised on behalf of a county bureau or for a dispute.
      expect(await forwarded.getByLabel('办结时限').inputValue()).toBe('');
      expect(await mediated.getByLabel('办结时限').inputValue()).toBe('');
      // A preset is one key away: Tab to 15天 in the 矛盾调处 card and press Enter.
      await mediated.getByLabel('责任人').focus();
      await tabTo(page, '15天');
      await page.keyboard.press('Enter');
      await expect
        .poll(() => mediated.getByLabel('办结时限').inputValue(), saved)
        .toBe(daysFromToday(15));
      await app.waitUntilSaved();
      await expectAccessible(page, '群众诉求');
    },
    long,
  );

  it(
    'reads the commitments back one at a time and lists what is missing before closing',
    async () => {
      await tabTo(page, '现场承诺确认', { back: true, max: 200 });
      await page.keyboard.press('Enter');
      const slide = page.getByRole('article');
      await slide.getByRole('heading', { name: '第1条' }).waitFor();
      await expectAccessible(page, '现场承诺确认');
      await page.keyboard.press('ArrowRight');
      await slide.getByRole('heading', { name: '第2条' }).waitFor();
      await page.keyboard.press('ArrowRight');
      await slide.getByRole('heading', { name: '第3条' }).waitFor();
      await page.keyboard.press('ArrowLeft');
      await slide.getByRole('heading', { name: '第2条' }).waitFor();
      const missing = page.getByRole('region', { name: '以下事项尚缺内容' });
      // 上报转办 with nobody named and no date; the on-the-spot ones lack category and nature.
      await missing
        .getByText('第2条：问题类别、诉求性质、答复内容、转办部门、责任人、办结时限')
        .waitFor();
      await missing.getByText('第4条：问题类别、诉求性质').waitFor();
      // 交办 with unit, person and the default date still lacks what was promised.
      await missing.getByText('第1条：答复内容', { exact: true }).waitFor();

      await tabTo(page, '确认无误，结束会议');
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: '以下事项尚缺内容' });
      await dialog.waitFor();
      await expectAccessible(page, '结束会议前');
      await tabTo(page, '仍然结束会议');
      await page.keyboard.press('Enter');
      await page.getByText('已结束', { exact: true }).waitFor();
    },
    long,
  );

  it(
    'exports every document from the keyboard',
    async () => {
      // 记录 and 纪要 ask which copy; the 承诺公示单 first warns of the commitment recorded
      // without a promise above, and goes on only when told to.
      const kinds: [string, '导出' | '仍然导出' | null][] = [
        ['记录', '导出'],
        ['纪要', '导出'],
        ['签到表', null],
        ['承诺公示单', '仍然导出'],
      ];
      for (const [kind, confirm] of kinds) {
        await tabTo(page, '导出', { max: 200 });
        await page.keyboard.press('Enter');
        await page.getByRole('menuitem', { name: kind, exact: true }).waitFor();
        await expectAccessible(page, '导出菜单');
        await expect.poll(() => focusedName(page), saved).not.toBe('导出');
        for (let step = 0; step < 5 && (await activeMenuItem(page)) !== kind; step++)
          await page.keyboard.press('ArrowDown');
        expect(await activeMenuItem(page)).toBe(kind);
        // rc-menu marks the item at once and moves the focus to it on the next frame; Enter goes
        // to what has focus, so wait for that, as a person sees the highlight before pressing.
        await expect.poll(() => focusedName(page), saved).toBe(kind);
        const file = await downloadOf(page, async () => {
          await page.keyboard.press('Enter');
          if (confirm) {
            await page.getByRole('dialog').waitFor();
            await tabTo(page, confirm);
            await page.keyboard.press('Enter');
          }
        });
        expect(file.suggestedFilename()).toContain(kind);
        downloads.push({ name: file.suggestedFilename(), path: await file.path() });
      }
    },
    long,
  );

  it(
    'imports the exported 记录 on another laptop by keyboard, and finds it by what 选择会议 shows',
    async () => {
      const record = downloads.find((d) => /记录（.+）\.docx$/.test(d.name));
      if (!record) throw new Error('no 记录 was downloaded');
      const office = await openProfile();
      try {
        const other = await office.context.newPage();
        await other.goto(`${baseUrl}#/exchange`);
        await other.getByRole('button', { name: '选择文件…' }).waitFor();
        await expectAccessible(other, '导入与备份');
        await tabTo(other, '选择文件…');
        const chooser = await pressForFileChooser(other);
        await chooser.setFiles({
          name: record.name,
          mimeType: 'application/octet-stream',
          buffer: readFileSync(record.path),
        });
        await other.getByRole('table', { name: '导入预览' }).waitFor();
        await tabTo(other, '导入（1 个文件）');
        await other.keyboard.press('Enter');
        await other.getByText('已导入').first().waitFor();

        await other.goto(baseUrl);
        const link = other.getByRole('link', { name: '石门村' });
        await link.waitFor();
        const id = /meetings\/([0-9a-f-]{36})/.exec((await link.getAttribute('href')) ?? '')?.[1];
        if (!id) throw new Error('the imported meeting has no link');

        // 选择会议 matches what its options show (village, meeting name), not the hidden id.
        await other.goto(`${baseUrl}#/exchange`);
        await tabTo(other, '选择会议');
        const dropdown = other.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
        const options = () => dropdown.locator('.ant-select-item-option').allTextContents();
        for (const typed of ['石门', '院坝会']) {
          await other.keyboard.press('Control+A');
          await other.keyboard.type(typed);
          await expect.poll(options, saved).toEqual([expect.stringContaining('石门村院坝会')]);
        }
        await other.keyboard.press('Control+A');
        await other.keyboard.type(id.slice(0, 8));
        await expect.poll(options, saved).toEqual([]);
        await other.keyboard.press('Control+A');
        await other.keyboard.type('石门');
        await expect.poll(options, saved).toHaveLength(1);
        await other.keyboard.press('Enter');
        await other
          .locator('.ant-select-selection-item')
          .filter({ hasText: '石门村院坝会' })
          .waitFor();
      } finally {
        await office.close();
        removeProfile(office);
      }
    },
    long,
  );
});

/** The menu item the keyboard has highlighted (rc-menu marks it active). */
function activeMenuItem(page: Page): Promise<string> {
  return page.evaluate(
    () => document.querySelector('.ant-dropdown-menu-item-active')?.textContent?.trim() ?? '',
  );
}
