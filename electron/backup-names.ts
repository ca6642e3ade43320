// Names and timing of the automatic backups, as pure functions. A backup's time is read from its
// name, never from the file's mtime, which copying or antivirus tools may change.
import path from 'node:path';
import { backupReasons, type BackupReason } from '../shared/ipc/contract';

/**
 * The backups folder inside userData. Never under a folder named "databases": Electron 32+
 * deletes that folder's contents when it clears stale storage.
 */
export function backupFolderFor(userDataFolder: string): string {
  return path.join(userDataFolder, 'backups');
}

export const backupPrefix = 'wuchanghui-backup-';
export const keptBackups = 30;
export const backupIntervalMs = 24 * 60 * 60 * 1000;
/** A newest backup this far in the future means the clock was set back; back up anyway. */
const clockSkewToleranceMs = 60 * 60 * 1000;

const namePattern = new RegExp(
  `^${backupPrefix}(\\d{4}-\\d{2}-\\d{2})T(\\d{2})-(\\d{2})-(\\d{2})Z-(${backupReasons.join('|')})\\.json$`,
);

export type ParsedBackupName = { name: string; reason: BackupReason; time: number };

/**
 * `wuchanghui-backup-2026-11-27T08-30-00Z-quit.json`: UTC, to the second, with `-` for `:` so
 * Windows accepts it, and sortable as text because the prefix and timestamp have fixed widths.
 */
export function backupFileName(time: number, reason: BackupReason): string {
  const stamp = new Date(time).toISOString().slice(0, 19).replace(/:/g, '-');
  return `${backupPrefix}${stamp}Z-${reason}.json`;
}

/** The time and reason in one of our backup names, or null for any other file. */
export function parseBackupName(name: string): ParsedBackupName | null {
  const match = namePattern.exec(name);
  if (!match) return null;
  const [, date, hours, minutes, seconds, reason] = match;
  const time = Date.parse(`${date}T${hours}:${minutes}:${seconds}Z`);
  if (Number.isNaN(time)) return null;
  return { name, reason: reason as BackupReason, time };
}

/** Our backups among the names, newest first; equal times fall back to the name. */
export function sortBackupsNewestFirst(names: readonly string[]): ParsedBackupName[] {
  return names
    .map(parseBackupName)
    .filter((parsed): parsed is ParsedBackupName => parsed !== null)
    .sort((a, b) => b.time - a.time || (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
}

/** The names to delete so that only the newest `keep` of our backups remain. */
export function backupsToPrune(
  names: readonly string[],
  keep = keptBackups,
  protectedName?: string,
): string[] {
  return sortBackupsNewestFirst(names)
    .slice(keep)
    .map((parsed) => parsed.name)
    .filter((name) => name !== protectedName);
}

/** A daily backup is due when there is none, the newest is a day old, or the clock moved back. */
export function shouldBackup(newestBackupTime: number | null, now: number): boolean {
  if (newestBackupTime === null) return true;
  if (newestBackupTime > now + clockSkewToleranceMs) return true;
  return now - newestBackupTime >= backupIntervalMs;
}
