// The local database. Versions are append-only: never edit a released version, add the next
// one with its upgrade in migrations/ (each with a test that builds the old shape and upgrades).
import Dexie, { type Table } from 'dexie';
import type { ExchangeRecord, RecordTable } from '../../shared/exchange/format';
import type { PhotoCounts } from '../../shared/exchange/photo-merge';
import { upgradeToV4 } from './migrations/v4-progress-defaults';
import { databaseName } from './database-name';
import type {
  Attendance,
  Issue,
  Meeting,
  Person,
  Photo,
  ProgressEntry,
} from '../../shared/domain/schemas';

export type KeyValue = { key: string; value: unknown };

export type FileLogEntry = {
  id?: number;
  at: string;
  action: '导出' | '导入' | '备份' | '恢复';
  what: string;
  fileName: string;
  deviceId: string;
};

/** An incoming version that collided with ours; it stays until the user resolves it. */
export type StoredConflict = {
  id: string;
  table: RecordTable;
  recordId: string;
  incoming: ExchangeRecord;
  batchId: string;
  fileName: string;
  sourceDevice: string;
  detectedAt: string;
};

/** What an import wrote to one record: what it replaced (for 撤销) and the clock it wrote. */
export type ImportedRecord = {
  /** 'photos' for a photo an exchange file brought (shared/exchange/photo-merge.ts). */
  table: RecordTable | 'photos';
  recordId: string;
  before: ExchangeRecord | Photo | null;
  /** 撤销 leaves a record alone once it has moved on from this version. */
  afterClock: Record<string, number>;
};

/**
 * One 导入: which files, from which devices, when, and every record each file wrote — so every
 * imported record remembers its batch, file name, source device and time. undoneAt once 撤销.
 */
export type ImportBatch = {
  id: string;
  at: string;
  files: {
    name: string;
    sourceDevice: string;
    /** `refused` is absent from batches written before the lifecycle gate on import. */
    counts: Record<'new' | 'updated' | 'unchanged' | 'conflict', number> & { refused?: number };
    /** The issues the lifecycle rules kept out, one message each (absent before the gate). */
    refusals?: string[];
    /** What became of the file's photos (absent in batches written before photos travelled). */
    photos?: PhotoCounts;
    written: ImportedRecord[];
  }[];
  undoneAt: string | null;
};

export class AppDatabase extends Dexie {
  meetings!: Table<Meeting, string>;
  attendance!: Table<Attendance, string>;
  issues!: Table<Issue, string>;
  progress!: Table<ProgressEntry, string>;
  persons!: Table<Person, string>;
  keyValues!: Table<KeyValue, string>;
  fileLog!: Table<FileLogEntry, number>;
  conflicts!: Table<StoredConflict, string>;
  importBatches!: Table<ImportBatch, string>;
  photos!: Table<Photo, string>;
  /** The IndexedDB this database lives in (the browser's, or fake-indexeddb in tests). */
  readonly factory: IDBFactory;

  constructor(
    name = databaseName,
    options: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange } = {},
  ) {
    // 'strict' durability: a committed write is flushed to disk before Dexie reports success,
    // so a power cut right after 已保存 loses nothing.
    super(name, { chromeTransactionDurability: 'strict', ...options });
    this.factory = options.indexedDB ?? indexedDB;
    this.version(1).stores({
      meetings: 'id, date, village, status, updatedAt',
      attendance: 'id, meetingId, personId, updatedAt',
      issues: 'id, meetingId, status, deadline, category, updatedAt',
      progress: 'id, issueId, updatedAt',
      persons: 'id, name, village, updatedAt',
      keyValues: 'key',
      fileLog: '++id, at',
    });
    // Version 2: import bookkeeping (exchange files). New tables only, no data to upgrade.
    this.version(2).stores({
      conflicts: 'id, [table+recordId], batchId',
      importBatches: 'id, at',
    });
    // Version 3: photos of meetings and follow-up steps. A new table only, no data to upgrade.
    this.version(3).stores({
      photos: 'id, meetingId, progressId, bytes, updatedAt',
    });
    // Version 4: older 办理进展 entries get the follow-up fields they read as (migrations/v4-…).
    this.version(4).stores({}).upgrade(upgradeToV4);
    // Version 5: meetings indexed by deletedAt, which holds only the deleted ones (a live
    // meeting's null is not a key), so the home screen counts 已开 without reading them all.
    this.version(5).stores({
      meetings: 'id, date, village, status, updatedAt, deletedAt',
    });
  }
}

