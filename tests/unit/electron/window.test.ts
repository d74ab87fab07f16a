import { describe, expect, it, vi } from 'vitest';
import { forwardPowerEvents, openNotificationTarget } from '../../../electron/main/events';
import { createNotifier } from '../../../electron/main/notifications';
import type { NotificationLike } from '../../../electron/main/notifications';
import { createMainWindow } from '../../../electron/main/window';
import { FakeWindow } from './fakes';

const open = (shouldHideOnClose?: () => boolean): FakeWindow =>
  createMainWindow({
    BrowserWindow: FakeWindow,
    preloadPath: '/opt/steward/out/preload/index.cjs',
    ...(shouldHideOnClose ? { shouldHideOnClose } : {}),
  });

describe('the main window', () => {
  it('is created with hardened web preferences and the sandboxed preload', () => {
    expect(open().options).toMatchObject({
      title: 'Steward',
      show: false,
      minWidth: expect.any(Number),
      minHeight: expect.any(Number),
      webPreferences: {
        preload: '/opt/steward/out/preload/index.cjs',
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        webviewTag: false,
        backgroundThrottling: false,
      },
    });
  });

  it('has the spellchecker off: Chromium would download its dictionaries, and Steward makes no network requests', () => {
    expect(open().options.webPreferences?.spellcheck).toBe(false);
  });

  it('loads the page from the app origin and shows once it is painted', () => {
    const window = open();
    expect(window.loadURL).toHaveBeenCalledWith('app://steward/index.html');
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledOnce();
  });

  it('stays hidden once painted when launched to sit in the tray, still loading the page', () => {
    const window = createMainWindow({ BrowserWindow: FakeWindow, preloadPath: '/p.cjs', startHidden: true });
    window.emit('ready-to-show');
    expect(window.show).not.toHaveBeenCalled();
    expect(window.loadURL).toHaveBeenCalledWith('app://steward/index.html');
  });

  it('closes on close until close-to-tray says otherwise', () => {
    expect(open().emit('close')).toBe(false);
    const hiding = open(() => true);
    expect(hiding.emit('close')).toBe(true);
    expect(hiding.hide).toHaveBeenCalledOnce();
  });
});

describe('events forwarded to the page', () => {
  it('sends power:resumed on resume and on unlock-screen', () => {
    const window = new FakeWindow({});
    const powerListeners = new Map<string, () => void>();
    forwardPowerEvents({ on: (event: string, listener: () => void) => powerListeners.set(event, listener) }, () => window);
    powerListeners.get('resume')?.();
    powerListeners.get('unlock-screen')?.();
    expect(window.webContents.send.mock.calls).toEqual([['power:resumed'], ['power:resumed']]);
  });

  it('drops a power event while there is no window', () => {
    const powerListeners = new Map<string, () => void>();
    forwardPowerEvents({ on: (event: string, listener: () => void) => powerListeners.set(event, listener) }, () => undefined);
    expect(() => powerListeners.get('resume')?.()).not.toThrow();
  });

  it('restores, shows and focuses the window on a notification click, then sends its key', () => {
    const window = new FakeWindow({});
    window.isMinimizedNow = true;
    openNotificationTarget(() => window)('commitment:42');
    expect(window.restore).toHaveBeenCalledOnce();
    expect(window.show).toHaveBeenCalledOnce();
    expect(window.focus).toHaveBeenCalledOnce();
    expect(window.webContents.send).toHaveBeenCalledWith('notification:clicked', { key: 'commitment:42' });
  });

  it('does not restore a window that is not minimised', () => {
    const window = new FakeWindow({});
    openNotificationTarget(() => window)('k');
    expect(window.restore).not.toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalledOnce();
  });
});

describe('native notifications', () => {
  class FakeNotification implements NotificationLike {
    readonly listeners = new Map<string, () => void>();
    readonly show = vi.fn();
    constructor(readonly options: { title?: string; body?: string }) {}
    on(event: string, listener: () => void): this {
      this.listeners.set(event, listener);
      return this;
    }
  }

  it('shows the title and body, and reports the key when clicked', () => {
    const created: FakeNotification[] = [];
    const onClick = vi.fn();
    const show = createNotifier({
      createNotification: (options) => {
        const notification = new FakeNotification(options);
        created.push(notification);
        return notification;
      },
      onClick,
    });
    show({ key: 'cadence:abc:2027-01-14T09:00', title: 'Steering committee', body: 'In 15 minutes' });
    expect(created[0]?.options).toEqual({ title: 'Steering committee', body: 'In 15 minutes' });
    expect(created[0]?.show).toHaveBeenCalledOnce();
    created[0]?.listeners.get('click')?.();
    expect(onClick).toHaveBeenCalledWith('cadence:abc:2027-01-14T09:00');
  });
});
