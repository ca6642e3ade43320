// A year's statistics on the 统计 screen, in Chromium on the imported ten-year demo profile (about
// 2,000 meetings, 60,000 attendance rows, 20,135 issues, 45,000 history entries): #/statistics is
// opened, 年 chosen, then 2025年 and 2024年 chosen in turn; each period's count over the records the
// page read and prepared is timed by the page's own `statistics` measure, and the preparation,
// done once per read, by its `statistics-prepare` measure. Baseline, in the same page on
// the same records (read again from IndexedDB with plain getAll, as the page's Dexie read hands
// them over): one plain pass over the four tables counting, per village, the year's meetings and
// the people present at them, the issues raised and the history entries behind them.
// Run alone: BENCH_DEMO_PROFILE=<dir> node --import tsx test/bench/statistics-page-bench.ts
// (after `npx vite build`).
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { openProfile } from '../e2e/browser';
import { closeDemoProfiles, demoProfiles } from './demo-profile';
import { median } from './stats';

const years = [2025, 2024];
const changes = 10;
const warmup = 2;

/** The durations of the page's `statistics` measures for a label, in order. */
const measures = (page: Page, label: string) =>
  page.evaluate(
    (l) =>
      performance
        .getEntriesByName('statistics')
        .filter((e) => (e as PerformanceMeasure).detail === l)
        .map((e) => e.duration),
    label,
  );

async function chooseYear(page: Page, year: number): Promise<number> {
  const label = `${year}年`;
  const before = (await measures(page, label)).length;
  await page.getByRole('combobox', { name: '年份', exact: true }).focus();
  await page.keyboard.type(label);
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    ([l, n]) =>
      performance
        .getEntriesByName('statistics')
        .filter((e) => (e as PerformanceMeasure).detail === l).length > n,
    [label, before] as const,
  );
  return (await measures(page, label)).at(-1) ?? NaN;
}

/** The baseline pass, timed in the page over the records read from its IndexedDB. */
const plainPass = async ({ year, runs }: { year: number; runs: number }) => {
  type Row = Record<string, unknown> & { id: string; deletedAt: string | null };
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('wuchanghui');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(new Error(String(request.error)));
  });
  const read = (store: string) =>
    new Promise<Row[]>((resolve, reject) => {
      const request = db.transaction(store).objectStore(store).getAll();
      request.onsuccess = () => resolve(request.result as Row[]);
      request.onerror = () => reject(new Error(String(request.error)));
    });
  const [meetings, attendance, issues, progress] = await Promise.all(
    ['meetings', 'attendance', 'issues', 'progress'].map(read),
  );
  db.close();
  const [start, end] = [`${year}-01-01`, `${year}-12-31`];
  const pass = () => {
    const perVillage = new Map<string, { meetings: number; present: number; issues: number }>();
    const villageOf = new Map<string, { meetings: number; present: number; issues: number }>();
    for (const m of meetings ?? []) {
      const date = String(m.date);
      if (m.deletedAt !== null || m.status === '筹备' || date < start || date > end) continue;
      const name = String(m.village);
      const row = perVillage.get(name) ?? { meetings: 0, present: 0, issues: 0 };
      perVillage.set(name, row);
      row.meetings += 1;
      villageOf.set(m.id, row);
    }
    for (const a of attendance ?? []) {
      const row = villageOf.get(String(a.meetingId));
      if (row && a.deletedAt === null && a.status !== '请假') row.present += 1;
    }
    const steps = new Map<string, number>();
    for (const p of progress ?? []) {
      if (p.deletedAt === null)
        steps.set(String(p.issueId), (steps.get(String(p.issueId)) ?? 0) + 1);
    }
    let stepsBehind = 0;
    for (const i of issues ?? []) {
      const row = villageOf.get(String(i.meetingId));
      if (!row || i.deletedAt !== null) continue;
      row.issues += 1;
      stepsBehind += steps.get(i.id) ?? 0;
    }
    return perVillage.size + stepsBehind;
  };
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    pass();
    times.push(performance.now() - t);
  }
  return times;
};

export async function benchStatisticsPage() {
  const { url, demoDir } = await demoProfiles();
  const profile = await openProfile(demoDir);
  try {
    const page = await profile.context.newPage();
    page.setDefaultTimeout(300_000);
    await page.goto(`${url}#/statistics`);
    await page.waitForFunction(() => performance.getEntriesByName('statistics').length > 0);
    // antd's button-style radio hides its input: the label is what a user clicks.
    await page
      .locator('label.ant-radio-button-wrapper')
      .filter({ hasText: /^年$/ })
      .click({ timeout: 60_000 });
    const times: number[] = [];
    for (let i = 0; i < warmup + changes; i++) {
      const ms = await chooseYear(page, years[i % years.length] ?? 2025);
      if (i >= warmup) times.push(ms);
    }
    // The helper esbuild's keepNames (tsx) puts into functions handed to the page.
    await page.evaluate('window.__name = (f) => f');
    const base = await page.evaluate(plainPass, { year: 2025, runs: warmup + changes });
    const prepareMs = await page.evaluate(
      () => performance.getEntriesByName('statistics-prepare')[0]?.duration ?? NaN,
    );
    const result = {
      ms: median(times),
      prepareMs,
      maxMs: Math.max(...times),
      baselineMs: median(base.slice(warmup)),
      runs: times.length,
    };
    console.log(
      `a year's statistics on 统计 (demo profile, Chromium): median ${result.ms.toFixed(1)} ms, ` +
        `max ${result.maxMs.toFixed(1)} ms over ${result.runs} choices of ${years.join('/')} ` +
        `(goal ≤ 100 ms), after a preparation of ${result.prepareMs.toFixed(1)} ms once per read; ` +
        `plain pass over the same records ${result.baselineMs.toFixed(1)} ms; ` +
        `ratio ${(result.ms / result.baselineMs).toFixed(2)}×`,
    );
    return result;
  } finally {
    await profile.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await benchStatisticsPage();
  await closeDemoProfiles();
}
