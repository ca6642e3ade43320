// The app:get-info handler: what the renderer shows on its About and data-safety screens.
import type { AppInfo } from '../shared/ipc/contract';
import { logFolderFor } from './app-log';

export type AppInfoDeps = {
  getVersion(): string;
  getPath(name: 'userData'): string;
  platform?: string;
};

export function appInfo(deps: AppInfoDeps): AppInfo {
  return {
    version: deps.getVersion(),
    dataFolder: deps.getPath('userData'),
    logFolder: logFolderFor(deps.getPath('userData')),
    platform: deps.platform ?? process.platform,
  };
}