export type OpenFailureKind = 'blocked' | 'newer' | 'other';

/** Why the local database could not be opened; the startup screen shows describeOpenFailure. */
export class DatabaseOpenError extends Error {
  constructor(
    readonly kind: OpenFailureKind,
    override readonly cause?: unknown,
  ) {
    super(describeOpenFailure(kind).detail);
    this.name = 'DatabaseOpenError';
  }
}

export const openFailureLabels: Record<OpenFailureKind, { title: string; detail: string }> = {
  blocked: {
    title: '数据库正被另一个窗口占用',
    detail:
      '本程序需要升级本地数据，但另一个打开的窗口（或旧版本的程序）还在使用它。请关闭其他窗口后重新打开程序；数据没有改动。',
  },
  newer: {
    title: '本地数据来自更新版本的程序',
    detail:
      '这台电脑上的数据是由更新版本的屋场会助手写入的，本版本不能安全地修改它，因此没有打开。请安装最新版本后再打开；数据没有改动。',
  },
  other: {
    title: '无法打开本地数据库',
    detail:
      '本地数据库打不开，可能已损坏或磁盘出错。数据没有被改动；可以从自动备份或备份文件恢复。',
  },
};

export function describeOpenFailure(error: unknown): {
  kind: OpenFailureKind;
  title: string;
  detail: string;
} {
  const kind =
    typeof error === 'string' && error in openFailureLabels
      ? (error as OpenFailureKind)
      : error instanceof DatabaseOpenError
        ? error.kind
        : 'other';
  return { kind, ...openFailureLabels[kind] };
}

/** The version of the database as stored, without creating or upgrading it; 0 when absent. */
function storedVersion(factory: IDBFactory, name: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = factory.open(name);
    // Opening without a version creates a missing database: abort that, it means "none yet".
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onsuccess = () => {
      const version = request.result.version;
      request.result.close();
      resolve(version);
    };
    request.onerror = (event) => {
      if (request.error?.name === 'AbortError') {
        event.preventDefault();
        resolve(0);
      } else reject(request.error ?? new Error('indexedDB.open failed'));
    };
    request.onblocked = () => resolve(0);
  });
}

/**
 * Opens the database, refusing one written by a newer version of the app (Dexie would open it
 * silently, even add its own tables to it) and an upgrade that another window blocks. Every
 * failure is a DatabaseOpenError saying which. `known`: the stored version as start-up's probe
 * has just read it (startup-checks.ts), which saves a round trip to the database on every start;
 * without it the version is read here.
 */
export async function openDatabase(db: AppDatabase, known?: number): Promise<void> {
  const declared = db.verno;
  const factory = db.factory;
  let stored: number;
  try {
    stored = known ?? (await storedVersion(factory, db.name));
  } catch (error) {
    throw new DatabaseOpenError('other', error);
  }
  // Dexie stores version N as IndexedDB version N × 10.
  if (stored > Math.round(declared * 10)) throw new DatabaseOpenError('newer');
  let blocked = false;
  const onBlocked = () => {
    blocked = true;
    db.close();
  };
  db.on('blocked', onBlocked);
  try {
    await db.open();
  } catch (error) {
    throw new DatabaseOpenError(blocked ? 'blocked' : 'other', error);
  } finally {
    db.on('blocked').unsubscribe(onBlocked);
  }
}

/** Ask the browser not to evict our data under storage pressure. */
export async function requestPersistentStorage(): Promise<boolean> {
  if (!navigator.storage?.persist) return false;
  if (await navigator.storage.persisted()) return true;
  return navigator.storage.persist();
}
