/**
 * Composition root of the Electron main process: one instance, hardened session and windows,
 * the backend behind one validated dispatch, pending saves flushed before the app goes away.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, session } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHANNEL_NAMES } from '../shared/ipc/channels';
import { createBackend } from '../backend/index';
import type { Backend } from '../backend/types';
import { hardenSession, hardenWebContents } from './electron/harden';
import { menuTemplate } from './electron/menu';
import { APP_NAME, libraryDir, resolveUserDataDir } from '../backend/storage/userData';
import { createElectronPorts } from './electron/ports';
import { senderInfo } from './electron/sender';
import { secureWebPreferences } from './security/policies';
import { ServiceError } from '../backend/errors/serviceError';

const RENDERER_DIR = join(__dirname, '../renderer');
const RENDERER_INDEX = join(RENDERER_DIR, 'index.html');
const PRELOAD = join(__dirname, '../preload/index.js');
// resources/** is packed beside out/** (inside app.asar, which Electron's fs reads transparently).
const EXAMPLES_DIR = join(__dirname, '../../resources/examples');
// electron-vite's dev server; never honoured in a packaged build.
const DEV_URL = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
const APP_URL = DEV_URL ?? pathToFileURL(RENDERER_INDEX).href;
const TRUSTED = [DEV_URL ? new URL(DEV_URL).origin : APP_URL];

// A `bienban` command holding the data folder usually finishes within seconds.
const LOCK_WAIT_MS = 10_000;

const log = (message: string, detail?: unknown) => console.error(`[bienban] ${message}`, detail ?? '');

let mainWindow: BrowserWindow | null = null;
let backend: Backend | null = null;
let quitFlushed = false;

app.setName(APP_NAME);
// Explicit, so the app and the `bienban` CLI agree on every platform (Electron's default would follow
// package.json's name in development and productName when packaged).
app.setPath('userData', resolveUserDataDir(process.env, join(app.getPath('appData'), APP_NAME)));
app.enableSandbox();
// Chromium's own strings (context menus, built-in messages) and Intl defaults in Vietnamese whatever
// the system language. Dates and times are typed in our own Vietnamese fields, not the platform's.
app.commandLine.appendSwitch('lang', 'vi');

function loadApp(win: BrowserWindow, hash: string): Promise<void> {
  if (DEV_URL) return win.loadURL(hash ? `${DEV_URL}#${hash}` : DEV_URL);
  return win.loadFile(RENDERER_INDEX, hash ? { hash } : undefined);
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

function flush(reason: string): void {
  backend?.flush().catch((e: unknown) => log(`flush on ${reason} failed`, e));
}

async function createMainWindow(): Promise<BrowserWindow> {
  const win = new BrowserWindow({
    title: APP_NAME,
    show: false,
    width: 1280,
    height: 820,
    minWidth: 1024,
    minHeight: 700,
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(PRELOAD),
  });
  win.once('ready-to-show', () => win.show());
  win.on('close', () => flush('window close'));
  // Windows logoff/shutdown: the app may be killed without before-quit.
  win.on('query-session-end', () => flush('query-session-end'));
  win.on('session-end', () => flush('session-end'));
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  mainWindow = win;
  await loadApp(win, '');
  return win;
}

async function start(): Promise<void> {
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(menuTemplate({ isMac: process.platform === 'darwin', isDev: !!DEV_URL })),
  );
  hardenSession(
    session.defaultSession,
    { rendererDirUrl: pathToFileURL(RENDERER_DIR).href + '/', devServerUrl: DEV_URL },
    log,
  );

  const ports = createElectronPorts({
    getWindow: () => mainWindow,
    preloadPath: PRELOAD,
    loadApp,
    trustedOrigins: TRUSTED,
  });
  const b = await createBackend({
    dataDir: libraryDir(app.getPath('userData')),
    ports,
    trustedOrigins: TRUSTED,
    appVersion: app.getVersion(),
    examplesDir: EXAMPLES_DIR,
    lockWaitMs: LOCK_WAIT_MS,
  });
  backend = b;
  for (const channel of CHANNEL_NAMES) {
    ipcMain.handle(channel, (event, raw: unknown) => b.dispatch(channel, raw, senderInfo(event)));
  }
  await createMainWindow();
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, () => APP_URL));
  app.on('window-all-closed', () => app.quit());
  app.on('before-quit', (event) => {
    if (quitFlushed || !backend) return;
    // Hold the quit until pending saves reach the disk, then quit for real.
    event.preventDefault();
    quitFlushed = true;
    const b = backend;
    void b
      .flush()
      .catch((e: unknown) => log('flush on quit failed', e))
      .then(() => b.close())
      .catch((e: unknown) => log('close on quit failed', e))
      .finally(() => app.quit());
  });
  app
    .whenReady()
    .then(start)
    .catch((e: unknown) => {
      log('startup failed', e);
      const dir = libraryDir(app.getPath('userData'));
      dialog.showErrorBox(
        'Biên Bản không khởi động được',
        e instanceof ServiceError
          ? `${e.message}\n\nThư mục dữ liệu: ${dir}`
          : `Không mở được dữ liệu tại:\n${dir}\n\nHãy kiểm tra quyền ghi của thư mục rồi mở lại ứng dụng.`,
      );
      app.exit(1);
    });
}
