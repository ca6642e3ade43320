import { describe, expect, it, vi } from 'vitest';
import { maxFileBytes } from '../../../shared/ipc/contract';
import { openFiles, type OpenFilesDeps } from '../../../electron/file-handlers';

const bytes = new Uint8Array([80, 75, 3, 4]);

function codeError(code: string) {
  return Object.assign(new Error(`${code}: /secret/path`), { code });
}

type FakeFile = { size?: number; bytes?: Uint8Array; isFile?: boolean; error?: string };

function openDeps(files: Record<string, FakeFile>, overrides: Partial<OpenFilesDeps> = {}) {
  const find = (filePath: string) => {
    const file = files[filePath];
    if (!file) throw codeError('ENOENT');
    if (file.error) throw codeError(file.error);
    return file;
  };
  return {
    showOpenDialog: vi.fn(() =>
      Promise.resolve({ canceled: false, filePaths: Object.keys(files) }),
    ),
    stat: vi.fn((filePath: string) =>
      Promise.resolve().then(() => {
        const file = find(filePath);
        return {
          size: file.size ?? file.bytes?.byteLength ?? 0,
          isFile: () => file.isFile ?? true,
        };
      }),
    ),
    readFile: vi.fn((filePath: string) =>
      Promise.resolve().then(() => find(filePath).bytes ?? new Uint8Array()),
    ),
    ...overrides,
  } satisfies OpenFilesDeps;
}

const openRequest = { title: '导入数据', filters: [], multiple: true };

describe('openFiles', () => {
  it('reports cancelled when the dialog is dismissed or empty', async () => {
    for (const choice of [
      { canceled: true, filePaths: ['/a.json'] },
      { canceled: false, filePaths: [] },
    ]) {
      const deps = openDeps({}, { showOpenDialog: vi.fn(() => Promise.resolve(choice)) });
      expect(await openFiles(openRequest, deps)).toEqual({ status: 'cancelled' });
      expect(deps.readFile).not.toHaveBeenCalled();
    }
  });

  it('asks for one or several files as requested', async () => {
    const deps = openDeps({ '/d/a.json': { bytes } });
    await openFiles({ ...openRequest, multiple: false }, { ...deps, defaultFolder: '/d' });
    expect(deps.showOpenDialog).toHaveBeenCalledWith({
      title: '导入数据',
      defaultPath: '/d',
      filters: [],
      properties: ['openFile'],
    });
    await openFiles(openRequest, deps);
    expect(deps.showOpenDialog).toHaveBeenLastCalledWith(
      expect.objectContaining({ properties: ['openFile', 'multiSelections'] }),
    );
  });

  it('returns each file by base name with its bytes', async () => {
    const deps = openDeps({
      '/d/一.json': { bytes },
      '/d/二.json': { bytes: new Uint8Array([9]) },
    });
    expect(await openFiles(openRequest, deps)).toEqual({
      status: 'opened',
      files: [
        { name: '一.json', bytes },
        { name: '二.json', bytes: new Uint8Array([9]) },
      ],
    });
  });

  it('does not read a file over the limit and names it in the error', async () => {
    const deps = openDeps({ '/d/大.json': { size: maxFileBytes + 1 }, '/d/小.json': { bytes } });
    const result = await openFiles(openRequest, deps);
    expect(result).toEqual({
      status: 'opened',
      files: [
        { name: '大.json', error: expect.stringContaining('大.json') as unknown },
        { name: '小.json', bytes },
      ],
    });
    expect(deps.readFile).toHaveBeenCalledTimes(1);
    expect(deps.readFile).toHaveBeenCalledWith('/d/小.json');
  });

  it('drops a file that grew past the limit between stat and read', async () => {
    class GrownBytes extends Uint8Array {
      override get byteLength() {
        return maxFileBytes + 1;
      }
    }
    const deps = openDeps(
      { '/d/a.json': { size: 1 } },
      { readFile: vi.fn(() => Promise.resolve(new GrownBytes(1))) },
    );
    expect(await openFiles(openRequest, deps)).toEqual({
      status: 'opened',
      files: [{ name: 'a.json', error: expect.stringContaining('超过 200 MB') as unknown }],
    });
    const budgetDeps = openDeps(
      { '/d/a.json': { size: 1 } },
      { readFile: vi.fn(() => Promise.resolve(new Uint8Array(16))), maxTotalBytes: 8 },
    );
    expect(await openFiles(openRequest, budgetDeps)).toEqual({
      status: 'opened',
      files: [{ name: 'a.json', error: expect.stringContaining('合计超过') as unknown }],
    });
  });

  it('stops reading once the selection exceeds the total budget', async () => {
    const files = { '/d/1.bin': { size: 6 }, '/d/2.bin': { size: 6 }, '/d/3.bin': { size: 2 } };
    const readFile = vi.fn((filePath: string) =>
      Promise.resolve(new Uint8Array(files[filePath as keyof typeof files].size)),
    );
    const result = await openFiles(openRequest, openDeps(files, { maxTotalBytes: 10, readFile }));
    expect(result.status === 'opened' && result.files.map((f) => 'bytes' in f)).toEqual([
      true,
      false,
      true,
    ]);
    expect(readFile).not.toHaveBeenCalledWith('/d/2.bin');
  });

  it('reports folders and unreadable files without failing the others', async () => {
    const deps = openDeps({
      '/d/文件夹': { isFile: false },
      '/d/锁定.json': { error: 'EACCES' },
      '/d/ok.json': { bytes },
    });
    const result = await openFiles(openRequest, deps);
    expect(result).toEqual({
      status: 'opened',
      files: [
        { name: '文件夹', error: expect.stringContaining('不是文件') as unknown },
        { name: '锁定.json', error: expect.stringContaining('没有权限') as unknown },
        { name: 'ok.json', bytes },
      ],
    });
  });

  it('hands back bytes that own their buffer, never a slice of a shared pool', async () => {
    const pool = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]);
    const view = pool.subarray(2, 4);
    const deps = openDeps({ '/d/a.bin': { bytes: view } });
    const result = await openFiles(openRequest, deps);
    const file = result.status === 'opened' ? result.files[0] : undefined;
    const returned = file && 'bytes' in file ? file.bytes : new Uint8Array();
    expect([...returned]).toEqual([3, 4]);
    expect(returned.buffer.byteLength).toBe(2);
  });

  it('opens only the first path when one file was asked for', async () => {
    const deps = openDeps({ '/d/a.json': { bytes }, '/d/b.json': { bytes } });
    const result = await openFiles({ ...openRequest, multiple: false }, deps);
    expect(result.status === 'opened' && result.files.map((f) => f.name)).toEqual(['a.json']);
  });
});
