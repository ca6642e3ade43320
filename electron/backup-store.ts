// The backups folder on disk: writes one backup after checking free space (never an empty one
// while a backup holding data exists), prunes to the rotation and removes the temporary files a
// power cut left behind (never touching any other file), keeps safety copies before a restore in
// their own folder, lists and reads what is there. Disk access is a parameter, so tests use fakes
// or a real temporary folder.
import { mkdir, readdir, readFile, stat, statfs, unlink } from 'node:fs/promises';
import path from 'node:path';
import {
  maxFileBytes,
  type AutoBackupInfo,
  type BackupReason,
  type BackupResult,
  type ReadBackupResult,
} from '../shared/ipc/contract';
import { targetOfTemporaryName, writeFileAtomic } from './atomic-write';
import {
  backupFileName,
  backupsToPrune,
  isEmptyBackup,
  parseBackupName,
  safetyCopiesToPrune,
  safetyFolderFor,
  sortBackupsNewestFirst,
  type BackupCounts,
} from './backup-names';
import { describeFileError } from './file-errors';

export type BackupStoreDeps = {
  folder: string;
  mkdir(folder: string): Promise<unknown>;
  readdir(folder: string): Promise<string[]>;
  readFile(filePath: string): Promise<Uint8Array>;
  stat(filePath: string): Promise<{ size: number; mtimeMs: number; isFile(): boolean }>;
  unlink(filePath: string): Promise<void>;
  statfs(folder: string): Promise<{ bavail: number; bsize: number }>;
  /** Must be atomic: a crash mid-write must never leave a half backup under a backup name. */
  writeFile(filePath: string, bytes: Uint8Array): Promise<void>;
  now(): number;
  log(message: string, error?: unknown): void;
};

const megabyte = 1024 * 1024;
/** A temporary file untouched this long is a crash's leftover, not a write in progress. */
const staleTemporaryMs = 60 * 60 * 1000;
/** Free space to leave beyond the backup: the database and the OS need room too. */
const minimumFreeBytes = 50 * megabyte;

export const backupMessages = {
  lowDisk: (freeBytes: number, neededBytes: number) =>
    `磁盘空间不足，未能自动备份（剩余 ${Math.floor(freeBytes / megabyte)} MB，至少需要 ${Math.ceil(neededBytes / megabyte)} MB）`,
  noFolder: '无法创建备份文件夹，未能自动备份',
  tooLarge: (bytes: number) =>
    `数据共 ${Math.ceil(bytes / megabyte)} MB，超过一个备份文件的上限 ${maxFileBytes / megabyte} MB，未能自动备份`,
  writeFailed: (detail: string) => `未能自动备份：${detail}`,
  staleRequest: '备份请求已过期或无效，未写入备份',
  unexpected: '自动备份失败，请重试',
  emptySkipped: '当前数据库没有会议和诉求，已有的备份含有数据，因此未写入空备份（旧备份保持不变）',
  notFound: (name: string) => `找不到自动备份“${name}”，它可能已被删除`,
  readFailed: (detail: string) => `无法读取自动备份：${detail}`,
} as const;

/** The real disk, for main.ts. */
export function nodeBackupStore(folder: string): BackupStoreDeps {
  return {
    folder,
    mkdir: (dir) => mkdir(dir, { recursive: true }),
    readdir: (dir) => readdir(dir),
    readFile: (filePath) => readFile(filePath),
    stat: (filePath) => stat(filePath),
    unlink: (filePath) => unlink(filePath),
    statfs: (dir) => statfs(dir),
    writeFile: (filePath, bytes) => writeFileAtomic(filePath, bytes),
    now: () => Date.now(),
    log: (message, error) => console.warn(`[backups] ${message}`, error ?? ''),
  };
}

export function requiredFreeBytes(backupBytes: number): number {
  return Math.max(3 * backupBytes, minimumFreeBytes);
}

function isMissing(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'ENOENT';
}

