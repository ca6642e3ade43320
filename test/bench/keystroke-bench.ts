// Keystroke to stored, in Chromium on real IndexedDB: a real key press in the meeting's 具体地点
// field, the autosave flushed at once (the page's own pagehide flush, dispatched by the page as
// soon as the app has taken the input event, so neither the debounce wait, which is there by
// design, nor a round trip to the bench's process is counted), until the IndexedDB transaction
// that writes the meeting commits. Measured from the keydown event's own time stamp to the transaction's complete event.
// Its floor, measured the same way in the same browser: a bare page at the app's origin whose
// input handler reads the record and writes it back in one strict transaction, as a save does.
import type { Page } from 'playwright-core';
import { preview } from 'vite';
import { openProfile, removeProfile } from '../e2e/browser';
import { AppPage } from '../e2e/pages/app-page';
import { percentile } from './stats';

const samples = 60;
const warmUp = 5;

/**
 * Records each key press, and resolves waiters at the next read-write commit of a store. Plain
 * JavaScript in a string: the page runs it as it is, with none of the helpers tsx compiles in.
 */
const instrument = `
  let lastKeydown = NaN;
  let waiters = [];
  document.addEventListener('keydown', (event) => { lastKeydown = event.timeStamp; }, true);
  const transaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (...args) {
    const tx = transaction.apply(this, args);
    if (tx.mode === 'readwrite') {
      tx.addEventListener('complete', () => {
        const at = performance.now();
        const stores = [...tx.objectStoreNames];
        const done = waiters.filter((w) => stores.includes(w.store));
        waiters = waiters.filter((w) => !done.includes(w));
        for (const waiter of done) waiter.resolve(at);
      });
    }
    return tx;
  };
  // The page's own flush, the moment the app has taken the keystroke: a bubbling listener on the
  // document runs after React's, which sits on the root element below it.
  let flushOnInput = false;
  document.addEventListener('input', () => {
    if (!flushOnInput) return;
    flushOnInput = false;
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
  });
  window.lastKeydown = () => lastKeydown;
  window.armKeystroke = (store) => {
    flushOnInput = true;
    window.keystrokeStored = new Promise((resolve) => waiters.push({ store, resolve }));
  };
`;

type Instrumented = Window & {
  lastKeydown(): number;
  /** The next input flushes the autosave at once; keystrokeStored resolves at the commit. */
  armKeystroke(store: string): void;
  keystrokeStored: Promise<number>;
};

/** Plain JavaScript for the page (see instrument): `count` strict puts, each one's time. */
const rawStrictPuts = `async (count) => {
  const db = await new Promise((resolve) => {
    const open = indexedDB.open('raw-put-bench', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('meetings');
    open.onsuccess = () => resolve(open.result);
  });
  const times = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    await new Promise((resolve) => {
      const tx = db.transaction('meetings', 'readwrite', { durability: 'strict' });
      tx.objectStore('meetings').put({ place: 'AB'.repeat(i), notes: 'x'.repeat(2000) }, 1);
      tx.oncomplete = resolve;
    });
    times.push(performance.now() - started);
  }
  return times;
}`;

/**
 * The bare save, plain JavaScript run by the bare page itself or by its worker: `openBench()` opens
 * the bench's database, and `save(db, place)` reads the record of a meeting's size and writes it back changed in
 * one strict transaction (the app's save does the same read before its write, so a change made in
 * another window is never overwritten), resolving with the commit's time since the epoch (the
 * page and its worker have different time origins).
 */
const bareSave = `
  const openBench = () => new Promise((resolve) => {
    const open = indexedDB.open('bare-keystroke-bench', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('meetings', { keyPath: 'id' });
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction('meetings', 'readwrite', { durability: 'strict' });
      tx.objectStore('meetings').put({ id: 'm', place: '', notes: 'x'.repeat(2000), rev: 0 });
      tx.oncomplete = () => resolve(db);
    };
  });
  const save = (db, place) => new Promise((resolve) => {
    const tx = db.transaction('meetings', 'readwrite', { durability: 'strict' });
    const meetings = tx.objectStore('meetings');
    const read = meetings.get('m');
    read.onsuccess = () => meetings.put({ ...read.result, place, rev: read.result.rev + 1 });
    tx.oncomplete = () => resolve(performance.timeOrigin + performance.now());
  });
`;

/** The bare page's worker (see barePage): saves each value posted to it, posts back the time. */
const bareWorker = `${bareSave}
  openBench().then((db) => {
    onmessage = async (event) => postMessage(await save(db, event.data));
    postMessage('ready');
  });
`;

/**
 * The bare page: a form of twenty inputs (about as many as 基本信息 has), no framework; each
 * input event saves the record (bareSave), in the page or, with `?worker`, in a dedicated worker.
 * Chromium holds the page's tasks, IndexedDB's answers among them, from a key press until the next
 * frame (its DeferRendererTasksAfterInput); a worker's are not held. Keys are timed as the app's
 * are.
 */
