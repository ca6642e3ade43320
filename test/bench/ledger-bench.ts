// 台账 filtering on the ten-year demo township (20,135 issues) in Chromium: on the imported demo
// profile, #/ledger is opened (the time until its list is first shown is reported), then filters
// are changed as a user does — 村, 问题类别, 办理状态, 时限提醒 逾期 chosen in their Selects, a
// search typed and deleted a character at a time, 清除筛选 — and each change is timed from its
// input event to the first paint after the list for the new filter is committed (the page's
// `ledger-rows` mark; rAF → MessageChannel as in keystroke-paint-bench). Baseline, in the same
// run and browser: the same changes into a bare page holding the same rows (search text lower-cased
// once on load) that filters them with Array.filter and shows the first 50 in a plain table.
import type { Page } from 'playwright-core';
import { localIsoDate } from '../../shared/domain/dates';
import { openProfile } from '../e2e/browser';
import { demoProfiles } from './demo-profile';
import { barePage, bareRows, bareScript, bareUi } from './ledger-baseline';
import { percentile } from './stats';

const rounds = 5;
const warmupRounds = 1;
// A user's pace between changes; the list of one change is always shown before the next.
const pauseMs = 150;
const villages = ['石门村', '枫林村', '荷塘村', '白竹村', '石门村'];
const categories = ['道路交通', '饮水安全', '道路交通', '饮水安全', '道路交通'];
const searches = ['路灯', '枫林村', '路灯', '荷塘村', '路灯'];

type BenchWindow = { changeLatencies: number[]; changeEvents: string[] };

/** Times each filter change from the event that made it to the paint after its list's mark. */
const recorder = () => {
  const w = window as unknown as BenchWindow & { benchChange(detail: string): void };
  const pending = new Map<string, number>();
  w.changeLatencies = [];
  w.changeEvents = [];
  w.benchChange = (detail) => {
    // The change is made inside the handler of the user's event, so window.event is that event.
    w.changeEvents.push(window.event?.type ?? 'none');
    pending.set(detail, window.event?.timeStamp ?? performance.now());
  };
  const mark = performance.mark.bind(performance);
  performance.mark = (name, options) => {
    const detail: unknown = options?.detail;
    const start = typeof detail === 'string' ? pending.get(detail) : undefined;
    if (name === 'ledger-rows' && start !== undefined && typeof detail === 'string') {
      pending.delete(detail);
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => w.changeLatencies.push(performance.now() - start);
        channel.port2.postMessage(null);
      });
    }
    return mark(name, options);
  };
  // The app keeps each new filter for the tab: that write is the change. Patched on the prototype,
  // as assigning to sessionStorage.setItem would store an item of that name.
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with its `this`
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key: string, value: string) {
    if (key === 'wuchanghui.ledger-filter') w.benchChange(value);
    setItem.call(this, key, value);
  };
};

export type Ui = {
  focusSearch(): Promise<void>;
  choose(field: 'village' | 'category' | 'status' | 'due', value: string): Promise<void>;
  clear(): Promise<void>;
};

/** One round of changes; each awaited until its list is painted. Returns the changes made. */
async function round(page: Page, ui: Ui, r: number): Promise<number> {
  let made = 0;
  const change = async (act: () => Promise<void>) => {
    const before = await page.evaluate(() => (window as unknown as BenchWindow).changeLatencies);
    await act();
    await page.waitForFunction(
      (n) => (window as unknown as BenchWindow).changeLatencies.length > n,
      before.length,
    );
    made++;
    await new Promise((resolve) => setTimeout(resolve, pauseMs));
  };
  const search = searches[r] ?? '路灯';
  await ui.focusSearch();
  for (const ch of search) await change(() => page.keyboard.type(ch));
  for (let i = 0; i < search.length; i++) await change(() => page.keyboard.press('Backspace'));
  await change(() => ui.choose('village', villages[r] ?? '石门村'));
  await change(() => ui.choose('category', categories[r] ?? '道路交通'));
  await change(() => ui.choose('status', '办理中'));
  await change(() => ui.choose('due', '逾期'));
  await change(() => ui.clear());
  return made;
}

async function measureRounds(page: Page, ui: Ui): Promise<number[]> {
  let warm = 0;
  for (let r = 0; r < rounds; r++) {
    const made = await round(page, ui, r);
    if (r < warmupRounds) warm += made;
  }
  const all = await page.evaluate(() => (window as unknown as BenchWindow).changeLatencies);
  return all.slice(warm);
}

const appLabels = {
  village: '村(社区)',
  category: '问题类别',
  status: '办理状态',
  due: '时限提醒',
};

function appUi(page: Page): Ui {
  return {
    focusSearch: () => page.getByRole('searchbox', { name: '搜索' }).click(),
    choose: async (field, value) => {
      await page.getByRole('combobox', { name: appLabels[field] }).click();
      await page.keyboard.type(value);
      await page.keyboard.press('Enter');
    },
    clear: () => page.getByRole('button', { name: '清除筛选' }).click(),
  };
}

export async function benchLedger() {
  const { url, demoDir, files } = await demoProfiles();
  const today = localIsoDate(new Date());
  const profile = await openProfile(demoDir);
  try {
    const page = await profile.context.newPage();
    // The demo's 20,000 issues take seconds to read on a loaded machine.
    page.setDefaultTimeout(300_000);
    await page.addInitScript(recorder);
    await page.goto(`${url}#/ledger`);
    await page.getByTestId('ledger-row').first().waitFor();
    const firstShownMs = await page.evaluate(
      () => performance.getEntriesByName('ledger-rows')[0]?.startTime ?? NaN,
    );
    const total = (await page.getByTestId('ledger-count').textContent()) ?? '';
    const app = await measureRounds(page, appUi(page));
    const appEvents = await page.evaluate(() => (window as unknown as BenchWindow).changeEvents);

    const bare = await profile.context.newPage();
    bare.setDefaultTimeout(300_000);
    await bare.setContent(barePage);
    await bare.evaluate(recorder);
    await bare.evaluate(bareScript, bareRows(files, today));
    const baseline = await measureRounds(bare, bareUi(bare));

    const result = {
      appP95: percentile(app, 95),
      appP50: percentile(app, 50),
      baselineP95: percentile(baseline, 95),
      baselineP50: percentile(baseline, 50),
      changes: app.length,
      firstShownMs,
    };
    console.log(
      `台账 on the demo (${total}): list first shown ${(firstShownMs / 1000).toFixed(1)} s after opening #/ledger; ` +
        `${app.length} filter changes (${[...new Set(appEvents)].join(' / ')} events), input to painted list ` +
        `app p50 ${result.appP50.toFixed(1)} ms, p95 ${result.appP95.toFixed(1)} ms (goal ≤ 50); ` +
        `bare Array.filter page p50 ${result.baselineP50.toFixed(1)} ms, p95 ${result.baselineP95.toFixed(1)} ms; ` +
        `ratio ${(result.appP95 / result.baselineP95).toFixed(2)}×`,
    );
    return result;
  } finally {
    await profile.close();
  }
}
