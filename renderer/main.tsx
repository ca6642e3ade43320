import { createRoot } from 'react-dom/client';
import { AppDatabase, requestPersistentStorage } from './db/database';
import { openRepositories } from './db/repositories';
import { Root } from './app/Root';
import { answerBackupRequests } from './features/exchange/auto-backup';
import { platform } from './platform';
import './app/app.css';

const container = document.getElementById('root');
if (!container) throw new Error('missing #root');
const root = createRoot(container);

openRepositories(new AppDatabase(), import.meta.env.VITE_APP_VERSION ?? '0.0.0')
  .then((repositories) => {
    void requestPersistentStorage();
    answerBackupRequests(repositories);
    // Each 导出 / 导入 / 备份 / 恢复 also reaches the desktop log file: its action and file name.
    const record = repositories.fileLog.record.bind(repositories.fileLog);
    repositories.fileLog.record = async (entry) => {
      await record(entry);
      void platform.writeLog({ action: entry.action, fileName: entry.fileName }).catch(() => {});
    };
    root.render(<Root repositories={repositories} />);
  })
  .catch((error: unknown) => {
    container.textContent = `无法打开本地数据库：${error instanceof Error ? error.message : String(error)}。请关闭其他窗口后重试。`;
  });
