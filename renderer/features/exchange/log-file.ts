// Sends an import or restore summary to the desktop log file (electron/app-log.ts): the action
// and the file name only. Best effort: the 文件记录 in IndexedDB is the record that counts. The
// platform is loaded lazily so the import flow also runs where there is no window (data tests).
import { forbiddenFileNameCharacters, maxFileNameLength } from '../../../shared/ipc/limits';
import type { FileLogEntry } from '../../db/database';

/**
 * The file name as the log request takes it (shared/ipc/contract.ts): a name another system
 * allowed (a colon on Linux, a name past 120 characters) would be refused and the line lost, so
 * the characters a file name may not hold become _ and a long name is cut, never inside a
 * character.
 */
export function logFileName(fileName: string): string {
  const safe = fileName.replace(forbiddenFileNameCharacters, '_');
  let cut = '';
  for (const ch of safe) {
    if (cut.length + ch.length > maxFileNameLength) break;
    cut += ch;
  }
  return cut === '' || cut === '.' || cut === '..' ? '_' : cut;
}

export function sendToLogFile(action: FileLogEntry['action'], fileName: string): void {
  void import('../../platform')
    .then(({ platform }) => platform.writeLog({ action, fileName: logFileName(fileName) }))
    .catch(() => undefined);
}
