// Ways to spoil a valid exchange file: edit its JSON with or without a fresh checksum, find the
// bytes of its data part inside a .docx, and make the odd non-JSON files people pick by mistake.
import { unzipSync } from 'fflate';
import { canonicalJson, sha256Hex } from '../../../shared/exchange/canonical';
import { exchangeNamespace } from '../../../shared/exchange/docx-data';
import type { ExchangeFile } from '../../../shared/exchange/format';

/** A deep copy as plain JSON, free to be spoiled in any way. */
export type LooseJson = Record<string, unknown>;

export function looseCopy(file: ExchangeFile): LooseJson {
  return JSON.parse(JSON.stringify(file)) as LooseJson;
}

/** The checksum the file would carry had its exporter written it this way. */
export async function resign(file: LooseJson): Promise<LooseJson> {
  const { checksum: _old, ...body } = file;
  return {
    ...body,
    checksum: { algorithm: 'SHA-256', value: await sha256Hex(canonicalJson(body)) },
  };
}

export const utf8 = (text: string) => new TextEncoder().encode(text);

/** Where the compressed bytes of our data item lie inside a .docx. */
export function dataItemRange(docx: Uint8Array): { start: number; end: number } {
  const { name } = dataItem(docx);
  const nameBytes = utf8(name);
  for (let at = 30; at + nameBytes.length <= docx.length; at++) {
    const isName = nameBytes.every((b, i) => docx[at + i] === b);
    const header = at - 30;
    if (!isName || docx[header] !== 0x50 || docx[header + 1] !== 0x4b || docx[header + 2] !== 3)
      continue;
    const view = new DataView(docx.buffer, docx.byteOffset);
    const start = at + nameBytes.length + view.getUint16(header + 28, true);
    return { start, end: start + view.getUint32(header + 18, true) };
  }
  throw new Error(`no local header for ${name}`);
}

/** The path and inflated bytes of our data item inside a .docx. */
function dataItem(docx: Uint8Array): { name: string; bytes: Uint8Array } {
  const entries = unzipSync(docx);
  const name = Object.keys(entries).find((path) =>
    new TextDecoder().decode(entries[path]).includes(exchangeNamespace),
  );
  const bytes = name === undefined ? undefined : entries[name];
  if (!name || !bytes || !/^customXml\/item\d+\.xml$/.test(name)) throw new Error('no data item');
  return { name, bytes };
}

/**
 * True when `changed` still inflates to the same data item as `docx`: a flip in the bits that pad
 * the compressed stream's last byte, which the inflater never reads, leaves the file as it was.
 */
export function sameDataItem(docx: Uint8Array, changed: Uint8Array): boolean {
  let after: Uint8Array;
  try {
    after = dataItem(changed).bytes;
  } catch {
    return false;
  }
  const before = dataItem(docx).bytes;
  return after.length === before.length && after.every((b, i) => b === before[i]);
}

export function withByte(bytes: Uint8Array, at: number, xor: number): Uint8Array {
  const copy = bytes.slice();
  copy[at] = (copy[at] ?? 0) ^ xor;
  return copy;
}

/** The first bytes of a real PNG: signature and an IHDR chunk for a 1×1 image. */
export function pngBytes(): Uint8Array {
  // prettier-ignore
  return new Uint8Array([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
    0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89, 0, 0, 0, 0, 0x49, 0x45,
    0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
  ]);
}

/** The text as Windows Notepad saves “Unicode”: UTF-16LE with a byte order mark. */
export function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out[0] = 0xff;
  out[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    out[2 + 2 * i] = text.charCodeAt(i) & 0xff;
    out[3 + 2 * i] = text.charCodeAt(i) >> 8;
  }
  return out;
}

type Path = (string | number)[];

/** Where values sit in the file: its header fields and every field of every record. */
export function valuePaths(file: LooseJson): Path[] {
  const header = Object.keys(file)
    .filter((key) => key !== 'checksum')
    .map((key) => [key]);
  const records = Object.entries(file.records as Record<string, Record<string, unknown>[]>);
  const fields = records.flatMap(([table, rows]) =>
    rows.flatMap((record, index) =>
      Object.keys(record).map((key) => ['records', table, index, key]),
    ),
  );
  return [...header, ...fields];
}

export function valueAt(file: LooseJson, path: Path): unknown {
  return path.reduce<unknown>((at, key) => (at as Record<string | number, unknown>)[key], file);
}

export function setValueAt(file: LooseJson, path: Path, value: unknown): void {
  const parent = valueAt(file, path.slice(0, -1)) as Record<string | number, unknown>;
  parent[path[path.length - 1] ?? ''] = value;
}

/**
 * Values of another JSON type than `value`, none of which the schema could accept in its place
 * (null is left out for strings, numbers and objects: some of those fields are nullable).
 */
export function wrongTypesFor(value: unknown): unknown[] {
  if (value === null) return [true, [], {}, 0.5];
  if (Array.isArray(value)) return ['x', 1, {}, true];
  switch (typeof value) {
    case 'string':
      return [0, 1.5, true, [], {}];
    case 'number':
      return [String(value), true, [], {}];
    case 'boolean':
      return [1, String(value), null, []];
    default:
      return ['x', 1, [], true];
  }
}
