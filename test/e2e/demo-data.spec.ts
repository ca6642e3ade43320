// The demo township loads through the app's own 导入 in Chromium: `npm run demo-data` at a small
// scale writes the yearly files, all are imported at once, and a followed-up issue shows its history.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { writeDemoData } from '../../electron/batch/demo-data';
import { openProfile, removeProfile, type Profile } from './browser';

const baseUrl = inject('baseUrl');

describe('demo data', () => {
  let profile: Profile;
  let page: Page;
  const out = mkdtempSync(join(tmpdir(), 'wch-demo-'));

  beforeAll(async () => {
    profile = await openProfile();
    page = await profile.context.newPage();
  });

  afterAll(async () => {
    await profile.close();
    removeProfile(profile);
    rmSync(out, { recursive: true, force: true });
  });

  it('imports every yearly file at once and shows the township', async () => {
    await writeDemoData({ out, seed: 11, scale: 0.02 });
    const names = readdirSync(out).filter((n) => /^demo-\d{4}\.json$/.test(n));
    expect(names.length).toBeGreaterThanOrEqual(10);
    const meetings = names
      .map(
        (n) =>
          JSON.parse(readFileSync(join(out, n), 'utf8')) as { records: { meetings: unknown[] } },
      )
      .reduce((sum, f) => sum + f.records.meetings.length, 0);
    expect(meetings).toBe(40);

    await page.goto(`${baseUrl}#/exchange`);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '选择文件…' }).click();
    await (
      await chooser
    ).setFiles(
      names.map((name) => ({
        name,
        mimeType: 'application/json',
        buffer: readFileSync(join(out, name)),
      })),
    );
    await page.getByRole('table', { name: '导入预览' }).waitFor();
    await page.getByRole('button', { name: `导入（${names.length} 个文件）` }).click();
    await page.getByText('已导入').first().waitFor();

    const counts = await page.evaluate(
      () =>
        new Promise<Record<string, number>>((resolve, reject) => {
          const open = indexedDB.open('wuchanghui');
          open.onerror = () => reject(new Error(String(open.error)));
          open.onsuccess = () => {
            const tables = ['meetings', 'issues', 'progress'];
            const tx = open.result.transaction(tables);
            const result: Record<string, number> = {};
            for (const t of tables) {
              const req = tx.objectStore(t).count();
              req.onsuccess = () => (result[t] = req.result);
            }
            tx.oncomplete = () => resolve(result);
          };
        }),
    );
    expect(counts.meetings).toBe(40);
    expect(counts.issues).toBeGreaterThan(200);
    expect(counts.progress).toBeGreaterThan(counts.issues!);

    // A reopened and closed commitment shows its whole history on its follow-up page.
    const demo = JSON.parse(readFileSync(join(out, 'demo-backup.json'), 'utf8')) as {
      records: { issues: { id: string; reopenCount: number; status: string }[] };
    };
    const reopened = demo.records.issues.find((i) => i.reopenCount > 0 && i.status === '已销号');
    expect(reopened).toBeDefined();
    await page.goto(`${baseUrl}#/issues/${reopened!.id}`);
    await expect.poll(() => page.getByTestId('issue-status').textContent()).toBe('已销号');
    const kinds = await page
      .getByTestId('history-entry')
      .evaluateAll((rows) => rows.map((r) => r.querySelector('.ant-tag')?.textContent));
    expect(kinds).toContain('复号');
    expect(kinds[kinds.length - 1]).toBe('销号');
  });
});