async function namesIn(deps: BackupStoreDeps, folder = deps.folder): Promise<string[]> {
  try {
    return await deps.readdir(folder);
  } catch (error) {
    if (isMissing(error)) return [];
    throw error;
  }
}

/** Free bytes for this user, or null when the system cannot tell (the write then decides). */
async function freeBytes(deps: BackupStoreDeps): Promise<number | null> {
  try {
    const info = await deps.statfs(deps.folder);
    return info.bavail * info.bsize;
  } catch (error) {
    deps.log('could not read free disk space', error);
    return null;
  }
}

/**
 * What a backup holds: its live meetings and issues, counted by main from the bytes it writes
 * (not taken from the page's word). null when the bytes are not an exchange file's JSON.
 */
export function countBackup(bytes: Uint8Array): BackupCounts | null {
  try {
    const file = JSON.parse(new TextDecoder().decode(bytes)) as {
      records?: { meetings?: unknown; issues?: unknown };
    };
    const live = (rows: unknown) =>
      Array.isArray(rows)
        ? rows.filter((r) => (r as { deletedAt?: unknown } | null)?.deletedAt === null).length
        : null;
    const meetings = live(file.records?.meetings);
    const issues = live(file.records?.issues);
    return meetings === null || issues === null ? null : { meetings, issues };
  } catch {
    return null;
  }
}

/**
 * The temporary files of our backups (writeFileAtomic's `.<backup name>.<hex>.tmp`) that a crash
 * or power cut between writing and renaming left behind: untouched for an hour either way, since
 * a clock set back puts an old leftover in the future, while a write in progress is seconds old.
 */
async function staleTemporaryNames(
  deps: BackupStoreDeps,
  folder: string,
  names: readonly string[],
): Promise<string[]> {
  const stale: string[] = [];
  for (const name of names) {
    const target = targetOfTemporaryName(name);
    if (target === null || parseBackupName(target) === null) continue;
    try {
      const info = await deps.stat(path.join(folder, name));
      if (info.isFile() && Math.abs(deps.now() - info.mtimeMs) >= staleTemporaryMs) {
        stale.push(name);
      }
    } catch (error) {
      if (!isMissing(error)) deps.log(`could not read ${name}`, error);
    }
  }
  return stale;
}

/**
 * Deletes what the rotation no longer keeps (or, for safety copies, all but the 20 written last)
 * and our stale temporary files; the file just written is always kept.
 */
export async function pruneBackups(
  deps: BackupStoreDeps,
  keepName?: string,
  kind: 'rotation' | 'safety' = 'rotation',
): Promise<string[]> {
  const folder = kind === 'safety' ? safetyFolderFor(deps.folder) : deps.folder;
  const names = await namesIn(deps, folder);
  const doomed = [
    ...(kind === 'safety' ? safetyCopiesToPrune(names, keepName) : backupsToPrune(names, keepName)),
    ...(await staleTemporaryNames(deps, folder, names)),
  ];
  const deleted: string[] = [];
  for (const name of doomed) {
    try {
      await deps.unlink(path.join(folder, name));
      deleted.push(name);
    } catch (error) {
      deps.log(`could not delete ${name}`, error);
    }
  }
  return deleted;
}

