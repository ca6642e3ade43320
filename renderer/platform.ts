// The only reader of window.desktop (the Electron preload). In a plain browser (npm run web,
// end-to-end tests) the same contract is met with a download and a file input.
import type {
  DesktopApi,
  OpenedFile,
  OpenFilesRequest,
  SaveFileRequest,
} from '../shared/ipc/contract';
import { maxFileBytes } from '../shared/ipc/limits';

declare global {
  interface Window {
    desktop?: DesktopApi;
  }
}

function saveByDownload({ suggestedName, bytes }: SaveFileRequest) {
  const url = URL.createObjectURL(new Blob([bytes]));
  const link = document.createElement('a');
  link.href = url;
  link.download = suggestedName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return Promise.resolve({ status: 'saved' as const, fileName: suggestedName });
}

function pickFiles({ filters = [], multiple = true }: OpenFilesRequest) {
  return new Promise<Awaited<ReturnType<DesktopApi['openFiles']>>>((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = multiple;
    input.accept = filters.flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',');
    input.addEventListener('cancel', () => resolve({ status: 'cancelled' }));
    input.addEventListener('change', () => {
      const chosen = Array.from(input.files ?? []);
      void Promise.all(
        chosen.map(async (file): Promise<OpenedFile> =>
          file.size > maxFileBytes
            ? { name: file.name, error: `文件“${file.name}”超过 200 MB，未读取` }
            : {
                name: file.name,
                bytes: new Uint8Array(await file.arrayBuffer()),
                modifiedAt: file.lastModified,
              },
        ),
      ).then((files) => resolve({ status: 'opened', files }));
    });
    input.click();
  });
}

// A browser has no data folder of ours: the safety copy before a restore is downloaded instead,
// and there are no automatic backups (README: run the desktop app for those).
const browserPlatform: DesktopApi = {
  saveFile: saveByDownload,
  openFiles: pickFiles,
  // A page cannot see whether the user kept the download, so the safety copy is reported as
  // handed to the browser ('downloaded'), never as saved.
  writeAutoBackup: async (request) => {
    if (request.reason !== 'before-restore')
      return { status: 'failed', message: '浏览器版不做自动备份' };
    const suggestedName = `屋场会助手恢复前安全备份 ${new Date().toISOString().slice(0, 10)}.json`;
    try {
      await saveByDownload({ suggestedName, bytes: request.bytes });
      return { status: 'downloaded', fileName: suggestedName };
    } catch (error) {
      // The browser's own words are English: kept for the console, not put on screen.
      console.error(error);
      return { status: 'failed', message: '浏览器未能开始下载' };
    }
  },
  onBackupRequested: () => () => undefined,
  listAutoBackups: () => Promise.resolve([]),
  readAutoBackup: () =>
    Promise.resolve({ status: 'failed', message: '浏览器版没有自动备份，请选择备份文件' }),
  writeLog: () => Promise.resolve(),
  openLogFolder: () => Promise.resolve({ status: 'failed', message: '浏览器版不写日志文件' }),
  appInfo: () =>
    Promise.resolve({
      version: import.meta.env.VITE_APP_VERSION ?? '0.1.0',
      dataFolder: '浏览器本地存储（IndexedDB）',
      logFolder: '浏览器版不写日志文件',
      platform: 'browser',
    }),
};

export const platform: DesktopApi = window.desktop ?? browserPlatform;
export const isDesktop = window.desktop !== undefined;
