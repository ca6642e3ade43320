// IPC channel names, kept free of zod so the sandboxed preload can bundle them without
// pulling the schema library into the renderer process.
export const channels = {
  saveFile: 'file:save-bytes',
  openFiles: 'file:open-files',
  appInfo: 'app:get-info',
  writeAutoBackup: 'backup:write-auto',
  listAutoBackups: 'backup:list-auto',
  writeLog: 'log:write',
  openLogFolder: 'log:open-folder',
} as const;

export type Channel = (typeof channels)[keyof typeof channels];

/** Messages main sends to the renderer (webContents.send); the renderer never invokes these. */
export const mainEvents = {
  backupRequested: 'backup:requested',
} as const;

export type MainEvent = (typeof mainEvents)[keyof typeof mainEvents];
