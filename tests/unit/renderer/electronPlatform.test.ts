import { describe, expect, it, vi } from 'vitest';
import type { RendererEvent, RendererListener, StewardApi } from '@shared/ipc';
import { createElectronPlatform } from '../../../renderer/src/platform/electronPlatform';
import { choosePlatform } from '../../../renderer/src/platform/choosePlatform';
import { PlatformError } from '../../../renderer/src/platform/platform';

const BACKUP_FILE = { name: 'steward-backup-20270114-090000.json', takenAt: '2027-01-14T09:00:00.000Z', modifiedAt: '2027-01-14T09:00:01.000Z', size: 42 };

function fakeApi(overrides: Partial<StewardApi> = {}) {
  const listeners = new Map<RendererEvent, (payload: never) => void>();
  const api: StewardApi = {
    getInfo: async () => ({ ok: true, value: { name: 'Steward', version: '1.2.3', platform: 'linux', userDataPath: '/home/d/.config/Steward', backupFolder: '/home/d/Documents/Steward Backups' } }),
    openExternal: vi.fn(async () => ({ ok: true as const, value: undefined })),
    showNotification: async () => ({ ok: false, error: { code: 'failed', message: 'notification:show: Notifications are not supported' } }),
    saveFile: async () => ({ ok: true, value: { saved: true, path: '/tmp/x.csv' } }),
    printToPdf: vi.fn(async () => ({ ok: true as const, value: { saved: true as const, path: '/tmp/review.pdf' } })),
    setLoginItem: async () => ({ ok: true, value: undefined }),
    copyText: vi.fn(async () => ({ ok: true as const, value: undefined })),
    setUnreadCount: async () => ({ ok: true, value: undefined }),
    setCloseToTray: async () => ({ ok: true, value: undefined }),
    writeBackup: async () => ({ ok: true, value: { file: BACKUP_FILE } }),
    listBackups: async () => ({ ok: true, value: [BACKUP_FILE] }),
    readBackup: async () => ({ ok: false, error: { code: 'failed', message: 'backup:read: ENOENT: no such file' } }),
    setBackupKeep: async () => ({ ok: true, value: undefined }),
    readDataMarker: async () => ({ ok: true, value: null }),
    writeDataMarker: async () => ({ ok: true, value: undefined }),
    moveDamagedStoreAside: async () => ({ ok: true, value: undefined }),
    listDamagedStores: async () => ({ ok: true, value: [] }),
    removeDamagedStore: async () => ({ ok: false, error: { code: 'refused', message: 'data:removeDamaged: not a damaged store' } }),
    on: <E extends RendererEvent>(event: E, listener: RendererListener<E>) => {
      listeners.set(event, listener as (payload: never) => void);
      return () => listeners.delete(event);
    },
    ...overrides,
  };
  return { api, emit: (event: RendererEvent, payload?: unknown) => listeners.get(event)?.(payload as never), listeners };
}

describe('the Electron platform adapter', () => {
  it('reads no marker as undefined, and passes damaged-store failures on as errors', async () => {
    const { api } = fakeApi();
    const platform = createElectronPlatform(api);
    expect(await platform.dataMarker.read()).toBeUndefined();
    expect(await platform.damagedStores?.list()).toEqual([]);
    await expect(platform.damagedStores?.remove('x')).rejects.toThrow('not a damaged store');
  });

  it('unwraps successful envelopes and says where the data lives', async () => {
    const { api } = fakeApi();
    const info = await createElectronPlatform(api).getInfo();
    expect(info).toMatchObject({ version: '1.2.3', backupFolder: '/home/d/Documents/Steward Backups' });
    expect(info.dataLocation).toContain('/home/d/.config/Steward');
  });

  it('prints to PDF through the preload with the suggested name only', async () => {
    const { api } = fakeApi();
    const result = await createElectronPlatform(api).printToPdf({ suggestedName: 'Acme – 2027-Q1 review (partner).pdf' });
    expect(result).toEqual({ saved: true, path: '/tmp/review.pdf' });
    expect(api.printToPdf).toHaveBeenCalledWith({ suggestedName: 'Acme – 2027-Q1 review (partner).pdf' });
  });

  it('turns a failed envelope into an error the page can show', async () => {
    const { api } = fakeApi();
    await expect(createElectronPlatform(api).notify({ key: 'k', title: 't', body: 'b' })).rejects.toThrow('Notifications are not supported');
  });

  it("keeps main's error code, so the page can tell a refusal from bad input from a failure", async () => {
    const platform = createElectronPlatform(fakeApi().api);
    const refusal = await platform.damagedStores?.remove('x').catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(PlatformError);
    expect(refusal).toMatchObject({ code: 'refused', message: 'data:removeDamaged: not a damaged store' });
    await expect(platform.backups?.read('x')).rejects.toMatchObject({ code: 'failed' });
    const setCloseToTray = async () => ({ ok: false as const, error: { code: 'bad-input' as const, message: 'window:setCloseToTray: invalid request' } });
    await expect(createElectronPlatform(fakeApi({ setCloseToTray }).api).applyDesktopSettings({ closeToTray: true, launchAtLogin: true, backupKeep: 10 })).rejects.toMatchObject({ code: 'bad-input' });
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

  it('copies text through the bridge (main’s clipboard)', async () => {
    const copyText = vi.fn(async () => ({ ok: true as const, value: undefined }));
    const { api } = fakeApi({ copyText });
    await createElectronPlatform(api).copyText('Recap: Ops sync');
    expect(copyText).toHaveBeenCalledWith('Recap: Ops sync');
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
    const setBackupKeep = async (keep: number) => record(`backupKeep ${keep}`);
    const platform = createElectronPlatform(fakeApi({ setCloseToTray, setLoginItem, setBackupKeep }).api);
    await platform.applyDesktopSettings({ closeToTray: true, launchAtLogin: false, backupKeep: 10 });
    await platform.applyDesktopSettings({ closeToTray: false, launchAtLogin: true, backupKeep: 3 });
    expect(calls).toEqual(['closeToTray true', 'loginItem false', 'backupKeep 10', 'closeToTray false', 'loginItem true', 'backupKeep 3']);
  });

  it('reports a desktop setting main refused', async () => {
    const setCloseToTray = async () => ({ ok: false as const, error: { code: 'bad-input' as const, message: 'window:setCloseToTray: invalid request' } });
    const platform = createElectronPlatform(fakeApi({ setCloseToTray }).api);
    await expect(platform.applyDesktopSettings({ closeToTray: true, launchAtLogin: true, backupKeep: 10 })).rejects.toThrow('invalid request');
  });

  it('offers the rolling backups folder, unwrapping its envelopes', async () => {
    const writeBackup = vi.fn(async () => ({ ok: true as const, value: { file: BACKUP_FILE } }));
    const { backups } = createElectronPlatform(fakeApi({ writeBackup }).api);
    expect(await backups?.write('{}')).toEqual({ file: BACKUP_FILE });
    // The content only: what to keep is main's own setting.
    expect(writeBackup).toHaveBeenCalledWith({ content: '{}' });
    expect(await backups?.list()).toEqual([BACKUP_FILE]);
    await expect(backups?.read(BACKUP_FILE.name)).rejects.toThrow('ENOENT');
  });

  it('is chosen when the preload exposed window.steward, the web adapter otherwise', () => {
    const { api } = fakeApi();
    expect(choosePlatform({ steward: api } as unknown as Window).kind).toBe('electron');
    expect(choosePlatform({} as unknown as Window).kind).toBe('web');
  });
});
