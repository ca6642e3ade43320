import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  backupFileName,
  backupFolderFor,
  backupsToPrune,
  isEmptyBackup,
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
      expect(parseBackupName(name)).toEqual({
        name,
        reason,
        time: at('2027-01-02T03:04:05Z'),
        counts: null,
        sequence: 0,
      });
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

  it('carry their place in the order of writing, and sort by it before the time', () => {
    const name = backupFileName(
      at('2000-01-01T00:05:00Z'),
      'daily',
      { meetings: 2, issues: 1 },
      31,
    );
    expect(name).toBe('wuchanghui-backup-2000-01-01T00-05-00Z-daily-m2-i1-n31.json');
    expect(parseBackupName(name)?.sequence).toBe(31);
    const names = [
      backupFileName(at('2026-06-20T08:00:00Z'), 'quit', undefined, 30),
      name,
      backupFileName(at('2026-06-21T08:00:00Z'), 'quit'),
      backupFileName(at('2000-01-01T00:04:00Z'), 'quit', undefined, 32),
    ];
    // Written last first; a name without a number was written before every name with one.
    expect(sortBackupsNewestFirst(names).map((b) => b.name)).toEqual([
      names[3],
      names[1],
      names[0],
      names[2],
    ]);
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

describe('the rotation (backupsToPrune)', () => {
  const day = 24 * hour;
  const start = at('2026-01-01T12:00:00Z');
  /** What survives when `names` are written one after another, pruning after each as the store does. */
  const surviving = (names: string[]) => {
    let folder: string[] = [];
    for (const name of names) {
      folder = [...folder, name];
      const doomed = new Set(backupsToPrune(folder, name));
      folder = folder.filter((n) => !doomed.has(n));
    }
    return folder;
  };

  it('keeps the newest 10 of a burst on one day', () => {
    const burst = Array.from({ length: 25 }, (_, i) =>
      backupFileName(start + i * 60_000, 'quit', { meetings: 3, issues: 5 }),
    );
    // The 10 newest, and nothing older: the same day and month are already held by the newest.
    expect(surviving(burst).sort()).toEqual(burst.slice(15).sort());
  });

  it('after a year of four quits a day, keeps 10 newest, 14 days and 12 months', () => {
    // From 2026-01-20, so the last day (2027-02-23) and the 13 before it are all in February.
    const from = at('2026-01-20T12:00:00Z');
    const names: string[] = [];
    for (let d = 0; d < 400; d += 1)
      for (let q = 0; q < 4; q += 1)
        names.push(backupFileName(from + d * day + q * hour, 'quit', { meetings: 1, issues: 1 }));
    const kept = sortBackupsNewestFirst(surviving(names));
    const last = from + 399 * day;
    const days = new Set(kept.map((b) => new Date(b.time).toISOString().slice(0, 10)));
    const months = new Set(kept.map((b) => new Date(b.time).toISOString().slice(0, 7)));
    // Worked out by hand: the newest 10 span the last 3 days (4 a day), the 14 newest days add
    // one each for the 11 days before, and the 12 newest months one each for the 11 months
    // before the current one.
    expect(kept.slice(0, 10).map((b) => b.time)).toEqual(
      Array.from(
        { length: 10 },
        (_, i) => last + 3 * hour - (i % 4) * hour - Math.floor(i / 4) * day,
      ).sort((a, b) => b - a),
    );
    expect(days.size).toBe(14 + 11);
    expect(months.size).toBe(12);
    expect(kept).toHaveLength(10 + 11 + 11);
    expect(kept.at(-1)?.time).toBeLessThan(last - 300 * day);
  });

  it('two weeks of bad backups leave the good months in place', () => {
    const good = Array.from({ length: 120 }, (_, d) =>
      backupFileName(start + d * day, 'daily', { meetings: 40, issues: 90 }),
    );
    const bad = Array.from({ length: 30 }, (_, d) =>
      backupFileName(start + (120 + d) * day, 'daily', { meetings: 1, issues: 0 }),
    );
    const kept = sortBackupsNewestFirst(surviving([...good, ...bad]));
    const goodKept = kept.filter((b) => b.counts?.meetings === 40);
    expect(goodKept.length).toBeGreaterThanOrEqual(4);
    expect(goodKept[0]?.time).toBe(start + 119 * day);
  });

  it('keeps the 10 written last when a dead CMOS battery starts every boot in 2000', () => {
    // A month written with the clock right (1–30 June 2026, numbers 1–30), then 60 days with a
    // dead battery: every boot starts at 2000-01-01 00:00, a daily backup at 00:05 and a quit
    // backup at some hour of that same first day (numbers 31–150).
    const history = Array.from({ length: 30 }, (_, d) =>
      backupFileName(
        at('2026-06-01T08:00:00Z') + d * day,
        'daily',
        { meetings: 5, issues: 9 },
        d + 1,
      ),
    );
    const boot = at('2000-01-01T00:00:00Z');
    const afterReset: string[] = [];
    for (let d = 0; d < 60; d += 1) {
      const counts = { meetings: 5 + d, issues: 9 };
      afterReset.push(backupFileName(boot + 5 * 60_000, 'daily', counts, 31 + 2 * d));
      afterReset.push(backupFileName(boot + ((d * 7) % 23) * hour, 'quit', counts, 32 + 2 * d));
    }
    const kept = surviving([...history, ...afterReset]);
    // By hand: the 10 written last (numbers 141–150) hold the day 2000-01-01 and its month; the
    // other 13 of the 14 most recent days are 18–30 June, whose month is already held.
    expect(kept.sort()).toEqual([...afterReset.slice(-10), ...history.slice(17)].sort());
  });

  it('never names a foreign file or the protected one', () => {
    const names = Array.from({ length: 60 }, (_, i) => backupFileName(start + i * hour, 'daily'));
    const doomed = backupsToPrune(['keep-me.json', ...names, 'wuchanghui.db'], names[0]);
    expect(doomed).not.toContain('keep-me.json');
    expect(doomed).not.toContain('wuchanghui.db');
    expect(doomed).not.toContain(names[0]);
    // 60 hourly backups from 12:00 on 1 January span three days of one month: the newest 10,
    // the newest of the two earlier days, and the protected one stay.
    expect(doomed.length).toBe(60 - 10 - 2 - 1);
  });

  it('deletes nothing at or below 10', () => {
    const names = Array.from({ length: 10 }, (_, i) => backupFileName(start + i * hour, 'daily'));
    expect(backupsToPrune(names)).toEqual([]);
  });
});

describe('counts in the name', () => {
  it('round-trip, and old names without counts still parse', () => {
    const name = backupFileName(at('2026-11-27T08:30:00Z'), 'quit', { meetings: 12, issues: 40 });
    expect(name).toBe('wuchanghui-backup-2026-11-27T08-30-00Z-quit-m12-i40.json');
    expect(parseBackupName(name)?.counts).toEqual({ meetings: 12, issues: 40 });
    expect(parseBackupName('wuchanghui-backup-2026-11-27T08-30-00Z-quit.json')?.counts).toBeNull();
  });

  it('tell an empty backup; unknown counts are not empty', () => {
    const parse = (n: string) => {
      const parsed = parseBackupName(n);
      if (!parsed) throw new Error(n);
      return parsed;
    };
    expect(isEmptyBackup(parse('wuchanghui-backup-2026-11-27T08-30-00Z-quit-m0-i0.json'))).toBe(
      true,
    );
    expect(isEmptyBackup(parse('wuchanghui-backup-2026-11-27T08-30-00Z-quit-m0-i1.json'))).toBe(
      false,
    );
    expect(isEmptyBackup(parse('wuchanghui-backup-2026-11-27T08-30-00Z-quit.json'))).toBe(false);
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
