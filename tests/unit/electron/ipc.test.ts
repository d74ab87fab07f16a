import { describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS, IPC_CONTRACT } from '../../../shared/ipc';
import type { AppInfo, InvokeChannel, IpcResponse, StewardApi } from '../../../shared/ipc';
import { IpcRefusal, addHandler, isTrustedSender, registerHandlers, sendEvent } from '../../../electron/main/ipc';
import type { Handler, Handlers } from '../../../electron/main/ipc';
import { APP_PAGE, EXAMPLES, FOREIGN_SENDERS, FakeIpcMain, eventFrom } from './fakes';

const INFO: AppInfo = {
  name: 'Steward',
  version: '0.1.0',
  platform: 'linux',
  userDataPath: '/home/user/.config/Steward',
  backupFolder: '/home/user/Documents/Steward Backups',
};

const BACKUP_FILE = { name: 'steward-backup-20270114-090000.json', takenAt: '2027-01-14T09:00:00.000Z', modifiedAt: '2027-01-14T09:00:00.000Z', size: 42 };

const RESPONSES: { readonly [C in InvokeChannel]: IpcResponse<C> } = {
  'app:getInfo': INFO,
  'shell:openExternal': undefined,
  'notification:show': undefined,
  'file:save': { saved: true, path: '/home/user/Documents/review.md' },
  'file:printToPdf': { saved: true, path: '/home/user/Documents/review.pdf' },
  'app:setLoginItem': undefined,
  'clipboard:writeText': undefined,
  'window:setUnreadCount': undefined,
  'window:setCloseToTray': undefined,
  'backup:write': { file: BACKUP_FILE },
  'backup:list': [BACKUP_FILE],
  'backup:read': '{"format":"steward-backup"}',
  'backup:setKeep': undefined,
  'data:readMarker': { instanceId: 'db-1', counts: { partnerships: 7 }, updatedAt: '2027-01-14T09:00:00.000Z' },
  'data:writeMarker': undefined,
  'data:moveAside': undefined,
  'data:listDamaged': [{ name: 'app_steward_0.indexeddb.leveldb.damaged-20270115T102030Z', movedAt: '2027-01-15T10:20:30.000Z' }],
  'data:removeDamaged': undefined,
};

function recordingHandlers(): { handlers: Handlers; received: (readonly [InvokeChannel, unknown])[] } {
  const received: (readonly [InvokeChannel, unknown])[] = [];
  const record =
    <C extends InvokeChannel>(channel: C): Handler<C> =>
    (request) => {
      received.push([channel, request]);
      return RESPONSES[channel];
    };
  const handlers: Handlers = {
    'app:getInfo': record('app:getInfo'),
    'shell:openExternal': record('shell:openExternal'),
    'notification:show': record('notification:show'),
    'file:save': record('file:save'),
    'file:printToPdf': record('file:printToPdf'),
    'app:setLoginItem': record('app:setLoginItem'),
    'clipboard:writeText': record('clipboard:writeText'),
    'window:setUnreadCount': record('window:setUnreadCount'),
    'window:setCloseToTray': record('window:setCloseToTray'),
    'backup:write': record('backup:write'),
    'backup:list': record('backup:list'),
    'backup:setKeep': record('backup:setKeep'),
    'backup:read': record('backup:read'),
    'data:readMarker': record('data:readMarker'),
    'data:writeMarker': record('data:writeMarker'),
    'data:moveAside': record('data:moveAside'),
    'data:listDamaged': record('data:listDamaged'),
    'data:removeDamaged': record('data:removeDamaged'),
  };
  return { handlers, received };
}

function registered(): { ipcMain: FakeIpcMain; received: (readonly [InvokeChannel, unknown])[] } {
  const ipcMain = new FakeIpcMain();
  const { handlers, received } = recordingHandlers();
  registerHandlers({ ipcMain }, handlers);
  return { ipcMain, received };
}

describe('the contract table', () => {
  it.each(IPC_CHANNELS)("%s: the example answer fits the table's response schema", (channel) => {
    expect(IPC_CONTRACT[channel].response.safeParse(RESPONSES[channel]).success).toBe(true);
  });

  it('gives every channel its own preload method', () => {
    const methods = IPC_CHANNELS.map((channel) => IPC_CONTRACT[channel].method);
    expect(new Set(methods).size).toBe(IPC_CHANNELS.length);
    expect(methods).not.toContain('on');
  });

  it('makes a handler map or a preload API that misses a channel a type error', () => {
    const { handlers } = recordingHandlers();
    const { 'backup:list': _dropped, ...withoutList } = handlers;
    // @ts-expect-error -- the handler map must hold every channel of the table: 'backup:list' is missing
    const incomplete: Handlers = withoutList;
    // @ts-expect-error -- the preload API must hold every channel's method: all but getInfo and on are missing
    const partialApi: StewardApi = { getInfo: async () => ({ ok: true, value: INFO }), on: () => () => undefined };
    expect(Object.keys(incomplete)).not.toContain('backup:list');
    expect(Object.keys(partialApi)).toEqual(['getInfo', 'on']);
  });
});

