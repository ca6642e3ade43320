// Runs in the sandboxed renderer before the page: exposes window.desktop, one method per IPC
// channel and nothing else. Bundled to CommonJS because sandboxed preloads cannot load ESM.
import { contextBridge, ipcRenderer } from 'electron';
import { channels } from '../shared/ipc/channels';
import type { AppInfo, DesktopApi, OpenResult, SaveResult } from '../shared/ipc/contract';

const desktop = {
  saveFile: (request) => ipcRenderer.invoke(channels.saveFile, request) as Promise<SaveResult>,
  openFiles: (request) => ipcRenderer.invoke(channels.openFiles, request) as Promise<OpenResult>,
  appInfo: () => ipcRenderer.invoke(channels.appInfo) as Promise<AppInfo>,
} satisfies DesktopApi;

contextBridge.exposeInMainWorld('desktop', desktop);
