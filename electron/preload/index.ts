// The sandboxed preload: exposes `window.steward`, one named function per IPC
// channel and a whitelisted event subscription, and never ipcRenderer itself.
// Built as one self-contained CJS file: only `electron` may be required at run
// time, so this file imports types (not values) from the contract.
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import type {
  InvokeChannel,
  IpcRequest,
  IpcResponse,
  IpcResult,
  RendererEvent,
  RendererListener,
  StewardApi,
  STEWARD_API_KEY,
} from '../../shared/ipc';

type RequestArgs<C extends InvokeChannel> = IpcRequest<C> extends undefined ? [] : [IpcRequest<C>];

// Main answers every invoke with the envelope (electron/main/ipc.ts), never a rejection.
function invoke<C extends InvokeChannel>(channel: C, ...request: RequestArgs<C>): Promise<IpcResult<IpcResponse<C>>> {
  return ipcRenderer.invoke(channel, ...request);
}

// Keyed by event so the compiler insists every event is listed, and nothing else.
const SUBSCRIBABLE: Readonly<Record<RendererEvent, true>> = { 'power:resumed': true, 'notification:clicked': true };

function on<E extends RendererEvent>(event: E, listener: RendererListener<E>): () => void {
  if (!Object.hasOwn(SUBSCRIBABLE, event)) throw new Error(`steward.on: unknown event ${String(event)}`);
  // The page gets the payload only: the IPC event object stays in the preload.
  const forward = (_event: IpcRendererEvent, payload: Parameters<RendererListener<E>>[0]): void => listener(payload);
  ipcRenderer.on(event, forward);
  return () => {
    ipcRenderer.removeListener(event, forward);
  };
}

const api = {
  getInfo: () => invoke('app:getInfo'),
  openExternal: (url) => invoke('shell:openExternal', { url }),
  showNotification: ({ key, title, body }) => invoke('notification:show', { key, title, body }),
  saveFile: ({ suggestedName, content, filters }) => invoke('file:save', { suggestedName, content, filters }),
  printToPdf: ({ suggestedName }) => invoke('file:printToPdf', { suggestedName }),
  setLoginItem: (openAtLogin) => invoke('app:setLoginItem', { openAtLogin }),
  copyText: (text) => invoke('clipboard:writeText', { text }),
  setUnreadCount: (count) => invoke('window:setUnreadCount', { count }),
  setCloseToTray: (enabled) => invoke('window:setCloseToTray', { enabled }),
  writeBackup: ({ content }) => invoke('backup:write', { content }),
  listBackups: () => invoke('backup:list'),
  readBackup: (name) => invoke('backup:read', { name }),
  setBackupKeep: (keep) => invoke('backup:setKeep', { keep }),
  readDataMarker: () => invoke('data:readMarker'),
  writeDataMarker: (marker) => invoke('data:writeMarker', { marker }),
  moveDamagedStoreAside: () => invoke('data:moveAside'),
  listDamagedStores: () => invoke('data:listDamaged'),
  removeDamagedStore: (name) => invoke('data:removeDamaged', { name }),
  on,
} satisfies StewardApi;

// A literal checked against the contract's key: importing a value from the contract
// would make the bundle require zod, which a sandboxed preload cannot.
const apiKey: typeof STEWARD_API_KEY = 'steward';
contextBridge.exposeInMainWorld(apiKey, api);
