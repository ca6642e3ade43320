import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  backupFileName,
  backupFolderFor,
  backupsToPrune,
  parseBackupName,
  shouldBackup,
  sortBackupsNewestFirst,
} from '../../../electron/backup-names';

const hour = 60 * 60 * 1000;
const at = (iso: string) => Date.parse(iso);

describe('backupFolderFor', () => {
  it('is userData/backups, never inside a folder named databases', () => {
    const folder = backupFolderFor(path.join('/home/u/.config', 'wuchanghui-assistant'));
    expect(folder).toBe(path.join('/home/u/.config', 'wuchanghui-assistant', 'backups'));
    expect(folder.split(path.sep).map((s) => s.toLowerCase())).not.toContain('databases');
  });
});

describe('backup names', () => {
  it('are sortable, Windows-safe and carry the reason', () => {
    const name = backupFileName(at('2026-11-27T08:30:00.789Z'), 'quit');
    expect(name).toBe('wuchanghui-backup-2026-11-27T08-30-00Z-quit.json');
    expect(name).not.toMatch(/[\\/:*?"<>|]/);
  });

  it('round-trip through the parser', () => {
    for (const reason of ['quit', 'daily', 'before-restore'] as const) {
      const name = backupFileName(at('2027-01-02T03:04:05Z'), reason);
      expect(parseBackupName(name)).toEqual({ name, reason, time: at('2027-01-02T03:04:05Z') });
    }
  });

  it.each([
    'notes.txt',
    'wuchanghui-backup-2026-11-27T08-30-00Z-manual.json',
    'wuchanghui-backup-2026-11-27T08-30-00Z-quit.json.tmp',
    '.wuchanghui-backup-2026-11-27T08-30-00Z-quit.json.1a2b3c.tmp',
    'wuchanghui-backup-2026-11-27T08:30:00Z-quit.json',
    'wuchanghui-backup-2026-13-45T99-99-99Z-quit.json',
    'WUCHANGHUI-BACKUP-2026-11-27T08-30-00Z-quit.json',
    'x-wuchanghui-backup-2026-11-27T08-30-00Z-quit.json',
  ])('ignore the foreign or malformed name %s', (name) => {
    expect(parseBackupName(name)).toBeNull();
  });

  it('sort newest first by the time in the name', () => {
    const names = [
      backupFileName(at('2026-01-02T00:00:00Z'), 'daily'),
      'readme.txt',
      backupFileName(at('2026-03-01T00:00:00Z'), 'quit'),
      backupFileName(at('2025-12-31T23:59:59Z'), 'before-restore'),
    ];
    expect(sortBackupsNewestFirst(names).map((b) => b.time)).toEqual([
      at('2026-03-01T00:00:00Z'),
      at('2026-01-02T00:00:00Z'),
      at('2025-12-31T23:59:59Z'),
    ]);
  });
});

describe('backupsToPrune', () => {
  const names = Array.from({ length: 35 }, (_, day) =>
    backupFileName(at('2026-01-01T00:00:00Z') + day * 24 * hour, 'daily'),
  );

  it('names the oldest beyond the newest 30 and never a foreign file', () => {
    const doomed = backupsToPrune(['keep-me.json', ...names, 'wuchanghui.db']);
    expect(doomed.sort()).toEqual(names.slice(0, 5).sort());
  });

  it('deletes nothing at or below the limit', () => {
    expect(backupsToPrune(names.slice(0, 30))).toEqual([]);
  });

  it('never names the protected file, even when the clock was set back', () => {
    expect(backupsToPrune(names, 30, names[0])).not.toContain(names[0]);
  });
});

describe('shouldBackup', () => {
  const now = at('2026-11-27T08:30:00Z');

  it('is due when there is no backup yet', () => {
    expect(shouldBackup(null, now)).toBe(true);
  });

  it('is not due within a day of the newest backup', () => {
    expect(shouldBackup(now - 23 * hour, now)).toBe(false);
    expect(shouldBackup(now, now)).toBe(false);
  });

  it('is due once the newest backup is a day old', () => {
    expect(shouldBackup(now - 24 * hour, now)).toBe(true);
    expect(shouldBackup(now - 90 * 24 * hour, now)).toBe(true);
  });

  it('is due when the newest backup lies in the future (the clock was set back)', () => {
    expect(shouldBackup(now + 30 * 60 * 1000, now)).toBe(false);
    expect(shouldBackup(now + 48 * hour, now)).toBe(true);
  });
});
