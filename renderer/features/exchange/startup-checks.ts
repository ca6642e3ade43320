// What start-up checks before the app writes anything: whether the local database holds nothing
// at all (a new or wiped profile, read with the raw IndexedDB API so nothing is created or
// upgraded), which automatic backups hold data, and why the database could not be opened.
import type { AutoBackupInfo } from '../../../shared/ipc/contract';

const recordStores = ['meetings', 'attendance', 'issues', 'progress', 'persons', 'keyValues'];

/**
 * What the probe saw. `blank`: true when the database does not exist or none of its record stores
 * (nor its key-values, where the device id lives) holds a row; false when it holds something;
 * null when it cannot be read here (the normal open then reports why). `version`: the version it
 * is stored at (0 when there is none), which the open then needs not read again; null when unread.
 */
export type DatabaseProbe = { blank: boolean | null; version: number | null };

const unread: DatabaseProbe = { blank: null, version: null };

export function probeDatabase(factory: IDBFactory, name: string): Promise<DatabaseProbe> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name);
    } catch {
      resolve(unread);
      return;
    }
    // Opening without a version would create a missing database: abort that, it means blank.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onblocked = () => resolve(unread);
    request.onerror = (event) => {
      event.preventDefault();
      resolve(request.error?.name === 'AbortError' ? { blank: true, version: 0 } : unread);
    };
    request.onsuccess = () => {
      const db = request.result;
      const version = db.version;
      const done = (blank: boolean | null) => {
        db.close();
        resolve({ blank, version });
      };
      const stores = recordStores.filter((s) => db.objectStoreNames.contains(s));
      if (stores.length === 0) {
        done(true);
        return;
      }
      try {
        const tx = db.transaction(stores, 'readonly');
        // At most one key per store: count() walks the whole store in Chromium, and with the
        // ten-year demo township (130,000 records) that alone doubled the time to the home screen.
        const firstKeys = stores.map((s) => tx.objectStore(s).getAllKeys(null, 1));
        tx.oncomplete = () => done(firstKeys.every((k) => k.result.length === 0));
        tx.onerror = tx.onabort = () => done(null);
      } catch {
        done(null);
      }
    };
  });
}

/** Automatic backups (not safety copies) that hold meetings or issues, newest first. */
export function backupsHoldingData(backups: readonly AutoBackupInfo[]): AutoBackupInfo[] {
  return backups.filter(
    (b) =>
      b.reason !== 'before-restore' &&
      // A backup written before counts were kept is taken as holding data: asking costs a click.
      (b.meetings === null || b.issues === null || b.meetings > 0 || b.issues > 0),
  );
}

export type OpenFailureKind = 'blocked' | 'newer' | 'other';

/**
 * Which failure stopped the database from opening. database.ts's open (issue 7, engineer
 * `save`) throws an error with `kind`; Dexie's own VersionError also means a newer app wrote it.
 */
export function openFailureKind(error: unknown): OpenFailureKind {
  const kind = (error as { kind?: unknown } | null)?.kind;
  if (kind === 'blocked' || kind === 'newer' || kind === 'other') return kind;
  const name = (error as { name?: unknown } | null)?.name;
  const inner = (error as { inner?: { name?: unknown } } | null)?.inner?.name;
  if (name === 'VersionError' || inner === 'VersionError') return 'newer';
  return 'other';
}

export const startupLabels = {
  failure: {
    blocked: {
      title: '数据库正被另一个窗口占用',
      detail:
        '本程序需要升级本地数据，但另一个打开的窗口（或旧版本的程序）还在使用它。请关闭其他窗口后点“重试”；数据没有改动。',
    },
    newer: {
      title: '本地数据来自更新版本的程序',
      detail:
        '这台电脑上的数据是由更新版本的屋场会助手写入的，本版本不能安全地修改它，因此没有打开。最好安装最新版本后再打开；数据没有改动。',
    },
    other: {
      title: '无法打开本地数据库',
      detail:
        '本地数据库打不开，可能已损坏或磁盘出错。数据没有被改动；可以从自动备份或备份文件恢复。',
    },
  } satisfies Record<OpenFailureKind, { title: string; detail: string }>,
  retry: '重试',
  restoreNewest: (when: string) => `恢复最新的自动备份（${when}）`,
  restoreChosen: '选择备份文件恢复…',
  replaceWarning:
    '恢复会删除这份无法打开的本地数据库，换成备份中的数据。删除后无法找回。确定要恢复吗？',
  blankTitle: '本地数据库是空的，但自动备份中有数据',
  blankDetail: (meetings: string, when: string) =>
    `这台电脑上的数据库没有任何记录，而最新的自动备份（${when}）有 ${meetings}。可能是浏览器数据被清除或换了用户。在你选择之前，程序不会写入任何数据。`,
  startEmpty: '从空白开始（备份保持不变）',
  restoring: '正在恢复…',
  restoreFailed: '恢复失败',
  noBackup: '没有可用的自动备份',
  browserNoBackups: '浏览器版没有自动备份，可以选择备份文件恢复。',
} as const;

export function describeHeld(backup: AutoBackupInfo): string {
  if (backup.meetings === null || backup.issues === null) return '数据（条数未记录）';
  return `${backup.meetings} 场会议、${backup.issues} 条诉求`;
}
