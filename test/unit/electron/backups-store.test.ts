// The store against a real temporary folder: atomic writes, pruning, listing. Only free space
// is faked, since the test machine's disk is whatever it is.
import { mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { temporaryPathFor } from '../../../electron/atomic-write';
import { backupFileName } from '../../../electron/backup-names';
import {
  listBackups,
  newestBackupTime,
  nodeBackupStore,
  readBackup,
  requiredFreeBytes,
  writeBackup,
  type BackupStoreDeps,
} from '../../../electron/backup-store';
import { megabyte } from './backups-fakes';

let root: string;
let folder: string;
let clock: number;

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'wch-backups-'));
  folder = path.join(root, 'backups');
  clock = Date.parse('2026-11-27T08:30:00Z');
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

function diskStore(freeBytes = 10_000 * megabyte): BackupStoreDeps {
  return {
    ...nodeBackupStore(folder),
    statfs: () => Promise.resolve({ bavail: freeBytes / 512, bsize: 512 }),
    now: () => clock,
    log: vi.fn(),
  };
}

const bytes = (text: string) => new TextEncoder().encode(text);
const live = (n: number) => Array.from({ length: n }, () => ({ deletedAt: null }));
/** A backup's JSON as far as the counts go: n live meetings and m live issues. */
const backupOf = (meetings: number, issues: number) =>
  bytes(JSON.stringify({ records: { meetings: live(meetings), issues: live(issues) } }));
const day = 24 * 60 * 60 * 1000;

