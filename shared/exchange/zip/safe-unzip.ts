// Reads selected entries of an untrusted zip with hard limits, synchronously. Only the wanted
// entries are inflated, in small steps, and the bytes are counted as they come out: a zip bomb is
// dropped as soon as it passes a limit, long before it could fill memory. Bad input never throws;
// the result says what was wrong, with a message the user can read.
import { Inflate } from 'fflate';
import { crc32 } from './crc32';
import { readCentralDirectory, u16, u32 } from './central-directory';
import type { ZipEntryRecord } from './central-directory';

export type SafeUnzipOptions = {
  /** Exact entry names, or a test on each name. */
  wanted: readonly string[] | ((name: string) => boolean);
  maxEntryBytes: number;
  maxTotalBytes: number;
  /** How many entries the archive may list at all, wanted or not. */
  maxEntries: number;
};

export type SafeUnzipFailureReason =
  'not-zip' | 'truncated' | 'too-large' | 'too-many-entries' | 'corrupt';

export type SafeUnzipResult =
  | { ok: true; entries: Map<string, Uint8Array> }
  | { ok: false; reason: SafeUnzipFailureReason; message: string };

export const safeUnzipMessages: Record<SafeUnzipFailureReason, string> = {
  'not-zip': '文件不是有效的压缩文件',
  truncated: '文件不完整，可能在传输中被截断',
  'too-large': '压缩内容超过上限，已拒绝读取',
  'too-many-entries': '压缩文件包含的条目过多，已拒绝读取',
  corrupt: '压缩文件已损坏，无法读取',
};

// Compressed bytes handed to the inflater per step. DEFLATE expands at most about 1032:1, so one
// step yields at most ~17 MB, however hostile the input.
const inflateStep = 16 * 1024;
const localHeaderSignature = 0x04034b50;

type Inflated = { ok: true; bytes: Uint8Array } | { ok: false; reason: SafeUnzipFailureReason };

export function safeUnzip(bytes: Uint8Array, options: SafeUnzipOptions): SafeUnzipResult {
  const directory = readCentralDirectory(bytes, options.maxEntries);
  if (!directory.ok) return failure(directory.reason);
  const { wanted } = options;
  const isWanted = typeof wanted === 'function' ? wanted : (name: string) => wanted.includes(name);

  const entries = new Map<string, Uint8Array>();
  let total = 0;
  for (const record of directory.entries) {
    if (!isWanted(record.name)) continue;
    // Two entries of one name make the archive ambiguous: readers disagree on which one counts.
    if (entries.has(record.name)) return failure('corrupt');
    const limit = Math.min(options.maxEntryBytes, options.maxTotalBytes - total);
    // The declared size is checked first (cheap), the real one while inflating (it may lie).
    if (record.size > limit) return failure('too-large');
    const read = readEntry(bytes, record, limit);
    if (!read.ok) return failure(read.reason);
    total += read.bytes.length;
    entries.set(record.name, read.bytes);
  }
  return { ok: true, entries };
}

function failure(reason: SafeUnzipFailureReason): SafeUnzipResult {
  return { ok: false, reason, message: safeUnzipMessages[reason] };
}

function readEntry(bytes: Uint8Array, record: ZipEntryRecord, limit: number): Inflated {
  // Bit 0: encrypted. We never write encrypted parts, and cannot read them.
  if (record.flags & 1) return { ok: false, reason: 'corrupt' };
  const at = record.localHeaderOffset;
  if (at + 30 > bytes.length || u32(bytes, at) !== localHeaderSignature) {
    return { ok: false, reason: 'corrupt' };
  }
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  const end = start + record.compressedSize;
  if (end > bytes.length) return { ok: false, reason: 'truncated' };
  const data = bytes.subarray(start, end);

  let inflated: Inflated;
  if (record.method === 0) inflated = { ok: true, bytes: data.slice() };
  else if (record.method === 8) inflated = inflateBounded(data, limit);
  else return { ok: false, reason: 'corrupt' };
  if (!inflated.ok) return inflated;
  if (inflated.bytes.length > limit) return { ok: false, reason: 'too-large' };
  const isIntact = inflated.bytes.length === record.size && crc32(inflated.bytes) === record.crc;
  return isIntact ? inflated : { ok: false, reason: 'corrupt' };
}

/** Inflates raw DEFLATE data, giving up as soon as the output passes `limit` bytes. */
function inflateBounded(data: Uint8Array, limit: number): Inflated {
  const chunks: Uint8Array[] = [];
  let produced = 0;
  let isOver = false;
  let isDone = false;
  const inflater = new Inflate((chunk, final) => {
    produced += chunk.length;
    isOver ||= produced > limit;
    if (!isOver) chunks.push(chunk);
    isDone = final;
  });
  try {
    for (let at = 0; !isOver && !isDone; at += inflateStep) {
      const step = data.subarray(at, at + inflateStep);
      inflater.push(step, at + inflateStep >= data.length);
    }
  } catch {
    // fflate throws on invalid DEFLATE data, including a stream that stops short.
    return { ok: false, reason: 'corrupt' };
  }
  if (isOver) return { ok: false, reason: 'too-large' };
  const bytes = new Uint8Array(produced);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return { ok: true, bytes };
}