describe('registerHandlers', () => {
  it('registers one handler for every channel of the contract, and no other', () => {
    const { ipcMain } = registered();
    expect([...ipcMain.listeners.keys()].sort()).toEqual([...IPC_CHANNELS].sort());
  });

  describe.each(IPC_CHANNELS)('%s', (channel) => {
    it.each(FOREIGN_SENDERS)('refuses %s without calling the handler', async (_label, event) => {
      const { ipcMain, received } = registered();
      const result = await ipcMain.invoke(channel, event, EXAMPLES[channel].valid);
      expect(result).toEqual({ ok: false, error: { code: 'refused', message: expect.stringContaining('not the app') } });
      expect(received).toEqual([]);
    });

    it('answers a payload that fails the schema with the bad-input code without calling the handler', async () => {
      const { ipcMain, received } = registered();
      const result = await ipcMain.invoke(channel, eventFrom(APP_PAGE), EXAMPLES[channel].malformed);
      expect(result).toEqual({ ok: false, error: { code: 'bad-input', message: expect.stringContaining(`${channel}: invalid request`) } });
      expect(received).toEqual([]);
    });

    it("passes a valid request from the app's page to the handler and wraps its value", async () => {
      const { ipcMain, received } = registered();
      const result = await ipcMain.invoke(channel, eventFrom(APP_PAGE), EXAMPLES[channel].valid);
      expect(result).toEqual({ ok: true, value: RESPONSES[channel] });
      expect(received).toEqual([[channel, EXAMPLES[channel].valid]]);
    });
  });
});

describe('addHandler', () => {
  it('answers a handler that throws with the failed code', async () => {
    const ipcMain = new FakeIpcMain();
    addHandler({ ipcMain }, 'app:setLoginItem', () => {
      throw new Error('login items are not supported here');
    });
    const result = await ipcMain.invoke('app:setLoginItem', eventFrom(APP_PAGE), { openAtLogin: true });
    expect(result).toEqual({ ok: false, error: { code: 'failed', message: 'app:setLoginItem: login items are not supported here' } });
  });

  it('answers a handler that rejects with a non-Error with the failed code', async () => {
    const ipcMain = new FakeIpcMain();
    addHandler({ ipcMain }, 'window:setUnreadCount', () => Promise.reject('badge unavailable'));
    const result = await ipcMain.invoke('window:setUnreadCount', eventFrom(APP_PAGE), { count: 1 });
    expect(result).toEqual({ ok: false, error: { code: 'failed', message: 'window:setUnreadCount: badge unavailable' } });
  });

  it("answers a handler's IpcRefusal with the refusal's own code", async () => {
    const ipcMain = new FakeIpcMain();
    addHandler({ ipcMain }, 'shell:openExternal', () => {
      throw new IpcRefusal('refused', 'only https: and mailto: links can be opened');
    });
    addHandler({ ipcMain }, 'backup:write', () => Promise.reject(new IpcRefusal('bad-input', 'refused, not a Steward backup')));
    expect(await ipcMain.invoke('shell:openExternal', eventFrom(APP_PAGE), { url: 'https://example.com/' })).toEqual({
      ok: false,
      error: { code: 'refused', message: 'shell:openExternal: only https: and mailto: links can be opened' },
    });
    expect(await ipcMain.invoke('backup:write', eventFrom(APP_PAGE), { content: 'x' })).toEqual({
      ok: false,
      error: { code: 'bad-input', message: 'backup:write: refused, not a Steward backup' },
    });
  });

  it('refuses extra keys in a payload', async () => {
    const ipcMain = new FakeIpcMain();
    const handler = vi.fn();
    addHandler({ ipcMain }, 'shell:openExternal', handler);
    const result = await ipcMain.invoke('shell:openExternal', eventFrom(APP_PAGE), { url: 'https://example.com', path: '/etc' });
    expect(result).toMatchObject({ ok: false });
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses a file name that is really a path', async () => {
    const ipcMain = new FakeIpcMain();
    const handler = vi.fn();
    addHandler({ ipcMain }, 'file:save', handler);
    for (const suggestedName of ['/etc/passwd', '..\\..\\boot.ini', 'notes/../../x.md']) {
      const result = await ipcMain.invoke('file:save', eventFrom(APP_PAGE), { suggestedName, content: '', filters: [] });
      expect(result).toMatchObject({ ok: false });
    }
    expect(handler).not.toHaveBeenCalled();
  });
});

describe('isTrustedSender', () => {
  it("trusts the app's top-level page on any path of its origin", () => {
    expect(isTrustedSender(eventFrom(APP_PAGE))).toBe(true);
    expect(isTrustedSender(eventFrom('app://steward/partnerships/42'))).toBe(true);
  });

  it('distrusts credentials or a port on the app scheme', () => {
    expect(isTrustedSender(eventFrom('app://user:pw@steward/index.html'))).toBe(false);
    expect(isTrustedSender(eventFrom('app://steward:8080/index.html'))).toBe(false);
  });
});

describe('sendEvent', () => {
  it('sends an event with its payload, or with none', () => {
    const contents = { send: vi.fn() };
    sendEvent(contents, 'notification:clicked', { key: 'commitment:7' });
    sendEvent(contents, 'power:resumed');
    expect(contents.send.mock.calls).toEqual([['notification:clicked', { key: 'commitment:7' }], ['power:resumed']]);
  });
});
