// Sends an import or restore summary to the desktop log file (electron/app-log.ts): the action
// and the file name only. Best effort: the 文件记录 in IndexedDB is the record that counts. The
// platform is loaded lazily so the import flow also runs where there is no window (data tests).
import type { FileLogEntry } from '../../db/database';

/** At most this many UTF-16 units, as the log request allows (shared/ipc/contract.ts). */
const longestName = 120;

/**
 * The file name as the log request takes it: a name another system allowed (a colon on Linux, a
 * name past 120 characters) would be refused and the line lost, so the characters a file name
 * may not hold become _ and a long name is cut, never inside a character.
 */
export function logFileName(fileName: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is replaced
  const safe = fileName.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_');
  let cut = '';
  for (const ch of safe) {
    if (cut.length + ch.length > longestName) break;
    cut += ch;
  }
  return cut === '' || cut === '.' || cut === '..' ? '_' : cut;
}

export function sendToLogFile(action: FileLogEntry['action'], fileName: string): void {
  void import('../../platform')
    .then(({ platform }) => platform.writeLog({ action, fileName: logFileName(fileName) }))
    .catch(() => undefined);
}
