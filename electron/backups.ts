// Automatic backups in userData/backups: one when the app quits, and one a day while it runs.
// main.ts calls startAutoBackups once; the Electron objects it takes are narrowed to the few
// members used, so tests drive the whole flow with fakes.
import {
  channels,
  listAutoBackupsRequestSchema,
  mainEvents,
  readAutoBackupRequestSchema,
  writeAutoBackupRequestSchema,
} from '../shared/ipc/contract';
import { createBackupRequester, createDailyCheck, type BackupOutcome } from './backup-requests';
import { listBackups, nodeBackupStore, readBackup, type BackupStoreDeps } from './backup-store';
import type { Handle } from './ipc';

type Preventable = { preventDefault(): void };

export type BackupApp = {
  on(event: 'before-quit', listener: (event: Preventable) => void): unknown;
  quit(): void;
};

export type BackupWindow = {
  isDestroyed(): boolean;
  on(event: 'close', listener: (event: Preventable) => void): unknown;
  webContents: {
    isDestroyed(): boolean;
    isCrashed(): boolean;
    send(channel: string, ...args: unknown[]): void;
  };
};

export const backupTimings = {
  /** How long quitting waits for the page's snapshot before quitting without it. */
  quitTimeoutMs: 10_000,
  /** A daily snapshot of a large database may take a while; nobody is waiting on it. */
  dailyTimeoutMs: 5 * 60_000,
  /** The first check waits until the page has loaded and subscribed. */
  firstCheckDelayMs: 60_000,
  checkIntervalMs: 60 * 60_000,
} as const;

export type QuitGuardDeps = {
  onBeforeQuit(listener: (event: Preventable) => void): void;
  onWindowClose(listener: (event: Preventable) => void): void;
  backUp(): Promise<BackupOutcome>;
  quit(): void;
  log(message: string, error?: unknown): void;
};

/**
 * Holds the first quit (from the menu, or from closing the window, after which the page would
 * be gone) until a backup is written or times out, then quits for real. Later quit events pass.
 */
export function guardQuitWithBackup(deps: QuitGuardDeps): void {
  let phase: 'running' | 'backing-up' | 'quitting' = 'running';
  const onClosing = (event: Preventable) => {
    if (phase === 'quitting') return;
    event.preventDefault();
    if (phase === 'backing-up') return;
    phase = 'backing-up';
    void deps
      .backUp()
      .then(
        (outcome) => {
          if (outcome.status === 'saved' || outcome.status === 'skipped') return;
          deps.log(`quitting without a backup: ${describeOutcome(outcome)}`);
        },
        (error: unknown) => deps.log('quitting without a backup', error),
      )
      .finally(() => {
        phase = 'quitting';
        deps.quit();
      });
  };
  deps.onBeforeQuit(onClosing);
  deps.onWindowClose(onClosing);
}

function describeOutcome(outcome: { status: string; message?: string }): string {
  return outcome.message ?? outcome.status;
}

export type AutoBackupOptions = {
  app: BackupApp;
  window: BackupWindow;
  handle: Handle;
  /** userData/backups; see backupFolderFor. */
  folder: string;
  store?: BackupStoreDeps;
  createId?: () => string;
};

/**
 * Registers backup:write-auto, backup:list-auto and backup:read-auto, the quit guard and the
 * daily timer.
 */
export function startAutoBackups(options: AutoBackupOptions): { stop(): void } {
  const store = options.store ?? nodeBackupStore(options.folder);
  const { window } = options;
  const requester = createBackupRequester({
    store,
    ...(options.createId ? { createId: options.createId } : {}),
    sendRequest: (request) => {
      if (window.isDestroyed() || window.webContents.isDestroyed()) return false;
      if (window.webContents.isCrashed()) return false;
      window.webContents.send(mainEvents.backupRequested, request);
      return true;
    },
  });

  options.handle(channels.writeAutoBackup, writeAutoBackupRequestSchema, (request) =>
    requester.receiveBackup(request),
  );
  options.handle(channels.listAutoBackups, listAutoBackupsRequestSchema, () => listBackups(store));
  options.handle(channels.readAutoBackup, readAutoBackupRequestSchema, ({ name }) =>
    readBackup(store, name),
  );

  const dailyCheck = createDailyCheck(requester, store, backupTimings.dailyTimeoutMs);
  const runDailyCheck = () => {
    void dailyCheck().then(
      (outcome) => {
        if (!['saved', 'not-due', 'skipped'].includes(outcome.status)) {
          store.log(`daily backup not written: ${describeOutcome(outcome)}`);
        }
      },
      (error: unknown) => store.log('daily backup check failed', error),
    );
  };
  const firstCheck = setTimeout(runDailyCheck, backupTimings.firstCheckDelayMs);
  const interval = setInterval(runDailyCheck, backupTimings.checkIntervalMs);
  const stop = () => {
    clearTimeout(firstCheck);
    clearInterval(interval);
  };

  guardQuitWithBackup({
    onBeforeQuit: (listener) => options.app.on('before-quit', listener),
    onWindowClose: (listener) => window.on('close', listener),
    backUp: () => {
      stop();
      return requester.requestBackup('quit', backupTimings.quitTimeoutMs);
    },
    quit: () => options.app.quit(),
    log: (message, error) => store.log(message, error),
  });
  return { stop };
}
