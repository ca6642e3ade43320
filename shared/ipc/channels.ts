// IPC channel names, kept free of zod so the sandboxed preload can bundle them without
// pulling the schema library into the renderer process.
export const channels = {
  saveFile: 'file:save-bytes',
  openFiles: 'file:open-files',
  appInfo: 'app:get-info',
} as const;

export type Channel = (typeof channels)[keyof typeof channels];
