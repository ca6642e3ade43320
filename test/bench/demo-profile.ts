// The ten-year demo township imported once per `npm run bench` into a Chromium profile, shared by
// the benches that need it (demo-bench, ledger-bench, home-due-bench): `npm run demo-data` at full
// scale (written once into .cache/, about 87 MB in eleven yearly files), imported through the
// app's own 导入 panel (timed), and a second profile whose database is empty. Both have loaded the
// app once, so the HTTP cache is alike and only the data differs. IndexedDB belongs to the origin,
// so one preview server serves every bench that opens these profiles.
//
// BENCH_DEMO_PROFILE=<dir> keeps the profiles in <dir> and <dir>-empty across runs, served on a
// fixed port, and imports only when <dir>/imported.json is missing: for working on one bench
// without the import's minutes. `npm run bench` leaves it unset, so every run imports afresh.
// BENCH_DEMO_PORT=<port> serves a kept profile on another port (the origin, so the same one on
// every run), for two worktrees keeping profiles on one machine.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preview, type PreviewServer } from 'vite';
import { writeDemoData } from '../../electron/batch/demo-data';
import { openProfile } from '../e2e/browser';

export const demoCacheDir = join('.cache', 'demo-data-full-2026');
const keptPort = Number(process.env.BENCH_DEMO_PORT ?? 4319);

export type DemoProfiles = {
  url: string;
  demoDir: string;
  emptyDir: string;
  importMs: number;
  files: string[];
  bytes: number;
};

export async function demoFiles(): Promise<string[]> {
  const list = () =>
    existsSync(demoCacheDir)
      ? readdirSync(demoCacheDir)
          .filter((n) => /^demo-\d{4}\.json$/.test(n))
          .sort()
      : [];
  if (list().length === 0) {
    mkdirSync(demoCacheDir, { recursive: true });
    await writeDemoData({ out: demoCacheDir, seed: 2026, scale: 1 });
  }
  return list().map((n) => join(demoCacheDir, n));
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

/** Loads the app once in the profile, so its HTTP cache holds the build as the demo's does. */
async function visitOnce(dir: string, url: string) {
  const profile = await openProfile(dir);
  try {
    const page = await profile.context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('home-interactive').length > 0, {
      timeout: 0,
    });
  } finally {
    await profile.close();
  }
}

async function makeProfiles(): Promise<{ server: PreviewServer; profiles: DemoProfiles }> {
  const files = await demoFiles();
  const bytes = files.reduce((sum, f) => sum + statSync(f).size, 0);
  const kept = process.env.BENCH_DEMO_PROFILE;
  const server = await preview({
    configFile: 'vite.config.ts',
    preview: kept ? { port: keptPort, strictPort: true } : { port: 0 },
    logLevel: 'error',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('no preview URL');
  const demoDir = kept ?? mkdtempSync(join(tmpdir(), 'wch-demo-profile-'));
  const emptyDir = kept ? `${kept}-empty` : mkdtempSync(join(tmpdir(), 'wch-empty-profile-'));
  const marker = join(demoDir, 'imported.json');
  let importMs: number;
  if (kept && existsSync(marker)) {
    importMs = (JSON.parse(readFileSync(marker, 'utf8')) as { importMs: number }).importMs;
  } else {
    mkdirSync(demoDir, { recursive: true });
    importMs = await importThroughPanel(demoDir, url, files);
    if (kept) writeFileSync(marker, JSON.stringify({ importMs }));
  }
  await visitOnce(emptyDir, url);
  return { server, profiles: { url, demoDir, emptyDir, importMs, files, bytes } };
}

let shared: Promise<{ server: PreviewServer; profiles: DemoProfiles }> | undefined;

/** The imported demo profile and the empty one, made on the first call of the run. */
export async function demoProfiles(): Promise<DemoProfiles> {
  shared ??= makeProfiles();
  return (await shared).profiles;
}

/** Stops the preview server and removes the profiles (unless kept by BENCH_DEMO_PROFILE). */
export async function closeDemoProfiles() {
  if (!shared) return;
  const { server, profiles } = await shared;
  shared = undefined;
  await server.close();
  if (!process.env.BENCH_DEMO_PROFILE) {
    rmSync(profiles.demoDir, { recursive: true, force: true });
    rmSync(profiles.emptyDir, { recursive: true, force: true });
  }
}
