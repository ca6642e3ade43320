// After an import (or a resolved conflict) stores a person another laptop merged away, or an
// attendance row naming such a person, the rows that name it move to where it went, through
// every merge (A into B into C: to C). Each move is a revision stamped here, so it travels on
// like a merge made here.
import { reviseRecord, type Stamp } from '../../../shared/domain/records';
import type { Attendance, Person } from '../../../shared/domain/schemas';
import type { ExchangeRecord, RecordTable } from '../../../shared/exchange/format';
import { isMergedAway, mergeTargetOf } from '../../../shared/exchange/person-merges';
import type { AppDatabase } from '../database';

export type MovedLink = { before: Attendance; after: Attendance };

/**
 * The persons among `ids` and every person their merges lead to: those just written as they
 * are, the others in one request per step (an import into an empty database asks for none).
 */
async function personsAlongMerges(
  db: AppDatabase,
  ids: Iterable<string>,
  written: ReadonlyMap<string, Person>,
) {
  const known = new Map<string, Person | undefined>(written);
  const next = (persons: Iterable<Person | undefined>) => [
    ...new Set(
      [...persons].flatMap((p) =>
        isMergedAway(p) && !known.has(p.mergedIntoId) ? [p.mergedIntoId] : [],
      ),
    ),
  ];
  let wanted = [...new Set([...ids].filter((id) => !known.has(id))), ...next(written.values())];
  while (wanted.length > 0) {
    const found = await db.persons.bulkGet(wanted);
    wanted.forEach((id, i) => known.set(id, found[i]));
    wanted = next(found);
  }
  return (id: string) => known.get(id);
}

/**
 * Moves the stored attendance that names a person merged away, for the persons and attendance
 * rows just written (already stored). Returns each row as it was and as it is now.
 */
export async function moveLinksOfMergedPersons(
  db: AppDatabase,
  written: readonly { table: RecordTable; record: ExchangeRecord }[],
  stamp: Stamp,
): Promise<MovedLink[]> {
  const candidates = new Set<string>();
  const writtenPersons = new Map<string, Person>();
  for (const { table, record } of written) {
    if (table === 'persons') writtenPersons.set(record.id, record as Person);
    if (table === 'persons' && isMergedAway(record as Person)) candidates.add(record.id);
    const personId = table === 'attendance' ? (record as Attendance).personId : null;
    if (personId !== null) candidates.add(personId);
  }
  if (candidates.size === 0) return [];
  const get = await personsAlongMerges(db, candidates, writtenPersons);
  const targets = new Map<string, string>();
  for (const id of candidates) {
    const target = mergeTargetOf(id, get);
    if (target !== id) targets.set(id, target);
  }
  if (targets.size === 0) return [];
  const rows = await db.attendance
    .where('personId')
    .anyOf([...targets.keys()])
    .toArray();
  const moved = rows.map((before) => ({
    before,
    after: reviseRecord(before, { personId: targets.get(before.personId ?? '') ?? null }, stamp),
  }));
  await db.attendance.bulkPut(moved.map((m) => m.after));
  return moved;
}
