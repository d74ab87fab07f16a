// The Platform in the desktop app: every call goes through the preload's typed
// API (window.steward); a failed envelope becomes a thrown PlatformError here, in
// the page, keeping main's code and message.
import type { IpcResult, StewardApi } from '@shared/ipc';
import { PlatformError } from './platform';
import type { Platform } from './platform';

async function unwrap<T>(result: Promise<IpcResult<T>>): Promise<T> {
  const envelope = await result;
  if (!envelope.ok) throw new PlatformError(envelope.error.code, envelope.error.message);
  return envelope.value;
}

export function createElectronPlatform(api: StewardApi): Platform {
  return {
    kind: 'electron',
    async getInfo() {
      const info = await unwrap(api.getInfo());
      return { ...info, dataLocation: `${info.userDataPath} (IndexedDB for app://steward)` };
    },
    notify: (request) => unwrap(api.showNotification(request)),
    openExternal: (url) => unwrap(api.openExternal(url)),
    async saveFile({ suggestedName, content, filters }) {
      return unwrap(api.saveFile({ suggestedName, content, filters: filters.map((f) => ({ name: f.name, extensions: [...f.extensions] })) }));
    },
    printToPdf: ({ suggestedName }) => unwrap(api.printToPdf({ suggestedName })),
    copyText: (text) => unwrap(api.copyText(text)),
    setUnreadCount: (count) => unwrap(api.setUnreadCount(count)),
    async applyDesktopSettings({ closeToTray, launchAtLogin, backupKeep }) {
      // Close-to-tray first: main registers the login item to start in the tray when it is on.
      await unwrap(api.setCloseToTray(closeToTray));
      await unwrap(api.setLoginItem(launchAtLogin));
      // Main keeps its own copy: a backup write never says what to delete.
      await unwrap(api.setBackupKeep(backupKeep));
    },
    onResume: (listener) => api.on('power:resumed', () => listener()),
    onNotificationClick: (listener) => api.on('notification:clicked', ({ key }) => listener(key)),
    backups: {
      write: (content) => unwrap(api.writeBackup({ content })),
      list: () => unwrap(api.listBackups()),
      read: (name) => unwrap(api.readBackup(name)),
    },
    dataMarker: {
      read: async () => (await unwrap(api.readDataMarker())) ?? undefined,
      write: (marker) => unwrap(api.writeDataMarker(marker)),
    },
    damagedStores: {
      moveAsideAndRestart: () => unwrap(api.moveDamagedStoreAside()),
      list: () => unwrap(api.listDamagedStores()),
      remove: (name) => unwrap(api.removeDamagedStore(name)),
    },
  };
}
