// Reads the first sheet of an .xlsx into rows of text. Only what a roster needs: shared strings,
// inline strings, formula results and numbers (a phone number typed into a number cell is stored
// as 13812345678 or 1.3812345678E10 and comes back as 13812345678). The zip is untrusted: it is
// opened with the bounded reader of the exchange import, and the parts are scanned by patterns,
// not a DOM, because shared/ has none and a 50,000-row sheet must not build one.
import { strFromU8 } from 'fflate';
import { safeUnzip } from '../exchange/zip/safe-unzip';
import { rosterFileMessages as say } from './messages';
import { rosterLimits } from './limits';
import { isBlankRow, type TableRow } from './table';
import { closedElements, withoutPrefixes } from './xml-elements';

export type XlsxResult = { ok: true; rows: TableRow[] } | { ok: false; problem: string };

const text = (bytes: Uint8Array | undefined) => (bytes ? strFromU8(bytes) : '');

const workbookPath = 'xl/workbook.xml';
const workbookRelsPath = 'xl/_rels/workbook.xml.rels';
const sharedStringsPath = 'xl/sharedStrings.xml';
const unzipLimits = {
  maxEntryBytes: rosterLimits.maxXlsxPartBytes,
  maxTotalBytes: rosterLimits.maxXlsxPartBytes * 2,
  maxEntries: 10_000,
};

export function readXlsx(bytes: Uint8Array): XlsxResult {
  const head = safeUnzip(bytes, { ...unzipLimits, wanted: [workbookPath, workbookRelsPath] });
  if (!head.ok) return { ok: false, problem: zipProblem(head.reason, head.message) };
  const workbook = head.entries.get(workbookPath);
  if (!workbook) return { ok: false, problem: say.notTable };
  const sheetPath = firstSheetPath(text(workbook), text(head.entries.get(workbookRelsPath)));
  if (!sheetPath) return { ok: false, problem: say.noSheet };

  const body = safeUnzip(bytes, { ...unzipLimits, wanted: [sheetPath, sharedStringsPath] });
  if (!body.ok) return { ok: false, problem: zipProblem(body.reason, body.message) };
  const sheet = body.entries.get(sheetPath);
  if (!sheet) return { ok: false, problem: say.noSheet };
  const shared = body.entries.get(sharedStringsPath);
  const strings = shared ? readSharedStrings(text(shared)) : [];
  return readSheetRows(text(sheet), strings);
}

function zipProblem(reason: string, message: string): string {
  if (reason === 'not-zip') return say.notXlsx;
  if (reason === 'too-large') return say.sheetTooLarge;
  return `无法读取：${message}`;
}

/** The part of the first visible sheet, as workbook.xml lists them and its rels file places them. */
export function firstSheetPath(workbookXml: string, relsXml: string): string | null {
  const sheets = [...workbookXml.matchAll(/<(?:\w+:)?sheet\b([^>]*)\/?>/g)].map((m) => m[1] ?? '');
  const first = sheets.find((a) => !/\bstate="(?:hidden|veryHidden)"/.test(a)) ?? sheets[0];
  if (first === undefined) return null;
  const relId = /\br:id="([^"]*)"/.exec(first)?.[1] ?? /\b\w+:id="([^"]*)"/.exec(first)?.[1];
  for (const rel of relsXml.matchAll(/<(?:\w+:)?Relationship\b([^>]*)\/?>/g)) {
    const attributes = rel[1] ?? '';
    if (attribute(attributes, 'Id') !== relId) continue;
    const target = attribute(attributes, 'Target');
    if (!target) return null;
    return target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
  }
  return null;
}

// One pattern per attribute read, made once: a 50,000-row sheet reads two attributes per cell.
const attributePatterns = {
  r: /(?:^|\s)r="([^"]*)"/,
  t: /(?:^|\s)t="([^"]*)"/,
  Id: /(?:^|\s)Id="([^"]*)"/,
  Target: /(?:^|\s)Target="([^"]*)"/,
} as const;

