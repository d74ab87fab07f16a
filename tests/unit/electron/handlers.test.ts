import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { SaveDialogOptions, SaveDialogReturnValue } from 'electron';
import { nodeBackupFs } from '../../../electron/main/backupFolder';
import { createHandlers } from '../../../electron/main/handlers';
import type { HandlerDeps } from '../../../electron/main/handlers';
import { createDataStore } from '../../../electron/main/dataStore';
import { registerHandlers } from '../../../electron/main/ipc';
import { IPC_CHANNELS, IPC_CONTRACT } from '../../../shared/ipc';
import { createCloseToTray } from '../../../electron/main/lifecycle';
import { APP_PAGE, FakeIpcMain, eventFrom, fakeSender } from './fakes';
import { FakeDataFs } from './fakeDataFs';

const HOME = join('/home', 'user');

function fakeDeps(dialogAnswer: SaveDialogReturnValue = { canceled: true, filePath: '' }) {
  const app = {
    getName: () => 'Steward',
    getVersion: () => '0.1.0',
    getPath: (name: string) => (name === 'documents' ? join(HOME, 'Documents') : join(HOME, '.config', 'Steward')),
    setLoginItemSettings: vi.fn(),
    setBadgeCount: vi.fn(() => true),
  } satisfies HandlerDeps['app'];
  const deps = {
    app,
    platform: 'linux',
    showSaveDialog: vi.fn(async (_options: SaveDialogOptions) => dialogAnswer),
    writeFile: vi.fn(async (_path: string, _content: string | Uint8Array) => undefined),
    openExternal: vi.fn(async (_url: string) => undefined),
    showNotification: vi.fn(),
    writeClipboard: vi.fn(),
    showUnreadCount: vi.fn(),
    closeToTray: createCloseToTray(),
    // The backups folder has its own tests (backupFolder.test.ts) against a temp dir.
    backupFs: nodeBackupFs,
    now: () => new Date('2027-01-14T09:00:00.000Z'),
    // The data store has its own tests (dataStore.test.ts) with a fake file system.
    dataStore: createDataStore({ fs: new FakeDataFs(), userDataPath: () => '/profile', now: () => new Date(0), restart: vi.fn() }),
  } satisfies HandlerDeps;
  const ipcMain = new FakeIpcMain();
  registerHandlers({ ipcMain }, createHandlers(deps));
  const invoke = (channel: string, payload?: unknown) => ipcMain.invoke(channel, eventFrom(APP_PAGE), payload);
  return { deps, invoke, ipcMain };
}

describe('createHandlers', () => {
  it('has exactly the channels of the contract table', () => {
    const { deps } = fakeDeps();
    expect(Object.keys(createHandlers(deps)).sort()).toEqual([...IPC_CHANNELS].sort());
  });
});

describe('app:getInfo', () => {
  it('reports the app, its profile folder and the backup folder outside the profile', async () => {
    const { invoke } = fakeDeps();
    const info = await invoke('app:getInfo');
    expect(IPC_CONTRACT['app:getInfo'].response.safeParse((info as { value: unknown }).value).success).toBe(true);
    expect(info).toEqual({
      ok: true,
      value: {
        name: 'Steward',
        version: '0.1.0',
        platform: 'linux',
        userDataPath: join(HOME, '.config', 'Steward'),
        backupFolder: join(HOME, 'Documents', 'Steward Backups'),
      },
    });
  });
});

describe('shell:openExternal', () => {
  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'http://example.com/', 'data:text/html,x', 'https://user:pass@x.example/', '::garbage::'])(
    'refuses %j without reaching the OS',
    async (url) => {
      const { deps, invoke } = fakeDeps();
      expect(await invoke('shell:openExternal', { url })).toMatchObject({ ok: false, error: { code: 'refused' } });
      expect(deps.openExternal).not.toHaveBeenCalled();
    },
  );

  it('opens https: and mailto: links', async () => {
    const { deps, invoke } = fakeDeps();
    expect(await invoke('shell:openExternal', { url: 'https://partner.example' })).toEqual({ ok: true, value: undefined });
    expect(await invoke('shell:openExternal', { url: 'mailto:ops@partner.example' })).toEqual({ ok: true, value: undefined });
    expect(deps.openExternal.mock.calls).toEqual([['https://partner.example/'], ['mailto:ops@partner.example']]);
  });

  it('reports the OS failing to open a link', async () => {
    const { deps, invoke } = fakeDeps();
    deps.openExternal.mockRejectedValueOnce(new Error('no application for mailto:'));
    expect(await invoke('shell:openExternal', { url: 'mailto:a@b.example' })).toEqual({
      ok: false,
      error: { code: 'failed', message: 'shell:openExternal: no application for mailto:' },
    });
  });
});

