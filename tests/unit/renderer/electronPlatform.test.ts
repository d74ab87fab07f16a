import { describe, expect, it, vi } from 'vitest';
import type { RendererEvent, RendererListener, StewardApi } from '@shared/ipc';
import { createElectronPlatform } from '../../../renderer/src/platform/electronPlatform';
import { choosePlatform } from '../../../renderer/src/platform/choosePlatform';

function fakeApi(overrides: Partial<StewardApi> = {}) {
  const listeners = new Map<RendererEvent, (payload: never) => void>();
  const api: StewardApi = {
    getInfo: async () => ({ ok: true, value: { name: 'Steward', version: '1.2.3', platform: 'linux', userDataPath: '/home/d/.config/Steward', backupFolder: '/home/d/Documents/Steward Backups' } }),
    openExternal: vi.fn(async () => ({ ok: true as const, value: undefined })),
    showNotification: async () => ({ ok: false, error: 'Notifications are not supported' }),
    saveFile: async () => ({ ok: true, value: { saved: true, path: '/tmp/x.csv' } }),
    setLoginItem: async () => ({ ok: true, value: undefined }),
    setUnreadCount: async () => ({ ok: true, value: undefined }),
    setCloseToTray: async () => ({ ok: true, value: undefined }),
    on: <E extends RendererEvent>(event: E, listener: RendererListener<E>) => {
      listeners.set(event, listener as (payload: never) => void);
      return () => listeners.delete(event);
    },
    ...overrides,
  };
  return { api, emit: (event: RendererEvent, payload?: unknown) => listeners.get(event)?.(payload as never), listeners };
}

describe('the Electron platform adapter', () => {
  it('unwraps successful envelopes and says where the data lives', async () => {
    const { api } = fakeApi();
    const info = await createElectronPlatform(api).getInfo();
    expect(info).toMatchObject({ version: '1.2.3', backupFolder: '/home/d/Documents/Steward Backups' });
    expect(info.dataLocation).toContain('/home/d/.config/Steward');
  });

  it('turns a failed envelope into an error the page can show', async () => {
    const { api } = fakeApi();
    await expect(createElectronPlatform(api).notify({ key: 'k', title: 't', body: 'b' })).rejects.toThrow('Notifications are not supported');
  });

  it('forwards notification clicks with their key and resume events, and unsubscribes', () => {
    const { api, emit, listeners } = fakeApi();
    const platform = createElectronPlatform(api);
    const clicked = vi.fn();
    const resumed = vi.fn();
    const stopClicks = platform.onNotificationClick(clicked);
    platform.onResume(resumed);
    emit('notification:clicked', { key: 'commitment:c1:2027-01-14' });
    emit('power:resumed');
    expect(clicked).toHaveBeenCalledWith('commitment:c1:2027-01-14');
    expect(resumed).toHaveBeenCalledTimes(1);
    stopClicks();
    expect(listeners.has('notification:clicked')).toBe(false);
  });

  it('sends the unread count through the bridge', async () => {
    const setUnreadCount = vi.fn(async () => ({ ok: true as const, value: undefined }));
    const { api } = fakeApi({ setUnreadCount });
    await createElectronPlatform(api).setUnreadCount(3);
    expect(setUnreadCount).toHaveBeenCalledWith(3);
  });

  it('applies close-to-tray, then the login item that depends on it', async () => {
    const calls: string[] = [];
    const record = (call: string) => {
      calls.push(call);
      return { ok: true as const, value: undefined };
    };
    const setCloseToTray = async (enabled: boolean) => record(`closeToTray ${enabled}`);
    const setLoginItem = async (openAtLogin: boolean) => record(`loginItem ${openAtLogin}`);
    const platform = createElectronPlatform(fakeApi({ setCloseToTray, setLoginItem }).api);
    await platform.applyDesktopSettings({ closeToTray: true, launchAtLogin: false });
    await platform.applyDesktopSettings({ closeToTray: false, launchAtLogin: true });
    expect(calls).toEqual(['closeToTray true', 'loginItem false', 'closeToTray false', 'loginItem true']);
  });

  it('reports a desktop setting main refused', async () => {
    const setCloseToTray = async () => ({ ok: false as const, error: 'window:setCloseToTray: invalid request' });
    const platform = createElectronPlatform(fakeApi({ setCloseToTray }).api);
    await expect(platform.applyDesktopSettings({ closeToTray: true, launchAtLogin: true })).rejects.toThrow('invalid request');
  });

  it('is chosen when the preload exposed window.steward, the web adapter otherwise', () => {
    const { api } = fakeApi();
    expect(choosePlatform({ steward: api } as unknown as Window).kind).toBe('electron');
    expect(choosePlatform({} as unknown as Window).kind).toBe('web');
  });
});
