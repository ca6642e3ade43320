import { describe, expect, it, vi } from 'vitest';
import { saveFile, type SaveFileDeps } from '../../../electron/file-handlers';

const bytes = new Uint8Array([80, 75, 3, 4]);
const request = { suggestedName: '屋场会纪要.docx', bytes, filters: [] };

function codeError(code: string) {
  return Object.assign(new Error(`${code}: /secret/path`), { code });
}

function saveDeps(overrides: Partial<SaveFileDeps> = {}) {
  return {
    showSaveDialog: vi.fn(() =>
      Promise.resolve({ canceled: false, filePath: '/home/u/文档/纪要-定稿.docx' }),
    ),
    writeFile: vi.fn(() => Promise.resolve()),
    defaultFolder: '/home/u/文档',
    ...overrides,
  } satisfies SaveFileDeps;
}

describe('saveFile', () => {
  it('suggests the name in the default folder and writes the chosen path', async () => {
    const deps = saveDeps();
    const filters = [{ name: 'Word 文档', extensions: ['docx'] }];
    const result = await saveFile({ ...request, filters }, deps);
    expect(result).toEqual({ status: 'saved', fileName: '纪要-定稿.docx' });
    expect(deps.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({ defaultPath: '/home/u/文档/屋场会纪要.docx', filters }),
    );
    expect(deps.writeFile).toHaveBeenCalledWith('/home/u/文档/纪要-定稿.docx', bytes);
  });

  it('uses the bare name when there is no default folder', async () => {
    const deps = saveDeps({ defaultFolder: undefined });
    await saveFile(request, deps);
    expect(deps.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({ defaultPath: '屋场会纪要.docx' }),
    );
  });

  it.each([
    { canceled: true, filePath: '' },
    { canceled: true, filePath: '/home/u/a.docx' },
    { canceled: false, filePath: '' },
    { canceled: false },
  ])('reports cancelled and writes nothing for %o', async (choice) => {
    const deps = saveDeps({ showSaveDialog: vi.fn(() => Promise.resolve(choice)) });
    expect(await saveFile(request, deps)).toEqual({ status: 'cancelled' });
    expect(deps.writeFile).not.toHaveBeenCalled();
  });

  it.each([
    ['EBUSY', '占用'],
    ['EPERM', '没有权限'],
    ['EACCES', '没有权限'],
    ['ENOSPC', '磁盘空间不足'],
    ['EROFS', '只读'],
    ['EIO', '出错'],
  ])('turns %s into a Chinese message naming the file', async (code, phrase) => {
    const deps = saveDeps({ writeFile: vi.fn(() => Promise.reject(codeError(code))) });
    const result = await saveFile(request, deps);
    expect(result.status).toBe('failed');
    const message = result.status === 'failed' ? result.message : '';
    expect(message).toContain('纪要-定稿.docx');
    expect(message).toContain(phrase);
    expect(message).not.toContain('/secret/path');
  });
});
