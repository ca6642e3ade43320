// The data side of a start, run by boot.ts before the app's screens (main.tsx): it opens the
// database and begins the first reads, which go on while the screens' code runs. Nothing is
// written before the database is known to be readable and, when it is blank while automatic
// backups hold data, before the user has chosen to restore or start empty (main.tsx then asks,
// StartupScreens.tsx).
import type { AutoBackupInfo } from '../shared/ipc/contract';
import { startFirstReads } from './app/first-reads';
import { AppDatabase } from './db/database';
import { openRepositories, type Repositories } from './db/repositories';
import { backupsHoldingData, type DatabaseProbe } from './features/exchange/startup-checks';
import { platform } from './platform';

export const appVersion = import.meta.env.VITE_APP_VERSION ?? '0.0.0';

export type Opened =
  /** Open; `firstReads` settles when the first reads (first-reads.ts) have answered. */
  | { kind: 'open'; repositories: Repositories; firstReads: Promise<void> }
  | { kind: 'failed'; error: unknown };

export type Opening =
  /** Blank, while these automatic backups hold data: the user chooses before anything is written. */
  { kind: 'blank'; holding: AutoBackupInfo[] } | Opened;

export function listBackups(): Promise<AutoBackupInfo[]> {
  return platform.listAutoBackups().catch((error: unknown) => {
    console.error('无法列出自动备份', error);
    return [];
  });
}

/**
 * Opens the database and begins the first reads, or says why it could not be opened.
 * `storedVersion`: the version a probe has just read, so that the open need not read it again.
 */
export async function openNow(storedVersion?: number): Promise<Opened> {
  try {
    const repositories = await openRepositories(new AppDatabase(), appVersion, storedVersion);
    return { kind: 'open', repositories, firstReads: startFirstReads(repositories) };
  } catch (error) {
    console.error('无法打开本地数据库', error);
    return { kind: 'failed', error };
  }
}

/** Opens the database once `probe` (probeDatabase, begun by boot.ts) has answered. */
export async function openAtStart(probe: Promise<DatabaseProbe>): Promise<Opening> {
  const { blank, version } = await probe;
  if (blank === true) {
    const holding = backupsHoldingData(await listBackups());
    if (holding.length > 0) return { kind: 'blank', holding };
  }
  return openNow(version ?? undefined);
}
