// Sends an import or restore summary to the desktop log file (electron/app-log.ts): the action
// and the file name only. Best effort: the 文件记录 in IndexedDB is the record that counts. The
// platform is loaded lazily so the import flow also runs where there is no window (data tests).
import type { FileLogEntry } from '../../db/database';

export function sendToLogFile(action: FileLogEntry['action'], fileName: string): void {
  void import('../../platform')
    .then(({ platform }) => platform.writeLog({ action, fileName }))
    .catch(() => undefined);
}
