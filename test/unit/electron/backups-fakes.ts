// An in-memory backups folder and stand-ins for the window and app, shared by the backup tests.
import path from 'node:path';
import { vi } from 'vitest';
import type { BackupStoreDeps } from '../../../electron/backup-store';

const missing = () => Object.assign(new Error('ENOENT'), { code: 'ENOENT' });

export const megabyte = 1024 * 1024;

export function memoryStore(options: { freeBytes?: number; now?: () => number } = {}) {
  const files = new Map<string, Uint8Array>();
  const log = vi.fn();
  const writeFile = vi.fn((filePath: string, bytes: Uint8Array) => {
    files.set(path.basename(filePath), bytes);
    return Promise.resolve();
  });
  const store: BackupStoreDeps = {
    folder: '/userData/backups',
    mkdir: () => Promise.resolve(),
    readdir: () => Promise.resolve([...files.keys()]),
    readFile: (filePath) => {
      const bytes = files.get(path.basename(filePath));
      return bytes === undefined ? Promise.reject(missing()) : Promise.resolve(bytes);
    },
    stat: (filePath) => {
      const bytes = files.get(path.basename(filePath));
      return bytes === undefined
        ? Promise.reject(missing())
        : Promise.resolve({ size: bytes.byteLength, mtimeMs: 0, isFile: () => true });
    },
    unlink: (filePath) => {
      files.delete(path.basename(filePath));
      return Promise.resolve();
    },
    statfs: () =>
      Promise.resolve({ bavail: (options.freeBytes ?? 10_000 * megabyte) / 4096, bsize: 4096 }),
    writeFile,
    now: options.now ?? (() => Date.now()),
    log,
  };
  return { store, files, log, writeFile };
}

type Listener = (event: { preventDefault(): void }) => void;

/** A window whose page answers (or not) through `answer`, and an app that records quits. */
export function fakeElectron() {
  const sent: Array<{ channel: string; args: unknown[] }> = [];
  const appListeners: Listener[] = [];
  const windowListeners: Listener[] = [];
  const state = { destroyed: false, crashed: false, quits: 0 };
  let onSend: (channel: string, args: unknown[]) => void = () => undefined;
  const window = {
    isDestroyed: () => state.destroyed,
    on: (_event: 'close', listener: Listener) => windowListeners.push(listener),
    webContents: {
      isDestroyed: () => state.destroyed,
      isCrashed: () => state.crashed,
      send: (channel: string, ...args: unknown[]) => {
        sent.push({ channel, args });
        onSend(channel, args);
      },
    },
  };
  const app = {
    on: (_event: 'before-quit', listener: Listener) => appListeners.push(listener),
    quit: () => {
      state.quits += 1;
    },
  };
  /** Fires an event as Electron would; true when a listener cancelled it. */
  const emit = (listeners: Listener[]) => {
    let prevented = false;
    for (const listener of listeners) listener({ preventDefault: () => (prevented = true) });
    return prevented;
  };
  return {
    app,
    window,
    sent,
    state,
    setPage: (handler: typeof onSend) => (onSend = handler),
    emitBeforeQuit: () => emit(appListeners),
    emitWindowClose: () => emit(windowListeners),
  };
}
