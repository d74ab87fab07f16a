// How closing and quitting behave (DESIGN.md, Architecture: Reminders). With
// close-to-tray on, closing the window only hides it, so the page - and the
// reminder heartbeat in it - keeps running. A real quit (the tray's Quit, Cmd+Q,
// app.quit()) always gets through: `before-quit` fires before any window is asked
// to close, and from then on closing closes.

/** On the login item's command line when Steward should start in the tray (Windows). */
export const LAUNCHED_HIDDEN_ARG = '--hidden';

export interface CloseToTray {
  isEnabled(): boolean;
  setEnabled(enabled: boolean): void;
  /** What the window's close handler asks: hide instead of closing? */
  shouldHideOnClose(): boolean;
  /** The app is on its way out: closing the window closes it from now on. */
  markQuitting(): void;
}

export function createCloseToTray(): CloseToTray {
  // Off until the renderer sends the user's setting: before then, closing closes.
  let isEnabled = false;
  let isQuitting = false;
  return {
    isEnabled: () => isEnabled,
    setEnabled: (enabled) => {
      isEnabled = enabled;
    },
    shouldHideOnClose: () => isEnabled && !isQuitting,
    markQuitting: () => {
      isQuitting = true;
    },
  };
}

/** The part of Electron's app used here; one overload per event, as Electron types it. */
export interface LifecycleApp {
  on(event: 'before-quit', listener: () => void): unknown;
  on(event: 'second-instance', listener: () => void): unknown;
  on(event: 'activate', listener: () => void): unknown;
  on(event: 'window-all-closed', listener: () => void): unknown;
  quit(): void;
}

/** The part of Electron's powerMonitor used here (Linux and macOS emit it). */
export interface ShutdownEvents {
  on(event: 'shutdown', listener: () => void): unknown;
}

export interface LifecycleDeps {
  readonly app: LifecycleApp;
  readonly powerMonitor: ShutdownEvents;
  readonly platform: string;
  readonly closeToTray: Pick<CloseToTray, 'markQuitting'>;
  /** Shows and focuses the window, creating it again if it was closed. */
  readonly showWindow: () => void;
}

/** Wires the app's quit, reopen and all-closed events. Call after `ready`: showWindow may create a window. */
export function wireLifecycle({ app, powerMonitor, platform, closeToTray, showWindow }: LifecycleDeps): void {
  app.on('before-quit', () => closeToTray.markQuitting());
  // A hidden-on-close window must never stand between the OS and a shutdown.
  powerMonitor.on('shutdown', () => closeToTray.markQuitting());
  // Launching Steward again, or clicking its Dock icon, brings back the hidden window.
  app.on('second-instance', showWindow);
  app.on('activate', showWindow);
  // Reached only when the window really closed (close-to-tray off, or quitting).
  // macOS convention keeps the app in the Dock; elsewhere the app ends with its window.
  app.on('window-all-closed', () => {
    if (platform !== 'darwin') app.quit();
  });
}

/**
 * The login item. Windows passes `args` on the command line at login, so with
 * close-to-tray on Steward starts in the tray instead of opening its window; macOS
 * ignores `args` (Electron 45 no longer offers `openAsHidden`), and Linux has no
 * login items in Electron.
 */
export function loginItemSettings(openAtLogin: boolean, isCloseToTray: boolean): { openAtLogin: boolean; args: string[] } {
  return { openAtLogin, args: openAtLogin && isCloseToTray ? [LAUNCHED_HIDDEN_ARG] : [] };
}

/** True when this launch came from the login item that asked to start in the tray. */
export function wasLaunchedHidden(argv: readonly string[]): boolean {
  return argv.includes(LAUNCHED_HIDDEN_ARG);
}
