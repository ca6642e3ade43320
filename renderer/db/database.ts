// The local database. Versions are append-only: never edit a released version, add the next
// one with its upgrade in migrations/ (each with a test that builds the old shape and upgrades).
import Dexie, { type Table } from 'dexie';
import type { ExchangeRecord, RecordTable } from '../../shared/exchange/format';
import type {
  Attendance,
  Issue,
  Meeting,
  Person,
  ProgressEntry,
} from '../../shared/domain/schemas';

export const databaseName = 'wuchanghui';

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
  table: RecordTable;
  recordId: string;
  before: ExchangeRecord | null;
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
    counts: Record<'new' | 'updated' | 'unchanged' | 'conflict', number>;
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

  constructor(
    name = databaseName,
    options: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange } = {},
  ) {
    // 'strict' durability: a committed write is flushed to disk before Dexie reports success,
    // so a power cut right after 已保存 loses nothing.
    super(name, { chromeTransactionDurability: 'strict', ...options });
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
  }
}

/** Ask the browser not to evict our data under storage pressure. */
export async function requestPersistentStorage(): Promise<boolean> {
  if (!navigator.storage?.persist) return false;
  if (await navigator.storage.persisted()) return true;
  return navigator.storage.persist();
}
