// Names, rotation and timing of the automatic backups, as pure functions. A backup's time (and,
// since the rotation, its meeting and issue counts) is read from its name, never from the file's
// mtime, which copying or antivirus tools may change, and without opening the file. So is its
// place in the order of writing: a number one past the highest already there, because a clock
// can be wrong (a dead CMOS battery starts every boot in 2000) and the newest write must still
// count as the newest.
import path from 'node:path';
import { backupReasons, type BackupReason } from '../shared/ipc/contract';

/**
 * The backups folder inside userData. Never under a folder named "databases": Electron 32+
 * deletes that folder's contents when it clears stale storage.
 */
export function backupFolderFor(userDataFolder: string): string {
  return path.join(userDataFolder, 'backups');
}

/** Safety copies made before a restore: a folder of their own, outside the rotation. */
export function safetyFolderFor(backupFolder: string): string {
  return path.join(backupFolder, 'before-restore');
}

export const backupPrefix = 'wuchanghui-backup-';
export const backupIntervalMs = 24 * 60 * 60 * 1000;
/** A newest backup this far in the future means the clock was set back; back up anyway. */
const clockSkewToleranceMs = 60 * 60 * 1000;

/**
 * The rotation (README, "Automatic backups"): the 10 written last, the newest of each of the 14
 * most recent days that have a backup, and the newest of each of the 12 most recent months that
 * have one. Days and months are counted among backups, not on the calendar, so weeks without the
 * app flush nothing; a bad state backed up every day for two weeks still leaves a year of months.
 * "Newest" and "most recent" follow the order of writing, so a clock set back never makes the
 * latest writes look old.
 */
export const rotation = { newest: 10, days: 14, months: 12 } as const;
/** Safety copies before a restore: the 20 written last, in their own folder. */
export const keptSafetyCopies = 20;

const namePattern = new RegExp(
  `^${backupPrefix}(\\d{4}-\\d{2}-\\d{2})T(\\d{2})-(\\d{2})-(\\d{2})Z-(${backupReasons.join('|')})(?:-m(\\d{1,7})-i(\\d{1,7}))?(?:-n(\\d{1,9}))?\\.json$`,
);

/** What a backup holds, counted when it was written: live (not deleted) meetings and issues. */
export type BackupCounts = { meetings: number; issues: number };

export type ParsedBackupName = {
  name: string;
  reason: BackupReason;
  time: number;
  /** null for backups written before the counts were part of the name. */
  counts: BackupCounts | null;
  /** Its place in the order of writing; 0 for backups written before it was part of the name. */
  sequence: number;
};

/**
 * `wuchanghui-backup-2026-11-27T08-30-00Z-quit-m12-i40-n7.json`: UTC, to the second, with `-`
 * for `:` so Windows accepts it, sortable as text (fixed-width prefix and timestamp), then the
 * meetings and issues it holds, then its place in the order of writing (one past the highest
 * among the backups and safety copies).
 */
export function backupFileName(
  time: number,
  reason: BackupReason,
  counts?: BackupCounts,
  sequence?: number,
): string {
  const stamp = new Date(time).toISOString().slice(0, 19).replace(/:/g, '-');
  const held = counts ? `-m${counts.meetings}-i${counts.issues}` : '';
  const place = sequence === undefined ? '' : `-n${sequence}`;
  return `${backupPrefix}${stamp}Z-${reason}${held}${place}.json`;
}

/** The time, reason and counts in one of our backup names, or null for any other file. */
export function parseBackupName(name: string): ParsedBackupName | null {
  const match = namePattern.exec(name);
  if (!match) return null;
  const [, date, hours, minutes, seconds, reason, meetings, issues, sequence] = match;
  const time = Date.parse(`${date}T${hours}:${minutes}:${seconds}Z`);
  if (Number.isNaN(time)) return null;
  const counts =
    meetings !== undefined && issues !== undefined
      ? { meetings: Number(meetings), issues: Number(issues) }
      : null;
  return { name, reason: reason as BackupReason, time, counts, sequence: Number(sequence ?? 0) };
}

/**
 * Our backups among the names, the last written first: by the number in their names, then (for
 * names without one, all written before those with one) by time, then by name.
 */
export function sortBackupsNewestFirst(names: readonly string[]): ParsedBackupName[] {
  return names
    .map(parseBackupName)
    .filter((parsed): parsed is ParsedBackupName => parsed !== null)
    .sort(
      (a, b) =>
        b.sequence - a.sequence ||
        b.time - a.time ||
        (a.name < b.name ? 1 : a.name > b.name ? -1 : 0),
    );
}

/** A backup that holds no meeting and no issue. Unknown counts (old names) are not empty. */
export function isEmptyBackup(parsed: ParsedBackupName): boolean {
  return parsed.counts !== null && parsed.counts.meetings === 0 && parsed.counts.issues === 0;
}

/** The newest of each group (by `groupOf`) for the `limit` most recent groups. */
function newestPerGroup(
  sorted: readonly ParsedBackupName[],
  groupOf: (time: number) => string,
  limit: number,
): string[] {
  const kept: string[] = [];
  const groups = new Set<string>();
  for (const backup of sorted) {
    const group = groupOf(backup.time);
    if (groups.has(group)) continue;
    if (groups.size === limit) break;
    groups.add(group);
    kept.push(backup.name);
  }
  return kept;
}

const dayOf = (time: number) => new Date(time).toISOString().slice(0, 10);
const monthOf = (time: number) => new Date(time).toISOString().slice(0, 7);

/** The names the rotation keeps among our backups (see `rotation`). */
export function backupsKept(names: readonly string[]): Set<string> {
  const sorted = sortBackupsNewestFirst(names);
  return new Set([
    ...sorted.slice(0, rotation.newest).map((b) => b.name),
    ...newestPerGroup(sorted, dayOf, rotation.days),
    ...newestPerGroup(sorted, monthOf, rotation.months),
  ]);
}

/** The names to delete so that only the rotation remains; never a foreign file or `protectedName`. */
export function backupsToPrune(names: readonly string[], protectedName?: string): string[] {
  const kept = backupsKept(names);
  return sortBackupsNewestFirst(names)
    .map((parsed) => parsed.name)
    .filter((name) => !kept.has(name) && name !== protectedName);
}

/** Safety copies beyond the `keptSafetyCopies` written last. */
export function safetyCopiesToPrune(names: readonly string[], protectedName?: string): string[] {
  return sortBackupsNewestFirst(names)
    .slice(keptSafetyCopies)
    .map((parsed) => parsed.name)
    .filter((name) => name !== protectedName);
}

/**
 * A daily backup is due when there is none, the last written is a day old, or the clock moved
 * back past it.
 */
export function shouldBackup(newestBackupTime: number | null, now: number): boolean {
  if (newestBackupTime === null) return true;
  if (newestBackupTime > now + clockSkewToleranceMs) return true;
  return now - newestBackupTime >= backupIntervalMs;
}
