import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { createCloseToTray, loginItemSettings, wasLaunchedHidden, wireLifecycle } from '../../../electron/main/lifecycle';
import { bringToFront, createMainWindow } from '../../../electron/main/window';
import { FakeWindow } from './fakes';

/** The window, close-to-tray and the app's events wired as index.ts wires them. */
function boot(platform = 'linux') {
  const app = Object.assign(new EventEmitter(), { quit: vi.fn() });
  const powerMonitor = new EventEmitter();
  const closeToTray = createCloseToTray();
  const window = createMainWindow({ BrowserWindow: FakeWindow, preloadPath: '/p.cjs', shouldHideOnClose: closeToTray.shouldHideOnClose });
  wireLifecycle({ app, powerMonitor, platform, closeToTray, showWindow: () => bringToFront(window) });
  return { app, powerMonitor, closeToTray, window };
}

describe('close-to-tray', () => {
  it('hides the window instead of closing it when enabled', () => {
    const { closeToTray, window } = boot();
    closeToTray.setEnabled(true);
    expect(window.emit('close')).toBe(true);
    expect(window.hide).toHaveBeenCalledOnce();
  });

  it('lets the window close when disabled, and the app then quits on Windows and Linux', () => {
    for (const platform of ['win32', 'linux']) {
      const { app, window } = boot(platform);
      expect(window.emit('close')).toBe(false);
      expect(window.hide).not.toHaveBeenCalled();
      app.emit('window-all-closed');
      expect(app.quit).toHaveBeenCalledOnce();
    }
  });

  it('keeps the app in the Dock on macOS when its window closes', () => {
    const { app } = boot('darwin');
    app.emit('window-all-closed');
    expect(app.quit).not.toHaveBeenCalled();
  });

  it('lets the window close once the app is quitting (tray Quit, Cmd+Q)', () => {
    const { app, closeToTray, window } = boot();
    closeToTray.setEnabled(true);
    app.emit('before-quit');
    expect(window.emit('close')).toBe(false);
    expect(window.hide).not.toHaveBeenCalled();
  });

  it('lets the window close when the system shuts down', () => {
    const { powerMonitor, closeToTray, window } = boot();
    closeToTray.setEnabled(true);
    powerMonitor.emit('shutdown');
    expect(window.emit('close')).toBe(false);
  });

  it('follows the setting as it changes', () => {
    const { closeToTray, window } = boot();
    expect(closeToTray.isEnabled()).toBe(false);
    closeToTray.setEnabled(true);
    closeToTray.setEnabled(false);
    expect(window.emit('close')).toBe(false);
  });
});

describe('bringing the hidden window back', () => {
  it('shows and focuses the window when Steward is launched again', () => {
    const { app, closeToTray, window } = boot();
    closeToTray.setEnabled(true);
    window.emit('close');
    app.emit('second-instance', {}, ['steward'], '/');
    expect(window.show).toHaveBeenCalledOnce();
    expect(window.focus).toHaveBeenCalledOnce();
  });

  it('shows the window when the Dock icon is clicked', () => {
    const { app, window } = boot('darwin');
    app.emit('activate', {}, false);
    expect(window.show).toHaveBeenCalledOnce();
  });
});

describe('the login item', () => {
  it('opens at login with no arguments unless close-to-tray is on', () => {
    expect(loginItemSettings(true, false)).toEqual({ openAtLogin: true, args: [] });
    expect(loginItemSettings(false, true)).toEqual({ openAtLogin: false, args: [] });
  });

  it('starts in the tray when close-to-tray is on', () => {
    const settings = loginItemSettings(true, true);
    expect(settings).toEqual({ openAtLogin: true, args: ['--hidden'] });
    expect(wasLaunchedHidden(['C:\\Program Files\\Steward\\Steward.exe', ...settings.args])).toBe(true);
    expect(wasLaunchedHidden(['/opt/Steward/steward'])).toBe(false);
  });
});