describe('writeBackup on disk', () => {
  it('creates the folder and writes the bytes under a dated name, leaving no temporary file', async () => {
    const result = await writeBackup('quit', bytes('{"version":1}'), diskStore());
    expect(result).toEqual({
      status: 'saved',
      fileName: 'wuchanghui-backup-2026-11-27T08-30-00Z-quit-n1.json',
    });
    expect(await readdir(folder)).toEqual(['wuchanghui-backup-2026-11-27T08-30-00Z-quit-n1.json']);
    expect(
      await readFile(path.join(folder, result.status === 'saved' ? result.fileName : ''), 'utf8'),
    ).toBe('{"version":1}');
  });

  it('prunes to the rotation on disk and never touches other files', async () => {
    await mkdir(folder, { recursive: true });
    const foreign = ['notes.txt', 'wuchanghui-backup-manual.json', 'old-export.json'];
    for (const name of foreign) await writeFile(path.join(folder, name), 'mine');
    const store = diskStore();
    // 50 days, one backup a day: 1 January to 19 February 2026.
    for (let i = 0; i < 50; i += 1) {
      clock = Date.parse('2026-01-01T00:00:00Z') + i * day;
      await writeBackup(i % 2 === 0 ? 'daily' : 'quit', backupOf(1, 1), store);
    }
    const names = (await readdir(folder)).sort();
    const ours = names.filter((n) => n.startsWith('wuchanghui-backup-20'));
    // One a day: the newest 14 days (6–19 February, which hold the newest 10) and the newest of
    // January, the 31st written.
    expect(ours).toHaveLength(15);
    expect(ours[0]).toBe(
      backupFileName(Date.parse('2026-01-31T00:00:00Z'), 'daily', { meetings: 1, issues: 1 }, 31),
    );
    expect(ours[1]).toContain('2026-02-06T');
    expect(names.filter((n) => !ours.includes(n)).sort()).toEqual([...foreign].sort());
  });

  it('never writes an empty backup while one holding data exists', async () => {
    const store = diskStore();
    expect((await writeBackup('quit', backupOf(2, 3), store)).status).toBe('saved');
    for (let i = 0; i < 40; i += 1) {
      clock += day;
      expect(await writeBackup('daily', backupOf(0, 0), store)).toEqual({
        status: 'skipped',
        message: expect.stringContaining('未写入空备份') as unknown,
      });
    }
    expect(await readdir(folder)).toEqual([
      'wuchanghui-backup-2026-11-27T08-30-00Z-quit-m2-i3-n1.json',
    ]);
  });

  it('keeps the backups written after the clock was set back to 2000 (a dead CMOS battery)', async () => {
    const store = diskStore();
    const start = Date.parse('2026-06-01T08:00:00Z');
    for (let d = 0; d < 20; d += 1) {
      clock = start + d * day;
      await writeBackup('quit', backupOf(3, 5), store);
    }
    clock = Date.parse('2000-01-01T00:05:00Z');
    const bigDay = await writeBackup('quit', backupOf(40, 120), store);
    clock += 60 * 60 * 1000;
    const nextHour = await writeBackup('daily', backupOf(40, 121), store);
    const names = await readdir(folder);
    expect(names).toContain('wuchanghui-backup-2000-01-01T00-05-00Z-quit-m40-i120-n21.json');
    expect(names).toContain('wuchanghui-backup-2000-01-01T01-05-00Z-daily-m40-i121-n22.json');
    expect([bigDay, nextHour].map((r) => r.status)).toEqual(['saved', 'saved']);
    // The one written last is offered first and timed the daily check, not the June ones.
    expect((await listBackups(store))[0]?.name).toBe(
      'wuchanghui-backup-2000-01-01T01-05-00Z-daily-m40-i121-n22.json',
    );
    expect(await newestBackupTime(store)).toBe(Date.parse('2000-01-01T01:05:00Z'));
  });

  it('keeps the safety copy of the real data when a second restore comes after the clock was set back', async () => {
    const store = diskStore();
    const start = Date.parse('2026-03-01T08:00:00Z');
    for (let d = 0; d < 20; d += 1) {
      clock = start + d * day;
      await writeBackup('before-restore', backupOf(2, 2), store);
    }
    clock = Date.parse('2000-01-01T00:05:00Z');
    await writeBackup('before-restore', backupOf(40, 120), store);
    clock += 60_000;
    await writeBackup('before-restore', backupOf(1, 1), store);
    const safety = await readdir(path.join(folder, 'before-restore'));
    // 22 written, 20 kept: the two written first (1 and 2 March) go.
    expect(safety).toHaveLength(20);
    expect(safety).toContain(
      'wuchanghui-backup-2000-01-01T00-05-00Z-before-restore-m40-i120-n21.json',
    );
    expect(safety.filter((n) => n.startsWith('wuchanghui-backup-2026-03-0')).sort()).toEqual(
      [3, 4, 5, 6, 7, 8, 9].map(
        (d) => `wuchanghui-backup-2026-03-0${d}T08-00-00Z-before-restore-m2-i2-n${d}.json`,
      ),
    );
  });

  it('removes its own temporary files a power cut left behind, an hour old, and nothing else', async () => {
    const safetyFolder = path.join(folder, 'before-restore');
    await mkdir(safetyFolder, { recursive: true });
    /** A file at `filePath` last written `ago` ms before the clock. */
    const leave = async (filePath: string, ago: number) => {
      await writeFile(filePath, 'half a backup');
      await utimes(filePath, new Date(clock - ago), new Date(clock - ago));
      return path.basename(filePath);
    };
    const hour = 60 * 60 * 1000;
    const earlier = backupFileName(clock - day, 'quit', { meetings: 9, issues: 9 }, 7);
    const leftover = await leave(temporaryPathFor(path.join(folder, earlier)), 2 * hour);
    const safetyName = backupFileName(clock - day, 'before-restore', undefined, 8);
    const safetyLeftover = await leave(
      temporaryPathFor(path.join(safetyFolder, safetyName)),
      2 * hour,
    );
    // Written five minutes ago: perhaps a write still in progress.
    const recent = await leave(temporaryPathFor(path.join(folder, earlier)), 5 * 60_000);
    const foreign = [
      await leave(path.join(folder, '.notes.txt.0123456789ab.tmp'), 2 * hour),
      await leave(path.join(folder, `.${earlier}.0123.tmp`), 2 * hour),
      await leave(path.join(folder, `${earlier}.0123456789ab.tmp`), 2 * hour),
    ];
    await writeBackup('quit', backupOf(1, 1), diskStore());
    await writeBackup('before-restore', backupOf(1, 1), diskStore());
    const names = await readdir(folder);
    expect(names).not.toContain(leftover);
    expect(await readdir(safetyFolder)).not.toContain(safetyLeftover);
    expect(names).toContain(recent);
    for (const name of foreign) expect(names).toContain(name);
  });

  it('removes a leftover from before the clock was set back, though it looks newer', async () => {
    await mkdir(folder, { recursive: true });
    const june = Date.parse('2026-06-20T08:00:00Z');
    const leftover = temporaryPathFor(path.join(folder, backupFileName(june, 'daily')));
    await writeFile(leftover, 'half a backup');
    await utimes(leftover, new Date(june), new Date(june));
    clock = Date.parse('2000-01-01T00:05:00Z');
    await writeBackup('quit', backupOf(1, 1), diskStore());
    expect(await readdir(folder)).not.toContain(path.basename(leftover));
  });

  it('writes an empty backup when no backup holds data (a new installation)', async () => {
    const store = diskStore();
    expect((await writeBackup('quit', backupOf(0, 0), store)).status).toBe('saved');
    clock += day;
    expect((await writeBackup('daily', backupOf(0, 0), store)).status).toBe('saved');
    expect(await readdir(folder)).toHaveLength(2);
  });

  it('keeps safety copies in their own folder, outside the rotation', async () => {
    const store = diskStore();
    await writeBackup('before-restore', backupOf(5, 5), store);
    for (let i = 0; i < 30; i += 1) {
      clock += 60_000;
      await writeBackup('quit', backupOf(1, 1), store);
    }
    expect(await readdir(path.join(folder, 'before-restore'))).toEqual([
      'wuchanghui-backup-2026-11-27T08-30-00Z-before-restore-m5-i5-n1.json',
    ]);
    expect((await readdir(folder)).filter((n) => n.endsWith('.json'))).toHaveLength(10);
  });

  it('counts live meetings and issues only, from the bytes it writes', async () => {
    const file = {
      records: {
        meetings: [{ deletedAt: null }, { deletedAt: '2026-01-01T00:00:00.000Z' }],
        issues: [{ deletedAt: null }, { deletedAt: null }, { deletedAt: null }],
      },
    };
    const result = await writeBackup('quit', bytes(JSON.stringify(file)), diskStore());
    expect(result).toEqual({
      status: 'saved',
      fileName: 'wuchanghui-backup-2026-11-27T08-30-00Z-quit-m1-i3-n1.json',
    });
  });

  it('refuses when free space is below three times the backup, and writes nothing', async () => {
    const backup = new Uint8Array(40 * megabyte);
    const result = await writeBackup('daily', backup, diskStore(100 * megabyte));
    expect(result.status).toBe('failed');
    expect(result.status === 'failed' && result.message).toMatch(/^磁盘空间不足，未能自动备份/);
    expect(await readdir(folder)).toEqual([]);
  });

  it('refuses below 50 MB free even for a small backup', async () => {
    const result = await writeBackup('daily', bytes('{}'), diskStore(49 * megabyte));
    expect(result.status).toBe('failed');
    expect(await readdir(folder)).toEqual([]);
  });

  it('writes when free space is exactly enough', async () => {
    const backup = new Uint8Array(20 * megabyte);
    expect(requiredFreeBytes(backup.byteLength)).toBe(60 * megabyte);
    const result = await writeBackup('daily', backup, diskStore(60 * megabyte));
    expect(result.status).toBe('saved');
  });

  it('still writes when free space cannot be read, and logs it', async () => {
    const log = vi.fn();
    const store = { ...diskStore(), statfs: () => Promise.reject(new Error('ENOSYS')), log };
    expect((await writeBackup('quit', bytes('{}'), store)).status).toBe('saved');
    expect(log).toHaveBeenCalled();
  });

  it('reports a failed write in Chinese and leaves nothing behind', async () => {
    const store = {
      ...diskStore(),
      writeFile: () => Promise.reject(Object.assign(new Error('full'), { code: 'ENOSPC' })),
    };
    const result = await writeBackup('quit', bytes('{}'), store);
    expect(result).toMatchObject({
      status: 'failed',
      message: expect.stringMatching(/^未能自动备份：磁盘空间不足/) as unknown,
    });
    expect(await readdir(folder)).toEqual([]);
  });

  it('reports a folder it cannot create', async () => {
    await writeFile(path.join(root, 'blocker'), 'a file where the folder should be');
    const store = { ...diskStore(), folder: path.join(root, 'blocker', 'backups') };
    expect(await writeBackup('quit', bytes('{}'), store)).toEqual({
      status: 'failed',
      message: '无法创建备份文件夹，未能自动备份',
    });
  });
});

