// The desktop shell in a plain Chromium: window.desktop as the preload exposes it, answered by
// main's own backup store (electron/backup-store.ts) over a real folder on disk. This is how the
// browser build gets automatic backups in a test: the page cannot tell this shell from
// Electron's, the files are written, rotated, listed and read by the code main runs, and a
// failing handler reaches the page as Electron delivers it (an English-prefixed Error whose tail
// is main's Chinese message). Dialogs are scripted: chooseFiles sets what the next one returns.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import {
  listBackups,
  nodeBackupStore,
  readBackup,
  writeBackup,
  type BackupStoreDeps,
} from '../../../electron/backup-store';
import { ipcMessages } from '../../../electron/ipc';
import {
  channels,
  type BackupResult,
  type Channel,
  type DesktopApi,
  type RequestedBackupReason,
  type WriteAutoBackupRequest,
} from '../../../shared/ipc/contract';

type Reply = { ok: true; value: unknown } | { ok: false; message: string };
type WireFile = { name: string; base64: string; modifiedAt: number };

export type DesktopShell = {
  /** The backups folder (main's `backups/` in the data folder). */
  folder: string;
  /** The next `count` calls on this channel fail as a throwing main handler does. */
  failNext(channel: Channel, count?: number): void;
  /** What the next open dialog returns (nothing queued: the user cancels). */
  chooseFiles(files: { name: string; bytes: Uint8Array }[]): void;
  /** Free disk space as main reads it; null for the real disk. */
  setFreeBytes(bytes: number | null): void;
  /** The clock main names backups by. */
  setNow(ms: number): void;
  /** Main asks the page for an automatic backup, and waits for the page's answer to be written. */
  requestBackup(page: Page, reason: RequestedBackupReason): Promise<BackupResult>;
};

declare global {
  interface Window {
    __desktopShellCall(channel: string, argument?: unknown): Promise<Reply>;
    /** Returns how many listeners heard it: none while the app has not started yet. */
    __desktopShell: { requestBackup(reason: RequestedBackupReason): number };
  }
}

