// What the renderer may ask of the machine. Electron answers through the preload
// API; a plain browser answers with web APIs, so the same renderer runs in both.
import type {
  AppInfo as IpcAppInfo,
  AutoBackupFile as IpcAutoBackupFile,
  AutoBackupWriteResult,
  DamagedStore,
  IpcErrorCode,
  NotificationRequest,
  PrintToPdfRequest,
  SaveFileRequest as IpcSaveFileRequest,
  SaveFileResult,
} from '@shared/ipc';
import type { DataMarker } from '@shared/dataMarker';

// The shapes the desktop app's IPC contract defines are used as they are; where the
// page needs a little more or less than main sends, the difference is stated here.
export type { DamagedStore, NotificationRequest, PrintToPdfRequest, SaveFileResult } from '@shared/ipc';

export type AppInfo = Readonly<
  Pick<IpcAppInfo, 'name' | 'version' | 'platform'> & {
    /** Where the data lives, in words a user can follow. */
    dataLocation: string;
    /** The automatic backups folder: only the desktop app has one. */
    backupFolder?: string;
  }
>;

/** A browser names the file's type itself; the desktop app's dialog goes by the filters. */
export type SaveFileRequest = IpcSaveFileRequest & Readonly<{ mimeType: string }>;

/** One automatic backup in the backups folder (desktop app); the page has no use for its modification time. */
export type AutoBackupFile = Omit<IpcAutoBackupFile, 'modifiedAt'>;

/** A backup written to the folder; `shrink` when it holds under half the records of the one before, so nothing was deleted. */
export type AutoBackupWrite = Omit<AutoBackupWriteResult, 'file'> & Readonly<{ file: AutoBackupFile }>;

/**
 * What a platform call rejects with when main answered with an error: its code tells a
 * refusal from bad input from a failure (shared/ipc.ts IpcErrorCode), its message says what.
 */
export class PlatformError extends Error {
  constructor(
    readonly code: IpcErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'PlatformError';
  }
}

/** The rolling backups folder outside the profile: only the desktop app has one. */
export interface AutoBackups {
  /** Writes a backup; the desktop app checks it and prunes older ones by its own retention. */
  write(content: string): Promise<AutoBackupWrite>;
  /** Newest first. */
  list(): Promise<readonly AutoBackupFile[]>;
  /** The text of a listed backup. */
  read(name: string): Promise<string>;
}

/**
 * The marker outside the database (shared/dataMarker.ts): a file in userData written
 * through main in the desktop app, localStorage in a browser.
 */
export interface DataMarkerStore {
  read(): Promise<DataMarker | undefined>;
  write(marker: DataMarker): Promise<void>;
}

/** Desktop only: what main does with an IndexedDB folder that will not open. */
export interface DamagedStores {
  /** Moves the IndexedDB folder aside (never deletes it) at a restart, and restarts now. */
  moveAsideAndRestart(): Promise<void>;
  list(): Promise<readonly DamagedStore[]>;
  remove(name: string): Promise<void>;
}

export interface DesktopSettings {
  readonly closeToTray: boolean;
  readonly launchAtLogin: boolean;
  /** "Backups to keep": the newest this many, besides the daily, weekly and monthly ones. */
  readonly backupKeep: number;
}

export interface Platform {
  readonly kind: 'electron' | 'web';
  getInfo(): Promise<AppInfo>;
  notify(request: NotificationRequest): Promise<void>;
  openExternal(url: string): Promise<void>;
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  /** Prints the current page (a print view) to PDF and saves it where the user chooses. */
  printToPdf(request: PrintToPdfRequest): Promise<SaveFileResult>;
  /** Puts plain text on the system clipboard (a recap for an email, a chase to a partner). */
  copyText(text: string): Promise<void>;
  /** The unread reminder count, for the tray and dock badge. */
  setUnreadCount(count: number): Promise<void>;
  /** Desktop-only behaviour from Settings; a browser has none, so it ignores them. */
  applyDesktopSettings(settings: DesktopSettings): Promise<void>;
  /** Called on resume from sleep and screen unlock; returns the unsubscribe. */
  onResume(listener: () => void): () => void;
  /** Called with the notification's key when the user clicks one; returns the unsubscribe. */
  onNotificationClick(listener: (key: string) => void): () => void;
  /** Absent in a browser: automatic backups to a folder need the desktop app. */
  readonly backups?: AutoBackups;
  readonly dataMarker: DataMarkerStore;
  /** Absent in a browser: there a recovery restores into a fresh storage bucket (renderer/db/location.ts). */
  readonly damagedStores?: DamagedStores;
}
