// The one IPC contract between the renderer and Electron's main process
// (STYLE.md rule 2): one table, `IPC_CONTRACT`, gives each channel its preload
// method, request schema and response schema. Main parses every request with that
// schema before a handler sees it; the handler map (electron/main/ipc.ts) and the
// preload's `StewardApi` are types derived from the table, so a channel cannot lack
// either. Failures cross as `{ code, message }`. No Electron import: the renderer,
// main and tests share it.
import { z } from 'zod';
import { AUTO_BACKUP_NAME_MAX_LENGTH, AUTO_BACKUP_NAME_PATTERN } from './backup/autoBackupName';
import type { BackupShrink } from './backup/retention';
import { dataMarkerSchema } from './dataMarker';

/** Where the preload exposes `StewardApi`: `window.steward`. */
export const STEWARD_API_KEY = 'steward';

/** Events main sends to the renderer. */
export const RENDERER_EVENTS = ['power:resumed', 'notification:clicked'] as const;

export type RendererEvent = (typeof RENDERER_EVENTS)[number];

// Compiles only when T has exactly the keys K: the tables below cannot drift from the lists above.
type KeyedBy<K extends string, T extends Record<K, unknown> & Record<Exclude<keyof T, K>, never>> = T;

// A file name offered in the save dialog, never a path: main decides the folder.
const fileName = z
  .string()
  .min(1)
  .max(255)
  .refine((name) => !/[/\\\0]/.test(name), 'must be a file name, not a path');

const fileFilter = z
  .strictObject({
    name: z.string().min(1).max(100),
    extensions: z.array(z.string().regex(/^(\*|[A-Za-z0-9]{1,16})$/)).min(1).max(20).readonly(),
  })
  .readonly();

// A first bound on the text before main reads it: as many characters as a restore accepts
// bytes (shared/backup/format.ts DEFAULT_MAX_BACKUP_BYTES). Main then checks the bytes and
// the envelope (electron/main/backupFolder.ts).
const MAX_BACKUP_CHARS = 200 * 1024 * 1024;

/** A folder main moved aside: the IndexedDB folder's own name, `.damaged-`, and when (yyyyMMddTHHmmssZ). */
export const DAMAGED_STORE_NAME_PATTERN = /^app_steward_0\.indexeddb\.(leveldb|blob)\.damaged-\d{8}T\d{6}Z$/;


// ---- Responses: what each handler resolves to, before the envelope ----

const appInfoSchema = z
  .strictObject({ name: z.string(), version: z.string(), platform: z.string(), userDataPath: z.string(), backupFolder: z.string() })
  .readonly();

const saveFileResultSchema = z.discriminatedUnion('saved', [
  z.strictObject({ saved: z.literal(true), path: z.string() }).readonly(),
  z.strictObject({ saved: z.literal(false) }).readonly(),
]);

/** One automatic backup file in the backups folder. */
const autoBackupFileSchema = z
  .strictObject({
    name: z.string(),
    /** ISO UTC, from the file's name: when the backup was taken. */
    takenAt: z.string(),
    /** ISO UTC, from the file system. */
    modifiedAt: z.string(),
    size: z.number(),
    /** The backup's total record count, from its name; absent for names written before counts existed. */
    records: z.number().optional(),
  })
  .readonly();

const countedBackupSchema = z.strictObject({ name: z.string(), takenAt: z.string(), records: z.number() }).readonly();

/** A written backup, and whether pruning was held because it holds under half the records of the one before. */
const autoBackupWriteResultSchema = z
  .strictObject({
    file: autoBackupFileSchema,
    shrink: z.strictObject({ newest: countedBackupSchema, previous: countedBackupSchema }).readonly().optional() satisfies z.ZodType<BackupShrink | undefined>,
  })
  .readonly();

/** An IndexedDB folder main moved aside because it would not open. */
const damagedStoreSchema = z
  .strictObject({
    name: z.string(),
    /** ISO UTC, from the name. */
    movedAt: z.string(),
  })
  .readonly();

/** What one channel is: the preload method that invokes it, and the schemas of its request and response. */
interface ChannelSpec {
  /** The `StewardApi` function's name. */
  readonly method: string;
  /** When set, the method takes this one field of the request rather than the request object. */
  readonly argument?: string;
  readonly request: z.ZodType;
  readonly response: z.ZodType;
}

