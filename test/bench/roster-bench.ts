// 村民名册 search on the ten-year demo township (8,000 persons) in Chromium: on the imported demo
// profile, #/roster is opened and queries are typed into its search box a key at a time and
// deleted a key at a time, as a facilitator looks for a villager: pinyin initials (zs, sdh, lj),
// a surname (王), a village's name (石门村: the search reads names only, so every person is
// tried and none found) and a two-character name (李明). Each key is timed from its input event
// to the first paint after the list for the new text is committed (the page's `roster-rows`
// mark; rAF → MessageChannel as in ledger-bench). The first key typed on the page is reported
// alone (it reads every name's pinyin), then one round is left unmeasured.
// Baseline, in the same run and browser: the same keys into a bare page holding the same 8,000
// names in the same order, which filters them with String.includes on every input and shows the
// first 50 in a plain table: the least any search page over these names does per key.
// Run alone: BENCH_DEMO_PROFILE=<dir> node --import tsx test/bench/roster-bench.ts (after
// `npx vite build`).
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import type { Person } from '../../shared/domain/schemas';
import { orderRoster } from '../../renderer/features/roster/roster-view';
import { openProfile } from '../e2e/browser';
import { closeDemoProfiles, demoProfiles } from './demo-profile';
import { percentile } from './stats';

const queries = ['zs', 'sdh', '王', '石门村', '李明', 'lj'];
const rounds = 4;
// A typist's pace between keys; the list of one key is always shown before the next.
const pauseMs = 120;

type BenchWindow = { keyLatencies: number[] };

/** Times each key from its input event to the paint after the list for that text is marked. */
const recorder = () => {
  const w = window as unknown as BenchWindow;
  const pending = new Map<string, number>();
  w.keyLatencies = [];
  document.addEventListener(
    'input',
    (e) => {
      if (e.target instanceof HTMLInputElement) pending.set(e.target.value, e.timeStamp);
    },
    true,
  );
  const mark = performance.mark.bind(performance);
  performance.mark = (name, options) => {
    const detail: unknown = options?.detail;
    const start = typeof detail === 'string' ? pending.get(detail) : undefined;
    if (name === 'roster-rows' && start !== undefined && typeof detail === 'string') {
      pending.delete(detail);
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => w.keyLatencies.push(performance.now() - start);
        channel.port2.postMessage(null);
      });
    }
    return mark(name, options);
  };
};

/** Presses one key and waits until its list is painted. */
async function key(page: Page, press: () => Promise<void>) {
  const before = await page.evaluate(() => (window as unknown as BenchWindow).keyLatencies.length);
  await press();
  await page.waitForFunction(
    (n) => (window as unknown as BenchWindow).keyLatencies.length > n,
    before,
  );
  await new Promise((resolve) => setTimeout(resolve, pauseMs));
}

/** Every query typed and deleted a key at a time; returns how many keys were pressed. */
async function round(page: Page): Promise<number> {
  let pressed = 0;
  for (const query of queries) {
    for (const ch of query) await key(page, () => page.keyboard.type(ch));
    for (let i = 0; i < [...query].length; i++) {
      await key(page, () => page.keyboard.press('Backspace'));
    }
    pressed += 2 * [...query].length;
  }
  return pressed;
}

/** The first key alone, one unmeasured round, then the measured rounds. */
async function measure(page: Page): Promise<{ first: number; keys: number[] }> {
  await key(page, () => page.keyboard.type('z'));
  await key(page, () => page.keyboard.press('Backspace'));
  const warm = 2 + (await round(page));
  for (let r = 0; r < rounds; r++) await round(page);
  const all = await page.evaluate(() => (window as unknown as BenchWindow).keyLatencies);
  return { first: all[0] ?? NaN, keys: all.slice(warm) };
}

/** The demo's live persons as the roster lists them, read from the same files. */
function rosterNames(files: string[]): string[] {
  const persons = new Map<string, Person>();
  for (const file of files) {
    const { records } = JSON.parse(readFileSync(file, 'utf8')) as {
      records: { persons: Person[] };
    };
    for (const p of records.persons) if (p.deletedAt === null) persons.set(p.id, p);
  }
  return orderRoster([...persons.values()]).map((p) => p.name);
}

// The helper esbuild's keepNames (tsx) puts into the functions handed to the page.
const barePage = `<!doctype html><meta charset="utf-8"><script>var __name = (f) => f;</script>
<input id="text" aria-label="搜索"><p id="count"></p><table><tbody id="rows"></tbody></table>`;

const bareScript = (names: string[]) => {
  const input = document.getElementById('text') as HTMLInputElement;
  const show = () => {
    const text = input.value;
    const q = text.trim();
    const found = q === '' ? names : names.filter((n) => n.includes(q));
    (document.getElementById('count') as HTMLElement).textContent = `共 ${found.length} 人`;
    (document.getElementById('rows') as HTMLElement).replaceChildren(
      ...found.slice(0, 50).map((n, i) => {
        const tr = document.createElement('tr');
        tr.insertCell().textContent = String(i + 1);
        tr.insertCell().textContent = n;
        return tr;
      }),
    );
    performance.mark('roster-rows', { detail: text });
  };
  input.addEventListener('input', show);
  show();
};

export async function benchRoster() {
  const { url, demoDir, files } = await demoProfiles();
  const profile = await openProfile(demoDir);
  try {
    const page = await profile.context.newPage();
    page.setDefaultTimeout(300_000);
    await page.addInitScript(recorder);
    await page.goto(`${url}#/roster`);
    await page.waitForFunction(() => performance.getEntriesByName('roster-rows').length > 0);
    const total = (await page.getByTestId('roster-count').textContent()) ?? '';
    await page.getByLabel('搜索', { exact: true }).click();
    const app = await measure(page);

    const names = rosterNames(files);
    const bare = await profile.context.newPage();
    bare.setDefaultTimeout(300_000);
    await bare.setContent(barePage);
    await bare.evaluate(recorder);
    await bare.evaluate(bareScript, names);
    await bare.locator('#text').click();
    const baseline = await measure(bare);

    const result = {
      persons: names.length,
      keys: app.keys.length,
      firstKeyMs: app.first,
      appP50: percentile(app.keys, 50),
      appP95: percentile(app.keys, 95),
      baselineP50: percentile(baseline.keys, 50),
      baselineP95: percentile(baseline.keys, 95),
    };
    console.log(
      `村民名册 search on the demo (${total}): ${result.keys} keys (${queries.join(' ')}), input to ` +
        `painted list app p50 ${result.appP50.toFixed(1)} ms, p95 ${result.appP95.toFixed(1)} ms ` +
        `(goal ≤ 16); first key on the page ${result.firstKeyMs.toFixed(0)} ms; bare includes page ` +
        `over ${names.length} names p50 ${result.baselineP50.toFixed(1)} ms, p95 ` +
        `${result.baselineP95.toFixed(1)} ms; ratio ${(result.appP95 / result.baselineP95).toFixed(2)}×`,
    );
    return result;
  } finally {
    await profile.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await benchRoster();
  await closeDemoProfiles();
}
