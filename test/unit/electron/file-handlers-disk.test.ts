// The handlers against a real temporary folder: real stat, readFile and atomic writes.
import { mkdir, mkdtemp, readdir, readFile, rm, stat, truncate, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { maxFileBytes } from '../../../shared/ipc/contract';
import { writeFileAtomic } from '../../../electron/atomic-write';
import { openFiles, saveFile } from '../../../electron/file-handlers';

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'wch-files-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const chooseSavePath = (filePath: string) => () => Promise.resolve({ canceled: false, filePath });

describe('saveFile on disk', () => {
  it('writes the bytes and leaves no temporary file', async () => {
    const target = path.join(folder, '纪要.docx');
    const bytes = new TextEncoder().encode('第一版');
    const result = await saveFile(
      { suggestedName: '纪要.docx', bytes, filters: [] },
      { showSaveDialog: chooseSavePath(target), writeFile: (p, b) => writeFileAtomic(p, b) },
    );
    expect(result).toEqual({ status: 'saved', fileName: '纪要.docx' });
    expect(await readFile(target, 'utf8')).toBe('第一版');
    expect(await readdir(folder)).toEqual(['纪要.docx']);
  });

  it('replaces an existing file completely', async () => {
    const target = path.join(folder, '纪要.docx');
    await writeFile(target, 'an older and much longer document');
    await saveFile(
      { suggestedName: '纪要.docx', bytes: new TextEncoder().encode('新'), filters: [] },
      { showSaveDialog: chooseSavePath(target), writeFile: (p, b) => writeFileAtomic(p, b) },
    );
    expect(await readFile(target, 'utf8')).toBe('新');
  });

  it('fails with a Chinese message when the folder is gone, and creates nothing', async () => {
    const target = path.join(folder, '不存在', '纪要.docx');
    const result = await saveFile(
      { suggestedName: '纪要.docx', bytes: new Uint8Array([1]), filters: [] },
      { showSaveDialog: chooseSavePath(target), writeFile: (p, b) => writeFileAtomic(p, b) },
    );
    expect(result).toEqual({
      status: 'failed',
      message: expect.stringContaining('纪要.docx') as unknown,
    });
    expect(await readdir(folder)).toEqual([]);
  });

  it('keeps the old file intact when the target cannot be replaced', async () => {
    // A folder under the chosen name makes the final rename fail after the bytes were written.
    const target = path.join(folder, '纪要.docx');
    await mkdir(target);
    await writeFile(path.join(target, 'inside.txt'), 'keep');
    const result = await saveFile(
      { suggestedName: '纪要.docx', bytes: new Uint8Array([1]), filters: [] },
      {
        showSaveDialog: chooseSavePath(target),
        writeFile: (p, b) => writeFileAtomic(p, b, { renameRetryDelayMs: 1 }),
      },
    );
    expect(result.status).toBe('failed');
    expect(await readdir(folder)).toEqual(['纪要.docx']);
    expect(await readFile(path.join(target, 'inside.txt'), 'utf8')).toBe('keep');
  });
});

describe('openFiles on disk', () => {
  it('reads small files and refuses an oversized one without reading it', async () => {
    const small = path.join(folder, '导出.json');
    const big = path.join(folder, '巨大.json');
    await writeFile(small, '{"version":1}');
    await writeFile(big, '');
    // A sparse file: over the limit on paper, no disk space used.
    await truncate(big, maxFileBytes + 1);
    expect((await stat(big)).size).toBe(maxFileBytes + 1);

    const result = await openFiles(
      { title: '导入', filters: [], multiple: true },
      {
        showOpenDialog: () => Promise.resolve({ canceled: false, filePaths: [small, big] }),
        stat,
        readFile: (filePath) => readFile(filePath),
      },
    );
    expect(result).toEqual({
      status: 'opened',
      files: [
        { name: '导出.json', bytes: new Uint8Array(Buffer.from('{"version":1}')) },
        { name: '巨大.json', error: '文件“巨大.json”超过 200 MB，未读取' },
      ],
    });
  });

  it('reports a file that vanished after it was chosen', async () => {
    const gone = path.join(folder, '已删除.json');
    const result = await openFiles(
      { title: '导入', filters: [], multiple: true },
      {
        showOpenDialog: () => Promise.resolve({ canceled: false, filePaths: [gone] }),
        stat,
        readFile: (filePath) => readFile(filePath),
      },
    );
    expect(result).toEqual({
      status: 'opened',
      files: [{ name: '已删除.json', error: expect.stringContaining('找不到') as unknown }],
    });
  });
});
