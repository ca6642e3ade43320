// Start-up: nothing is written before the database is known to be readable and, when it is blank
// while automatic backups hold data, before the user has chosen to restore or start empty
// (StartupScreens.tsx). A database that cannot be opened gets a screen that says why. Those
// screens and the restore load only when needed, so a normal start parses less. The page's first
// module, boot.ts, has already started the blank-database check while this code loaded.
import { createRoot, type Root as ReactRoot } from 'react-dom/client';
import type { AutoBackupInfo } from '../shared/ipc/contract';
import { AppDatabase, requestPersistentStorage } from './db/database';
import { databaseName } from './db/database-name';
import { openRepositories, type Repositories } from './db/repositories';
import { Root } from './app/Root';
import { parseRoute } from './app/router';
import { answerBackupRequests } from './features/exchange/auto-backup';
import { BackupNotice } from './features/exchange/BackupNotice';
import { backupsHoldingData } from './features/exchange/startup-checks';
import { platform } from './platform';
import { sendToLogFile } from './features/exchange/log-file';
import { startHomeReads } from './features/home/use-home-data';
import './app/app.css';

const appVersion = import.meta.env.VITE_APP_VERSION ?? '0.0.0';

const startupScreens = () => import('./features/exchange/StartupScreens');
const restoreFlow = () => import('./features/exchange/restore-flow');

function listBackups(): Promise<AutoBackupInfo[]> {
  return platform.listAutoBackups().catch((error: unknown) => {
    console.error('无法列出自动备份', error);
    return [];
  });
}

function deleteDatabase(): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(databaseName);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error('无法删除本地数据库'));
    request.onblocked = () => reject(new Error('另一个窗口还在使用本地数据库，请关闭它后重试'));
  });
}

function showApp(root: ReactRoot, repositories: Repositories) {
  // The home screen's reads run while React draws the app around them.
  if (parseRoute(location.hash).page === 'home') startHomeReads(repositories);
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
  showApp(root, repositories);
}

/** Starts the app once `probe` (probeBlankDatabase, begun by boot.ts) has answered. */
export async function start(probe: Promise<boolean | null>) {
  const container = document.getElementById('root');
  if (!container) throw new Error('missing #root');
  const root = createRoot(container);
  const isBlank = await probe;
  if (isBlank === true) {
    const holding = backupsHoldingData(await listBackups());
    if (holding.length > 0) {
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
    }
  }
  let repositories: Repositories;
  try {
    repositories = await openRepositories(new AppDatabase(), appVersion);
  } catch (error) {
    console.error('无法打开本地数据库', error);
    const backups = await listBackups();
    const { OpenFailureScreen } = await startupScreens();
    root.render(
      <OpenFailureScreen
        error={error}
        backups={backups}
        onRestore={async (source) => {
          const { pickBackup } = await startupScreens();
          const candidate = await pickBackup(source);
          if (!candidate) return;
          await deleteDatabase();
          const fresh = await openRepositories(new AppDatabase(), appVersion);
          const { restoreWithoutSafetyCopy } = await restoreFlow();
          await restoreWithoutSafetyCopy(fresh, candidate, '本地数据库无法打开');
          showApp(root, fresh);
        }}
      />,
    );
    return;
  }
  showApp(root, repositories);
}
