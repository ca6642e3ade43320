// Files chosen or dropped for 导入 or 恢复, read and checked one by one. Inflating a .docx and
// checking a large file can take seconds, so where the page can start a Worker (the app and the
// browser) the checks run in check-files.worker.ts and the window stays responsive; elsewhere
// (Node tests) they run here, through the same checkFilesHere (check-files.ts).
import type { ExchangeFile } from '../../../shared/exchange/format';

export type ChosenFile = {
  name: string;
  bytes?: Uint8Array;
  /** Why the file could not be read at all (too large, unreadable). */
  error?: string;
  /** Bytes on disk, when the file was not read (too large). */
  size?: number;
  /** Last modified time (ms since 1970), when the picker tells it. */
  modifiedAt?: number;
};

export type CheckedFile =
  { name: string; ok: true; file: ExchangeFile } | { name: string; ok: false; message: string };

function checkHere(files: readonly ChosenFile[]): Promise<CheckedFile[]> {
  return import('./check-files').then(({ checkFilesHere }) => checkFilesHere(files));
}

function checkInWorker(files: readonly ChosenFile[]): Promise<CheckedFile[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./check-files.worker.ts', import.meta.url), {
      type: 'module',
    });
    const finish = () => worker.terminate();
    worker.onmessage = (event: MessageEvent<CheckedFile[]>) => {
      finish();
      resolve(event.data);
    };
    // Errors inside the checks come back as messages; this fires only when the worker could not
    // start, and then the checks run here rather than not at all.
    worker.onerror = (event) => {
      event.preventDefault();
      finish();
      checkHere(files).then(resolve, reject);
    };
    // The bytes are copied, not transferred: the caller may still show or retry them.
    worker.postMessage(files);
  });
}

/**
 * The files dealt out to one worker per core (at most four), in turn by size so the shares are
 * alike: the ten yearly files of the demo township are checked side by side, not one after
 * another. Returns each share with the positions its files had in the choice.
 */
export function shareOut<T extends { bytes?: Uint8Array }>(
  files: readonly T[],
  workers: number,
): { files: T[]; positions: number[] }[] {
  const count = Math.max(1, Math.min(workers, files.length));
  const shares = Array.from({ length: count }, () => ({
    files: [] as T[],
    positions: [] as number[],
    bytes: 0,
  }));
  const bySize = files
    .map((file, position) => ({ file, position }))
    .sort((a, b) => (b.file.bytes?.byteLength ?? 0) - (a.file.bytes?.byteLength ?? 0));
  for (const { file, position } of bySize) {
    const lightest = shares.reduce((a, b) => (b.bytes < a.bytes ? b : a));
    lightest.files.push(file);
    lightest.positions.push(position);
    lightest.bytes += file.bytes?.byteLength ?? 0;
  }
  return shares
    .filter((s) => s.files.length > 0)
    .map(({ files: f, positions }) => ({ files: f, positions }));
}

async function checkInWorkers(files: readonly ChosenFile[]): Promise<CheckedFile[]> {
  const cores = typeof navigator === 'undefined' ? 1 : navigator.hardwareConcurrency || 1;
  const shares = shareOut(files, Math.min(cores, 4));
  const checked = await Promise.all(shares.map((share) => checkInWorker(share.files)));
  const inOrder: CheckedFile[] = new Array<CheckedFile>(files.length);
  shares.forEach((share, s) =>
    share.positions.forEach((position, i) => {
      const result = checked[s]?.[i];
      if (result) inOrder[position] = result;
    }),
  );
  return inOrder;
}

export function checkFiles(files: readonly ChosenFile[]): Promise<CheckedFile[]> {
  if (typeof Worker !== 'undefined') return checkInWorkers(files);
  return checkHere(files);
}

export async function readDropped(list: FileList | readonly File[]): Promise<ChosenFile[]> {
  const { maxImportFileBytes } = await import('../../../shared/exchange/read-file');
  return Promise.all(
    Array.from(list, async (file): Promise<ChosenFile> => {
      const about = { name: file.name, size: file.size, modifiedAt: file.lastModified };
      return file.size > maxImportFileBytes
        ? { ...about, error: `“${file.name}”超过 200 MB，已拒绝读取` }
        : { ...about, bytes: new Uint8Array(await file.arrayBuffer()) };
    }),
  );
}
