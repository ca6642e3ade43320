// Storage faults in a real Chromium: an init script wraps IndexedDB's put and add so a test can
// make writes fail as a full disk does (QuotaExceededError), and counts the writes each page
// makes. The browser's own transaction rules still apply: a write that throws aborts the whole
// transaction, so nothing partial is stored. Reads of a whole store (getAll) can be held, as a slow
// disk does: the app's success handler runs only when the test releases the read; or made to fail
// as an unreadable disk does (UnknownError).
import type { BrowserContext, Page } from 'playwright-core';

type FaultState = {
  /** Fail this many writes from now on (Infinity: until told otherwise). */
  failNext: number;
  /** Fail only writes whose JSON contains this text (empty: any write). */
  marker: string;
  failed: number;
  writes: number;
  /** Read-write transactions begun: every save attempt opens one, even one that writes nothing. */
  writeTransactions: number;
  /** The store whose getAll reads are held ('' : none). */
  hold: string;
  /** Fail this many of the next getAll reads of the held store. */
  failReads: number;
  /** The reads held since, in the order begun; each runs the app's handler once released. */
  held: { released: boolean; run?: () => void }[];
};

declare global {
  interface Window {
    __storageFaults: FaultState;
  }
}

const holdKey = 'storage-faults:hold';

export async function installStorageFaults(context: BrowserContext) {
  await context.addInitScript((holdKey) => {
    const state: FaultState = {
      failNext: 0,
      marker: '',
      failed: 0,
      writes: 0,
      writeTransactions: 0,
      // A hold outlasts a reload, which empties Dexie's cache of live queries.
      hold: sessionStorage.getItem(holdKey) ?? '',
      held: [],
      failReads: 0,
    };
    window.__storageFaults = state;
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with .call(this)
    const transaction = IDBDatabase.prototype.transaction;
    IDBDatabase.prototype.transaction = function (
      this: IDBDatabase,
      ...args: Parameters<IDBDatabase['transaction']>
    ) {
      if (args[1] === 'readwrite') state.writeTransactions += 1;
      return transaction.apply(this, args);
    };
    for (const method of ['put', 'add'] as const) {
      // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with .call(this)
      const original = IDBObjectStore.prototype[method];
      IDBObjectStore.prototype[method] = function (this: IDBObjectStore, value: unknown, key?) {
        const matches = state.marker === '' || JSON.stringify(value).includes(state.marker);
        if (state.failNext > 0 && matches) {
          state.failNext -= 1;
          state.failed += 1;
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        }
        state.writes += 1;
        return original.call(this, value, key);
      };
    }
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with .apply(this)
    const getAll = IDBObjectStore.prototype.getAll;
    IDBObjectStore.prototype.getAll = function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['getAll']>
    ) {
      if (state.hold === this.name && state.failReads > 0) {
        state.failReads -= 1;
        throw new DOMException('The disk could not be read.', 'UnknownError');
      }
      const request = getAll.apply(this, args);
      if (state.hold !== this.name) return request;
      // The app sets onsuccess (Dexie does): it is kept here, and called once the read is released.
      let handler: IDBRequest['onsuccess'] = null;
      Object.defineProperty(request, 'onsuccess', {
        get: () => handler,
        set: (fn: IDBRequest['onsuccess']) => {
          handler = fn;
        },
      });
      const read: FaultState['held'][number] = { released: false };
      state.held.push(read);
      request.addEventListener('success', (event) => {
        read.run = () => void handler?.call(request, event);
        if (read.released) read.run();
      });
      return request;
    };
  }, holdKey);
}

/** From now on, and after a reload, the app's getAll reads of `store` wait until released. */
export function holdReads(page: Page, store: string) {
  return page.evaluate(
    ([s, key]) => {
      window.__storageFaults.hold = s;
      window.__storageFaults.held = [];
      sessionStorage.setItem(key, s);
    },
    [store, holdKey] as const,
  );
}

/** How many reads have been held since holdReads, released or not. */
export function heldReads(page: Page): Promise<number> {
  return page.evaluate(() => window.__storageFaults.held.length);
}

/** The next `count` getAll reads of the held store fail, as on a disk that cannot be read. */
export function failHeldReads(page: Page, count: number) {
  return page.evaluate((n) => {
    window.__storageFaults.failReads = n;
  }, count);
}

/** Releases the first `count` reads held (every one, and holds no more, when count is Infinity). */
export function releaseReads(page: Page, count: number) {
  return page.evaluate(
    ([n, key]) => {
      const state = window.__storageFaults;
      if (n === -1) {
        state.hold = '';
        sessionStorage.removeItem(key);
      }
      for (const read of n === -1 ? state.held : state.held.slice(0, n)) {
        if (read.released) continue;
        read.released = true;
        read.run?.();
      }
    },
    [count === Infinity ? -1 : count, holdKey] as const,
  );
}

export function failWrites(page: Page, count: number, marker = '') {
  return page.evaluate(
    ([n, m]) => {
      window.__storageFaults.failNext = n === -1 ? Infinity : n;
      window.__storageFaults.marker = m;
    },
    [count === Infinity ? -1 : count, marker] as const,
  );
}

export function faultCounts(
  page: Page,
): Promise<{ failed: number; writes: number; writeTransactions: number }> {
  return page.evaluate(() => ({
    failed: window.__storageFaults.failed,
    writes: window.__storageFaults.writes,
    writeTransactions: window.__storageFaults.writeTransactions,
  }));
}

/** One stored row, read with IndexedDB itself (not through the app). */
export function readStored<T>(page: Page, store: string, key: string): Promise<T | undefined> {
  return page.evaluate(
    ([s, k]) =>
      new Promise<T | undefined>((resolve, reject) => {
        const open = indexedDB.open('wuchanghui');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const request = open.result.transaction(s, 'readonly').objectStore(s).get(k);
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result as T | undefined);
          };
          request.onerror = () => reject(new Error(String(request.error)));
        };
      }),
    [store, key] as const,
  );
}

/** How many rows a store holds, read with IndexedDB itself. */
export function countStored(page: Page, store: string): Promise<number> {
  return page.evaluate(
    (s) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('wuchanghui');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const request = open.result.transaction(s, 'readonly').objectStore(s).count();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result);
          };
        };
      }),
    store,
  );
}
