// Automatic backups on 导入与备份, as issue 7 asks: the list shows each backup's time, reason,
// size, meetings and issues; any of them restores through the same preview as a chosen file,
// after a safety copy kept apart from the rotation; a failed backup is shown on screen. Then the
// actions of this page that can fail (pick files, choose a backup, undo a batch) each fail once:
// a Chinese message, nothing changed, and the next try works. The backup on quit holds what was
// typed a moment before. Backups are written by main's own store through the desktop shell
// (pages/desktop-shell.ts).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { channels } from '../../shared/ipc/contract';
import { openProfile, removeProfile, type Profile } from './browser';
import { AppPage } from './pages/app-page';
import { backupBytes, backupFiles, recordMeeting } from './pages/backups-setup';
import { installDesktopShell, type DesktopShell } from './pages/desktop-shell';
import { countStored, failWrites, installStorageFaults } from './pages/storage-faults';
import { storedRecords } from './pages/stored';

const baseUrl = inject('baseUrl');
const quitTime = Date.parse('2026-11-26T18:05:00Z');
const dailyTime = Date.parse('2026-11-27T08:30:00Z');
const quitBackup = 'wuchanghui-backup-2026-11-26T18-05-00Z-quit-m1-i1-n1.json';
const dailyBackup = 'wuchanghui-backup-2026-11-27T08-30-00Z-daily-m2-i2-n2.json';
/** Latin words on screen would be untranslated text (English error messages, field keys). */
const latinWord = /[A-Za-z]{3,}/;

/** The table's body rows as cell texts. */
function cells(table: Locator): Promise<string[][]> {
  return table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => Array.from(row.querySelectorAll('td'), (td) => td.textContent ?? '')),
    );
}

/**
 * The whole text of the newest antd message that starts with one of these words: waiting for the
 * failure's words too, so a failure shows its own message rather than a timeout.
 */
async function shownMessage(page: Page, ...starts: string[]): Promise<string> {
  const shown = page
    .locator('.ant-message-notice')
    .filter({ hasText: new RegExp(starts.join('|')) })
    .last();
  await shown.waitFor();
  return (await shown.textContent()) ?? '';
}

async function openExchange(page: Page) {
  // Through the home page, so the panels start afresh and list the backups again.
  await page.goto(baseUrl);
  await page.goto(`${baseUrl}#/exchange`);
  // The list is on screen only once the app has started (and answers backup requests).
  await page.getByRole('table', { name: '自动备份' }).waitFor();
}

const villages = async (page: Page) =>
  (await storedRecords<{ village: string; deletedAt: string | null }>(page, 'meetings'))
    .filter((m) => m.deletedAt === null)
    .map((m) => m.village)
    .sort();

