// Entry point of the main process. It only wires Electron's APIs into the functions of the
// neighbouring files, which hold every decision and are tested without Electron. Startup work
// belongs in `start`, one line per concern.
import { mkdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
// The Node build of electron-log: the same rotating file, without the IPC channel the Electron
// build opens to every renderer (ours reach main only through the checked channels in ipc.ts).
import log from 'electron-log/node';
import { appId, appScheme, dataFolderName, productName } from '../shared/app-identity';
import {
  appInfoRequestSchema,
  channels,
  openFilesRequestSchema,
  openLogFolderRequestSchema,
  saveFileRequestSchema,
  writeLogRequestSchema,
} from '../shared/ipc/contract';
import { appInfo } from './app-info';
import {
  configureLogFile,
  describeFileEvent,
  logFolderFor,
  logMessages,
  openLogFolder,
} from './app-log';
import { appSchemePrivileges, createAppProtocolHandler } from './app-protocol';
import { writeFileAtomic } from './atomic-write';
import { backupFolderFor } from './backup-names';
import { nodeBackupStore } from './backup-store';
import { startAutoBackups } from './backups';
import { openFiles, saveFile } from './file-handlers';
import { createHandle, type Handle } from './ipc';
import { aboutDialogOptions, buildMenuTemplate } from './menu';
import { devServerUrlFrom, secureWebPreferences, startUrl, trustedOrigins } from './security';
import { guardSession, guardWebContents } from './web-guards';

const devServerUrl = devServerUrlFrom(process.env, app.isPackaged);
const isDev = devServerUrl !== null;
const origins = trustedOrigins(devServerUrl);

// Everything up to `ready` must happen before Chromium starts: the scheme's privileges, the
// data folder (which also keys the single-instance lock) and the sandbox for every renderer.
protocol.registerSchemesAsPrivileged([{ scheme: appScheme, privileges: appSchemePrivileges }]);
app.setName(productName);
// A dev run gets its own folder so it never touches, or locks out, the installed copy's data.
const dataFolder = isDev ? `${dataFolderName}-dev` : dataFolderName;
app.setPath('userData', path.join(app.getPath('appData'), dataFolder));
if (process.platform === 'win32') app.setAppUserModelId(appId);
app.enableSandbox();

const logFolder = logFolderFor(app.getPath('userData'));
configureLogFile(log, logFolder);
// Uncaught errors and unhandled rejections of the main process go to the log file too.
log.errorHandler.startCatching({ showDialog: false });
log.info(`started ${productName} ${app.getVersion()} on ${process.platform}`);

let mainWindow: BrowserWindow | null = null;

function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: productName,
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(path.join(__dirname, 'preload.cjs')),
  });
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    mainWindow = null;
  });
  window
    .loadURL(startUrl(devServerUrl))
    .catch((error: unknown) => log.error('[window] the first page failed to load', error));
  return window;
}

function focusMainWindow() {
  if (mainWindow === null) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

function documentsFolder(): string | undefined {
  try {
    return app.getPath('documents');
  } catch {
    return undefined;
  }
}

function registerIpcHandlers(handle: Handle) {
  handle(channels.saveFile, saveFileRequestSchema, (request) =>
    saveFile(request, {
      showSaveDialog: (options) =>
        mainWindow ? dialog.showSaveDialog(mainWindow, options) : dialog.showSaveDialog(options),
      writeFile: (filePath, bytes) => writeFileAtomic(filePath, bytes),
      defaultFolder: documentsFolder(),
    }),
  );
  handle(channels.openFiles, openFilesRequestSchema, (request) =>
    openFiles(request, {
      showOpenDialog: (options) =>
        mainWindow ? dialog.showOpenDialog(mainWindow, options) : dialog.showOpenDialog(options),
      stat,
      readFile: (filePath) => readFile(filePath),
      defaultFolder: documentsFolder(),
    }),
  );
  handle(channels.appInfo, appInfoRequestSchema, () =>
    appInfo({ getVersion: () => app.getVersion(), getPath: (name) => app.getPath(name) }),
  );
  handle(channels.writeLog, writeLogRequestSchema, (request) => {
    log.info(`[renderer] ${describeFileEvent(request)}`);
  });
  handle(channels.openLogFolder, openLogFolderRequestSchema, () =>
    openLogFolder(logFolder, {
      mkdir: (folder) => mkdir(folder, { recursive: true }),
      openPath: (folder) => shell.openPath(folder),
      log: (message, reason) => log.warn(`[logs] ${message}`, reason),
    }),
  );
}

/** The backups' store, with every failure and every written backup in the log file. */
function loggedBackupStore(folder: string) {
  const store = nodeBackupStore(folder);
  return {
    ...store,
    log: (message: string, error?: unknown) => log.warn(`[backups] ${message}`, error ?? ''),
    writeFile: async (filePath: string, bytes: Uint8Array) => {
      await store.writeFile(filePath, bytes);
      log.info(`[backups] wrote ${path.basename(filePath)} (${bytes.byteLength} bytes)`);
    },
  };
}

function showAbout() {
  const options = aboutDialogOptions(app.getVersion());
  void (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options));
}

function start() {
  guardSession(session.defaultSession, origins);
  protocol.handle(
    appScheme,
    createAppProtocolHandler({
      distRoot: path.join(app.getAppPath(), 'dist'),
      readFile,
      realpath: (filePath) => realpath(filePath),
    }),
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate({ isDev, showAbout })));
  const handle = createHandle(ipcMain, {
    trustedOrigins: origins,
    logError: (channel, error) => log.error(`[ipc] ${channel} failed`, error),
  });
  registerIpcHandlers(handle);
  mainWindow = createMainWindow();
  const backupFolder = backupFolderFor(app.getPath('userData'));
  startAutoBackups({
    app,
    window: mainWindow,
    handle,
    folder: backupFolder,
    store: loggedBackupStore(backupFolder),
  });
}

app.on('web-contents-created', (_event, contents) => guardWebContents(contents, origins));

if (app.requestSingleInstanceLock()) {
  app.on('second-instance', focusMainWindow);
  app.on('window-all-closed', () => app.quit());
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      log.error('[start] failed', error);
      dialog.showErrorBox(`${productName}无法启动`, logMessages.startFailed(logFolder));
      app.exit(1);
    });
} else {
  // Another copy is running; it receives `second-instance` and comes to the front.
  app.quit();
}
