// 撤销本批 deletes the records a batch created, but never one that a record staying in the
// database still points at (an attendee edited since the import keeps its meeting and person):
// a dangling link would make every later export and backup unreadable. Nor one that a conflict
// from another import waits on: that conflict was raised against it.
import type { RecordTable } from '../../../shared/exchange/format';
import type { AppDatabase } from '../database';

export type UndoTable = RecordTable | 'photos';

/** Every field that holds another record's id: the table that points, the field, its target. */
const links: readonly { from: UndoTable; field: string; to: UndoTable }[] = [
  { from: 'attendance', field: 'meetingId', to: 'meetings' },
  { from: 'attendance', field: 'personId', to: 'persons' },
  { from: 'issues', field: 'meetingId', to: 'meetings' },
  { from: 'issues', field: 'raisedByAttendanceId', to: 'attendance' },
  { from: 'progress', field: 'issueId', to: 'issues' },
  { from: 'persons', field: 'mergedIntoId', to: 'persons' },
  { from: 'photos', field: 'meetingId', to: 'meetings' },
  { from: 'photos', field: 'progressId', to: 'progress' },
];

type Row = { id: string } & Record<string, unknown>;

/** The rows of `from` whose `field` names one of `ids`: by the index where there is one. */
function pointingAt(db: AppDatabase, from: UndoTable, field: string, ids: Set<string>) {
  const table = db.table<Row, string>(from);
  if (table.schema.idxByName[field])
    return table
      .where(field)
      .anyOf([...ids])
      .toArray();
  return table.filter((row) => ids.has(row[field] as string)).toArray();
}

/**
 * Takes out of `deleting` every record that a record staying in the database points at, and
 * what those point at in turn; returns how many it took out. Call it once the records to restore
 * hold their earlier versions again, so their links are read as they will stay.
 */
export async function spareLinkedRecords(
  db: AppDatabase,
  deleting: Map<UndoTable, Set<string>>,
): Promise<number> {
  let spared = 0;
  for (;;) {
    const found: { table: UndoTable; id: string }[] = [];
    for (const { from, field, to } of links) {
      const targets = deleting.get(to);
      if (!targets?.size) continue;
      for (const row of await pointingAt(db, from, field, targets)) {
        if (!deleting.get(from)?.has(row.id)) found.push({ table: to, id: row[field] as string });
      }
    }
    let more = 0;
    for (const { table, id } of found) if (deleting.get(table)?.delete(id)) more += 1;
    if (more === 0) return spared;
    spared += more;
  }
}

/**
 * Takes out of `deleting` every record a conflict waiting from another batch than `batchId`
 * concerns; returns how many it took out. (Conflicts are few: they are read whole.)
 */
export async function spareConflictedRecords(
  db: AppDatabase,
  deleting: Map<UndoTable, Set<string>>,
  batchId: string,
): Promise<number> {
  let spared = 0;
  const waiting = await db.conflicts.filter((c) => c.batchId !== batchId).toArray();
  for (const conflict of waiting)
    if (deleting.get(conflict.table)?.delete(conflict.recordId)) spared += 1;
  return spared;
}
