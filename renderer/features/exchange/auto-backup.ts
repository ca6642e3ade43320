// Answers the desktop shell's requests for an automatic backup (on quit and daily): the data
// lives here in IndexedDB, the shell writes the file into the data folder.
import { serializeExchangeFile } from '../../../shared/exchange/write';
import type { Repositories } from '../../db/repositories';
import { platform } from '../../platform';

export function answerBackupRequests(repos: Repositories): () => void {
  return platform.onBackupRequested(({ requestId, reason }) => {
    void (async () => {
      const file = await repos.exchange.backup(await repos.settings.get());
      const bytes = new TextEncoder().encode(serializeExchangeFile(file));
      await platform.writeAutoBackup({ requestId, reason, bytes });
    })().catch((error: unknown) => console.error('自动备份失败', error));
  });
}
