// Stand-ins for the few Electron objects the main-process modules are handed,
// and one valid and one malformed request per IPC channel.
import { vi } from 'vitest';
import type { BrowserWindowConstructorOptions, PrintToPDFOptions } from 'electron';
import type { InvokeChannel, IpcRequest } from '../../../shared/ipc';
import type { InvokeEvent, IpcMainLike, SenderContents } from '../../../electron/main/ipc';
import type { WindowLike } from '../../../electron/main/window';

export const APP_PAGE = 'app://steward/index.html';

/** A page that prints these bytes when asked for a PDF. */
export function fakeSender(pdf: Uint8Array = new Uint8Array([0x25, 0x50, 0x44, 0x46])): SenderContents & { printToPDF: ReturnType<typeof vi.fn> } {
  return { printToPDF: vi.fn(async (_options: PrintToPDFOptions) => Buffer.from(pdf)) };
}

export function eventFrom(url: string, options: { isSubframe?: boolean; sender?: SenderContents } = {}): InvokeEvent {
  return { senderFrame: { url, parent: options.isSubframe === true ? { url: APP_PAGE } : null }, sender: options.sender ?? fakeSender() };
}

export const FOREIGN_SENDERS: readonly (readonly [string, InvokeEvent])[] = [
  ['a page on another origin', eventFrom('https://evil.example/index.html')],
  ['a look-alike host on the app scheme', eventFrom('app://steward.evil/index.html')],
  ['a file:// page', eventFrom('file:///home/user/evil.html')],
  ['a subframe of the app page', eventFrom(APP_PAGE, { isSubframe: true })],
  ['a frame that is gone', { senderFrame: null, sender: fakeSender() }],
];

type Listener = (event: InvokeEvent, payload: unknown) => Promise<unknown>;

/** Records what was registered and lets a test invoke it like the renderer would. */
export class FakeIpcMain implements IpcMainLike {
  readonly listeners = new Map<string, Listener>();

  handle(channel: string, listener: Listener): void {
    if (this.listeners.has(channel)) throw new Error(`second handler for ${channel}`);
    this.listeners.set(channel, listener);
  }

  invoke(channel: string, event: InvokeEvent, payload?: unknown): Promise<unknown> {
    const listener = this.listeners.get(channel);
    if (!listener) throw new Error(`no handler for ${channel}`);
    return listener(event, payload);
  }
}

export const EXAMPLES: { readonly [C in InvokeChannel]: { readonly valid: IpcRequest<C>; readonly malformed: unknown } } = {
  'app:getInfo': { valid: undefined, malformed: { unexpected: true } },
  'shell:openExternal': { valid: { url: 'https://example.com/' }, malformed: { url: 42 } },
  'notification:show': {
    valid: { key: 'cadence:abc:2027-01-14T09:00', title: 'Steering committee', body: 'Due in 15 minutes' },
    malformed: { key: '', title: 'x', body: 'y' },
  },
  'file:save': {
    valid: { suggestedName: 'review.md', content: '# Review', filters: [{ name: 'Markdown', extensions: ['md'] }] },
    malformed: { suggestedName: '../../.bashrc', content: 'x', filters: [] },
  },
  'file:printToPdf': { valid: { suggestedName: 'Acme – 2027-Q1 review (partner).pdf' }, malformed: { suggestedName: '/etc/passwd' } },
  'app:setLoginItem': { valid: { openAtLogin: true }, malformed: { openAtLogin: 'yes' } },
  'clipboard:writeText': { valid: { text: 'Recap: Ops sync' }, malformed: { text: 42 } },
  'window:setUnreadCount': { valid: { count: 3 }, malformed: { count: -1 } },
  'window:setCloseToTray': { valid: { enabled: true }, malformed: { enabled: 'yes' } },
  'backup:write': { valid: { content: '{"format":"steward-backup"}' }, malformed: { content: '{}', keep: 1 } },
  'backup:list': { valid: undefined, malformed: { folder: '/etc' } },
  'backup:read': { valid: { name: 'steward-backup-20270114-090000.json' }, malformed: { name: '../steward-backup-20270114-090000.json' } },
  'backup:setKeep': { valid: { keep: 10 }, malformed: { keep: 0 } },
  'data:readMarker': { valid: undefined, malformed: { path: '/etc' } },
  'data:writeMarker': {
    valid: { marker: { instanceId: 'db-1', counts: { partnerships: 7 }, updatedAt: '2027-01-14T09:00:00.000Z' } },
    malformed: { marker: { instanceId: 'db-1', counts: { partnerships: -7 }, updatedAt: '2027-01-14T09:00:00.000Z' } },
  },
  'data:moveAside': { valid: undefined, malformed: { folder: '/home' } },
  'data:listDamaged': { valid: undefined, malformed: { folder: '/home' } },
  'data:removeDamaged': { valid: { name: 'app_steward_0.indexeddb.leveldb.damaged-20270115T102030Z' }, malformed: { name: '../Local Storage' } },
};

/** A BrowserWindow that records what main does to it. */
export class FakeWindow implements WindowLike {
  readonly listeners = new Map<string, (event: { preventDefault(): void }) => void>();
  readonly webContents = { send: vi.fn() };
  readonly loadURL = vi.fn(async (_url: string) => undefined);
  readonly show = vi.fn();
  readonly hide = vi.fn();
  readonly focus = vi.fn();
  readonly restore = vi.fn();
  isMinimizedNow = false;

  constructor(readonly options: BrowserWindowConstructorOptions) {}

  once(event: string, listener: () => void): this {
    this.listeners.set(event, listener);
    return this;
  }

  on(event: string, listener: (event: { preventDefault(): void }) => void): this {
    this.listeners.set(event, listener);
    return this;
  }

  isMinimized(): boolean {
    return this.isMinimizedNow;
  }

  /** Emits an event and says whether a listener prevented it. */
  emit(name: string): boolean {
    const preventDefault = vi.fn();
    this.listeners.get(name)?.({ preventDefault });
    return preventDefault.mock.calls.length > 0;
  }
}
