// The record tables as one kind of table, for the code that treats every record alike
// (exchange files, imports, backups).
import {
  recordTables,
  type ExchangeRecord,
  type RecordTable,
} from '../../../shared/exchange/format';
import type { AppDatabase } from '../database';

export function tableOf(db: AppDatabase, table: RecordTable) {
  return db.table<ExchangeRecord, string>(table);
}

export const recordStores = (db: AppDatabase) => recordTables.map((t) => tableOf(db, t));
