// What an import must know before it plans: the stored copy of every record its files carry, and
// the conflicts already waiting for them. The ten-year demo township is 130,000 records in one
// choice of files; asking IndexedDB for each id costs one request per record even when the table
// is empty, so each table is read the cheapest way for its size: not at all when empty, whole
// when it holds no more than twice the records asked for, one get per id otherwise.
import {
  recordTables,
  type ExchangeRecord,
  type RecordTable,
} from '../../../shared/exchange/format';
import type { AppDatabase, StoredConflict } from '../database';
import { tableOf } from './record-tables';
import type { NamedFile } from './imports';

export const recordKey = (table: RecordTable, id: string) => `${table}:${id}`;

/** The stored records among `ids`, in no particular order. */
async function storedAmong(db: AppDatabase, table: RecordTable, ids: ReadonlySet<string>) {
  if (ids.size === 0) return [];
  const stored = await tableOf(db, table).count();
  if (stored === 0) return [];
  if (stored <= 2 * ids.size)
    return (await tableOf(db, table).toArray()).filter((r) => ids.has(r.id));
  const found = await tableOf(db, table).bulkGet([...ids]);
  return found.filter((r) => r !== undefined);
}

export async function loadLocal(db: AppDatabase, files: readonly NamedFile[]) {
  const local = new Map<string, ExchangeRecord>();
  for (const table of recordTables) {
    const ids = new Set<string>();
    for (const f of files) for (const r of f.file.records[table] as ExchangeRecord[]) ids.add(r.id);
    for (const record of await storedAmong(db, table, ids))
      local.set(recordKey(table, record.id), record);
  }
  return (table: RecordTable, id: string) => local.get(recordKey(table, id));
}

/** The waiting conflict's row id (none yet for one only planned) and its imported copy. */
export type Pending = Map<string, { id?: string; incoming: ExchangeRecord }>;

/** The conflicts already waiting for the records these files carry, one per table and record. */
export async function loadPending(db: AppDatabase, files: readonly NamedFile[]): Promise<Pending> {
  const pending: Pending = new Map();
  const wanted = new Set<string>();
  for (const f of files)
    for (const table of recordTables)
      for (const r of f.file.records[table] as ExchangeRecord[]) wanted.add(recordKey(table, r.id));
  const waiting = wanted.size === 0 ? 0 : await db.conflicts.count();
  if (waiting === 0) return pending;
  let found: StoredConflict[];
  if (waiting <= 2 * wanted.size) {
    found = (await db.conflicts.toArray()).filter((c) =>
      wanted.has(recordKey(c.table, c.recordId)),
    );
  } else {
    const keys = [...wanted].map((k) => {
      const at = k.indexOf(':');
      return [k.slice(0, at), k.slice(at + 1)] as [string, string];
    });
    found = await db.conflicts.where('[table+recordId]').anyOf(keys).toArray();
  }
  for (const c of found.sort((a, b) => a.detectedAt.localeCompare(b.detectedAt)))
    pending.set(recordKey(c.table, c.recordId), c);
  return pending;
}
