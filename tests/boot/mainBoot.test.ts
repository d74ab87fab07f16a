// Boots the BUILT main bundle (out/main/index.js) under Node, with a stand-in
// for the `electron` module placed in Node's require cache under the id that
// `require('electron')` resolves to from out/main. Proves the bundle wires what
// the unit tests prove piece by piece: hardened window, origin, protocol, IPC,
// tray, close-to-tray, and the power-event and notification-click forwarding.
import { existsSync, readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IPC_CHANNELS } from '../../shared/ipc';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';
import { MAIN_BUNDLE, PRELOAD_BUNDLE, RENDERER_PAGE, requireBuilt } from './built';
import { createElectronStandIn, preventable } from './electronStandIn';
import type { ElectronStandIn } from './electronStandIn';


const flush = (): Promise<void> => new Promise((done) => setImmediate(done));
const pause = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));
const PAGE = { senderFrame: { url: 'app://steward/index.html', parent: null } };

let standIn: ElectronStandIn;
let cleanUp: () => void = () => undefined;

beforeAll(async () => {
  requireBuilt(MAIN_BUNDLE);
  standIn = createElectronStandIn();
  const requireFromMain = createRequire(MAIN_BUNDLE);
  const electronId = requireFromMain.resolve('electron');
  const stand = new Module(electronId);
  stand.filename = electronId;
  stand.loaded = true;
  stand.exports = standIn.electron;
  requireFromMain.cache[electronId] = stand;
  cleanUp = () => {
    delete requireFromMain.cache[electronId];
    delete requireFromMain.cache[MAIN_BUNDLE];
  };
  requireFromMain(MAIN_BUNDLE);
  standIn.becomeReady();
  // Start reads the profile first (a pending move-aside of a damaged store), real file I/O,
  // which waits on libuv's thread pool: a count of event-loop turns is no bound for it on a
  // loaded machine (500 turns passed before the read returned in a CI run beside the e2e
  // tests), so wait on the clock, up to a minute and a half (the hook's guard is two).
  const giveUpAt = Date.now() + 90_000;
  while (!standIn.record.log.includes('new BrowserWindow') && Date.now() < giveUpAt) await pause(5);
  if (!standIn.record.log.includes('new BrowserWindow')) {
    throw new Error(`the built main process opened no window in 90 s; it did: ${standIn.record.log.join(' | ')}`);
  }
  for (let i = 0; i < 5; i += 1) await flush();
}, 120_000);

afterAll(() => cleanUp());

