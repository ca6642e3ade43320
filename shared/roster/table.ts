// What a roster file reads into: its non-empty rows with the row numbers Excel shows.
export type TableRow = {
  /** As Excel numbers it: the first row of the sheet is 1. */
  rowNumber: number;
  cells: string[];
};

export type TableResult =
  | { ok: true; rows: TableRow[]; format: 'csv' | 'xlsx'; encoding: string }
  | { ok: false; message: string };

export function isBlankRow(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/** A1-style column letters of a zero-based column: 0 → A, 26 → AA. */
export function columnLetter(column: number): string {
  let name = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}
