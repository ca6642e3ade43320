// Storage faults in a real Chromium: an init script wraps IndexedDB's put and add so a test can
// make writes fail as a full disk does (QuotaExceededError), and counts the writes each page
// makes. Reads are untouched, and the browser's own transaction rules still apply: a write that
// throws aborts the whole transaction, so nothing partial is stored.
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
};

declare global {
  interface Window {
    __storageFaults: FaultState;
  }
}

export async function installStorageFaults(context: BrowserContext) {
  await context.addInitScript(() => {
    const state: FaultState = {
      failNext: 0,
      marker: '',
      failed: 0,
      writes: 0,
      writeTransactions: 0,
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
  });
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