describe('the built main process', () => {
  it('names the app and registers app: as a privileged scheme before ready', () => {
    const { log, privilegedSchemes } = standIn.record;
    expect(log.indexOf('app.setName Steward')).toBeGreaterThanOrEqual(0);
    expect(log.indexOf('app.setName Steward')).toBeLessThan(log.indexOf('ready'));
    expect(privilegedSchemes).toEqual([
      {
        schemes: [{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }],
        isBeforeReady: true,
      },
    ]);
  });

  it('creates one window with hardened web preferences', () => {
    expect(standIn.record.windows).toHaveLength(1);
    expect(standIn.record.windows[0]?.options).toMatchObject({
      title: 'Steward',
      show: false,
      webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false },
    });
  });

  it('points the preload at the built sandboxed preload', () => {
    const preference = standIn.record.windows[0]?.options.webPreferences;
    const preload = typeof preference === 'object' && preference !== null && 'preload' in preference ? preference.preload : undefined;
    expect(preload).toBe(PRELOAD_BUNDLE);
    expect(existsSync(requireBuilt(PRELOAD_BUNDLE))).toBe(true);
  });

  it('loads app://steward/index.html, which the protocol handler serves from out/renderer with the CSP', async () => {
    const [url] = standIn.record.windows[0]?.loadedUrls ?? [];
    expect(url).toBe('app://steward/index.html');
    const handler = standIn.record.protocolHandlers.get('app');
    if (!handler || !url) throw new Error('no app: protocol handler or no page loaded');
    const response = await handler(new Request(url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(`${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
    expect(await response.text()).toBe(readFileSync(requireBuilt(RENDERER_PAGE), 'utf8'));
  });

  it('registers a handler for every channel of the contract', () => {
    expect([...standIn.record.ipcHandlers.keys()].sort()).toEqual([...IPC_CHANNELS].sort());
  });

  it("answers the app's page and refuses any other sender", async () => {
    const getInfo = standIn.record.ipcHandlers.get('app:getInfo');
    const page = { senderFrame: { url: 'app://steward/index.html', parent: null } };
    const stranger = { senderFrame: { url: 'https://evil.example/', parent: null } };
    expect(await getInfo?.(page)).toEqual({
      ok: true,
      value: {
        name: 'Steward',
        version: '0.1.0',
        platform: process.platform,
        userDataPath: '/stand-in/userData',
        backupFolder: resolve('/stand-in/documents', 'Steward Backups'),
      },
    });
    expect(await getInfo?.(stranger)).toMatchObject({ ok: false });
  });

  it("guards the window's web contents and the session's permissions", () => {
    const contents = standIn.record.windows[0]?.webContents;
    const away = preventable('https://evil.example/');
    contents?.emit('will-navigate', away);
    expect(away.isPrevented).toBe(true);
    expect(contents?.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(standIn.record.permissionCheckHandler?.(null, 'media', 'app://steward')).toBe(false);
    expect(standIn.record.permissionCheckHandler?.(null, 'notifications', 'app://steward')).toBe(true);
  });

  it('forwards resume and unlock-screen to the page as power:resumed', () => {
    const contents = standIn.record.windows[0]?.webContents;
    const before = contents?.sent.length ?? 0;
    standIn.powerEvents.emit('resume');
    standIn.powerEvents.emit('unlock-screen');
    expect(contents?.sent.slice(before)).toEqual([['power:resumed'], ['power:resumed']]);
  });

  it('focuses the window on a notification click and tells the page which one', async () => {
    const show = standIn.record.ipcHandlers.get('notification:show');
    expect(await show?.(PAGE, { key: 'commitment:c1:2027-01-14', title: 'Renewal', body: 'Due today' })).toEqual({ ok: true, value: undefined });
    const [notification] = standIn.record.notifications;
    const contents = standIn.record.windows[0]?.webContents;
    const logged = standIn.record.log.length;
    notification?.emit('click');
    expect(standIn.record.log.slice(logged)).toEqual(['window.show', 'window.focus']);
    expect(contents?.sent.at(-1)).toEqual(['notification:clicked', { key: 'commitment:c1:2027-01-14' }]);
  });
});

describe('the tray and close-to-tray in the built main process', () => {
  const tray = () => standIn.record.trays[0];
  const window = () => standIn.record.windows[0]?.window;
  const menuItem = (label: string) => tray()?.menu?.template.find((item) => item.label === label);
  const invoke = (channel: string, payload: unknown) => standIn.record.ipcHandlers.get(channel)?.(PAGE, payload);
  const close = () => {
    const event = preventable();
    window()?.emit('close', event);
    return event;
  };

  it('creates the tray at ready, with its icon, the tooltip "Steward" and a menu to open or quit', () => {
    const { log, trays } = standIn.record;
    expect(trays).toHaveLength(1);
    expect(log.indexOf('new Tray')).toBeGreaterThan(log.indexOf('ready'));
    expect(tray()?.image.dataURL).toMatch(/^data:image\/png;base64,/);
    expect(tray()?.image.representations).toEqual([{ scaleFactor: 2, dataURL: expect.stringMatching(/^data:image\/png;base64,/) }]);
    expect(tray()?.toolTip).toBe('Steward');
    expect(tray()?.menu?.template.map((item) => item.label ?? item.type)).toEqual(['Open Steward', 'separator', 'Quit Steward']);
  });

  it('shows the unread count in the tray and on the badge', async () => {
    expect(await invoke('window:setUnreadCount', { count: 3 })).toEqual({ ok: true, value: undefined });
    expect(tray()?.toolTip).toBe('Steward — 3 unread reminders');
    expect(menuItem('3 unread reminders')).toMatchObject({ enabled: false });
    expect(standIn.record.badgeCounts.at(-1)).toBe(3);
  });

  it('closes the window while close-to-tray is off', () => {
    expect(close().isPrevented).toBe(false);
  });

  it('hides the window on close once the page turns close-to-tray on', async () => {
    expect(await invoke('window:setCloseToTray', { enabled: true })).toEqual({ ok: true, value: undefined });
    const logged = standIn.record.log.length;
    expect(close().isPrevented).toBe(true);
    expect(standIn.record.log.slice(logged)).toEqual(['window.hide']);
  });

  it('registers the login item to start in the tray while close-to-tray is on', async () => {
    await invoke('app:setLoginItem', { openAtLogin: true });
    expect(standIn.record.loginItemSettings.at(-1)).toEqual({ openAtLogin: true, args: ['--hidden'] });
  });

  it('refuses close-to-tray from a foreign sender or with a malformed payload', async () => {
    const handler = standIn.record.ipcHandlers.get('window:setCloseToTray');
    expect(await handler?.({ senderFrame: { url: 'https://evil.example/', parent: null } }, { enabled: false })).toMatchObject({ ok: false });
    expect(await handler?.(PAGE, { enabled: 'no' })).toMatchObject({ ok: false });
    expect(close().isPrevented).toBe(true);
  });

  it('brings the hidden window back on a second launch, a tray click and "Open Steward"', () => {
    const logged = standIn.record.log.length;
    standIn.appEvents.emit('second-instance', {}, ['steward'], '/');
    tray()?.emit('click');
    menuItem('Open Steward')?.click?.();
    expect(standIn.record.log.slice(logged).filter((entry) => entry === 'window.show')).toHaveLength(3);
  });

  it('really quits from "Quit Steward": the window is let go', () => {
    menuItem('Quit Steward')?.click?.();
    expect(standIn.record.log.at(-1)).toBe('app.quit');
    expect(close().isPrevented).toBe(false);
    // Windows and Linux end the app with its last window; macOS keeps it in the Dock.
    const quits = (): number => standIn.record.log.filter((entry) => entry === 'app.quit').length;
    const before = quits();
    standIn.appEvents.emit('window-all-closed');
    expect(quits() - before).toBe(process.platform === 'darwin' ? 0 : 1);
  });
});
