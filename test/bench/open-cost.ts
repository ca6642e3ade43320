// What opening an origin's IndexedDB cold costs in Chromium, and why a large import makes every
// later start slower. Chromium keeps an origin's databases in one LevelDB. A read-write transaction
// that writes more than 1 MB (the write-batch limit of Chromium's LevelDB Scopes) is written with an
// undo log, one entry per key, so that it can be rolled back; once it commits, the log is deleted.
// Deleted keys stay in LevelDB as tombstones until a compaction reaches them, and every later open
// reads past them while looking for unfinished transactions (the `BackingStore::OpenAndVerify.
// LevelDBScopes` span in Chromium's trace). The import wrote all its files in one transaction, and
// the ten-year demo's 87 MB left such a log behind; it now writes transactions of under 1 MB and
// stays all or nothing by taking back what it wrote (renderer/db/repositories/imports.ts).
//
// benchOpenAfterWrite shows the cause apart from the app: the same records written into two fresh
// profiles, once in one transaction and once in transactions under 1 MB, then each opened cold.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openProfile } from '../e2e/browser';
import { median } from './stats';

const scopesSpan = 'BackingStore::OpenAndVerify.LevelDBScopes';

/**
 * Opens the database `name` on `page` (at an origin the caller has routed) while the browser
 * traces IndexedDB: the open's time in the page and the LevelDB Scopes recovery's in the browser.
 */
export async function tracedOpen(
  page: Page,
  at: string,
  name: string,
): Promise<{ openMs: number; scopesMs: number }> {
  const browser = page.context().browser();
  const cdp = browser
    ? await browser.newBrowserCDPSession()
    : await page.context().newCDPSession(page);
  const events: { name: string; dur?: number }[] = [];
  cdp.on('Tracing.dataCollected', (data) => {
    events.push(...(data.value as unknown as { name: string; dur?: number }[]));
  });
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: 'IndexedDB', transferMode: 'ReportEvents' });
  await page.route(at, (r) => r.fulfill({ body: openPage(name), contentType: 'text/html' }));
  await page.goto(at);
  await page.waitForFunction(() => performance.getEntriesByName('opened').length > 0, null, {
    timeout: 0,
  });
  const openMs = await page.evaluate(() => performance.getEntriesByName('open')[0]?.duration);
  await cdp.send('Tracing.end');
  await complete;
  const scopes = events.find((e) => e.name === scopesSpan)?.dur;
  return { openMs: openMs ?? NaN, scopesMs: scopes === undefined ? NaN : scopes / 1000 };
}

/** A page that opens the database `name` at its current version and measures it. */
const openPage = (name: string) => `<!doctype html><meta charset="utf-8"><script>
const start = performance.now();
const request = indexedDB.open(${JSON.stringify(name)});
request.onsuccess = () => {
  performance.measure('open', { start });
  performance.mark('opened');
};
</script>`;

const origin = 'http://127.0.0.1:4398/';
const records = 60_000;
// About 600 bytes a record, as a meeting or an issue of the demo: 300 records stay under 1 MB.
const smallTransaction = 300;
const runs = 5;

/** A page that writes `records` records with two indexes, `perTransaction` to a transaction. */
const fillPage = (perTransaction: number) => `<!doctype html><meta charset="utf-8"><script>
const request = indexedDB.open('open-cost', 1);
request.onupgradeneeded = () => {
  const store = request.result.createObjectStore('records', { keyPath: 'id' });
  store.createIndex('group', 'group');
  store.createIndex('updatedAt', 'updatedAt');
};
request.onsuccess = async () => {
  const db = request.result;
  const text = '屋场会'.repeat(150);
  for (let from = 0; from < ${records}; from += ${perTransaction}) {
    await new Promise((resolve, reject) => {
      const tx = db.transaction('records', 'readwrite');
      const store = tx.objectStore('records');
      for (let i = from; i < Math.min(${records}, from + ${perTransaction}); i++) {
        store.put({ id: 'r' + i, group: i % 500, updatedAt: 1e12 + i, text });
      }
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
  }
  db.close();
  performance.mark('filled');
};
</script>`;

async function visit<T>(dir: string, run: (page: Page) => Promise<T>): Promise<T> {
  const profile = await openProfile(dir);
  try {
    const page = await profile.context.newPage();
    page.setDefaultTimeout(600_000);
    return await run(page);
  } finally {
    await profile.close();
  }
}

async function fill(dir: string, perTransaction: number) {
  await visit(dir, async (page) => {
    const at = `${origin}fill.html`;
    await page.route(at, (r) =>
      r.fulfill({ body: fillPage(perTransaction), contentType: 'text/html' }),
    );
    await page.goto(at);
    await page.waitForFunction(() => performance.getEntriesByName('filled').length > 0, null, {
      timeout: 0,
    });
  });
}

export async function benchOpenAfterWrite() {
  const oneDir = mkdtempSync(join(tmpdir(), 'wch-open-one-'));
  const smallDir = mkdtempSync(join(tmpdir(), 'wch-open-small-'));
  try {
    await fill(oneDir, records);
    await fill(smallDir, smallTransaction);
    const one: { openMs: number; scopesMs: number }[] = [];
    const small: { openMs: number; scopesMs: number }[] = [];
    for (let i = 0; i < runs; i++) {
      one.push(await visit(oneDir, (page) => tracedOpen(page, `${origin}open.html`, 'open-cost')));
      small.push(
        await visit(smallDir, (page) => tracedOpen(page, `${origin}open.html`, 'open-cost')),
      );
    }
    return {
      records,
      smallTransaction,
      runs,
      oneOpenMs: median(one.map((o) => o.openMs)),
      oneScopesMs: median(one.map((o) => o.scopesMs)),
      smallOpenMs: median(small.map((o) => o.openMs)),
      smallScopesMs: median(small.map((o) => o.scopesMs)),
    };
  } finally {
    rmSync(oneDir, { recursive: true, force: true });
    rmSync(smallDir, { recursive: true, force: true });
  }
}
