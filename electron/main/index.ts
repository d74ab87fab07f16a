// Main process entry: wiring only. It hands Electron's objects to the small
// modules beside it, in the order Electron needs: name and scheme before ready,
// single-instance lock, then guards, protocol, tray, IPC handlers, the window and
// the app's quit and reopen events.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as electron from 'electron';
import type { BrowserWindow } from 'electron';
import { APP_SCHEME } from './appOrigin';
import { nodeBackupFs } from './backupFolder';
import { createDataStore, nodeDataFs } from './dataStore';
import { forwardPowerEvents, openNotificationTarget } from './events';
import { createHandlers } from './handlers';
import { registerHandlers } from './ipc';
import { createCloseToTray, wasLaunchedHidden, wireLifecycle } from './lifecycle';
import { createNotifier } from './notifications';
import { createAppProtocolHandler, registerAppScheme } from './protocol';
import { guardPermissions, guardWebContents } from './security';
import { testUserDataDir } from './testProfile';
import { createTray } from './tray';
import type { StewardTray } from './tray';
import { bringToFront, createMainWindow } from './window';

const { app } = electron;

// The userData folder is named after the app: this name must never change, or
// the user's database is left behind in the old profile (DESIGN.md, Principle 1).
app.setName('Steward');
// Only the Electron e2e tests set this, to run against a throwaway profile; a packaged app ignores it.
const testProfile = testUserDataDir(process.env, app.isPackaged);
if (testProfile) app.setPath('userData', testProfile);
registerAppScheme(electron.protocol);

let mainWindow: BrowserWindow | undefined;
const getWindow = (): BrowserWindow | undefined => mainWindow;
// Held for the app's lifetime: a tray that gets garbage-collected vanishes.
let tray: StewardTray | undefined;
const closeToTray = createCloseToTray();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, openExternal));
  void app.whenReady().then(start).catch(failToStart);
}

function openExternal(url: string): Promise<void> {
  return electron.shell.openExternal(url);
}

function failToStart(error: unknown): void {
  console.error('Steward: failed to start', error);
  app.exit(1);
}

function openWindow(startHidden: boolean): void {
  const window = createMainWindow({
    BrowserWindow: electron.BrowserWindow,
    preloadPath: join(__dirname, '../preload/index.cjs'),
    shouldHideOnClose: closeToTray.shouldHideOnClose,
    startHidden,
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = undefined;
  });
  mainWindow = window;
}

function showWindow(): void {
  if (mainWindow) bringToFront(mainWindow);
  // Only on macOS does the app outlive its window (lifecycle.ts): open a new one.
  else openWindow(false);
}

const dataStore = createDataStore({
  fs: nodeDataFs,
  userDataPath: () => app.getPath('userData'),
  now: () => new Date(),
  restart: () => {
    app.relaunch();
    app.exit(0);
  },
});

async function start(): Promise<void> {
  // Before any window opens IndexedDB: a store the user asked to move aside is moved now.
  const moved = await dataStore.applyPendingMoveAside();
  if (moved.length > 0) console.warn(`Steward: moved the damaged data aside: ${moved.join(', ')}`);
  guardPermissions(electron.session.defaultSession);
  electron.protocol.handle(APP_SCHEME, createAppProtocolHandler({ rendererDir: join(__dirname, '../renderer'), readFile }));
  tray = createTray({
    Tray: electron.Tray,
    Menu: electron.Menu,
    nativeImage: electron.nativeImage,
    platform: process.platform,
    onOpen: showWindow,
    onQuit: () => app.quit(),
  });
  registerHandlers(
    electron,
    createHandlers({
      app,
      platform: process.platform,
      showSaveDialog: (options) => {
        const parent = getWindow();
        return parent ? electron.dialog.showSaveDialog(parent, options) : electron.dialog.showSaveDialog(options);
      },
      writeFile: (path, content) => writeFile(path, content, 'utf8'),
      openExternal,
      showNotification: createNotifier({
        createNotification: (options) => new electron.Notification(options),
        onClick: openNotificationTarget(getWindow),
      }),
      writeClipboard: (text) => electron.clipboard.writeText(text),
      showUnreadCount: (count) => tray?.setUnreadCount(count),
      closeToTray,
      backupFs: nodeBackupFs,
      now: () => new Date(),
      dataStore,
    }),
  );
  forwardPowerEvents(electron.powerMonitor, getWindow);
  openWindow(wasLaunchedHidden(process.argv));
  wireLifecycle({ app, powerMonitor: electron.powerMonitor, platform: process.platform, closeToTray, showWindow });
}
