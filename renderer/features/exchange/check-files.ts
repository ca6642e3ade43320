// The checks themselves, one file after another; run in check-files.worker.ts in the page, and
// directly where there is no Worker (Node tests). A check that throws (the memory runs out on a
// huge file) fails that file alone, in Chinese; the others are still checked.
import { readExchangeBytes } from '../../../shared/exchange/read-file';
import { describeError } from '../../app/errors';
import type { CheckedFile, ChosenFile } from './read-files';

export async function checkFilesHere(files: readonly ChosenFile[]): Promise<CheckedFile[]> {
  const checked: CheckedFile[] = [];
  for (const { name, bytes, error } of files) {
    if (!bytes) {
      checked.push({ name, ok: false, message: error ?? `“${name}”无法读取` });
      continue;
    }
    try {
      const result = await readExchangeBytes(name, bytes);
      checked.push(
        result.ok
          ? { name, ok: true, file: result.file }
          : { name, ok: false, message: result.message },
      );
    } catch (thrown) {
      checked.push({ name, ok: false, message: `“${name}”无法检查：${describeError(thrown)}` });
    }
  }
  return checked;
}
