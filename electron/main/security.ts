// The app's security guards in one place: the page may not navigate away, open
// windows, attach webviews or gain permissions beyond notifications, and only
// https: and mailto: links ever reach the OS. Electron objects are passed in.
import { isAppUrl } from './appOrigin';

export type OpenExternal = (url: string) => Promise<void>;

const EXTERNAL_PROTOCOLS = new Set(['https:', 'mailto:']);

/** https: or mailto: only, parsed by URL; no credentials, no host-less https. */
export function isSafeExternalUrl(url: string): boolean {
  const parsed = URL.parse(url);
  if (parsed === null || !EXTERNAL_PROTOCOLS.has(parsed.protocol)) return false;
  if (parsed.username !== '' || parsed.password !== '') return false;
  return parsed.protocol === 'mailto:' || parsed.hostname !== '';
}

/** Opens a safe external URL in its canonical form; refuses (returns false) anything else. */
export function openIfSafe(url: string, openExternal: OpenExternal): boolean {
  if (!isSafeExternalUrl(url)) return false;
  // The OS only ever sees the URL exactly as it was parsed and checked.
  void openExternal(new URL(url).href).catch(() => undefined);
  return true;
}

// The few parts of WebContents and Session the guards use; Electron's own objects fit.
interface PreventableEvent {
  preventDefault(): void;
}
interface NavigationEvent extends PreventableEvent {
  readonly url: string;
}

export interface GuardedContents {
  on(event: 'will-navigate', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-redirect', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { readonly url: string }) => { action: 'deny' }): void;
}

/** Every web contents stays on the app's page; links meant for the world go to the OS. */
export function guardWebContents(contents: GuardedContents, openExternal: OpenExternal): void {
  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    openIfSafe(event.url, openExternal);
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  // We never use <webview>: refuse every attachment.
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openIfSafe(url, openExternal);
    return { action: 'deny' };
  });
}

export interface GuardedSession {
  setPermissionRequestHandler(
    handler: (contents: { getURL(): string }, permission: string, callback: (granted: boolean) => void) => void,
  ): void;
  setPermissionCheckHandler(handler: (contents: unknown, permission: string, requestingOrigin: string) => boolean): void;
}

/** Notifications are the only permission, and only for the app's own page. */
export function guardPermissions(session: GuardedSession): void {
  session.setPermissionRequestHandler((contents, permission, callback) => {
    callback(permission === 'notifications' && isAppUrl(contents.getURL()));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => {
    return permission === 'notifications' && isAppUrl(requestingOrigin);
  });
}
