// What the renderer may ask of the machine. Electron answers through the preload
// API; a plain browser answers with web APIs, so the same renderer runs in both.
import type { BackupShrink } from '@shared/backup/retention';

export interface AppInfo {
  readonly name: string;
  readonly version: string;
  readonly platform: string;
  /** Where the data lives, in words a user can follow. */
  readonly dataLocation: string;
  readonly backupFolder?: string;
}

export interface NotificationRequest {
  readonly key: string;
  readonly title: string;
  readonly body: string;
}

export interface SaveFileRequest {
  readonly suggestedName: string;
  readonly content: string;
  readonly mimeType: string;
  readonly filters: readonly { readonly name: string; readonly extensions: readonly string[] }[];
}

export type SaveFileResult = { readonly saved: true; readonly path: string } | { readonly saved: false };

export interface PrintToPdfRequest {
  /** A file name (no folder) offered in the save dialog, e.g. `Acme – 2027-Q1 review (partner).pdf`. */
  readonly suggestedName: string;
}

/** One automatic backup in the backups folder (desktop app). */
export interface AutoBackupFile {
  readonly name: string;
  /** ISO UTC: when it was taken. */
  readonly takenAt: string;
  readonly size: number;
  /** Its total record count; unknown for backups named by an older Steward. */
  readonly records?: number;
}

/** A backup written to the folder; `shrink` when it holds under half the records of the one before, so nothing was deleted. */
export interface AutoBackupWrite {
  readonly file: AutoBackupFile;
  readonly shrink?: BackupShrink;
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
}
