// Version 4: 办理进展 entries stored before the follow-up (kind, toStatus, satisfaction,
// department, nextReviewOn) get those fields with the values the schema reads them as (a plain
// 进展). Reading always gave them these values, but the stored rows lacked the keys, so an
// exchange file of the same entry compared as different content at the same clock: a conflict
// nobody made. Their revision stays: the content, as the app reads it, is unchanged.
import type { Transaction } from 'dexie';
import { progressEntrySchema } from '../../../shared/domain/schemas';

const addedWithFollowUp = [
  'kind',
  'toStatus',
  'satisfaction',
  'department',
  'nextReviewOn',
] as const;

/** Fills the fields an entry lacks. */
function withProgressDefaults(row: Record<string, unknown>): void {
  for (const key of addedWithFollowUp)
    if (!(key in row)) row[key] = progressEntrySchema.shape[key].parse(undefined);
}

export function upgradeToV4(tx: Transaction) {
  // Only the rows that lack a field are written: a township's ten years hold 40,000 entries,
  // nearly all written with these fields, and rewriting each cost half a minute at start-up.
  return tx
    .table('progress')
    .filter((row: Record<string, unknown>) => addedWithFollowUp.some((key) => !(key in row)))
    .modify((row: Record<string, unknown>) => {
      withProgressDefaults(row);
    });
}
