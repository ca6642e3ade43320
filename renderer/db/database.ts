// The local database. Versions are append-only: never edit a released version, add the next
// one with its upgrade in migrations/ (each with a test that builds the old shape and upgrades).
import Dexie, { type Table } from 'dexie';
import type {
  Attendance,
  Issue,
  Meeting,
  Person,
  ProgressEntry,
} from '../../shared/domain/schemas';

export const databaseName = 'wuchanghui';

export type KeyValue = { key: string; value: unknown };

export type ExportLogEntry = {
  id?: number;
  at: string;
  action: '导出' | '导入' | '备份' | '恢复';
  what: string;
  fileName: string;
  deviceId: string;
};

export class AppDatabase extends Dexie {
  meetings!: Table<Meeting, string>;
  attendance!: Table<Attendance, string>;
  issues!: Table<Issue, string>;
  progress!: Table<ProgressEntry, string>;
  persons!: Table<Person, string>;
  keyValues!: Table<KeyValue, string>;
  fileLog!: Table<ExportLogEntry, number>;

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
  }
}

/** Ask the browser not to evict our data under storage pressure. */
export async function requestPersistentStorage(): Promise<boolean> {
  if (!navigator.storage?.persist) return false;
  if (await navigator.storage.persisted()) return true;
  return navigator.storage.persist();
}