const barePage = `<!doctype html><meta charset="utf-8"><title>bare</title>
<form>${Array.from({ length: 20 }, (_, i) => `<label for="f${i}">字段${i}</label><input id="f${i}">`).join('')}</form>
<script>${bareSave}
  let lastKeydown = NaN;
  let stored = () => {};
  const storedAt = (epochMs) => stored(epochMs - performance.timeOrigin - lastKeydown);
  let saveValue;
  if (location.search === '?worker') {
    const worker = new Worker('bare-keystroke-worker.js');
    window.ready = new Promise((resolve) => {
      worker.onmessage = (event) => (event.data === 'ready' ? resolve() : storedAt(event.data));
    });
    saveValue = (place) => worker.postMessage(place);
  } else {
    const opened = openBench();
    window.ready = opened;
    saveValue = (place) => opened.then((db) => save(db, place)).then(storedAt);
  }
  document.addEventListener('keydown', (event) => { lastKeydown = event.timeStamp; }, true);
  document.addEventListener('input', (event) => saveValue(event.target.value));
  window.armKeystroke = () => {
    window.keystrokeStored = new Promise((resolve) => { stored = resolve; });
  };
</script>`;

type BarePage = Window & {
  ready: Promise<void>;
  armKeystroke(): void;
  keystrokeStored: Promise<number>;
};

/**
 * Presses a key `samples + warmUp` times where the page's focus is, and gives each measured key's
 * time: `arm` readies the page for the next key, `stored` waits for that key's time, both run in
 * the page.
 */
async function timeKeys(
  page: Page,
  arm: () => void,
  stored: () => Promise<number>,
): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < samples + warmUp; i++) {
    await page.evaluate(arm);
    await page.keyboard.press(i % 2 ? 'KeyA' : 'KeyB');
    const ms = await page.evaluate(stored);
    if (i >= warmUp) times.push(ms);
  }
  return times;
}

/** `outDir` serves another build (for a before/after comparison); by default the fresh one. */
export async function benchKeystroke({ outDir }: { outDir?: string } = {}) {
  const server = await preview({
    configFile: 'vite.config.ts',
    ...(outDir ? { build: { outDir } } : {}),
    preview: { port: 0 },
    logLevel: 'error',
  });
  const profile = await openProfile();
  try {
    const page = await profile.context.newPage();
    await page.addInitScript({ content: instrument });
    await page.goto(server.resolvedUrls?.local[0] ?? '');
    const app = new AppPage(page);
    await app.createMeeting();
    const field = page.getByLabel('具体地点');
    await field.click();
    const times = await timeKeys(
      page,
      () => (window as unknown as Instrumented).armKeystroke('meetings'),
      async () => {
        const w = window as unknown as Instrumented;
        return (await w.keystrokeStored) - w.lastKeydown();
      },
    );
    // The floor under that: the same number of bare IndexedDB puts of a record of the same size,
    // each its own 'strict' transaction as the app's are, in the same page. A strict commit waits
    // for the disk, so this, not the app, sets what the figure can reach on a machine.
    const raw = (await page.evaluate<number[]>(`(${rawStrictPuts})(${samples + warmUp})`)).slice(
      warmUp,
    );

    const bare = await profile.context.newPage();
    const bareUrl = new URL('bare-keystroke.html', page.url()).href;
    await bare.route(`${bareUrl}*`, (route) =>
      route.fulfill({ contentType: 'text/html', body: barePage }),
    );
    await bare.route(new URL('bare-keystroke-worker.js', page.url()).href, (route) =>
      route.fulfill({ contentType: 'text/javascript', body: bareWorker }),
    );
    const timeBare = async (url: string) => {
      await bare.goto(url);
      await bare.evaluate(() => (window as unknown as BarePage).ready);
      await bare.getByLabel('字段4', { exact: true }).click();
      return timeKeys(
        bare,
        () => (window as unknown as BarePage).armKeystroke(),
        () => (window as unknown as BarePage).keystrokeStored,
      );
    };
    const bareTimes = await timeBare(bareUrl);
    const workerTimes = await timeBare(`${bareUrl}?worker`);
    return {
      p50Ms: percentile(times, 50),
      p95Ms: percentile(times, 95),
      bareP50Ms: percentile(bareTimes, 50),
      bareP95Ms: percentile(bareTimes, 95),
      workerP50Ms: percentile(workerTimes, 50),
      workerP95Ms: percentile(workerTimes, 95),
      rawP50Ms: percentile(raw, 50),
      rawP95Ms: percentile(raw, 95),
      samples,
    };
  } finally {
    await profile.close();
    removeProfile(profile);
    await server.close();
  }
}
