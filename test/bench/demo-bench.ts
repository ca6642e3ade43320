// The ten-year demo township in Chromium: `npm run demo-data` at full scale (written once into
// .cache/, about 87 MB in eleven yearly files), imported through the app's own 导入 panel into a
// browser profile (timed: the full import), then the home screen's time to interactive on cold
// starts of that profile against cold starts of a profile whose database is empty, taken in turns.
// Both profiles have loaded the app once before, so the HTTP cache is alike and only the data differs.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preview } from 'vite';
import { writeDemoData } from '../../electron/batch/demo-data';
import { openProfile } from '../e2e/browser';
import { median } from './stats';

const runs = 5;
const cacheDir = join('.cache', 'demo-data-full-2026');

async function demoFiles(): Promise<string[]> {
  const list = () =>
    existsSync(cacheDir)
      ? readdirSync(cacheDir)
          .filter((n) => /^demo-\d{4}\.json$/.test(n))
          .sort()
      : [];
  if (list().length === 0) {
    mkdirSync(cacheDir, { recursive: true });
    await writeDemoData({ out: cacheDir, seed: 2026, scale: 1 });
  }
  return list().map((n) => join(cacheDir, n));
}

/** Imports the files through 导入 → 选择文件… → 导入, as the README tells; returns the milliseconds. */
async function importThroughPanel(dir: string, url: string, files: string[]): Promise<number> {
  const profile = await openProfile(dir);
  try {
    const page = await profile.context.newPage();
    await page.goto(`${url}#/exchange`);
    const start = Date.now();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '选择文件…' }).click();
    await (await chooser).setFiles(files);
    const importButton = page.getByRole('button', { name: `导入（${files.length} 个文件）` });
    await importButton.waitFor({ timeout: 0 });
    await importButton.click();
    const outcome = page.getByText(/已导入 \d+ 个文件|导入失败/).first();
    await outcome.waitFor({ timeout: 0 });
    const text = (await outcome.textContent()) ?? '';
    if (!text.startsWith(`已导入 ${files.length} 个文件`)) throw new Error(text);
    return Date.now() - start;
  } finally {
    await profile.close();
  }
}

/** One cold start of the browser on this profile: when the home screen marked itself interactive. */
async function coldHome(dir: string, url: string): Promise<number> {
  const profile = await openProfile(dir);
  try {
    const page = await profile.context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('home-interactive').length > 0, {
      timeout: 0,
    });
    return await page.evaluate(
      () => performance.getEntriesByName('home-interactive')[0]?.startTime ?? NaN,
    );
  } finally {
    await profile.close();
  }
}

export async function benchDemo() {
  const files = await demoFiles();
  const bytes = files.reduce((sum, f) => sum + statSync(f).size, 0);
  const server = await preview({
    configFile: 'vite.config.ts',
    preview: { port: 0 },
    logLevel: 'error',
  });
  const url = server.resolvedUrls?.local[0] ?? '';
  const demoDir = mkdtempSync(join(tmpdir(), 'wch-demo-profile-'));
  const emptyDir = mkdtempSync(join(tmpdir(), 'wch-empty-profile-'));
  try {
    const importMs = await importThroughPanel(demoDir, url, files);
    await coldHome(emptyDir, url);
    const demoTimes: number[] = [];
    const emptyTimes: number[] = [];
    for (let i = 0; i < runs; i++) {
      emptyTimes.push(await coldHome(emptyDir, url));
      demoTimes.push(await coldHome(demoDir, url));
    }
    const result = {
      importMs,
      files: files.length,
      bytes,
      demoMs: median(demoTimes),
      emptyMs: median(emptyTimes),
      runs,
    };
    console.log(
      `ten-year demo: ${files.length} files, ${(bytes / 1e6).toFixed(1)} MB imported through 导入 in ${(importMs / 1000).toFixed(1)} s; ` +
        `home interactive ${result.demoMs.toFixed(0)} ms with it, ${result.emptyMs.toFixed(0)} ms empty (median of ${runs} cold starts each)`,
    );
    return result;
  } finally {
    await server.close();
    rmSync(demoDir, { recursive: true, force: true });
    rmSync(emptyDir, { recursive: true, force: true });
  }
}
