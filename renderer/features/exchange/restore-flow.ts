// 恢复, the one flow behind 恢复… (a chosen file), the list of automatic backups and the start-up
// screens: check the file is a backup this version can read, preview it, keep a safety copy of
// the current data, then replace everything (the 文件记录 in the same transaction).
import type { ExchangeFile } from '../../../shared/exchange/format';
import { compareAppVersions } from '../../../shared/exchange/versions';
import { serializeExchangeFile } from '../../../shared/exchange/write';
import type { BackupResult } from '../../../shared/ipc/contract';
import type { Repositories } from '../../db/repositories';
import { platform } from '../../platform';
import { sendToLogFile } from './log-file';
import { checkFiles, type ChosenFile } from './read-files';

export const appVersion = import.meta.env.VITE_APP_VERSION ?? '0.0.0';

export type RestoreCandidate = { name: string; file: ExchangeFile };

export const restoreLabels = {
  newer: (name: string, theirs: string) =>
    `“${name}”来自更新版本的屋场会助手（${theirs}），本机是 ${appVersion}，请先升级本软件再恢复`,
  notBackup: (name: string) => `“${name}”是交换文件，不是备份。交换文件请用“导入”`,
  safetyFailed: (why: string) => `未能保存恢复前的安全备份（${why}），已取消恢复`,
  restored: '已恢复',
  safetySaved: (fileName: string) =>
    `恢复前的数据已另存为安全备份“${fileName}”（数据文件夹 backups/before-restore）`,
  safetyDownloaded: (fileName: string) =>
    `恢复前的数据已交给浏览器下载为“${fileName}”，请在浏览器的下载列表中确认它已保存`,
} as const;

/** A chosen or listed file, checked: a backup from this or an older version, or why not. */
export async function checkBackupFile(
  chosen: ChosenFile,
): Promise<{ ok: true; candidate: RestoreCandidate } | { ok: false; message: string }> {
  const [checked] = await checkFiles([chosen]);
  if (!checked) return { ok: false, message: `“${chosen.name}”无法读取` };
  if (!checked.ok) return { ok: false, message: checked.message };
  if (compareAppVersions(checked.file.appVersion, appVersion) > 0)
    return { ok: false, message: restoreLabels.newer(checked.name, checked.file.appVersion) };
  if (checked.file.kind !== 'backup')
    return { ok: false, message: restoreLabels.notBackup(checked.name) };
  return { ok: true, candidate: { name: checked.name, file: checked.file } };
}

/** Live records per table, for the preview. */
export function liveCount(file: ExchangeFile, table: keyof ExchangeFile['records']): number {
  return file.records[table].filter((r) => r.deletedAt === null).length;
}

/**
 * Keeps a safety copy of the current data, then restores. Throws (and changes nothing) when the
 * safety copy could not be made or the restore failed; returns the sentence that says where the
 * safety copy really is.
 */
export async function restoreWithSafetyCopy(
  repos: Repositories,
  candidate: RestoreCandidate,
): Promise<string> {
  const current = await repos.exchange.backup(await repos.settings.get());
  const safety: BackupResult = await platform.writeAutoBackup({
    reason: 'before-restore',
    bytes: new TextEncoder().encode(serializeExchangeFile(current)),
  });
  if (safety.status === 'failed' || safety.status === 'skipped')
    throw new Error(restoreLabels.safetyFailed(safety.message));
  const where =
    safety.status === 'saved'
      ? restoreLabels.safetySaved(safety.fileName)
      : restoreLabels.safetyDownloaded(safety.fileName);
  await repos.exchange.restore(candidate.file, {
    fileName: candidate.name,
    what:
      safety.status === 'saved'
        ? `从备份恢复（安全备份：${safety.fileName}）`
        : `从备份恢复（安全备份已交给浏览器下载：${safety.fileName}）`,
  });
  sendToLogFile('恢复', candidate.name);
  return `${restoreLabels.restored}。${where}`;
}

/** Restores into a database that holds nothing worth a safety copy (the start-up screens). */
export async function restoreWithoutSafetyCopy(
  repos: Repositories,
  candidate: RestoreCandidate,
  why: string,
): Promise<void> {
  await repos.exchange.restore(candidate.file, {
    fileName: candidate.name,
    what: `从备份恢复（${why}）`,
  });
  sendToLogFile('恢复', candidate.name);
}