function attribute(attributes: string, name: keyof typeof attributePatterns): string | undefined {
  const value = attributePatterns[name].exec(attributes)?.[1];
  return value === undefined ? undefined : decodeXml(value);
}

/** The text of each <si>: its <t> runs joined; phonetic guides (<rPh>) are not part of it. */
export function readSharedStrings(xml: string): string[] {
  return [...closedElements(withoutPrefixes(xml), 'si')].map((si) => textRuns(si.content));
}

function textRuns(xml: string): string {
  const withoutPhonetic = xml.includes('<rPh')
    ? xml
        .split('</rPh>')
        .map((piece) => piece.replace(/<rPh\b[\s\S]*$/, ''))
        .join('')
    : xml;
  let text = '';
  for (const t of withoutPhonetic.matchAll(/<t\b[^>]*?(?:\/>|>([^<]*)<\/t>)/g)) {
    text += decodeXml(t[1] ?? '');
  }
  return text;
}

export function readSheetRows(sheetXml: string, strings: readonly string[]): XlsxResult {
  const rows: TableRow[] = [];
  let rowNumber = 0;
  for (const row of closedElements(withoutPrefixes(sheetXml), 'row')) {
    const declared = Number(attribute(row.attributes, 'r'));
    rowNumber = Number.isInteger(declared) && declared > rowNumber ? declared : rowNumber + 1;
    if (rows.length >= rosterLimits.maxRows) return { ok: false, problem: say.tooManyRows };
    const cells: string[] = [];
    let column = -1;
    for (const cell of closedElements(row.content, 'c')) {
      const reference = attribute(cell.attributes, 'r');
      column = reference ? columnIndex(reference) : column + 1;
      const value = cellText(cell.attributes, cell.content, strings);
      if (value === '') continue;
      if (column >= rosterLimits.maxColumns) {
        return { ok: false, problem: say.tooManyColumns(rowNumber) };
      }
      while (cells.length < column) cells.push('');
      cells[column] = value;
    }
    if (!isBlankRow(cells)) rows.push({ rowNumber, cells });
  }
  return { ok: true, rows };
}

/** "C7" → 2. */
function columnIndex(reference: string): number {
  let column = 0;
  for (const ch of reference.toUpperCase()) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
  }
  return column - 1;
}

function cellText(attributes: string, inner: string, strings: readonly string[]): string {
  const type = attribute(attributes, 't') ?? 'n';
  if (type === 'inlineStr') return textRuns(inner);
  const raw = decodeXml(/<v\b[^>]*>([^<]*)<\/v>/.exec(inner)?.[1] ?? '');
  if (type === 's') return strings[Number(raw)] ?? '';
  if (type === 'n' && raw.trim() !== '') return numberText(raw);
  if (type === 'b') return raw === '1' ? 'TRUE' : 'FALSE';
  return raw; // str (a formula's text), e (an error such as #N/A), d (an ISO date)
}

/** As Excel shows a General number: integers whole, fractions to 15 significant digits. */
function numberText(raw: string): string {
  const value = Number(raw);
  if (!Number.isFinite(value)) return raw;
  if (Number.isInteger(value) && Math.abs(value) < 1e21) return value.toFixed(0);
  return String(Number(value.toPrecision(15)));
}

/** XML entities, and the _xHHHH_ escapes OOXML uses for characters XML cannot carry. */
export function decodeXml(text: string): string {
  if (!text.includes('&') && !text.includes('_x')) return text;
  return text
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/&(?:#(\d+)|#x([0-9A-Fa-f]+)|(amp|lt|gt|quot|apos));/g, (whole, dec, hex, name) => {
      if (name)
        return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[name as string] ?? whole;
      const code = dec ? Number(dec) : parseInt(hex as string, 16);
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    });
}
