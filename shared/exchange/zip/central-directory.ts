// Reads a zip's end-of-central-directory record and central directory (APPNOTE.txt 4.3.12-4.3.16).
// The central directory is the authoritative list of entries and their sizes: LibreOffice writes
// every entry with a data descriptor (flag bit 3), so a reader that walks local headers must
// guess where each entry ends by scanning its compressed bytes for a signature.
import { strFromU8 } from 'fflate';

export type ZipEntryRecord = {
  name: string;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
};

export type DirectoryFailureReason = 'not-zip' | 'truncated' | 'too-many-entries' | 'corrupt';

export type DirectoryResult =
  { ok: true; entries: ZipEntryRecord[] } | { ok: false; reason: DirectoryFailureReason };

const localHeaderSignature = 0x04034b50;
const centralHeaderSignature = 0x02014b50;
const endSignature = 0x06054b50;
const zip64LocatorSignature = 0x07064b50;
const zip64EndSignature = 0x06064b50;
const endRecordLength = 22;
const maxCommentLength = 0xffff;

export const u16 = (b: Uint8Array, at: number): number => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
export const u32 = (b: Uint8Array, at: number): number =>
  (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;
const u64 = (b: Uint8Array, at: number): number => u32(b, at) + u32(b, at + 4) * 2 ** 32;

export function readCentralDirectory(bytes: Uint8Array, maxEntries: number): DirectoryResult {
  if (bytes.length < 4 || u32(bytes, 0) !== localHeaderSignature) {
    return { ok: false, reason: 'not-zip' };
  }
  const end = findEndRecord(bytes);
  // A zip that starts right but has no end record was cut short (or is still being written).
  if (end < 0) return { ok: false, reason: 'truncated' };

  let count = u16(bytes, end + 10);
  let size = u32(bytes, end + 12);
  let offset = u32(bytes, end + 16);
  let directoryEnd = end;
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    const locator = end - 20;
    if (locator < 0 || u32(bytes, locator) !== zip64LocatorSignature) {
      return { ok: false, reason: 'corrupt' };
    }
    const record = u64(bytes, locator + 8);
    if (record + 56 > locator || u32(bytes, record) !== zip64EndSignature) {
      return { ok: false, reason: 'corrupt' };
    }
    count = u64(bytes, record + 32);
    size = u64(bytes, record + 40);
    offset = u64(bytes, record + 48);
    directoryEnd = record;
  }
  if (count > maxEntries) return { ok: false, reason: 'too-many-entries' };
  if (offset + size > directoryEnd) return { ok: false, reason: 'corrupt' };

  const entries: ZipEntryRecord[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    const entry = readCentralHeader(bytes, at, offset + size);
    if (!entry) return { ok: false, reason: 'corrupt' };
    entries.push(entry.record);
    at = entry.next;
  }
  return { ok: true, entries };
}

/** The position of the end record, searched backwards over the longest possible comment. */
function findEndRecord(bytes: Uint8Array): number {
  const last = bytes.length - endRecordLength;
  const first = Math.max(0, last - maxCommentLength);
  for (let at = last; at >= first; at--) {
    if (u32(bytes, at) === endSignature && u16(bytes, at + 20) === last - at) return at;
  }
  return -1;
}

function readCentralHeader(
  bytes: Uint8Array,
  at: number,
  limit: number,
): { record: ZipEntryRecord; next: number } | null {
  if (at + 46 > limit || u32(bytes, at) !== centralHeaderSignature) return null;
  const flags = u16(bytes, at + 8);
  const nameLength = u16(bytes, at + 28);
  const extraLength = u16(bytes, at + 30);
  const next = at + 46 + nameLength + extraLength + u16(bytes, at + 32);
  if (next > limit) return null;
  const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
  const record: ZipEntryRecord = {
    // Bit 11 marks UTF-8 names; older writers use code page 437, read here as Latin-1.
    name: strFromU8(nameBytes, (flags & 0x800) === 0),
    flags,
    method: u16(bytes, at + 10),
    crc: u32(bytes, at + 16),
    compressedSize: u32(bytes, at + 20),
    size: u32(bytes, at + 24),
    localHeaderOffset: u32(bytes, at + 42),
  };
  const extra = bytes.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength);
  return applyZip64Extra(record, extra) ? { record, next } : null;
}

/** Fills the sizes and offset a zip64 entry keeps in its extra field (APPNOTE 4.5.3). */
function applyZip64Extra(record: ZipEntryRecord, extra: Uint8Array): boolean {
  const needsSize = record.size === 0xffffffff;
  const needsCompressed = record.compressedSize === 0xffffffff;
  const needsOffset = record.localHeaderOffset === 0xffffffff;
  if (!needsSize && !needsCompressed && !needsOffset) return true;
  for (let at = 0; at + 4 <= extra.length; at += 4 + u16(extra, at + 2)) {
    if (u16(extra, at) !== 1) continue;
    let field = at + 4;
    const read = (): number => ((field += 8), u64(extra, field - 8));
    if (needsSize) record.size = read();
    if (needsCompressed) record.compressedSize = read();
    if (needsOffset) record.localHeaderOffset = read();
    return field <= at + 4 + u16(extra, at + 2);
  }
  return false;
}
