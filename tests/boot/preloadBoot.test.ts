// Runs the BUILT preload (out/preload/index.cjs) the way a sandboxed renderer
// does: with a `require` that knows only `electron`. Proves the bundle is
// self-contained and exposes exactly the typed API, never ipcRenderer itself.
import { readFileSync } from 'node:fs';
import { compileFunction } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { IPC_CHANNELS, IPC_CONTRACT } from '../../shared/ipc';
import type { StewardApi } from '../../shared/ipc';
import { EXAMPLES } from '../unit/electron/fakes';
import { PRELOAD_BUNDLE, requireBuilt } from './built';

type Listener = (...args: unknown[]) => void;

const API_FUNCTIONS = ['copyText', 'getInfo', 'openExternal', 'showNotification', 'saveFile', 'printToPdf', 'setLoginItem', 'setUnreadCount', 'setCloseToTray', 'writeBackup', 'listBackups', 'readBackup', 'setBackupKeep', 'readDataMarker', 'writeDataMarker', 'moveDamagedStoreAside', 'listDamagedStores', 'removeDamagedStore', 'on'] as const;

function isStewardApi(value: unknown): value is StewardApi {
  return (
    typeof value === 'object' &&
    value !== null &&
    API_FUNCTIONS.every((name) => typeof (value as Record<string, unknown>)[name] === 'function')
  );
}

function loadPreload() {
  const required: string[] = [];
  const exposed = new Map<string, unknown>();
  const invoked: unknown[][] = [];
  const listeners = new Map<string, Set<Listener>>();
  const ipcRenderer = {
    invoke: (...args: unknown[]) => {
      invoked.push(args);
      return Promise.resolve({ ok: true, value: args[0] });
    },
    on: (channel: string, listener: Listener) => {
      listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener));
    },
    removeListener: (channel: string, listener: Listener) => {
      listeners.get(channel)?.delete(listener);
    },
  };
  const electron = { contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) }, ipcRenderer };
  const sandboxRequire = (id: string): unknown => {
    required.push(id);
    if (id !== 'electron') throw new Error(`module not found: ${id} (a sandboxed preload can only require electron)`);
    return electron;
  };
  const source = readFileSync(requireBuilt(PRELOAD_BUNDLE), 'utf8');
  const module = { exports: {} };
  compileFunction(source, ['require', 'module', 'exports'], { filename: PRELOAD_BUNDLE })(sandboxRequire, module, module.exports);
  const api = exposed.get('steward');
  if (!isStewardApi(api)) throw new Error('the preload did not expose a StewardApi on window.steward');
  const emit = (channel: string, payload?: unknown): void => {
    for (const listener of listeners.get(channel) ?? []) listener({ sender: 'ipc event' }, payload);
  };
  return { api, exposed, required, invoked, listeners, ipcRenderer, emit };
}

let preload: ReturnType<typeof loadPreload>;

beforeAll(() => {
  preload = loadPreload();
});

describe('the built preload', () => {
  it('requires nothing but electron', () => {
    expect(preload.required).toEqual(['electron']);
  });

  it('exposes only window.steward, with one function per channel plus on', () => {
    expect([...preload.exposed.keys()]).toEqual(['steward']);
    expect(Object.keys(preload.api).sort()).toEqual([...API_FUNCTIONS].sort());
    expect(Object.values(preload.api)).not.toContain(preload.ipcRenderer);
  });

  it("has exactly the contract table's methods, and each invokes its own channel with the request", async () => {
    const { api } = preload;
    expect(Object.keys(api).sort()).toEqual([...IPC_CHANNELS.map((channel) => IPC_CONTRACT[channel].method), 'on'].sort());
    for (const channel of IPC_CHANNELS) {
      const spec: { readonly method: string; readonly argument?: string } = IPC_CONTRACT[channel];
      const request = EXAMPLES[channel].valid as Readonly<Record<string, unknown>> | undefined;
      const args = request === undefined ? [] : [spec.argument === undefined ? request : request[spec.argument]];
      const method = (api as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>)[spec.method];
      expect(await method?.(...args)).toEqual({ ok: true, value: channel });
      expect(preload.invoked.at(-1)).toEqual(request === undefined ? [channel] : [channel, request]);
    }
  });

  it('invokes each channel with its payload and returns the envelope', async () => {
    const { api } = preload;
    const filters = [{ name: 'Markdown', extensions: ['md'] }];
    expect(await api.getInfo()).toEqual({ ok: true, value: 'app:getInfo' });
    await api.openExternal('https://example.com/');
    await api.showNotification({ key: 'k', title: 't', body: 'b' });
    await api.saveFile({ suggestedName: 'a.md', content: '# A', filters });
    await api.setLoginItem(true);
    await api.setUnreadCount(3);
    await api.setCloseToTray(true);
    await api.printToPdf({ suggestedName: 'a.pdf' });
    expect(preload.invoked.slice(-8)).toEqual([
      ['app:getInfo'],
      ['shell:openExternal', { url: 'https://example.com/' }],
      ['notification:show', { key: 'k', title: 't', body: 'b' }],
      ['file:save', { suggestedName: 'a.md', content: '# A', filters }],
      ['app:setLoginItem', { openAtLogin: true }],
      ['window:setUnreadCount', { count: 3 }],
      ['window:setCloseToTray', { enabled: true }],
      ['file:printToPdf', { suggestedName: 'a.pdf' }],
    ]);
  });

  it('invokes the backup channels with their payloads', async () => {
    const { api } = preload;
    await api.writeBackup({ content: '{}' });
    await api.listBackups();
    await api.readBackup('steward-backup-20270114-090000.json');
    await api.setBackupKeep(5);
    expect(preload.invoked.slice(-4)).toEqual([
      ['backup:write', { content: '{}' }],
      ['backup:list'],
      ['backup:read', { name: 'steward-backup-20270114-090000.json' }],
      ['backup:setKeep', { keep: 5 }],
    ]);
  });

  it('hands listeners the payload only, and unsubscribes', () => {
    const keys: string[] = [];
    let resumes = 0;
    const stopClicks = preload.api.on('notification:clicked', ({ key }) => keys.push(key));
    const stopResumes = preload.api.on('power:resumed', () => (resumes += 1));
    preload.emit('notification:clicked', { key: 'commitment:7' });
    preload.emit('power:resumed');
    stopClicks();
    stopResumes();
    preload.emit('notification:clicked', { key: 'after' });
    preload.emit('power:resumed');
    expect(keys).toEqual(['commitment:7']);
    expect(resumes).toBe(1);
  });

  it('refuses to subscribe to any other channel', () => {
    const subscribe = preload.api.on as (event: string, listener: () => void) => () => void;
    for (const channel of ['app:getInfo', 'file:save', '__proto__', 'toString']) {
      expect(() => subscribe(channel, () => undefined)).toThrow(/unknown event/);
    }
    expect([...preload.listeners.keys()].every((channel) => channel === 'notification:clicked' || channel === 'power:resumed')).toBe(true);
  });
});
