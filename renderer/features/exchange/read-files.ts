// Files chosen or dropped for 导入 or 恢复, read and checked one by one.
import type { ExchangeFile } from '../../../shared/exchange/format';

export type CheckedFile =
  { name: string; ok: true; file: ExchangeFile } | { name: string; ok: false; message: string };

export async function checkFiles(
  files: readonly { name: string; bytes?: Uint8Array; error?: string }[],
): Promise<CheckedFile[]> {
  const { readExchangeBytes } = await import('../../../shared/exchange/read-file');
  return Promise.all(
    files.map(async ({ name, bytes, error }): Promise<CheckedFile> => {
      if (!bytes) return { name, ok: false, message: error ?? `“${name}”无法读取` };
      const result = await readExchangeBytes(name, bytes);
      return result.ok
        ? { name, ok: true, file: result.file }
        : { name, ok: false, message: result.message };
    }),
  );
}

export async function readDropped(
  list: FileList | readonly File[],
): Promise<{ name: string; bytes?: Uint8Array; error?: string }[]> {
  const { maxImportFileBytes } = await import('../../../shared/exchange/read-file');
  return Promise.all(
    Array.from(list, async (file) =>
      file.size > maxImportFileBytes
        ? { name: file.name, error: `“${file.name}”超过 200 MB，已拒绝读取` }
        : { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) },
    ),
  );
}