/** The contract: every invoke channel, named `domain:verb`, and nothing else. */
export const IPC_CONTRACT = {
  'app:getInfo': { method: 'getInfo', request: z.undefined(), response: appInfoSchema },
  // Opens an https: or mailto: link in the user's browser or mail app; anything else is refused.
  'shell:openExternal': { method: 'openExternal', argument: 'url', request: z.strictObject({ url: z.string().min(1).max(4096) }), response: z.void() },
  // A native notification; clicking it focuses the window and emits `notification:clicked` with its key.
  'notification:show': {
    method: 'showNotification',
    request: z.strictObject({ key: z.string().min(1).max(500), title: z.string().max(500), body: z.string().max(5000) }),
    response: z.void(),
  },
  // Asks the user where to save through the OS dialog, then writes the file there; a cancelled dialog is `saved: false`.
  'file:save': {
    method: 'saveFile',
    request: z.strictObject({ suggestedName: fileName, content: z.string(), filters: z.array(fileFilter).max(20).readonly() }),
    response: saveFileResultSchema,
  },
  // Prints the calling page to an A4 PDF, asks where to save it through the OS dialog, then writes it there.
  'file:printToPdf': { method: 'printToPdf', request: z.strictObject({ suggestedName: fileName }), response: saveFileResultSchema },
  // Starts Steward when the user logs in. With close-to-tray on it starts in the tray (Windows), so set that first.
  'app:setLoginItem': { method: 'setLoginItem', argument: 'openAtLogin', request: z.strictObject({ openAtLogin: z.boolean() }), response: z.void() },
  // Puts plain text on the system clipboard (main's clipboard: no page focus or permission needed).
  'clipboard:writeText': { method: 'copyText', argument: 'text', request: z.strictObject({ text: z.string().max(100_000) }), response: z.void() },
  // The unread reminder count: the tray's tooltip and menu, and the Dock or taskbar badge.
  'window:setUnreadCount': { method: 'setUnreadCount', argument: 'count', request: z.strictObject({ count: z.int().min(0).max(1_000_000) }), response: z.void() },
  // When enabled, closing the window hides it to the tray and reminders keep running; quitting still quits.
  'window:setCloseToTray': { method: 'setCloseToTray', argument: 'enabled', request: z.strictObject({ enabled: z.boolean() }), response: z.void() },
  // Writes a rolling backup into the backups folder if it is a Steward backup, then prunes by generations
  // (never while the newest holds under half the records of the one before). No `keep`: main decides what
  // to prune from its own settings, never from a write.
  'backup:write': { method: 'writeBackup', request: z.strictObject({ content: z.string().min(1).max(MAX_BACKUP_CHARS) }), response: autoBackupWriteResultSchema },
  // The automatic backups in the backups folder, newest first.
  'backup:list': { method: 'listBackups', request: z.undefined(), response: z.array(autoBackupFileSchema).readonly() },
  // The text of one automatic backup, by its own name as listed: never a path, never another file in the folder.
  'backup:read': {
    method: 'readBackup',
    argument: 'name',
    request: z.strictObject({ name: z.string().max(AUTO_BACKUP_NAME_MAX_LENGTH).regex(AUTO_BACKUP_NAME_PATTERN, 'must be an automatic backup file name') }),
    response: z.string(),
  },
  // "Backups to keep" from Settings (1 to 100), stored by main in its own file; the generations are kept regardless.
  'backup:setKeep': { method: 'setBackupKeep', argument: 'keep', request: z.strictObject({ keep: z.int().min(1).max(100) }), response: z.void() },
  // The marker file in userData (shared/dataMarker.ts), or null when there is none or it does not read.
  'data:readMarker': { method: 'readDataMarker', request: z.undefined(), response: dataMarkerSchema.nullable() },
  'data:writeMarker': { method: 'writeDataMarker', argument: 'marker', request: z.strictObject({ marker: dataMarkerSchema }), response: z.void() },
  // Asks main to move the IndexedDB folder aside (never deleting it) and restart; the move happens before the new window opens.
  'data:moveAside': { method: 'moveDamagedStoreAside', request: z.undefined(), response: z.void() },
  // The IndexedDB folders moved aside, newest first.
  'data:listDamaged': { method: 'listDamagedStores', request: z.undefined(), response: z.array(damagedStoreSchema).readonly() },
  // Deletes one folder moved aside, by a name main listed: never a path.
  'data:removeDamaged': {
    method: 'removeDamagedStore',
    argument: 'name',
    request: z.strictObject({ name: z.string().max(120).regex(DAMAGED_STORE_NAME_PATTERN, 'must be a damaged store folder name') }),
    response: z.void(),
  },
} as const satisfies Readonly<Record<`${string}:${string}`, ChannelSpec>>;