describe('file:save', () => {
  const request = {
    suggestedName: 'Acme QBR 2027-Q1.md',
    content: '# Quarterly review',
    filters: [{ name: 'Markdown', extensions: ['md'] }],
  };

  it('writes the content exactly where the dialog said', async () => {
    const chosen = join(HOME, 'Desktop', 'acme.md');
    const { deps, invoke } = fakeDeps({ canceled: false, filePath: chosen });
    expect(await invoke('file:save', request)).toEqual({ ok: true, value: { saved: true, path: chosen } });
    expect(deps.writeFile.mock.calls).toEqual([[chosen, '# Quarterly review']]);
  });

  it('offers the suggested name in the documents folder with the filters', async () => {
    const { deps, invoke } = fakeDeps();
    await invoke('file:save', request);
    expect(deps.showSaveDialog).toHaveBeenCalledWith({
      defaultPath: join(HOME, 'Documents', 'Acme QBR 2027-Q1.md'),
      filters: [{ name: 'Markdown', extensions: ['md'] }],
    });
  });

  it.each([
    ['control and bidi characters', 'Acme\u0007 review\u202Edm.exe.md', 'Acme- review-dm.exe.md'],
    ['a Windows device name', 'CON.md', '_CON.md'],
    ['dots only', '..', 'Steward export'],
    ['a hidden name', '.bashrc', 'bashrc'],
    ['reserved characters', 'Acme: Q1 <draft>?.md', 'Acme- Q1 -draft-.md'],
  ])('offers a file name made safe from %s, in the documents folder', async (_label, suggestedName, offered) => {
    const { deps, invoke } = fakeDeps();
    await invoke('file:save', { ...request, suggestedName });
    expect(deps.showSaveDialog).toHaveBeenCalledWith(expect.objectContaining({ defaultPath: join(HOME, 'Documents', offered) }));
  });

  it('writes nothing when the user cancels', async () => {
    const { deps, invoke } = fakeDeps({ canceled: true, filePath: '' });
    expect(await invoke('file:save', request)).toEqual({ ok: true, value: { saved: false } });
    expect(deps.writeFile).not.toHaveBeenCalled();
  });

  it('ignores a path sent by the renderer', async () => {
    const { deps, invoke } = fakeDeps({ canceled: false, filePath: join(HOME, 'ok.md') });
    expect(await invoke('file:save', { ...request, path: '/etc/cron.d/evil' })).toMatchObject({ ok: false });
    expect(deps.showSaveDialog).not.toHaveBeenCalled();
    expect(deps.writeFile).not.toHaveBeenCalled();
  });

  it('reports a failed write', async () => {
    const { deps, invoke } = fakeDeps({ canceled: false, filePath: join(HOME, 'full-disk.md') });
    deps.writeFile.mockRejectedValueOnce(new Error('ENOSPC: no space left on device'));
    expect(await invoke('file:save', request)).toEqual({ ok: false, error: { code: 'failed', message: 'file:save: ENOSPC: no space left on device' } });
  });
});

