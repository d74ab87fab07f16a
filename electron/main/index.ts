// Main process entry: wiring only. It hands Electron's objects to the small
// modules beside it, in the order Electron needs: name and scheme before ready,
// single-instance lock, then guards, protocol, IPC handlers and the window.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as electron from 'electron';
import type { BrowserWindow } from 'electron';
import { APP_SCHEME } from './appOrigin';
import { forwardPowerEvents, openNotificationTarget } from './events';
import { createHandlers } from './handlers';
import { registerHandlers } from './ipc';
import { createNotifier } from './notifications';
import { createAppProtocolHandler, registerAppScheme } from './protocol';
import { guardPermissions, guardWebContents } from './security';
import { bringToFront, createMainWindow } from './window';

const { app } = electron;

// The userData folder is named after the app: this name must never change, or
// the user's database is left behind in the old profile (DESIGN.md, Principle 1).
app.setName('Steward');
// Only the Electron e2e tests set this, to run against a throwaway profile.
const testProfile = process.env.STEWARD_TEST_USER_DATA_DIR;
if (testProfile) app.setPath('userData', testProfile);
registerAppScheme(electron.protocol);

let mainWindow: BrowserWindow | undefined;
const getWindow = (): BrowserWindow | undefined => mainWindow;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow) bringToFront(mainWindow);
  });
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, openExternal));
  app.on('window-all-closed', () => app.quit());
  void app.whenReady().then(start).catch(failToStart);
}

function openExternal(url: string): Promise<void> {
  return electron.shell.openExternal(url);
}

function failToStart(error: unknown): void {
  console.error('Steward: failed to start', error);
  app.exit(1);
}

function start(): void {
  guardPermissions(electron.session.defaultSession);
  electron.protocol.handle(APP_SCHEME, createAppProtocolHandler({ rendererDir: join(__dirname, '../renderer'), readFile }));
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
    }),
  );
  forwardPowerEvents(electron.powerMonitor, getWindow);
  mainWindow = createMainWindow({
    BrowserWindow: electron.BrowserWindow,
    preloadPath: join(__dirname, '../preload/index.cjs'),
  });
  mainWindow.on('closed', () => {
    mainWindow = undefined;
  });
}
