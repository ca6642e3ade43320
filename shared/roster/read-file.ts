// One entry point for a roster file: the bytes the user chose, read into rows, or a Chinese
// sentence naming the file and what is wrong with it. The type is taken from the bytes, not the
// extension: an .xlsx renamed .csv still reads, and a picture renamed .xlsx is named as one.
import { fileProblem, rosterFileMessages as say } from './messages';
import { rosterLimits } from './limits';
import { readCsv } from './read-csv';
import { readXlsx } from './read-xlsx';
import type { TableResult } from './table';

const magic = {
  zip: [0x50, 0x4b, 0x03, 0x04],
  emptyZip: [0x50, 0x4b, 0x05, 0x06],
  ole: [0xd0, 0xcf, 0x11, 0xe0],
  png: [0x89, 0x50, 0x4e, 0x47],
  jpeg: [0xff, 0xd8, 0xff],
  pdf: [0x25, 0x50, 0x44, 0x46],
};
const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

export function readRosterFile(fileName: string, bytes: Uint8Array): TableResult {
  const fail = (problem: string): TableResult => ({
    ok: false,
    message: fileProblem(fileName, problem),
  });
  if (bytes.byteLength === 0) return fail(say.empty);
  if (bytes.byteLength > rosterLimits.maxFileBytes) return fail(say.tooLarge);
  if (startsWith(bytes, magic.zip) || startsWith(bytes, magic.emptyZip)) {
    const read = readXlsx(bytes);
    if (!read.ok) return fail(read.problem);
    if (read.rows.length === 0) return fail(say.noRows);
    return { ok: true, rows: read.rows, format: 'xlsx', encoding: 'UTF-8' };
  }
  if (startsWith(bytes, magic.ole)) return fail(say.oldExcel);
  if (startsWith(bytes, magic.png) || startsWith(bytes, magic.jpeg)) return fail(say.picture);
  if (startsWith(bytes, magic.pdf)) return fail(say.pdf);
  if (/\.xlsx$/i.test(fileName)) return fail(say.notXlsx);
  const read = readCsv(bytes);
  if (!read.ok) return fail(read.problem);
  if (read.rows.length === 0) return fail(say.noRows);
  return { ok: true, rows: read.rows, format: 'csv', encoding: read.encoding };
}