export async function writeBackup(
  reason: BackupReason,
  bytes: Uint8Array,
  deps: BackupStoreDeps,
): Promise<BackupResult> {
  // A larger file could not be opened through 选择文件 on another computer: maxFileBytes is also
  // the limit of what the dialogs read.
  if (bytes.byteLength > maxFileBytes) {
    return { status: 'failed', message: backupMessages.tooLarge(bytes.byteLength) };
  }
  const isSafetyCopy = reason === 'before-restore';
  const folder = isSafetyCopy ? safetyFolderFor(deps.folder) : deps.folder;
  const counts = countBackup(bytes);
  try {
    await deps.mkdir(folder);
  } catch (error) {
    deps.log('could not create the backups folder', error);
    return { status: 'failed', message: backupMessages.noFolder };
  }
  const existing = sortBackupsNewestFirst(await backupNames(deps));
  if (!isSafetyCopy && counts?.meetings === 0 && counts.issues === 0) {
    if (existing.some((b) => b.reason !== 'before-restore' && !isEmptyBackup(b))) {
      return { status: 'skipped', message: backupMessages.emptySkipped };
    }
  }
  const free = await freeBytes(deps);
  const needed = requiredFreeBytes(bytes.byteLength);
  if (free !== null && free < needed) {
    return { status: 'failed', message: backupMessages.lowDisk(free, needed) };
  }
  const fileName = backupFileName(
    deps.now(),
    reason,
    counts ?? undefined,
    (existing[0]?.sequence ?? 0) + 1,
  );
  try {
    await deps.writeFile(path.join(folder, fileName), bytes);
  } catch (error) {
    deps.log(`could not write ${fileName}`, error);
    return {
      status: 'failed',
      message: backupMessages.writeFailed(describeFileError(error, fileName)),
    };
  }
  try {
    await pruneBackups(deps, fileName, isSafetyCopy ? 'safety' : 'rotation');
  } catch (error) {
    // The backup itself is safe; a failed clean-up is retried after the next backup.
    deps.log('could not prune old backups', error);
  }
  return { status: 'saved', fileName };
}

/** The folder a backup of this name lives in: safety copies have their own. */
function folderOf(deps: BackupStoreDeps, reason: BackupReason): string {
  return reason === 'before-restore' ? safetyFolderFor(deps.folder) : deps.folder;
}

/**
 * The names of our backups and safety copies, each in its folder. One order of writing runs
 * through both, so the list shows a safety copy where it was written among the backups.
 */
async function backupNames(deps: BackupStoreDeps): Promise<string[]> {
  return [
    ...(await namesIn(deps)).filter((n) => parseBackupName(n)?.reason !== 'before-restore'),
    ...(await namesIn(deps, safetyFolderFor(deps.folder))).filter(
      (n) => parseBackupName(n)?.reason === 'before-restore',
    ),
  ];
}

/**
 * Our backups and safety copies, the last written first, with their sizes and what they hold;
 * files that vanish meanwhile are skipped.
 */
export async function listBackups(deps: BackupStoreDeps): Promise<AutoBackupInfo[]> {
  const list: AutoBackupInfo[] = [];
  for (const parsed of sortBackupsNewestFirst(await backupNames(deps))) {
    try {
      const info = await deps.stat(path.join(folderOf(deps, parsed.reason), parsed.name));
      if (!info.isFile()) continue;
      list.push({
        name: parsed.name,
        reason: parsed.reason,
        size: info.size,
        time: new Date(parsed.time).toISOString(),
        meetings: parsed.counts?.meetings ?? null,
        issues: parsed.counts?.issues ?? null,
      });
    } catch (error) {
      if (!isMissing(error)) deps.log(`could not read ${parsed.name}`, error);
    }
  }
  return list;
}

/** One backup's bytes, by a name of ours only (never a path the page made up). */
export async function readBackup(deps: BackupStoreDeps, name: string): Promise<ReadBackupResult> {
  const parsed = parseBackupName(name);
  if (!parsed) return { status: 'failed', message: backupMessages.notFound(name) };
  try {
    const bytes = await deps.readFile(path.join(folderOf(deps, parsed.reason), parsed.name));
    return { status: 'read', name: parsed.name, bytes: new Uint8Array(bytes) };
  } catch (error) {
    if (isMissing(error)) return { status: 'failed', message: backupMessages.notFound(name) };
    deps.log(`could not read ${name}`, error);
    return { status: 'failed', message: backupMessages.readFailed(describeFileError(error, name)) };
  }
}

/** The time in the name of the rotation backup written last, or null when there is none yet. */
export async function newestBackupTime(deps: BackupStoreDeps): Promise<number | null> {
  return sortBackupsNewestFirst(await namesIn(deps))[0]?.time ?? null;
}
