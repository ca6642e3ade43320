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

/** A hidden temporary name next to the target, unique per call. */
export function temporaryPathFor(filePath: string): string {
  const suffix = randomBytes(6).toString('hex');
  // Shortened so the extra characters never push a long name past the 255-character limit.
  const base = path.basename(filePath).slice(0, 100);
  return path.join(path.dirname(filePath), `.${base}.${suffix}.tmp`);
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
