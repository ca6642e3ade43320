// Start-up, as issue 7 asks: a database the app cannot open (here: written by a newer version)
// gets a Chinese screen that says which problem and offers the newest automatic backup or a
// chosen file, never a silent empty start; a blank database while automatic backups hold data
// gets a question before anything is written. Automatic backups come from the desktop shell
// (pages/desktop-shell.ts), which writes them with main's own backup store into a real folder.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openProfile, removeProfile, type Profile } from './browser';
import {
  backupBytes,
  backupFiles,
  leaveNewerDatabase,
  newerDatabaseVersion,
  recordMeeting,
  storedDatabase,
} from './pages/backups-setup';
import { installDesktopShell, type DesktopShell } from './pages/desktop-shell';
import { faultCounts, installStorageFaults } from './pages/storage-faults';
import { mainMenu } from './pages/app-page';

const baseUrl = inject('baseUrl');
const backupTime = Date.parse('2026-11-27T08:30:00Z');

/** The page's words, for "no English on screen". */
const screenText = (page: Page) => page.evaluate(() => document.body.innerText);

/** How the browser shows the backup's time, worked out here in its own time zone. */
async function shownTime(page: Page): Promise<string> {
  const timeZone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
  return new Date(backupTime).toLocaleString('zh-CN', { timeZone });
}

