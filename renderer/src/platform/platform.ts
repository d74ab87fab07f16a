// What the renderer may ask of the machine. Electron answers through the preload
// API; a plain browser answers with web APIs, so the same renderer runs in both.

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

export interface DesktopSettings {
  readonly closeToTray: boolean;
  readonly launchAtLogin: boolean;
}

export interface Platform {
  readonly kind: 'electron' | 'web';
  getInfo(): Promise<AppInfo>;
  notify(request: NotificationRequest): Promise<void>;
  openExternal(url: string): Promise<void>;
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  /** The unread reminder count, for the tray and dock badge. */
  setUnreadCount(count: number): Promise<void>;
  /** Desktop-only behaviour from Settings; a browser has none, so it ignores them. */
  applyDesktopSettings(settings: DesktopSettings): Promise<void>;
  /** Called on resume from sleep and screen unlock; returns the unsubscribe. */
  onResume(listener: () => void): () => void;
  /** Called with the notification's key when the user clicks one; returns the unsubscribe. */
  onNotificationClick(listener: (key: string) => void): () => void;
}
