// The main process's log file: errors, backup results and the renderer's import/export
// summaries, for a township's support person to read. electron-log writes it in the data
// folder and rotates it: past maxLogBytes the file becomes main.old.log and a new one starts.
import path from 'node:path';
import type { OpenFolderResult, WriteLogRequest } from '../shared/ipc/contract';

export const logFileName = 'main.log';
export const maxLogBytes = 1024 * 1024;

export function logFolderFor(userData: string): string {
  return path.join(userData, 'logs');
}

/** What we log through; electron-log's logger (main or node) is one. */
export type Logger = {
  info(...params: unknown[]): void;
  warn(...params: unknown[]): void;
  error(...params: unknown[]): void;
};

/** The part of electron-log's file transport we set (the same in electron-log/main and /node). */
export type ConfigurableLogger = Logger & {
  transports: {
    file: { resolvePathFn: (variables: never) => string; maxSize: number; level: string | false };
  };
};

export function configureLogFile(logger: ConfigurableLogger, folder: string): void {
  logger.transports.file.resolvePathFn = () => path.join(folder, logFileName);
  logger.transports.file.maxSize = maxLogBytes;
  logger.transports.file.level = 'info';
}

const actionWords = { 导出: 'export', 导入: 'import', 备份: 'backup', 恢复: 'restore' } as const;

/** One line for a summary the renderer sent through log:write (already checked by zod). */
export function describeFileEvent(request: WriteLogRequest): string {
  const counts = Object.entries(request.counts ?? {})
    .map(([name, value]) => `${name} ${value}`)
    .join(', ');
  const file = JSON.stringify(request.fileName);
  return `${actionWords[request.action]} ${file}${counts === '' ? '' : ` (${counts})`}`;
}

// What the user is shown when the log folder cannot be shown (关于) or the app cannot start:
// where the log is, in Chinese. The system's own reason (English, from the OS or Node) goes to
// the log for the support person.
export const logMessages = {
  noFolder: (folder: string) => `无法创建日志文件夹“${folder}”`,
  openFailed: (folder: string) => `无法打开日志文件夹，请在文件管理器中打开“${folder}”`,
  // Not "the reason was written": when the data folder cannot be written, neither can the log.
  startFailed: (folder: string) =>
    `启动时出错。请重新启动；如果仍然不能启动，请联系技术支持，并提供日志文件夹“${folder}”中的日志（如果有）。`,
} as const;

export type OpenFolderDeps = {
  mkdir(folder: string): Promise<unknown>;
  /** Electron's shell.openPath: resolves to '' on success, or to an error message. */
  openPath(folder: string): Promise<string>;
  log(message: string, reason: unknown): void;
};

/** Opens the log folder, creating it first so a fresh install has something to show. */
export async function openLogFolder(
  folder: string,
  deps: OpenFolderDeps,
): Promise<OpenFolderResult> {
  try {
    await deps.mkdir(folder);
  } catch (error) {
    deps.log('could not create the log folder', error);
    return { status: 'failed', message: logMessages.noFolder(folder) };
  }
  const reason = await deps.openPath(folder).catch((error: unknown) => error);
  if (reason === '') return { status: 'opened' };
  deps.log('could not open the log folder', reason);
  return { status: 'failed', message: logMessages.openFailed(folder) };
}
