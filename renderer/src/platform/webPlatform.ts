// The Platform in a plain browser (npm run web, e2e tests, benchmarks).
import { parseDataMarker } from '@shared/dataMarker';
import { isSafeExternalUrl } from '@shared/urls';
import type { DataMarkerStore, Platform } from './platform';

/** Where a browser keeps the marker: beside the database's origin, outside IndexedDB. */
export const DATA_MARKER_KEY = 'steward.dataMarker';

function localStorageMarker(storage: Storage): DataMarkerStore {
  return {
    async read() {
      const text = storage.getItem(DATA_MARKER_KEY);
      if (text === null) return undefined;
      try {
        return parseDataMarker(JSON.parse(text));
      } catch {
        return undefined; // Not JSON: as good as none.
      }
    },
    async write(marker) {
      storage.setItem(DATA_MARKER_KEY, JSON.stringify(marker));
    },
  };
}

type Listener<T> = (value: T) => void;

export function createWebPlatform(win: Window = window): Platform {
  const clickListeners = new Set<Listener<string>>();
  return {
    kind: 'web',
    async getInfo() {
      return {
        name: 'Steward',
        version: import.meta.env.PACKAGE_VERSION ?? 'dev',
        platform: 'browser',
        dataLocation: `This browser's storage for ${win.location.origin}`,
      };
    },
    async notify({ key, title, body }) {
      if (typeof Notification === 'undefined' || Notification.permission === 'denied') return;
      if (Notification.permission === 'default' && (await Notification.requestPermission()) !== 'granted') return;
      const notification = new Notification(title, { body, tag: key });
      notification.onclick = () => {
        win.focus();
        for (const listener of clickListeners) listener(key);
      };
    },
    async openExternal(url) {
      if (isSafeExternalUrl(url)) win.open(url, '_blank', 'noopener,noreferrer');
    },
    async saveFile({ suggestedName, content, mimeType }) {
      const blob = new Blob([content], { type: mimeType });
      const href = URL.createObjectURL(blob);
      const link = win.document.createElement('a');
      link.href = href;
      link.download = suggestedName;
      link.click();
      setTimeout(() => URL.revokeObjectURL(href), 0);
      return { saved: true, path: `Downloads/${suggestedName}` };
    },
    async printToPdf() {
      // The browser's own print dialog, where the user picks "Save as PDF" and the place.
      // It tells the page neither whether nor where a file was saved, so this never
      // claims a save: callers say nothing rather than something untrue.
      win.print();
      return { saved: false };
    },
    async copyText(text) {
      // The async Clipboard API: allowed on a user's click in a secure context (localhost is one).
      await win.navigator.clipboard.writeText(text);
    },
    async setUnreadCount(count) {
      // No tray in a browser: the count shows in the tab title instead.
      win.document.title = count > 0 ? `(${count}) Steward` : 'Steward';
    },
    async applyDesktopSettings() {
      // Closing to the tray and launching at login do not exist in a browser.
    },
    onResume(listener) {
      // A browser has no power events; coming back to a hidden tab is the nearest thing.
      const onVisible = () => win.document.visibilityState === 'visible' && listener();
      win.document.addEventListener('visibilitychange', onVisible);
      return () => win.document.removeEventListener('visibilitychange', onVisible);
    },
    onNotificationClick(listener) {
      clickListeners.add(listener);
      return () => clickListeners.delete(listener);
    },
    dataMarker: localStorageMarker(win.localStorage),
  };
}
