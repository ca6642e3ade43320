// The roster import, in the order the screen uses it: read the file, guess the columns, preview,
// then build the records the user confirmed.
export { readRosterFile } from './read-file';
export type { TableResult, TableRow } from './table';
export {
  guessColumns,
  guessMapping,
  rosterFieldLabels,
  rosterFields,
  type ColumnMapping,
  type GuessedColumns,
  type RosterField,
} from './columns';
export {
  checkMapping,
  previewRoster,
  type PreviewInput,
  type PreviewResult,
  type PreviewRow,
  type RosterPerson,
  type RosterPreview,
} from './preview';
export type { DuplicateGroup, DuplicateReason } from './duplicates';
export { buildRosterPersons, repeatedRowNumbers } from './to-persons';
export { rosterLimits } from './limits';
export { mergedPersonContent } from './merge';
export { buildRosterSheet } from './roster-sheet';
