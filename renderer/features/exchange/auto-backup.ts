// Answers the desktop shell's requests for an automatic backup (on quit and daily): the data
// lives here in IndexedDB, the shell writes the file into the data folder. What the autosave still
// holds is written first: on quit the window closes right after this backup, and what was typed
// in the last moment would be missing from it, and written, if at all, only as the window closes.
// A backup that fails, here or in the shell, is reported to the screen (BackupNotice), not only
// to the console.
import { serializeExchangeFile } from '../../../shared/exchange/write';
import type { Repositories } from '../../db/repositories';
import { describeError } from '../../app/save-status';
import { platform } from '../../platform';
import { flushAutosaves } from '../common/autosave-forms';

export type BackupFailure = { at: string; message: string };
type Listener = (failure: BackupFailure | null) => void;

const listeners = new Set<Listener>();
let lastFailure: BackupFailure | null = null;

function report(failure: BackupFailure | null) {
  lastFailure = failure;
  for (const listener of listeners) listener(failure);
}

/** The last automatic backup's failure (null once one succeeds), and its changes. */
export function subscribeBackupFailures(listener: Listener): () => void {
  listeners.add(listener);
  listener(lastFailure);
  return () => listeners.delete(listener);
}

export function answerBackupRequests(repos: Repositories): () => void {
  return platform.onBackupRequested(({ requestId, reason }) => {
    void (async () => {
      await flushAutosaves();
      const file = await repos.exchange.backup(await repos.settings.get());
      const bytes = new TextEncoder().encode(serializeExchangeFile(file));
      const result = await platform.writeAutoBackup({ requestId, reason, bytes });
      if (result.status === 'failed')
        report({ at: new Date().toISOString(), message: result.message });
      else report(null);
    })().catch((error: unknown) => {
      console.error('自动备份失败', error);
      report({ at: new Date().toISOString(), message: `自动备份失败：${describeError(error)}` });
    });
  });
}
