// Sends an import or restore summary to the desktop log file (electron/app-log.ts): the action
// and the file name only. Best effort: the 文件记录 in IndexedDB is the record that counts.
import type { FileLogEntry } from '../../db/database';
import { platform } from '../../platform';

export function sendToLogFile(action: FileLogEntry['action'], fileName: string): void {
  void platform.writeLog({ action, fileName }).catch(() => undefined);
}
