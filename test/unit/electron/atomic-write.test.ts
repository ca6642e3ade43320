import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  targetOfTemporaryName,
  temporaryPathFor,
  writeFileAtomic,
} from '../../../electron/atomic-write';

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'wch-atomic-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const codeError = (code: string) => Object.assign(new Error(code), { code });

describe('temporaryPathFor', () => {
  it('is a hidden, unique file in the same folder', () => {
    const target = path.join(folder, '纪要.docx');
    const first = temporaryPathFor(target);
    expect(path.dirname(first)).toBe(folder);
    expect(path.basename(first)).toMatch(/^\.纪要\.docx\.[0-9a-f]{12}\.tmp$/);
    expect(temporaryPathFor(target)).not.toBe(first);
  });

  it('stays within the 255-byte file name limit for long names', () => {
    const long = path.join(folder, `${'名'.repeat(200)}.docx`);
    const name = path.basename(temporaryPathFor(long));
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(255);
    // 33 characters of 3 bytes each fit in 100 bytes; the 34th would not.
    expect(name).toMatch(/^\.名{33}\.[0-9a-f]{12}\.tmp$/);
  });

  it('can be told from other names, and names its target', () => {
    const temporary = path.basename(temporaryPathFor(path.join(folder, 'a.b.json')));
    expect(targetOfTemporaryName(temporary)).toBe('a.b.json');
    for (const name of [
      'a.b.json',
      '.a.b.json.tmp',
      '.a.json.0123456789AB.tmp',
      'a.0123456789ab.tmp',
    ])
      expect(targetOfTemporaryName(name), name).toBeNull();
  });

  it('cuts a long name between code points, never inside a character of four bytes', () => {
    const long = path.join(folder, `${'\u{20000}'.repeat(55)}.json`);
    // 25 characters of 4 bytes each: exactly 100 bytes.
    expect(path.basename(temporaryPathFor(long))).toMatch(
      /^\.(\u{20000}){25}\.[0-9a-f]{12}\.tmp$/u,
    );
  });
});

describe('writeFileAtomic', () => {
  it('writes a valid name of 80 Chinese characters (245 bytes)', async () => {
    const target = path.join(folder, `${'屋'.repeat(80)}.docx`);
    await writeFileAtomic(target, new Uint8Array([1]));
    expect(await readdir(folder)).toEqual([path.basename(target)]);
  });

  it('writes, replaces and cleans up', async () => {
    const target = path.join(folder, 'a.bin');
    await writeFileAtomic(target, new Uint8Array([1, 2, 3]));
    await writeFileAtomic(target, new Uint8Array([4]));
    expect([...(await readFile(target))]).toEqual([4]);
    expect(await readdir(folder)).toEqual(['a.bin']);
  });

  it('leaves the previous content when the rename fails, and removes the temporary file', async () => {
    const target = path.join(folder, 'a.bin');
    await writeFile(target, 'old');
    const rename = vi.fn(() => Promise.reject(codeError('EXDEV')));
    await expect(writeFileAtomic(target, new Uint8Array([9]), { rename })).rejects.toThrow('EXDEV');
    expect(rename).toHaveBeenCalledOnce();
    expect(await readFile(target, 'utf8')).toBe('old');
    expect(await readdir(folder)).toEqual(['a.bin']);
  });

  it('retries a rename blocked for a moment, as antivirus scanners do on Windows', async () => {
    const target = path.join(folder, 'a.bin');
    const { rename: realRename } = await import('node:fs/promises');
    const rename = vi
      .fn<(from: string, to: string) => Promise<void>>()
      .mockRejectedValueOnce(codeError('EPERM'))
      .mockRejectedValueOnce(codeError('EBUSY'))
      .mockImplementation(realRename);
    await writeFileAtomic(target, new Uint8Array([7]), { rename, renameRetryDelayMs: 1 });
    expect(rename).toHaveBeenCalledTimes(3);
    expect([...(await readFile(target))]).toEqual([7]);
  });

  it('gives up after the last attempt', async () => {
    const target = path.join(folder, 'a.bin');
    const rename = vi.fn(() => Promise.reject(codeError('EBUSY')));
    await expect(
      writeFileAtomic(target, new Uint8Array([7]), {
        rename,
        renameAttempts: 3,
        renameRetryDelayMs: 1,
      }),
    ).rejects.toThrow('EBUSY');
    expect(rename).toHaveBeenCalledTimes(3);
    expect(await readdir(folder)).toEqual([]);
  });

  it('survives concurrent writers: the result is one complete version', async () => {
    const target = path.join(folder, 'a.txt');
    const versions = Array.from({ length: 10 }, (_, i) => String(i).repeat(10_000));
    await Promise.all(versions.map((v) => writeFileAtomic(target, new TextEncoder().encode(v))));
    expect(versions).toContain(await readFile(target, 'utf8'));
    expect(await readdir(folder)).toEqual(['a.txt']);
  });
});
