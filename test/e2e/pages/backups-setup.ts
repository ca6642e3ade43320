// What the start-up and backup proofs set up: a meeting recorded through the app, backed up by
// the desktop shell the way main asks for it on quit, and a database left by a newer app.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { AppPage } from './app-page';
import type { DesktopShell } from './desktop-shell';

/** One meeting in `village` with one issue, typed as a user would. */
export async function recordMeeting(page: Page, baseUrl: string, village: string) {
  const app = new AppPage(page);
  await page.goto(baseUrl);
  await app.createMeeting();
  await page.getByLabel('村(社区)', { exact: true }).fill(village);
  await app.tab(/群众诉求/).click();
  await page.getByRole('button', { name: '新增诉求' }).click();
  await app.issueCard(1).getByRole('textbox', { name: '问题描述' }).fill(`${village}的村道要修`);
  await app.waitUntilSaved();
}

/** The rotation's backup files (not the safety copies), by name. */
export function backupFiles(shell: DesktopShell): string[] {
  return readdirSync(shell.folder)
    .filter((name) => name.endsWith('.json'))
    .sort();
}

export function backupBytes(shell: DesktopShell, name: string): Buffer {
  return readFileSync(join(shell.folder, name));
}

/**
 * The IndexedDB version a far later app would leave: Dexie's version 100 (Dexie stores ten times
 * its own number), well past any version this app has.
 */
export const newerDatabaseVersion = 1000;

/**
 * Leaves in this origin's IndexedDB what a later app version would: database version
 * newerDatabaseVersion with a table this version does not know and one meeting. The page is a blank one on
 * the app's origin, so the app itself never runs here.
 */
export async function leaveNewerDatabase(page: Page, baseUrl: string) {
  const blank = `${baseUrl}blank-for-setup`;
  await page.route(blank, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>setup</title>' }),
  );
  await page.goto(blank);
  await page.evaluate(
    (version) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('wuchanghui', version);
        open.onupgradeneeded = () => {
          for (const store of ['meetings', 'issues', 'keyValues', 'futureThings'])
            open.result.createObjectStore(store, { keyPath: store === 'keyValues' ? 'key' : 'id' });
        };
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const tx = open.result.transaction('meetings', 'readwrite');
          tx.objectStore('meetings').put({ id: 'from-the-future', village: '未来村' });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
        };
      }),
    newerDatabaseVersion,
  );
  await page.unroute(blank);
}

/** The stored database's version and its meetings' villages, read without upgrading it. */
export function storedDatabase(page: Page): Promise<{ version: number; villages: string[] }> {
  return page.evaluate(
    () =>
      new Promise<{ version: number; villages: string[] }>((resolve, reject) => {
        const open = indexedDB.open('wuchanghui');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction('meetings').objectStore('meetings').getAll();
          all.onsuccess = () => {
            db.close();
            resolve({
              version: db.version,
              villages: (all.result as { village: string }[]).map((m) => m.village),
            });
          };
        };
      }),
  );
}