describe('automatic backups on 导入与备份', () => {
  let profile: Profile;
  let shell: DesktopShell;
  let page: Page;

  beforeAll(async () => {
    profile = await openProfile();
    shell = await installDesktopShell(profile.context);
    await installStorageFaults(profile.context);
    page = await profile.context.newPage();
    await recordMeeting(page, baseUrl, '石门村');
    shell.setNow(quitTime);
    expect((await shell.requestBackup(page, 'quit')).status).toBe('saved');
    await recordMeeting(page, baseUrl, '枫树村');
    shell.setNow(dailyTime);
    expect((await shell.requestBackup(page, 'daily')).status).toBe('saved');
  });

  afterAll(async () => {
    await profile.close();
    removeProfile(profile);
  });

  it('lists each backup with its time, reason, size, meetings and issues, newest first', async () => {
    await openExchange(page);
    const table = page.getByRole('table', { name: '自动备份' });
    await table.getByText('每日').waitFor();
    const timeZone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
    const at = (ms: number) => new Date(ms).toLocaleString('zh-CN', { timeZone });
    const rows = await cells(table);
    expect(rows.map((r) => [r[0], r[1], r[3], r[4]])).toEqual([
      [at(dailyTime), '每日', '2', '2'],
      [at(quitTime), '退出时', '1', '1'],
    ]);
    for (const [row, name] of [
      [rows[0], dailyBackup],
      [rows[1], quitBackup],
    ] as const) {
      const kilobytes = /^(\d+\.\d) KB$/.exec(row?.[2] ?? '');
      expect(kilobytes, row?.[2]).not.toBeNull();
      // One decimal place of a kilobyte: within 0.05 KB of the file's size on disk.
      const bytes = statSync(join(shell.folder, name)).size;
      expect(Math.abs(Number(kilobytes?.[1]) * 1024 - bytes)).toBeLessThanOrEqual(52);
    }
  });

  it('restores one through the same preview, after a safety copy kept out of the rotation', async () => {
    await openExchange(page);
    const table = page.getByRole('table', { name: '自动备份' });
    await table
      .getByRole('row')
      .filter({ hasText: '退出时' })
      .getByRole('button', { name: '恢复…' })
      .click();
    const dialog = page.getByRole('dialog', { name: '从备份恢复' });
    await dialog.getByText(quitBackup).waitFor();
    const meetingsRow = dialog.getByRole('row').filter({ hasText: '会议' }).first();
    expect(await meetingsRow.textContent()).toContain('1 条');
    await dialog.getByRole('button', { name: /^恢\s?复$/ }).click();
    const said = await shownMessage(page, '已恢复', '恢复失败');
    expect(said).toMatch(/^已恢复/);
    expect(await villages(page)).toEqual(['石门村']);
    // The rotation is unchanged; the safety copy holds the data replaced (2 meetings, 2 issues).
    expect(
      readdirSync(shell.folder)
        .filter((n) => n.endsWith('.json'))
        .sort(),
    ).toEqual([quitBackup, dailyBackup]);
    const safety = readdirSync(join(shell.folder, 'before-restore'));
    expect(safety).toHaveLength(1);
    expect(safety[0]).toMatch(/-before-restore-m2-i2-n3\.json$/);
    // The message names that very file and its folder: the only Latin text it may hold.
    expect(said).toContain(`安全备份“${safety[0]}”`);
    expect(said.replace(/“[^”]*”/g, '').replace('backups/before-restore', '')).not.toMatch(
      latinWord,
    );
  });

  it('shows a failed automatic backup on screen until one succeeds', async () => {
    await openExchange(page);
    shell.setFreeBytes(10 * 1024 * 1024);
    expect((await shell.requestBackup(page, 'daily')).status).toBe('failed');
    const notice = page.getByRole('alert').filter({ hasText: '自动备份没有完成' });
    await notice.waitFor();
    const text = (await notice.textContent()) ?? '';
    expect(text).toContain('磁盘空间不足');
    expect(text).toContain('剩余 10 MB');
    expect(text).not.toMatch(latinWord);
    shell.setFreeBytes(null);
    shell.setNow(dailyTime + 24 * 60 * 60 * 1000);
    expect((await shell.requestBackup(page, 'daily')).status).toBe('saved');
    await expect.poll(() => notice.count()).toBe(0);
  });

  it('picking files, choosing a backup and undoing a batch each fail once in Chinese, change nothing, and work the next time', async () => {
    const stored = await villages(page);
    const daily = new Uint8Array(backupBytes(shell, dailyBackup));

    // 导入 › 选择文件…: the dialog fails once in main.
    await openExchange(page);
    shell.failNext(channels.openFiles);
    await page.getByRole('button', { name: '选择文件…' }).click();
    expect(await shownMessage(page, '无法打开所选文件')).not.toMatch(latinWord);
    expect(await page.getByRole('table', { name: '导入预览' }).count()).toBe(0);
    shell.chooseFiles([{ name: '每日备份.json', bytes: daily }]);
    await page.getByRole('button', { name: '选择文件…' }).click();
    await page.getByRole('table', { name: '导入预览' }).waitFor();
    expect(await villages(page)).toEqual(stored);

    // 恢复… with a chosen file: the dialog fails once.
    shell.failNext(channels.openFiles);
    await page.getByRole('button', { name: '恢复…', exact: true }).first().click();
    expect(await shownMessage(page, '无法打开所选备份文件')).not.toMatch(latinWord);
    shell.chooseFiles([{ name: '每日备份.json', bytes: daily }]);
    await page.getByRole('button', { name: '恢复…', exact: true }).first().click();
    const dialog = page.getByRole('dialog', { name: '从备份恢复' });
    await dialog.getByText('每日备份.json').waitFor();
    await dialog.getByRole('button', { name: /^取\s?消$/ }).click();
    await expect.poll(() => dialog.count()).toBe(0);

    // 恢复… on a listed automatic backup: reading it fails once.
    const listed = page
      .getByRole('table', { name: '自动备份' })
      .getByRole('row')
      .filter({ hasText: '退出时' })
      .getByRole('button', { name: '恢复…' });
    shell.failNext(channels.readAutoBackup);
    await listed.click();
    expect(await shownMessage(page, '无法读取这份自动备份')).not.toMatch(latinWord);
    await listed.click();
    await dialog.getByText(quitBackup).waitFor();
    await dialog.getByRole('button', { name: /^取\s?消$/ }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await villages(page)).toEqual(stored);

    // 撤销本批: the import of the daily backup brought 枫树村 back; taking it back fails once.
    await page.getByRole('button', { name: '导入（1 个文件）' }).click();
    await shownMessage(page, '已导入 1 个文件');
    expect(await villages(page)).toEqual(['枫树村', '石门村']);
    const batchesBefore = await countStored(page, 'importBatches');
    const undo = async () => {
      await page.getByRole('button', { name: '撤销本批' }).click();
      await page
        .getByRole('tooltip')
        .getByRole('button', { name: /^撤\s?销$/ })
        .click();
    };
    await failWrites(page, 1);
    await undo();
    const failed = await shownMessage(page, '撤销失败');
    expect(failed).toContain('数据未改动');
    expect(failed).toContain('磁盘空间不足');
    expect(failed).not.toMatch(latinWord);
    expect(await villages(page)).toEqual(['枫树村', '石门村']);
    expect(await countStored(page, 'importBatches')).toBe(batchesBefore);
    await failWrites(page, 0);
    await undo();
    await shownMessage(page, '已撤销');
    expect(await villages(page)).toEqual(['石门村']);
  });
});

describe('the backup on quit', () => {
  it('holds what was typed a moment before, not yet written by the autosave, and stores it', async () => {
    const profile = await openProfile();
    try {
      const shell = await installDesktopShell(profile.context);
      const page = await profile.context.newPage();
      await recordMeeting(page, baseUrl, '石门村');
      const description = new AppPage(page).issueCard(1).getByRole('textbox', { name: '问题描述' });
      await description.press('End');
      // The autosave writes 300 ms after the last key; main asks for the backup at once.
      await page.keyboard.type('，雨天积水');
      shell.setNow(quitTime);
      expect((await shell.requestBackup(page, 'quit')).status).toBe('saved');
      const [name] = backupFiles(shell);
      const file = JSON.parse(backupBytes(shell, name ?? '').toString('utf8')) as {
        records: { issues: { description: string }[] };
      };
      expect(file.records.issues.map((i) => i.description)).toEqual(['石门村的村道要修，雨天积水']);
      const stored = await storedRecords<{ description: string }>(page, 'issues');
      expect(stored.map((i) => i.description)).toEqual(['石门村的村道要修，雨天积水']);
    } finally {
      await profile.close();
      removeProfile(profile);
    }
  });
});
