// The app's one window: hardened web preferences, shown when painted, loading
// the page from the app's own origin. BrowserWindow is passed in so the
// options and the wiring are testable without Electron.
import type { BrowserWindowConstructorOptions, WebContents } from 'electron';
import { APP_ENTRY_URL } from './appOrigin';

export interface WindowLike {
  once(event: 'ready-to-show', listener: () => void): unknown;
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown;
  loadURL(url: string): Promise<void>;
  show(): void;
  hide(): void;
  focus(): void;
  restore(): void;
  isMinimized(): boolean;
  readonly webContents: Pick<WebContents, 'send'>;
}

export interface MainWindowDeps<W extends WindowLike> {
  readonly BrowserWindow: new (options: BrowserWindowConstructorOptions) => W;
  readonly preloadPath: string;
  /**
   * Close-to-tray (lifecycle.ts): when it answers true, closing hides the window
   * instead, so the page and its reminders keep running. Without it, closing closes.
   */
  readonly shouldHideOnClose?: () => boolean;
  /** Launched at login to sit in the tray: the page loads and runs, unseen until asked for. */
  readonly startHidden?: boolean;
}

export function createMainWindow<W extends WindowLike>({ BrowserWindow, preloadPath, shouldHideOnClose, startHidden }: MainWindowDeps<W>): W {
  // The options stay a literal inside `new BrowserWindow(...)`: that is the shape
  // electronegativity (npm run security) recognises and checks.
  const window = new BrowserWindow({
    title: 'Steward',
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      // Middle-click would open links in new windows; none are ever wanted.
      disableBlinkFeatures: 'Auxclick',
      // The reminder heartbeat must keep its pace while the window is hidden.
      backgroundThrottling: false,
      // Chromium's spellchecker downloads its dictionaries: Steward makes no network requests.
      spellcheck: false,
    },
  });
  if (startHidden !== true) window.once('ready-to-show', () => window.show());
  window.on('close', (event) => {
    if (shouldHideOnClose?.() !== true) return;
    event.preventDefault();
    window.hide();
  });
  void window.loadURL(APP_ENTRY_URL).catch((error: unknown) => console.error('Steward: the page failed to load', error));
  return window;
}

/** Brings the window to the user: restored if minimised, shown if hidden, focused. */
export function bringToFront(window: Pick<WindowLike, 'isMinimized' | 'restore' | 'show' | 'focus'>): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