type Contract = typeof IPC_CONTRACT;

export type InvokeChannel = keyof Contract;

/** Every channel of the contract, in table order. */
// Object.keys widens to string[]; the keys of a const literal are exactly InvokeChannel.
export const IPC_CHANNELS = Object.keys(IPC_CONTRACT) as readonly InvokeChannel[];

export type IpcRequest<C extends InvokeChannel> = z.output<Contract[C]['request']>;
export type IpcResponse<C extends InvokeChannel> = z.output<Contract[C]['response']>;

export type AppInfo = IpcResponse<'app:getInfo'>;
export type NotificationRequest = IpcRequest<'notification:show'>;
export type SaveFileRequest = IpcRequest<'file:save'>;
export type SaveFileResult = IpcResponse<'file:save'>;
export type PrintToPdfRequest = IpcRequest<'file:printToPdf'>;
export type WriteBackupRequest = IpcRequest<'backup:write'>;
export type AutoBackupFile = z.output<typeof autoBackupFileSchema>;
export type AutoBackupWriteResult = IpcResponse<'backup:write'>;
export type DamagedStore = z.output<typeof damagedStoreSchema>;

/**
 * Why an invoke failed: `refused` - main will not do it for this caller or this
 * target (a sender that is not the app's page, a link that is not https: or mailto:);
 * `bad-input` - the request failed its schema or main's own checks of the content
 * (a file that is not a Steward backup); `failed` - it was allowed and well formed
 * but did not work (I/O, the OS). A user cancelling a dialog is no error: it is a value.
 */
export const IPC_ERROR_CODES = ['refused', 'bad-input', 'failed'] as const;
export type IpcErrorCode = (typeof IPC_ERROR_CODES)[number];

export type IpcError = Readonly<{ code: IpcErrorCode; message: string }>;

/** Every invoke resolves to this envelope: handlers never throw across the bridge. */
export type IpcResult<T> = Readonly<{ ok: true; value: T }> | Readonly<{ ok: false; error: IpcError }>;

/** The payload of each event main sends to the renderer. */
export type RendererEvents = KeyedBy<
  RendererEvent,
  {
    /** The machine woke from sleep or the screen was unlocked: time to check what came due. */
    'power:resumed': void;
    'notification:clicked': Readonly<{ key: string }>;
  }
>;

export type RendererListener<E extends RendererEvent> = (payload: RendererEvents[E]) => void;

/** What a channel's preload method takes: nothing, the one field the table names, or the request. */
export type MethodArgs<C extends InvokeChannel> =
  IpcRequest<C> extends undefined ? [] : Contract[C] extends { readonly argument: infer K extends keyof IpcRequest<C> } ? [IpcRequest<C>[K]] : [IpcRequest<C>];

/** A channel's preload method: resolves to the envelope, never rejects. */
export type ChannelMethod<C extends InvokeChannel> = (...args: MethodArgs<C>) => Promise<IpcResult<IpcResponse<C>>>;

/** The preload method name of each channel. */
export type MethodName<C extends InvokeChannel> = Contract[C]['method'];

/**
 * What the preload exposes on `window.steward`: one function per channel, named by
 * the table (see each channel's comment there), and the event subscription.
 */
export type StewardApi = { readonly [C in InvokeChannel as MethodName<C>]: ChannelMethod<C> } & {
  /** Subscribes to an event from main; returns the unsubscribe. */
  on<E extends RendererEvent>(event: E, listener: RendererListener<E>): () => void;
};
