// The main process's log: electron-log (its Node build, as main uses it) writing real files in
// a temporary data folder, the log:write payload's schema, and opening the folder with fakes
// standing in for Electron's shell.
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import log from 'electron-log/node';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  configureLogFile,
  describeFileEvent,
  logFolderFor,
  logMessages,
  openLogFolder,
} from '../../../electron/app-log';
import { writeLogRequestSchema } from '../../../shared/ipc/contract';

const folders: string[] = [];
function tempDataFolder() {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'wch-log-'));
  folders.push(folder);
  return folder;
}

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function freshLogger(name: string) {
  const logger = log.create({ logId: `${name}-${Math.random()}` });
  logger.transports.console.level = false;
  return logger;
}

describe('the log file', () => {
  it('is main.log in logs/ of the data folder', () => {
    expect(logFolderFor('/data/wuchanghui-assistant')).toBe(
      path.join('/data/wuchanghui-assistant', 'logs'),
    );
  });

  it('receives what main logs', () => {
    const folder = logFolderFor(tempDataFolder());
    const logger = freshLogger('write');
    configureLogFile(logger, folder);
    logger.error('[ipc] file:save-bytes failed', new Error('disk full'));
    logger.info('[renderer] import "a.json"');
    const text = readFileSync(path.join(folder, 'main.log'), 'utf8');
    expect(text).toMatch(/\[error\] \[ipc\] file:save-bytes failed Error: disk full/);
    expect(text).toContain('[info]  [renderer] import "a.json"');
  });

  it('rotates past 1 MB: the full file becomes main.old.log and a new main.log starts', () => {
    const folder = logFolderFor(tempDataFolder());
    const logger = freshLogger('rotate');
    configureLogFile(logger, folder);
    const line = 'x'.repeat(1000);
    for (let i = 0; i < 1100; i++) logger.info(`${i} ${line}`);
    expect(existsSync(path.join(folder, 'main.old.log'))).toBe(true);
    expect(statSync(path.join(folder, 'main.log')).size).toBeLessThan(1024 * 1024);
    expect(readFileSync(path.join(folder, 'main.log'), 'utf8')).toContain(`1099 ${line}`);
  });
});

describe('log:write', () => {
  it('describes a summary in one line: action, file name and counts', () => {
    expect(
      describeFileEvent({
        action: '导入',
        fileName: '村务交换.json',
        counts: { added: 3, updated: 1, conflicts: 0 },
      }),
    ).toBe('import "村务交换.json" (added 3, updated 1, conflicts 0)');
    expect(describeFileEvent({ action: '导出', fileName: '纪要.docx' })).toBe('export "纪要.docx"');
  });

  it.each([
    ['a folder in the file name', { action: '导出', fileName: 'C:\\Users\\张三\\a.docx' }],
    ['any other field', { action: '导出', fileName: 'a.docx', names: ['张三'] }],
    ['a text count', { action: '导入', fileName: 'a.json', counts: { added: '张三' } }],
    ['an unknown count', { action: '导入', fileName: 'a.json', counts: { phones: 1 } }],
    ['a negative count', { action: '导入', fileName: 'a.json', counts: { added: -1 } }],
    ['an unknown action', { action: '删除', fileName: 'a.json' }],
  ])('refuses %s, so nothing personal can reach the log', (_case, payload) => {
    expect(writeLogRequestSchema.safeParse(payload).success).toBe(false);
  });
});

describe('opening the log folder', () => {
  // What the support person finds in the log; the screen gets Chinese only.
  const logged: unknown[][] = [];
  const log = (message: string, reason: unknown) => void logged.push([message, reason]);
  beforeEach(() => {
    logged.length = 0;
  });

  it('creates the folder, then opens it', async () => {
    const calls: string[] = [];
    const result = await openLogFolder('/data/logs', {
      mkdir: (folder) => Promise.resolve(calls.push(`mkdir ${folder}`)),
      openPath: (folder) => Promise.resolve((calls.push(`open ${folder}`), '')),
      log,
    });
    expect(result).toEqual({ status: 'opened' });
    expect(calls).toEqual(['mkdir /data/logs', 'open /data/logs']);
    expect(logged).toEqual([]);
  });

  it('says where the folder is in Chinese when shell.openPath cannot open it, and logs why', async () => {
    const result = await openLogFolder('/data/logs', {
      mkdir: () => Promise.resolve(),
      openPath: () => Promise.resolve('Failed to open path'),
      log,
    });
    expect(result).toEqual({
      status: 'failed',
      message: '无法打开日志文件夹，请在文件管理器中打开“/data/logs”',
    });
    expect(logged).toEqual([['could not open the log folder', 'Failed to open path']]);
  });

  it('says so in Chinese when shell.openPath throws', async () => {
    const thrown = new Error('spawn xdg-open ENOENT');
    const result = await openLogFolder('/data/logs', {
      mkdir: () => Promise.resolve(),
      openPath: () => Promise.reject(thrown),
      log,
    });
    expect(result).toEqual({
      status: 'failed',
      message: '无法打开日志文件夹，请在文件管理器中打开“/data/logs”',
    });
    expect(logged).toEqual([['could not open the log folder', thrown]]);
  });

  it('does not try to open a folder it could not create, and keeps the English for the log', async () => {
    const openPath = vi.fn(() => Promise.resolve(''));
    const denied = Object.assign(new Error('EACCES: permission denied, mkdir'), { code: 'EACCES' });
    const result = await openLogFolder('/data/logs', {
      mkdir: () => Promise.reject(denied),
      openPath,
      log,
    });
    expect(result).toEqual({ status: 'failed', message: '无法创建日志文件夹“/data/logs”' });
    expect(openPath).not.toHaveBeenCalled();
    expect(logged).toEqual([['could not create the log folder', denied]]);
  });
});

describe('the start-up failure box', () => {
  it('says in Chinese where the log is, without claiming it was written', () => {
    const folder = 'C:\\Users\\单𡒄花\\AppData\\Roaming\\屋场会助手\\logs';
    const said = logMessages.startFailed(folder);
    expect(said).toContain(`“${folder}”`);
    expect(said.replace(folder, '')).not.toMatch(/[A-Za-z]/);
    // A start that failed on an unwritable data folder could not write its log either.
    expect(said).not.toContain('已写入');
  });
});
