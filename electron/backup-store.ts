// The backups folder on disk: writes one backup after checking free space, prunes to the newest
// 30 of our files (never touching any other file) and lists what is there. Disk access is a
// parameter, so tests use fakes or a real temporary folder.
import { mkdir, readdir, stat, statfs, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { AutoBackupInfo, BackupReason, BackupResult } from '../shared/ipc/contract';
import { writeFileAtomic } from './atomic-write';
import { backupFileName, backupsToPrune, sortBackupsNewestFirst } from './backup-names';
import { describeFileError } from './file-errors';

export type BackupStoreDeps = {
  folder: string;
  mkdir(folder: string): Promise<unknown>;
  readdir(folder: string): Promise<string[]>;
  stat(filePath: string): Promise<{ size: number; isFile(): boolean }>;
  unlink(filePath: string): Promise<void>;
  statfs(folder: string): Promise<{ bavail: number; bsize: number }>;
  /** Must be atomic: a crash mid-write must never leave a half backup under a backup name. */
  writeFile(filePath: string, bytes: Uint8Array): Promise<void>;
  now(): number;
  log(message: string, error?: unknown): void;
};

const megabyte = 1024 * 1024;
/** Free space to leave beyond the backup: the database and the OS need room too. */
const minimumFreeBytes = 50 * megabyte;

export const backupMessages = {
  lowDisk: (freeBytes: number, neededBytes: number) =>
    `磁盘空间不足，未能自动备份（剩余 ${Math.floor(freeBytes / megabyte)} MB，至少需要 ${Math.ceil(neededBytes / megabyte)} MB）`,
  noFolder: '无法创建备份文件夹，未能自动备份',
  writeFailed: (detail: string) => `未能自动备份：${detail}`,
  staleRequest: '备份请求已过期或无效，未写入备份',
  unexpected: '自动备份失败，请重试',
} as const;

/** The real disk, for main.ts. */
export function nodeBackupStore(folder: string): BackupStoreDeps {
  return {
    folder,
    mkdir: (dir) => mkdir(dir, { recursive: true }),
    readdir: (dir) => readdir(dir),
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

async function namesIn(deps: BackupStoreDeps): Promise<string[]> {
  try {
    return await deps.readdir(deps.folder);
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

/** Deletes our oldest backups beyond the newest 30; the file just written is always kept. */
export async function pruneBackups(deps: BackupStoreDeps, keepName?: string): Promise<string[]> {
  const doomed = backupsToPrune(await namesIn(deps), undefined, keepName);
  const deleted: string[] = [];
  for (const name of doomed) {
    try {
      await deps.unlink(path.join(deps.folder, name));
      deleted.push(name);
    } catch (error) {
      deps.log(`could not delete old backup ${name}`, error);
    }
  }
  return deleted;
}

export async function writeBackup(
  reason: BackupReason,
  bytes: Uint8Array,
  deps: BackupStoreDeps,
): Promise<BackupResult> {
  try {
    await deps.mkdir(deps.folder);
  } catch (error) {
    deps.log('could not create the backups folder', error);
    return { status: 'failed', message: backupMessages.noFolder };
  }
  const free = await freeBytes(deps);
  const needed = requiredFreeBytes(bytes.byteLength);
  if (free !== null && free < needed) {
    return { status: 'failed', message: backupMessages.lowDisk(free, needed) };
  }
  const fileName = backupFileName(deps.now(), reason);
  try {
    await deps.writeFile(path.join(deps.folder, fileName), bytes);
  } catch (error) {
    deps.log(`could not write ${fileName}`, error);
    return {
      status: 'failed',
      message: backupMessages.writeFailed(describeFileError(error, fileName)),
    };
  }
  try {
    await pruneBackups(deps, fileName);
  } catch (error) {
    // The backup itself is safe; a failed clean-up is retried after the next backup.
    deps.log('could not prune old backups', error);
  }
  return { status: 'saved', fileName };
}

/** Our backups, newest first, with their sizes; files that vanish meanwhile are skipped. */
export async function listBackups(deps: BackupStoreDeps): Promise<AutoBackupInfo[]> {
  const list: AutoBackupInfo[] = [];
  for (const parsed of sortBackupsNewestFirst(await namesIn(deps))) {
    try {
      const info = await deps.stat(path.join(deps.folder, parsed.name));
      if (!info.isFile()) continue;
      const time = new Date(parsed.time).toISOString();
      list.push({ name: parsed.name, reason: parsed.reason, size: info.size, time });
    } catch (error) {
      if (!isMissing(error)) deps.log(`could not read ${parsed.name}`, error);
    }
  }
  return list;
}

/** The time in the newest backup's name, or null when there is none yet. */
export async function newestBackupTime(deps: BackupStoreDeps): Promise<number | null> {
  return sortBackupsNewestFirst(await namesIn(deps))[0]?.time ?? null;
}
