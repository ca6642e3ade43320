// Inflating and checking import files runs in a Web Worker, off the page's main thread (issue 7):
// a .docx whose zip entry lies about its size (it declares 1 KB and inflates to 300 MB) is
// refused in Chinese and stays listed with the file next to it imported. This test proves the
// structure (a worker is started for the check and ends with it); how long the main thread is
// blocked is a figure for `npm run bench`, not a time limit in a test.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Worker } from 'playwright-core';
import { rawZip, zeroBomb } from '../unit/shared/exchange/zip-fixtures';
import { openProfile, removeProfile, type Profile } from './browser';
import { recordMeeting } from './pages/backups-setup';
import { exportFirstMeeting } from './pages/exchange';

const baseUrl = inject('baseUrl');

describe('checking import files in a worker', () => {
  let laptop: Profile;
  let office: Profile;
  let exchange: Buffer;

  beforeAll(async () => {
    laptop = await openProfile();
    office = await openProfile();
    const page = await laptop.context.newPage();
    await recordMeeting(page, baseUrl, '石门村');
    exchange = await exportFirstMeeting(page, baseUrl);
  });

  afterAll(async () => {
    for (const profile of [laptop, office]) {
      await profile.close();
      removeProfile(profile);
    }
  });

  it('refuses a zip that lies about its size in a worker, imports the good file, and keeps the refused one listed', async () => {
    const page = await office.context.newPage();
    await page.goto(`${baseUrl}#/exchange`);
    await page.getByRole('button', { name: '选择文件…' }).waitFor();
    const workers: { worker: Worker; closed: boolean }[] = [];
    page.on('worker', (worker) => {
      const seen = { worker, closed: false };
      workers.push(seen);
      worker.on('close', () => {
        seen.closed = true;
      });
    });
    const bomb = rawZip([
      { name: 'customXml/item1.xml', data: zeroBomb(300), method: 8, crc: 0, size: 1000 },
    ]);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '选择文件…' }).click();
    await (
      await chooser
    ).setFiles([
      { name: '石门村.json', mimeType: 'application/json', buffer: exchange },
      { name: '炸弹.docx', mimeType: 'application/octet-stream', buffer: Buffer.from(bomb) },
    ]);
    const preview = page.getByRole('table', { name: '导入预览' });
    const refused = preview.getByRole('row').filter({ hasText: '炸弹.docx' });
    await refused.getByText(/^拒绝：/).waitFor();
    const reason = (await refused.getByText(/^拒绝：/).textContent()) ?? '';
    expect(reason).toContain('炸弹.docx');
    expect(reason.replace('炸弹.docx', '')).not.toMatch(/[A-Za-z]{3,}/);

    // The check ran in workers of the app's own (one per core, at most one per file), which are
    // gone once they answered.
    const checkers = workers.filter((w) => /check-files/.test(w.worker.url()));
    expect(checkers.length).toBeGreaterThanOrEqual(1);
    expect(checkers.length).toBeLessThanOrEqual(2);
    await expect.poll(() => checkers.every((w) => w.closed)).toBe(true);

    await page.getByRole('button', { name: '导入（1 个文件）' }).click();
    const done = page.locator('.ant-message-notice').filter({ hasText: '已导入 1 个文件' });
    await done.waitFor();
    expect(await done.textContent()).toMatch(/^已导入 1 个文件，1 个文件未导入/);
    expect(await done.textContent()).not.toMatch(/[A-Za-z]{3,}/);
    await refused.getByText(/^拒绝：/).waitFor();
    expect(
      await preview.getByRole('row').filter({ hasText: '石门村.json' }).textContent(),
    ).toContain('已导入');
    const log = page.getByRole('table', { name: '文件记录' });
    await log.getByRole('cell', { name: '炸弹.docx', exact: true }).waitFor();
    await page.goto(baseUrl);
    await page.getByRole('link', { name: '石门村' }).waitFor();
  });
});
