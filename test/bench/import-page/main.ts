// The import benchmark's page: the app's own import code on real IndexedDB in Chromium, against
// a raw Dexie bulkPut of the same rows in the same page.
import Dexie from 'dexie';
import { AppDatabase } from '../../../renderer/db/database';
import { createRepositories } from '../../../renderer/db/repositories';
import { readExchangeBytes } from '../../../shared/exchange/read-file';
import type { NamedFile } from '../../../renderer/db/repositories/exchange';
import {
  recordTables,
  type ExchangeFile,
  type ExchangeRecord,
} from '../../../shared/exchange/format';

async function fresh(name: string) {
  await Dexie.delete(name);
  const db = new AppDatabase(name);
  await db.open();
  return db;
}

async function importFiles(files: Uint8Array[]): Promise<{ total: number; parse: number }> {
  const db = await fresh('bench-import');
  const repos = createRepositories(db, () => ({
    deviceId: 'bench-office',
    now: new Date().toISOString(),
  }));
  const start = performance.now();
  const named: NamedFile[] = [];
  for (const [i, bytes] of files.entries()) {
    const read = await readExchangeBytes(`会议${i + 1}.json`, bytes);
    if (!read.ok) throw new Error(read.message);
    named.push({ name: `会议${i + 1}.json`, file: read.file });
  }
  const parse = performance.now() - start;
  await repos.exchange.apply(named);
  const ms = performance.now() - start;
  const count = await db.attendance.count();
  db.close();
  if (count === 0) throw new Error('nothing imported');
  return { total: ms, parse };
}

async function rawBulkPut(files: ExchangeFile[]): Promise<number> {
  const db = await fresh('bench-raw');
  const start = performance.now();
  await db.transaction(
    'rw',
    recordTables.map((t) => db.table(t)),
    async () => {
      for (const table of recordTables)
        await db
          .table<ExchangeRecord>(table)
          .bulkPut(files.flatMap((f) => f.records[table] as ExchangeRecord[]));
    },
  );
  const ms = performance.now() - start;
  db.close();
  return ms;
}

declare global {
  interface Window {
    bench: { importFiles: typeof importFiles; rawBulkPut: typeof rawBulkPut };
  }
}

window.bench = { importFiles, rawBulkPut };
document.title = 'ready';