describe('start-up', () => {
  const profiles: Profile[] = [];
  let shell: DesktopShell;

  /** A new laptop profile; with the desktop shell over the same backups folder unless told. */
  async function launch(options: { desktop: boolean }) {
    const profile = await openProfile();
    profiles.push(profile);
    if (options.desktop) await installDesktopShell(profile.context, shell.folder);
    await installStorageFaults(profile.context);
    return profile.context.newPage();
  }

  beforeAll(async () => {
    const source = await openProfile();
    profiles.push(source);
    shell = await installDesktopShell(source.context);
    const page = await source.context.newPage();
    await recordMeeting(page, baseUrl, '石门村');
    shell.setNow(backupTime);
    const result = await shell.requestBackup(page, 'quit');
    expect(result.status).toBe('saved');
    expect(backupFiles(shell)).toEqual([
      'wuchanghui-backup-2026-11-27T08-30-00Z-quit-m1-i1-n1.json',
    ]);
  });

  afterAll(async () => {
    for (const profile of profiles) {
      await profile.close();
      removeProfile(profile);
    }
  });

  it("refuses a newer app's database with a screen that says so, and restores the newest automatic backup", async () => {
    const page = await launch({ desktop: true });
    await leaveNewerDatabase(page, baseUrl);
    await page.goto(baseUrl);
    await page.getByText('本地数据来自更新版本的程序').waitFor();
    const restoreNewest = page.getByRole('button', {
      name: `恢复最新的自动备份（${await shownTime(page)}）`,
    });
    await restoreNewest.waitFor();
    await page.getByRole('button', { name: '选择备份文件恢复…' }).waitFor();
    await page.getByRole('button', { name: /^重\s?试$/ }).waitFor();
    expect(await screenText(page)).not.toMatch(/[A-Za-z]{3,}/);
    // Not a silent empty start: no app behind the screen, and the newer database is untouched.
    expect(await page.getByRole('button', { name: /^新建/ }).count()).toBe(0);
    expect(await faultCounts(page)).toEqual({ failed: 0, writes: 0, writeTransactions: 0 });
    expect(await storedDatabase(page)).toEqual({
      version: newerDatabaseVersion,
      villages: ['未来村'],
    });

    // Restoring replaces the unreadable database, after a warning.
    let warning = '';
    page.once('dialog', (dialog) => {
      warning = dialog.message();
      void dialog.accept();
    });
    await restoreNewest.click();
    await page.getByRole('link', { name: '石门村' }).waitFor();
    expect(warning).toMatch(/删除/);
    const restored = await storedDatabase(page);
    expect(restored.villages).toEqual(['石门村']);
    expect(restored.version).toBeLessThan(newerDatabaseVersion);
  });

  it('in the browser, where there are no automatic backups, restores a chosen file', async () => {
    const page = await launch({ desktop: false });
    await leaveNewerDatabase(page, baseUrl);
    await page.goto(baseUrl);
    await page.getByText('本地数据来自更新版本的程序').waitFor();
    await page.getByText('浏览器版没有自动备份').waitFor();
    expect(await page.getByRole('button', { name: /^恢复最新的自动备份/ }).count()).toBe(0);
    expect(await screenText(page)).not.toMatch(/[A-Za-z]{3,}/);
    page.once('dialog', (dialog) => void dialog.accept());
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '选择备份文件恢复…' }).click();
    const [name] = backupFiles(shell);
    if (!name) throw new Error('no backup');
    await (
      await chooser
    ).setFiles({
      name,
      mimeType: 'application/json',
      buffer: backupBytes(shell, name),
    });
    await page.getByRole('link', { name: '石门村' }).waitFor();
    expect((await storedDatabase(page)).villages).toEqual(['石门村']);
  });

  it('asks before anything is written when the database is blank and a backup holds data; restores it', async () => {
    const page = await launch({ desktop: true });
    await page.goto(baseUrl);
    await page.getByText('本地数据库是空的，但自动备份中有数据').waitFor();
    const question = await screenText(page);
    expect(question).toContain('1 场会议、1 条诉求');
    expect(question).not.toMatch(/[A-Za-z]{3,}/);
    expect(await page.getByRole('button', { name: /^新建/ }).count()).toBe(0);
    expect(await faultCounts(page)).toEqual({ failed: 0, writes: 0, writeTransactions: 0 });
    await page
      .getByRole('button', { name: `恢复最新的自动备份（${await shownTime(page)}）` })
      .click();
    await page.getByRole('link', { name: '石门村' }).waitFor();
    expect((await storedDatabase(page)).villages).toEqual(['石门村']);
  });

  it('starts empty only when told to, and leaves the backups as they were', async () => {
    const before = backupFiles(shell);
    const page = await launch({ desktop: true });
    await page.goto(baseUrl);
    await page.getByText('本地数据库是空的，但自动备份中有数据').waitFor();
    expect(await faultCounts(page)).toEqual({ failed: 0, writes: 0, writeTransactions: 0 });
    await page.getByRole('button', { name: '从空白开始（备份保持不变）' }).click();
    await page.getByRole('button', { name: /^新建/ }).waitFor();
    expect(await page.getByRole('link', { name: '石门村' }).count()).toBe(0);
    expect(backupFiles(shell)).toEqual(before);
  });

  it('loads neither the recovery screens nor the pinyin dictionary on a normal start', async () => {
    // Chunks are named after their first module (name-search.ts holds pinyin-pro). The 村民名册,
    // which searches by pinyin, then loads the dictionary: proof the name is the one to look for.
    const scripts = (page: Page) =>
      page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((entry) => entry.name.split('/').pop() ?? '')
          .filter((name) => name.endsWith('.js')),
      );
    const page = await launch({ desktop: false });
    await page.goto(baseUrl);
    await page.waitForFunction(() => performance.getEntriesByName('home-interactive').length > 0);
    const atStart = await scripts(page);
    expect(atStart.some((name) => name.startsWith('main-'))).toBe(true);
    for (const lazy of ['StartupScreens-', 'restore-flow-', 'name-search-']) {
      expect(atStart.filter((name) => name.startsWith(lazy))).toEqual([]);
    }
    await mainMenu(page, '村民名册').click();
    await page.getByRole('button', { name: '导入名册…' }).waitFor();
    expect((await scripts(page)).some((name) => name.startsWith('name-search-'))).toBe(true);
  });

  it('draws the start-up screen with the styles written ahead, making none of its own', async () => {
    // antd writes each component's styles it makes into a <style> element of the page; the file
    // written ahead (renderer/app/startup-styles.css) is a stylesheet instead.
    const madeFor = (page: Page, classes: string[]) =>
      page.evaluate(
        (wanted) =>
          wanted.filter((name) =>
            [...document.querySelectorAll('style')].some((style) =>
              (style.textContent ?? '').includes(`).${name}{`),
            ),
          ),
        classes,
      );
    const page = await launch({ desktop: false });
    await page.goto(baseUrl);
    await page.waitForFunction(() => performance.getEntriesByName('home-interactive').length > 0);
    const startup = ['ant-layout', 'ant-btn', 'ant-input', 'ant-empty'];
    expect(await madeFor(page, startup)).toEqual([]);
    const frameColor = await page
      .locator('header.ant-layout-header')
      .evaluate((header) => getComputedStyle(header).backgroundColor);
    expect(frameColor).toBe('rgb(0, 21, 41)');
    // 设置 draws a form with selects, which the file does not hold: antd makes those styles then.
    await mainMenu(page, '设置').click();
    await page.getByRole('combobox').first().waitFor();
    expect(await madeFor(page, ['ant-select'])).toEqual(['ant-select']);
  });
});
