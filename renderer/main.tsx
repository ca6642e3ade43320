// Start-up, the screens' side: opening.ts opens the database meanwhile (loaded beside this code
// by boot.ts, the page's first module), and this draws what it found. A blank database while
// automatic backups hold data gets a question before anything is written (StartupScreens.tsx); a
// database that cannot be opened gets a screen that says why. Those screens and the restore load
// only when needed, so a normal start parses less.
import { createRoot, type Root as ReactRoot } from 'react-dom/client';
import type { AutoBackupInfo } from '../shared/ipc/contract';
import { AppDatabase, requestPersistentStorage } from './db/database';
import { databaseName } from './db/database-name';
import { openRepositories, type Repositories } from './db/repositories';
import { Root } from './app/Root';
import { startFirstReads } from './app/first-reads';
import { answerBackupRequests } from './features/exchange/auto-backup';
import { BackupNotice } from './features/exchange/BackupNotice';
import { sendToLogFile } from './features/exchange/log-file';
import { appVersion, listBackups, openNow, type Opening } from './opening';
import './app/app.css';

const startupScreens = () => import('./features/exchange/StartupScreens');
const restoreFlow = () => import('./features/exchange/restore-flow');

function deleteDatabase(): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(databaseName);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error('无法删除本地数据库'));
    request.onblocked = () => reject(new Error('另一个窗口还在使用本地数据库，请关闭它后重试'));
  });
}

/**
 * The first reads (early-reads.ts) usually answer in a few milliseconds, and drawing the app once
 * with them costs less than drawing it empty and again as each arrives (about 150 ms less on the
 * home screen in `npm run bench`). A read that takes longer (a slow disk) keeps the window blank
 * no longer than this: the app is then drawn without it, and its screen shows it when it comes.
 */
const firstReadsWaitMs = 1000;

async function showApp(
  root: ReactRoot,
  repositories: Repositories,
  firstReads = startFirstReads(repositories),
) {
  await Promise.race([firstReads, new Promise((resolve) => setTimeout(resolve, firstReadsWaitMs))]);
  void requestPersistentStorage();
  answerBackupRequests(repositories);
  // Each 导出 / 导入 / 备份 / 恢复 also reaches the desktop log file: its action and file name.
  // (Imports and restores log inside their own transaction and call sendToLogFile themselves.)
  const record = repositories.fileLog.record.bind(repositories.fileLog);
  repositories.fileLog.record = async (entry) => {
    await record(entry);
    sendToLogFile(entry.action, entry.fileName);
  };
  root.render(
    <>
      <Root repositories={repositories} />
      <BackupNotice />
    </>,
  );
}

/** Opens the database and restores the chosen backup into it (it is blank, or was deleted). */
async function restoreInto(root: ReactRoot, source: 'chosen' | AutoBackupInfo, why: string) {
  const { pickBackup } = await startupScreens();
  const candidate = await pickBackup(source);
  if (!candidate) return;
  const repositories = await openRepositories(new AppDatabase(), appVersion);
  const { restoreWithoutSafetyCopy } = await restoreFlow();
  await restoreWithoutSafetyCopy(repositories, candidate, why);
  await showApp(root, repositories);
}

/** Starts the app once `opening` (opening.ts, begun by boot.ts) has opened the database. */
export async function start(opening: Promise<Opening>) {
  const container = document.getElementById('root');
  if (!container) throw new Error('missing #root');
  const root = createRoot(container);
  let opened = await opening;
  if (opened.kind === 'blank') {
    const { holding } = opened;
    const { BlankStartScreen } = await startupScreens();
    const chosen = await new Promise<'empty' | 'restored'>((resolve) => {
      root.render(
        <BlankStartScreen
          holding={holding}
          onRestore={(source) =>
            restoreInto(root, source, '启动时数据库为空').then(() => resolve('restored'))
          }
          onStartEmpty={() => resolve('empty')}
        />,
      );
    });
    if (chosen === 'restored') return;
    opened = await openNow();
  }
  if (opened.kind === 'failed') {
    const backups = await listBackups();
    const { OpenFailureScreen } = await startupScreens();
    root.render(
      <OpenFailureScreen
        error={opened.error}
        backups={backups}
        onRestore={async (source) => {
          const { pickBackup } = await startupScreens();
          const candidate = await pickBackup(source);
          if (!candidate) return;
          await deleteDatabase();
          const fresh = await openRepositories(new AppDatabase(), appVersion);
          const { restoreWithoutSafetyCopy } = await restoreFlow();
          await restoreWithoutSafetyCopy(fresh, candidate, '本地数据库无法打开');
          await showApp(root, fresh);
        }}
      />,
    );
    return;
  }
  await showApp(root, opened.repositories, opened.firstReads);
}