describe('file:printToPdf', () => {
  const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0xff, 0x00, 0x80]);
  const request = { suggestedName: 'Acme – 2027-Q1 review (partner).pdf' };

  function printing(dialogAnswer: SaveDialogReturnValue) {
    const { deps, ipcMain } = fakeDeps(dialogAnswer);
    const sender = fakeSender(PDF);
    const invoke = (payload: unknown) => ipcMain.invoke('file:printToPdf', eventFrom(APP_PAGE, { sender }), payload);
    return { deps, sender, invoke };
  }

  it("prints the sending page to A4 with backgrounds and writes exactly the printed bytes where the dialog said", async () => {
    const chosen = join(HOME, 'Desktop', 'acme review.pdf');
    const { deps, sender, invoke } = printing({ canceled: false, filePath: chosen });
    expect(await invoke(request)).toEqual({ ok: true, value: { saved: true, path: chosen } });
    expect(sender.printToPDF).toHaveBeenCalledWith({ printBackground: true, pageSize: 'A4' });
    expect(deps.showSaveDialog).toHaveBeenCalledWith({
      defaultPath: join(HOME, 'Documents', 'Acme – 2027-Q1 review (partner).pdf'),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
    expect(deps.writeFile).toHaveBeenCalledTimes(1);
    const [path, written] = deps.writeFile.mock.calls[0]!;
    expect(path).toBe(chosen);
    expect(written).toBeInstanceOf(Uint8Array);
    expect([...(written as Uint8Array)]).toEqual([...PDF]);
  });

  it('writes nothing when the user cancels the dialog', async () => {
    const { deps, invoke } = printing({ canceled: true, filePath: '' });
    expect(await invoke(request)).toEqual({ ok: true, value: { saved: false } });
    expect(deps.writeFile).not.toHaveBeenCalled();
  });

  it('refuses a path in place of a file name without printing or asking', async () => {
    const { deps, sender, invoke } = printing({ canceled: false, filePath: join(HOME, 'x.pdf') });
    expect(await invoke({ suggestedName: '../../.bashrc' })).toMatchObject({ ok: false });
    expect(sender.printToPDF).not.toHaveBeenCalled();
    expect(deps.showSaveDialog).not.toHaveBeenCalled();
  });

  it('reports a failed print and writes nothing', async () => {
    const { deps, sender, invoke } = printing({ canceled: false, filePath: join(HOME, 'x.pdf') });
    sender.printToPDF.mockRejectedValueOnce(new Error('Printing failed'));
    expect(await invoke(request)).toEqual({ ok: false, error: { code: 'failed', message: 'file:printToPdf: Printing failed' } });
    expect(deps.writeFile).not.toHaveBeenCalled();
  });
});

describe('the small OS effects', () => {
  it('shows a notification with its key, title and body', async () => {
    const { deps, invoke } = fakeDeps();
    const notification = { key: 'cadence:abc:2027-01-14T09:00', title: 'Steering committee', body: 'In 15 minutes' };
    expect(await invoke('notification:show', notification)).toEqual({ ok: true, value: undefined });
    expect(deps.showNotification).toHaveBeenCalledWith(notification);
  });

  it('sets and clears the login item through app.setLoginItemSettings', async () => {
    const { deps, invoke } = fakeDeps();
    expect(await invoke('app:setLoginItem', { openAtLogin: true })).toEqual({ ok: true, value: undefined });
    await invoke('app:setLoginItem', { openAtLogin: false });
    expect(deps.app.setLoginItemSettings.mock.calls).toEqual([[{ openAtLogin: true, args: [] }], [{ openAtLogin: false, args: [] }]]);
  });

  it('registers the login item to start in the tray when close-to-tray is on', async () => {
    const { deps, invoke } = fakeDeps();
    await invoke('window:setCloseToTray', { enabled: true });
    await invoke('app:setLoginItem', { openAtLogin: true });
    expect(deps.app.setLoginItemSettings).toHaveBeenLastCalledWith({ openAtLogin: true, args: ['--hidden'] });
  });

  it('writes text to the clipboard, and refuses anything but a string', async () => {
    const { deps, invoke } = fakeDeps();
    expect(await invoke('clipboard:writeText', { text: 'Recap: Ops sync' })).toEqual({ ok: true, value: undefined });
    expect(await invoke('clipboard:writeText', { text: 42 })).toMatchObject({ ok: false, error: { code: 'bad-input' } });
    expect(deps.writeClipboard.mock.calls).toEqual([['Recap: Ops sync']]);
  });

  it('sets the badge and the tray count, and refuses a fractional or negative one', async () => {
    const { deps, invoke } = fakeDeps();
    expect(await invoke('window:setUnreadCount', { count: 4 })).toEqual({ ok: true, value: undefined });
    expect(await invoke('window:setUnreadCount', { count: 1.5 })).toMatchObject({ ok: false });
    expect(await invoke('window:setUnreadCount', { count: -2 })).toMatchObject({ ok: false });
    expect(deps.app.setBadgeCount.mock.calls).toEqual([[4]]);
    expect(deps.showUnreadCount.mock.calls).toEqual([[4]]);
  });

  it('turns close-to-tray on and off', async () => {
    const { deps, invoke } = fakeDeps();
    expect(await invoke('window:setCloseToTray', { enabled: true })).toEqual({ ok: true, value: undefined });
    expect(deps.closeToTray.shouldHideOnClose()).toBe(true);
    await invoke('window:setCloseToTray', { enabled: false });
    expect(deps.closeToTray.shouldHideOnClose()).toBe(false);
  });
});
