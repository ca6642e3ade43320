// 备份 and 恢复 in Chromium: a backup of one computer restores on another, after a safety copy
// of the data it replaces; a backup from a newer app version is refused and changes nothing, and
// so is a restore whose safety copy the browser cannot start to download.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createExchangeFile, serializeExchangeFile } from '../../shared/exchange/write';
import { parseExchangeText } from '../../shared/exchange/parse';
import { openProfile, removeProfile, type Profile } from './browser';
import { AppPage } from './pages/app-page';
import { downloadOf } from './pages/download';

const baseUrl = inject('baseUrl');

async function newMeeting(page: Page, village: string) {
  const app = new AppPage(page);
  await page.goto(baseUrl);
  await app.createMeeting();
  await page.getByLabel('村(社区)', { exact: true }).fill(village);
  await app.tab(/参会人员/).click();
  await app.attendeeName().fill('𠀀明');
  await app.attendeeName().press('Enter');
  await app.waitUntilSaved();
}

async function chooseBackup(page: Page, file: { name: string; buffer: Buffer }) {
  await page.goto(`${baseUrl}#/exchange`);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '恢复…' }).click();
  await (await chooser).setFiles({ ...file, mimeType: 'application/json' });
}

describe('backup and restore', () => {
  let a: Profile;
  let b: Profile;
  let pageA: Page;
  let pageB: Page;
  let backup: Buffer;

  beforeAll(async () => {
    a = await openProfile();
    b = await openProfile();
    pageA = await a.context.newPage();
    pageB = await b.context.newPage();
  });

  afterAll(async () => {
    for (const p of [a, b]) {
      await p.close();
      removeProfile(p);
    }
  });

  it('backs up everything into one file', async () => {
    await newMeeting(pageA, '石门村');
    await pageA.goto(`${baseUrl}#/exchange`);
    const download = await downloadOf(pageA, () =>
      pageA.getByRole('button', { name: '备份', exact: true }).click(),
    );
    backup = readFileSync(await download.path());
    const parsed = await parseExchangeText(backup.toString('utf8'), 'backup.json');
    expect(parsed.ok && parsed.file.kind).toBe('backup');
    expect(parsed.ok && parsed.file.records.attendance.map((r) => r.name)).toEqual(['𠀀明']);
  });

  it('refuses a backup from a newer app version and changes nothing', async () => {
    await newMeeting(pageB, '枫树村');
    const parsed = await parseExchangeText(backup.toString('utf8'), 'backup.json');
    if (!parsed.ok) throw new Error(parsed.message);
    const { checksum, ...file } = parsed.file;
    expect(checksum.algorithm).toBe('SHA-256');
    const newer = await createExchangeFile({ ...file, appVersion: '99.0.0' }, file.records);
    await chooseBackup(pageB, {
      name: 'newer.json',
      buffer: Buffer.from(serializeExchangeFile(newer)),
    });
    await pageB.getByText('“newer.json”来自更新版本的屋场会助手（99.0.0）').waitFor();
    expect(await pageB.getByRole('dialog').count()).toBe(0);
    await pageB.goto(baseUrl);
    await expect.poll(() => pageB.getByRole('link', { name: '枫树村' }).count()).toBe(1);
  });

  it('cancels the restore when the browser cannot start the safety download, in Chinese', async () => {
    await chooseBackup(pageB, { name: 'backup.json', buffer: backup });
    const dialog = pageB.getByRole('dialog');
    await dialog.getByText('参会人员').waitFor();
    // The download's blob cannot be made (the memory is gone): the browser says so in English.
    await pageB.evaluate(() => {
      URL.createObjectURL = () => {
        throw new RangeError('Array buffer allocation failed');
      };
    });
    await dialog.getByRole('button', { name: '恢复' }).click();
    const said = pageB.getByText('未能保存恢复前的安全备份（浏览器未能开始下载），已取消恢复');
    await said.waitFor();
    expect(await said.textContent()).not.toMatch(/[A-Za-z]/);
    // Nothing was replaced: the data of this computer is still there after a reload.
    await pageB.goto(baseUrl);
    await expect.poll(() => pageB.getByRole('link', { name: '枫树村' }).count()).toBe(1);
    expect(await pageB.getByRole('link', { name: '石门村' }).count()).toBe(0);
  });

  it('previews, keeps a safety copy, then replaces the data', async () => {
    await chooseBackup(pageB, { name: 'backup.json', buffer: backup });
    const dialog = pageB.getByRole('dialog');
    await dialog.getByText('参会人员').waitFor();
    expect(await dialog.textContent()).toContain('1 条');
    const safety = await downloadOf(pageB, () =>
      dialog.getByRole('button', { name: '恢复' }).click(),
    );
    const safetyCopy = readFileSync(await safety.path(), 'utf8');
    expect(safetyCopy).toContain('枫树村');
    // The browser cannot know whether the download was kept, and says so.
    await pageB
      .getByText(/^已恢复。恢复前的数据已交给浏览器下载为“屋场会助手恢复前安全备份/)
      .waitFor();
    await pageB.goto(baseUrl);
    await expect.poll(() => pageB.getByRole('link', { name: '石门村' }).count()).toBe(1);
    expect(await pageB.getByRole('link', { name: '枫树村' }).count()).toBe(0);
  });
});
