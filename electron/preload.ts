// Runs in the sandboxed renderer before the page: exposes window.desktop, one method per IPC
// channel and nothing else. Bundled to CommonJS because sandboxed preloads cannot load ESM.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { channels, mainEvents } from '../shared/ipc/channels';
import type {
  AppInfo,
  AutoBackupInfo,
  BackupRequest,
  BackupResult,
  DesktopApi,
  OpenFolderResult,
  OpenResult,
  SaveResult,
} from '../shared/ipc/contract';

/** Checked by hand: the preload bundles no zod. Main is the only sender, but costs nothing. */
function asBackupRequest(value: unknown): BackupRequest | null {
  if (typeof value !== 'object' || value === null) return null;
  const { requestId, reason } = value as Record<string, unknown>;
  if (typeof requestId !== 'string' || (reason !== 'quit' && reason !== 'daily')) return null;
  return { requestId, reason };
}

const desktop = {
  saveFile: (request) => ipcRenderer.invoke(channels.saveFile, request) as Promise<SaveResult>,
  openFiles: (request) => ipcRenderer.invoke(channels.openFiles, request) as Promise<OpenResult>,
  appInfo: () => ipcRenderer.invoke(channels.appInfo) as Promise<AppInfo>,
  writeAutoBackup: (request) =>
    ipcRenderer.invoke(channels.writeAutoBackup, request) as Promise<BackupResult>,
  listAutoBackups: () => ipcRenderer.invoke(channels.listAutoBackups) as Promise<AutoBackupInfo[]>,
  writeLog: (request) => ipcRenderer.invoke(channels.writeLog, request) as Promise<void>,
  openLogFolder: () => ipcRenderer.invoke(channels.openLogFolder) as Promise<OpenFolderResult>,
  onBackupRequested: (listener) => {
    // The page gets a fresh plain object, never the IPC event (which reaches ipcRenderer).
    const forward = (_event: IpcRendererEvent, value: unknown) => {
      const request = asBackupRequest(value);
      if (request !== null) listener(request);
    };
    ipcRenderer.on(mainEvents.backupRequested, forward);
    return () => {
      ipcRenderer.removeListener(mainEvents.backupRequested, forward);
    };
  },
} satisfies DesktopApi;

contextBridge.exposeInMainWorld('desktop', desktop);