describe('listBackups on disk', () => {
  it('is empty before the folder exists', async () => {
    expect(await listBackups(diskStore())).toEqual([]);
  });

  it('lists our backups in the order written, last first, with size and time, skipping other files', async () => {
    const store = diskStore();
    await writeBackup('daily', bytes('12345'), store);
    clock += day;
    const safety = backupOf(2, 7);
    await writeBackup('before-restore', safety, store);
    await writeFile(path.join(folder, 'notes.txt'), 'not a backup');
    expect(await listBackups(store)).toEqual([
      {
        name: 'wuchanghui-backup-2026-11-28T08-30-00Z-before-restore-m2-i7-n2.json',
        reason: 'before-restore',
        size: safety.byteLength,
        time: '2026-11-28T08:30:00.000Z',
        meetings: 2,
        issues: 7,
      },
      {
        name: 'wuchanghui-backup-2026-11-27T08-30-00Z-daily-n1.json',
        reason: 'daily',
        size: 5,
        time: '2026-11-27T08:30:00.000Z',
        meetings: null,
        issues: null,
      },
    ]);
  });
});

describe('readBackup on disk', () => {
  it('reads a listed backup and a safety copy by name', async () => {
    const store = diskStore();
    await writeBackup('quit', backupOf(1, 2), store);
    await writeBackup('before-restore', backupOf(3, 4), store);
    for (const info of await listBackups(store)) {
      const read = await readBackup(store, info.name);
      expect(read.status).toBe('read');
      expect(read.status === 'read' && read.bytes.byteLength).toBe(info.size);
    }
  });

  it('refuses any other name, and says so in Chinese when the file is gone', async () => {
    const store = diskStore();
    await mkdir(folder, { recursive: true });
    await writeFile(path.join(root, 'secret.json'), 'outside');
    for (const name of [
      '../secret.json',
      'notes.txt',
      'wuchanghui-backup-2026-11-27T08-30-00Z-quit.json',
    ]) {
      const read = await readBackup(store, name);
      expect(read).toEqual({
        status: 'failed',
        message: `找不到自动备份“${name}”，它可能已被删除`,
      });
    }
  });
});
