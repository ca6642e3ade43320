// Reads a .csv (or tab-separated .txt) as Excel on Chinese Windows writes it: UTF-8 with or
// without a byte-order mark, UTF-16 ("Unicode text"), or, most often, GBK. GB18030 is a superset
// of GBK, so one decoder reads both, and rare characters (CJK extension B) too.
// Fields follow RFC 4180: quoted fields may hold commas, doubled quotes and line breaks.
import { rosterFileMessages as say } from './messages';
import { rosterLimits } from './limits';
import { isBlankRow, type TableRow } from './table';

export type CsvResult =
  { ok: true; rows: TableRow[]; encoding: string } | { ok: false; problem: string };

export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: string } | null {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) {
    return decodeAs('utf-8', bytes.subarray(3), 'UTF-8');
  }
  if (b0 === 0xff && b1 === 0xfe) return decodeAs('utf-16le', bytes.subarray(2), 'UTF-16');
  if (b0 === 0xfe && b1 === 0xff) return decodeAs('utf-16be', bytes.subarray(2), 'UTF-16');
  const utf8 = decodeAs('utf-8', bytes, 'UTF-8');
  if (utf8 && !mayBeGbk(utf8.text)) return utf8;
  return decodeAs('gb18030', bytes, 'GBK') ?? utf8;
}

/**
 * Some GBK pairs are valid UTF-8 too (说 = CB B5 reads as ˵). Chinese text in UTF-8 has
 * characters of three bytes; text of two-byte characters only is GBK if it decodes as GBK.
 */
function mayBeGbk(text: string): boolean {
  return /[\u0080-\u07ff]/.test(text) && !/[\u0800-\uffff]/.test(text);
}

function decodeAs(label: string, bytes: Uint8Array, name: string) {
  try {
    return { text: new TextDecoder(label, { fatal: true }).decode(bytes), encoding: name };
  } catch {
    return null;
  }
}

export function readCsv(bytes: Uint8Array): CsvResult {
  const decoded = decodeCsvBytes(bytes);
  if (!decoded) return { ok: false, problem: say.unknownEncoding };
  const { text, encoding } = decoded;
  // NUL never appears in a text table; it does in every binary file chosen by mistake.
  if (text.includes('\u0000')) return { ok: false, problem: say.binary };
  const parsed = parseCsvText(text);
  return parsed.ok ? { ...parsed, encoding } : parsed;
}

/** The delimiter of the first line: a tab when it has tabs and no commas, else a comma. */
function delimiterOf(text: string): string {
  const firstLine = text.slice(0, text.search(/\r|\n|$/));
  return firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
}

export function parseCsvText(
  text: string,
): { ok: true; rows: TableRow[] } | { ok: false; problem: string } {
  const delimiter = delimiterOf(text);
  const rows: TableRow[] = [];
  let cells: string[] = [];
  let field = '';
  let recordNumber = 1;
  let quoteStartedIn = 0;
  let isQuoted = false;
  const endField = () => {
    cells.push(field);
    field = '';
  };
  const endRecord = (): string | null => {
    endField();
    if (cells.length > rosterLimits.maxColumns) return say.tooManyColumns(recordNumber);
    if (!isBlankRow(cells)) rows.push({ rowNumber: recordNumber, cells });
    if (recordNumber > rosterLimits.maxRows) return say.tooManyRows;
    cells = [];
    recordNumber += 1;
    return null;
  };
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (isQuoted) {
      if (ch !== '"') field += ch;
      else if (text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else isQuoted = false;
    } else if (ch === '"' && field === '') {
      isQuoted = true;
      quoteStartedIn = recordNumber;
    } else if (ch === delimiter) {
      endField();
      if (cells.length > rosterLimits.maxColumns)
        return { ok: false, problem: say.tooManyColumns(recordNumber) };
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      const problem = endRecord();
      if (problem) return { ok: false, problem };
    } else field += ch; // a stray quote inside an unquoted field is kept, as Excel does
  }
  if (isQuoted) return { ok: false, problem: say.unclosedQuote(quoteStartedIn) };
  if (field !== '' || cells.length > 0) {
    const problem = endRecord();
    if (problem) return { ok: false, problem };
  }
  return { ok: true, rows };
}
