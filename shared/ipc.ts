// The one IPC contract between the renderer and Electron's main process
// (STYLE.md rule 2). Main parses every request with the schema here before a
// handler sees it; the preload builds `StewardApi` from the same channel names.
// Pure TypeScript: no Electron import, so the renderer and tests can share it.
import { z } from 'zod';
import { AUTO_BACKUP_NAME_MAX_LENGTH, AUTO_BACKUP_NAME_PATTERN } from './backup/autoBackupName';
import type { BackupShrink } from './backup/retention';

/** Where the preload exposes `StewardApi`: `window.steward`. */
export const STEWARD_API_KEY = 'steward';

/** Every invoke channel, named `domain:verb`. */
export const IPC_CHANNELS = [
  'app:getInfo',
  'shell:openExternal',
  'notification:show',
  'file:save',
  'file:printToPdf',
  'app:setLoginItem',
  'window:setUnreadCount',
  'window:setCloseToTray',
  'backup:write',
  'backup:list',
  'backup:read',
  'backup:setKeep',
] as const;

export type InvokeChannel = (typeof IPC_CHANNELS)[number];

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

/** The runtime schema of each channel's request: main treats payloads as unknown until parsed. */
export const IPC_REQUEST_SCHEMAS = {
  'app:getInfo': z.undefined(),
  'shell:openExternal': z.strictObject({ url: z.string().min(1).max(4096) }),
  'notification:show': z.strictObject({
    key: z.string().min(1).max(500),
    title: z.string().max(500),
    body: z.string().max(5000),
  }),
  'file:save': z.strictObject({
    suggestedName: fileName,
    content: z.string(),
    filters: z.array(fileFilter).max(20).readonly(),
  }),
  'file:printToPdf': z.strictObject({ suggestedName: fileName }),
  'app:setLoginItem': z.strictObject({ openAtLogin: z.boolean() }),
  'window:setUnreadCount': z.strictObject({ count: z.int().min(0).max(1_000_000) }),
  'window:setCloseToTray': z.strictObject({ enabled: z.boolean() }),
  // No `keep`: main decides what to prune from its own settings, never from a write.
  'backup:write': z.strictObject({ content: z.string().min(1).max(MAX_BACKUP_CHARS) }),
  'backup:list': z.undefined(),
  // Only an automatic backup's own name: never a path, never another file in the folder.
  'backup:read': z.strictObject({ name: z.string().max(AUTO_BACKUP_NAME_MAX_LENGTH).regex(AUTO_BACKUP_NAME_PATTERN, 'must be an automatic backup file name') }),
  // "Backups to keep" from Settings, stored by main in its own file; the generations are kept regardless.
  'backup:setKeep': z.strictObject({ keep: z.int().min(1).max(100) }),
} as const satisfies Record<InvokeChannel, z.ZodType>;

export type IpcRequest<C extends InvokeChannel> = z.output<(typeof IPC_REQUEST_SCHEMAS)[C]>;

export type AppInfo = Readonly<{
  name: string;
  version: string;
  platform: string;
  userDataPath: string;
  backupFolder: string;
}>;

export type NotificationRequest = IpcRequest<'notification:show'>;
export type SaveFileRequest = IpcRequest<'file:save'>;
export type SaveFileResult = Readonly<{ saved: true; path: string }> | Readonly<{ saved: false }>;
export type PrintToPdfRequest = IpcRequest<'file:printToPdf'>;
export type WriteBackupRequest = IpcRequest<'backup:write'>;

/** One automatic backup file in the backups folder. */
export type AutoBackupFile = Readonly<{
  name: string;
  /** ISO UTC, from the file's name: when the backup was taken. */
  takenAt: string;
  /** ISO UTC, from the file system. */
  modifiedAt: string;
  size: number;
  /** The backup's total record count, from its name; absent for names written before counts existed. */
  records?: number;
}>;

/** A written backup, and whether pruning was held because it holds under half the records of the one before. */
export type AutoBackupWriteResult = Readonly<{ file: AutoBackupFile; shrink?: BackupShrink }>;

/** What each channel's handler resolves to, before the envelope. */
export type IpcResponses = KeyedBy<
  InvokeChannel,
  {
    'app:getInfo': AppInfo;
    'shell:openExternal': void;
    'notification:show': void;
    'file:save': SaveFileResult;
    'file:printToPdf': SaveFileResult;
    'app:setLoginItem': void;
    'window:setUnreadCount': void;
    'window:setCloseToTray': void;
    'backup:write': AutoBackupWriteResult;
    'backup:list': readonly AutoBackupFile[];
    'backup:read': string;
    'backup:setKeep': void;
  }
>;

export type IpcResponse<C extends InvokeChannel> = IpcResponses[C];

/** Every invoke resolves to this envelope: handlers never throw across the bridge. */
export type IpcResult<T> = Readonly<{ ok: true; value: T }> | Readonly<{ ok: false; error: string }>;

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

/** What the preload exposes on `window.steward`: one named function per channel. */
export interface StewardApi {
  getInfo(): Promise<IpcResult<AppInfo>>;
  /** Opens an https: or mailto: link in the user's browser or mail app; anything else is refused. */
  openExternal(url: string): Promise<IpcResult<void>>;
  /** A native notification; clicking it focuses the window and emits `notification:clicked` with its key. */
  showNotification(notification: NotificationRequest): Promise<IpcResult<void>>;
  /** Asks the user where to save through the OS dialog, then writes the file there. */
  saveFile(request: SaveFileRequest): Promise<IpcResult<SaveFileResult>>;
  /** Prints the calling page to an A4 PDF, asks where to save it through the OS dialog, then writes it there. */
  printToPdf(request: PrintToPdfRequest): Promise<IpcResult<SaveFileResult>>;
  /**
   * Starts Steward when the user logs in. With close-to-tray on it starts in the tray
   * (Windows), so send `setCloseToTray` first.
   */
  setLoginItem(openAtLogin: boolean): Promise<IpcResult<void>>;
  /** The unread reminder count: the tray's tooltip and menu, and the Dock or taskbar badge. */
  setUnreadCount(count: number): Promise<IpcResult<void>>;
  /** When enabled, closing the window hides it to the tray and reminders keep running; quitting still quits. */
  setCloseToTray(enabled: boolean): Promise<IpcResult<void>>;
  /**
   * Writes a rolling backup into the backups folder if it is a Steward backup, then prunes
   * by generations (never while the newest holds under half the records of the one before).
   */
  writeBackup(request: WriteBackupRequest): Promise<IpcResult<AutoBackupWriteResult>>;
  /** The automatic backups in the backups folder, newest first. */
  listBackups(): Promise<IpcResult<readonly AutoBackupFile[]>>;
  /** The text of one automatic backup, by its file name (as listed). */
  readBackup(name: string): Promise<IpcResult<string>>;
  /** How many of the newest automatic backups to keep besides the generations (1 to 100). */
  setBackupKeep(keep: number): Promise<IpcResult<void>>;
  /** Subscribes to an event from main; returns the unsubscribe. */
  on<E extends RendererEvent>(event: E, listener: RendererListener<E>): () => void;
}
