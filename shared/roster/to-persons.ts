// Turning the rows the user confirmed into roster records, and the rows worth skipping by default.
import { newRecordMeta, type Stamp } from '../domain/records';
import { personSchema, type Person } from '../domain/schemas';
import { groupKey, nameKey } from './keys';
import { phoneKey } from './phone';
import type { RosterPerson, RosterPreview } from './preview';

const sameKey = (p: RosterPerson) =>
  [
    p.village.trim(),
    groupKey(p.group),
    nameKey(p.name),
    nameKey(p.household),
    phoneKey(p.phone),
    [...p.tags].sort().join('、'),
  ].join('\u0000');

/**
 * Rows that add nothing: exactly an earlier row of the file, or exactly a person already kept
 * (same name, 村, 组, 户主, phone and 身份). The preview proposes to skip them; the user decides.
 */
export function repeatedRowNumbers(preview: RosterPreview, existing: readonly Person[]): number[] {
  const seen = new Set(existing.filter((p) => p.deletedAt === null).map(sameKey));
  const repeated: number[] = [];
  for (const row of preview.rows) {
    if (!row.person) continue;
    const key = sameKey(row.person);
    if (seen.has(key)) repeated.push(row.rowNumber);
    else seen.add(key);
  }
  return repeated;
}

/** New roster records for the valid rows not skipped, each with its own id and stamp. */
export function buildRosterPersons(
  preview: RosterPreview,
  skipRowNumbers: ReadonlySet<number>,
  stamp: Stamp,
): Person[] {
  return preview.rows.flatMap((row) =>
    row.person && !skipRowNumbers.has(row.rowNumber)
      ? [personSchema.parse({ ...newRecordMeta(stamp), ...row.person })]
      : [],
  );
}
