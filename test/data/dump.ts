// A full, ordered dump of the database, to compare before and after.
import type { AppDatabase } from '../../renderer/db/database';

export async function dumpDatabase(
  db: AppDatabase,
  tables = db.tables.map((t) => t.name),
): Promise<Record<string, unknown[]>> {
  const dump: Record<string, unknown[]> = {};
  for (const name of [...tables].sort()) {
    const rows = await db.table(name).toArray();
    dump[name] = rows
      .map((r) => JSON.stringify(r))
      .sort()
      .map((r) => JSON.parse(r) as unknown);
  }
  return dump;
}
