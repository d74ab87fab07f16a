// What each IPC channel does in main: small OS effects and nothing else (no
// domain logic, no database). Every effect comes in through `HandlerDeps`, so
// the handlers run under Node in tests with fakes in place of Electron.
import { join } from 'node:path';
import type { App, SaveDialogOptions, SaveDialogReturnValue } from 'electron';
import type { NotificationRequest } from '../../shared/ipc';
import { createBackupFolder } from './backupFolder';
import type { BackupFs } from './backupFolder';
import { createBackupSettings } from './backupSettings';
import { safeDefaultFileName } from './fileName';
import type { DataStore } from './dataStore';
import { IpcRefusal } from './ipc';
import type { Handlers } from './ipc';
import { loginItemSettings } from './lifecycle';
import type { CloseToTray } from './lifecycle';
import { isSafeExternalUrl } from './security';
import type { OpenExternal } from './security';

export const BACKUP_FOLDER_NAME = 'Steward Backups';

export interface HandlerDeps {
  readonly app: Pick<App, 'getName' | 'getVersion' | 'getPath' | 'setLoginItemSettings' | 'setBadgeCount'>;
  readonly platform: string;
  /** The save dialog, already parented to the app's window. */
  readonly showSaveDialog: (options: SaveDialogOptions) => Promise<SaveDialogReturnValue>;
  /** Text is written as UTF-8, bytes (a printed PDF) as they are. */
  readonly writeFile: (path: string, content: string | Uint8Array) => Promise<void>;
  readonly openExternal: OpenExternal;
  readonly showNotification: (notification: NotificationRequest) => void;
  /** Electron's clipboard.writeText. */
  readonly writeClipboard: (text: string) => void;
  /** The tray's unread count (tray.ts). */
  readonly showUnreadCount: (count: number) => void;
  readonly closeToTray: Pick<CloseToTray, 'isEnabled' | 'setEnabled'>;
  /** The rolling backups' file operations (backupFolder.ts). */
  readonly backupFs: BackupFs;
  /** Main's clock: names the rolling backup files and dates their generations. */
  readonly now: () => Date;
  /** The data marker and the damaged IndexedDB folders (dataStore.ts). */
  readonly dataStore: DataStore;
}

export function createHandlers(deps: HandlerDeps): Handlers {
  const { app } = deps;
  // Outside the profile on purpose: a lost profile must not take the backups with it.
  // Asked per call: getPath can throw (no documents folder), and that belongs in an envelope.
  const backupFolderPath = () => join(app.getPath('documents'), BACKUP_FOLDER_NAME);
  // Created once: the folder serialises its writes. What to keep comes from main's own file.
  const backupSettings = createBackupSettings(deps.backupFs, () => app.getPath('userData'));
  const backups = createBackupFolder({ fs: deps.backupFs, folder: backupFolderPath, now: deps.now, keepLast: () => backupSettings.keepLast() });
  const defaultPath = (suggestedName: string) => join(app.getPath('documents'), safeDefaultFileName(suggestedName));
  return {
    'app:getInfo': () => ({
      name: app.getName(),
      version: app.getVersion(),
      platform: deps.platform,
      userDataPath: app.getPath('userData'),
      backupFolder: backupFolderPath(),
    }),
    'shell:openExternal': async ({ url }) => {
      if (!isSafeExternalUrl(url)) throw new IpcRefusal('refused', 'only https: and mailto: links can be opened');
      await deps.openExternal(new URL(url).href);
    },
    'notification:show': (notification) => deps.showNotification(notification),
    'clipboard:writeText': ({ text }) => deps.writeClipboard(text),
    'file:save': async ({ suggestedName, content, filters }) => {
      const choice = await deps.showSaveDialog({
        defaultPath: defaultPath(suggestedName),
        filters: filters.map(({ name, extensions }) => ({ name, extensions: [...extensions] })),
      });
      if (choice.canceled || !choice.filePath) return { saved: false };
      // The path is the one the user picked in the dialog, never one the renderer sent.
      await deps.writeFile(choice.filePath, content);
      return { saved: true, path: choice.filePath };
    },
    'file:printToPdf': async ({ suggestedName }, { sender }) => {
      // Print first: the page is the print view now, and the dialog must not wait on it.
      const bytes = await sender.printToPDF({ printBackground: true, pageSize: 'A4' });
      const choice = await deps.showSaveDialog({
        defaultPath: defaultPath(suggestedName),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      });
      if (choice.canceled || !choice.filePath) return { saved: false };
      await deps.writeFile(choice.filePath, bytes);
      return { saved: true, path: choice.filePath };
    },
    'app:setLoginItem': ({ openAtLogin }) => app.setLoginItemSettings(loginItemSettings(openAtLogin, deps.closeToTray.isEnabled())),
    'window:setUnreadCount': ({ count }) => {
      // The Dock or Unity launcher badge where there is one; the tray everywhere.
      app.setBadgeCount(count);
      deps.showUnreadCount(count);
    },
    'window:setCloseToTray': ({ enabled }) => deps.closeToTray.setEnabled(enabled),
    'backup:write': ({ content }) => backups.write(content),
    'backup:list': () => backups.list(),
    'backup:read': ({ name }) => backups.read(name),
    'backup:setKeep': ({ keep }) => backupSettings.setKeepLast(keep),
    'data:readMarker': () => deps.dataStore.readMarker(),
    'data:writeMarker': ({ marker }) => deps.dataStore.writeMarker(marker),
    'data:moveAside': () => deps.dataStore.requestMoveAside(),
    'data:listDamaged': () => deps.dataStore.listDamaged(),
    'data:removeDamaged': ({ name }) => deps.dataStore.removeDamaged(name),
  };
}
