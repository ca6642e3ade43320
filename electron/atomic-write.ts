// Writes a file so that a crash, a full disk or a locked target never leaves a half-written
// document under the user's chosen name: the bytes go to a temporary file in the same folder
// (same volume, so the rename is atomic) and only a complete file is renamed over the target.
import { randomBytes } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';
import path from 'node:path';

export type AtomicWriteOptions = {
  /** Attempts at the final rename; antivirus scanners on Windows briefly lock new files. */
  renameAttempts?: number;
  renameRetryDelayMs?: number;
  /** Replaceable so tests can simulate a briefly locked target. */
  rename?: (from: string, to: string) => Promise<void>;
};

const retryableRenameCodes = new Set(['EPERM', 'EACCES', 'EBUSY']);

function errorCode(error: unknown): unknown {
  return (error as { code?: unknown } | null)?.code;
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Bytes of the target's name kept in the temporary name (ext4 allows 255 bytes, NTFS 255 units). */
const maxBaseBytes = 100;

/** The longest start of `text` within `maxBytes` of UTF-8, cut between code points. */
function truncateUtf8(text: string, maxBytes: number): string {
  let bytes = 0;
  let end = 0;
  for (const codePoint of text) {
    bytes += Buffer.byteLength(codePoint);
    if (bytes > maxBytes) break;
    end += codePoint.length;
  }
  return text.slice(0, end);
}

/** A hidden temporary name next to the target, unique per call. */
export function temporaryPathFor(filePath: string): string {
  const suffix = randomBytes(6).toString('hex');
  // Shortened so the 18 added bytes never push a long name past the file system's limit.
  const base = truncateUtf8(path.basename(filePath), maxBaseBytes);
  return path.join(path.dirname(filePath), `.${base}.${suffix}.tmp`);
}

const temporaryNamePattern = /^\.(.+)\.[0-9a-f]{12}\.tmp$/su;

/** The target's name (perhaps shortened) inside one of our temporary names, or null. */
export function targetOfTemporaryName(name: string): string | null {
  return temporaryNamePattern.exec(name)?.[1] ?? null;
}

async function renameWithRetry(from: string, to: string, options: AtomicWriteOptions) {
  const attempts = options.renameAttempts ?? 5;
  const delayMs = options.renameRetryDelayMs ?? 100;
  const renameFile = options.rename ?? rename;
  for (let attempt = 1; ; attempt += 1) {
    try {
      await renameFile(from, to);
      return;
    } catch (error) {
      if (attempt >= attempts || !retryableRenameCodes.has(String(errorCode(error)))) throw error;
      await delay(delayMs * attempt);
    }
  }
}

export async function writeFileAtomic(
  filePath: string,
  bytes: Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const temporaryPath = temporaryPathFor(filePath);
  // 'wx' fails rather than following a file or link that appeared under the temporary name.
  const file = await open(temporaryPath, 'wx');
  try {
    try {
      await file.writeFile(bytes);
      await file.sync();
    } finally {
      await file.close();
    }
    await renameWithRetry(temporaryPath, filePath, options);
  } catch (error) {
    await unlink(temporaryPath).catch(() => undefined);
    throw error;
  }
}
