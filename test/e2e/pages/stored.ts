// What the app stored, read with IndexedDB itself (not through the app), to check the screen
// against the data.
import type { Page } from 'playwright-core';

/** Every record of one table of the app's database, tombstones included. */
export function storedRecords<T>(page: Page, table: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('wuchanghui');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).getAll();
          request.onerror = () => reject(new Error(String(request.error)));
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result as T[]);
          };
        };
      }),
    table,
  );
}