export async function installDesktopShell(
  context: BrowserContext,
  folder = mkdtempSync(join(tmpdir(), 'wch-backups-')),
): Promise<DesktopShell> {
  const failures = new Map<string, number>();
  const queuedChoices: WireFile[][] = [];
  let freeBytes: number | null = null;
  let now: number | null = null;
  const written: ((result: BackupResult) => void)[] = [];

  const real = nodeBackupStore(folder);
  const store: BackupStoreDeps = {
    ...real,
    statfs: (dir) =>
      freeBytes === null ? real.statfs(dir) : Promise.resolve({ bavail: freeBytes, bsize: 1 }),
    now: () => now ?? Date.now(),
    log: () => undefined,
  };

  const handlers: Partial<Record<Channel, (argument: unknown) => Promise<unknown>>> = {
    [channels.listAutoBackups]: () => listBackups(store),
    [channels.readAutoBackup]: async (argument) => {
      const read = await readBackup(store, (argument as { name: string }).name);
      return read.status === 'read'
        ? { ...read, bytes: Buffer.from(read.bytes).toString('base64') }
        : read;
    },
    [channels.writeAutoBackup]: async (argument) => {
      const { reason, base64 } = argument as { reason: WriteAutoBackupRequest['reason'] } & {
        base64: string;
      };
      const result = await writeBackup(reason, Buffer.from(base64, 'base64'), store);
      if (reason !== 'before-restore') written.shift()?.(result);
      return result;
    },
    [channels.openFiles]: () => {
      const files = queuedChoices.shift();
      return Promise.resolve(files ? { status: 'opened', files } : { status: 'cancelled' });
    },
  };

  await context.exposeBinding(
    '__desktopShellCall',
    async (_source, channel: Channel, argument: unknown): Promise<Reply> => {
      const failing = failures.get(channel) ?? 0;
      if (failing > 0) {
        failures.set(channel, failing - 1);
        return { ok: false, message: ipcMessages.unexpected };
      }
      const handler = handlers[channel];
      if (!handler) return { ok: true, value: undefined };
      return { ok: true, value: await handler(argument) };
    },
  );

  await context.addInitScript((names: typeof channels) => {
    const toBase64 = (bytes: Uint8Array) => {
      let text = '';
      for (let at = 0; at < bytes.length; at += 0x8000)
        text += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
      return btoa(text);
    };
    const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
    // As Electron's ipcRenderer.invoke reports a handler that threw.
    const invoke = async (channel: string, argument?: unknown): Promise<unknown> => {
      const reply = await window.__desktopShellCall(channel, argument);
      if (!reply.ok)
        throw new Error(`Error invoking remote method '${channel}': Error: ${reply.message}`);
      return reply.value;
    };
    type Listener = (request: { requestId: string; reason: 'quit' | 'daily' }) => void;
    const listeners = new Set<Listener>();
    window.__desktopShell = {
      requestBackup: (reason) => {
        for (const listener of listeners) listener({ requestId: crypto.randomUUID(), reason });
        return listeners.size;
      },
    };
    const desktop: DesktopApi = {
      // No save dialog is scripted: the user cancels it, so nothing is claimed as saved.
      saveFile: () => Promise.resolve({ status: 'cancelled' as const }),
      openFiles: async (request) => {
        const result = (await invoke(names.openFiles, request)) as
          | { status: 'cancelled' }
          | { status: 'opened'; files: { name: string; base64: string; modifiedAt: number }[] };
        if (result.status === 'cancelled') return result;
        return {
          status: 'opened',
          files: result.files.map((f) => ({
            name: f.name,
            bytes: fromBase64(f.base64),
            modifiedAt: f.modifiedAt,
          })),
        };
      },
      appInfo: () =>
        Promise.resolve({
          version: '0.1.0',
          dataFolder: '/tmp/wuchanghui',
          logFolder: '/tmp/wuchanghui/logs',
          platform: 'linux',
        }),
      writeAutoBackup: (request) =>
        invoke(names.writeAutoBackup, {
          reason: request.reason,
          base64: toBase64(request.bytes),
        }) as ReturnType<DesktopApi['writeAutoBackup']>,
      onBackupRequested: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      listAutoBackups: () =>
        invoke(names.listAutoBackups) as ReturnType<DesktopApi['listAutoBackups']>,
      readAutoBackup: async (request) => {
        const read = (await invoke(names.readAutoBackup, request)) as
          { status: 'read'; name: string; bytes: string } | { status: 'failed'; message: string };
        return read.status === 'read' ? { ...read, bytes: fromBase64(read.bytes) } : read;
      },
      writeLog: () => Promise.resolve(),
      openLogFolder: () => Promise.resolve({ status: 'opened' as const }),
    };
    Object.defineProperty(window, 'desktop', { value: Object.freeze(desktop) });
  }, channels);

  return {
    folder,
    failNext: (channel, count = 1) => failures.set(channel, count),
    chooseFiles: (files) =>
      queuedChoices.push(
        files.map((f) => ({
          name: f.name,
          base64: Buffer.from(f.bytes).toString('base64'),
          modifiedAt: Date.now(),
        })),
      ),
    setFreeBytes: (bytes) => {
      freeBytes = bytes;
    },
    setNow: (ms) => {
      now = ms;
    },
    requestBackup: async (page, reason) => {
      const result = new Promise<BackupResult>((resolve) => written.push(resolve));
      const heard = await page.evaluate((r) => window.__desktopShell.requestBackup(r), reason);
      // Main would time the request out; a test should say at once that it asked too early.
      if (heard === 0) {
        written.pop();
        throw new Error('requestBackup: the app has not subscribed yet; wait until it is shown');
      }
      return result;
    },
  };
}
