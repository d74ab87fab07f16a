// The page's origin. IndexedDB belongs to the origin, so these values must never
// change between releases, or the user's data is orphaned (DESIGN.md, Principle 1).
export const APP_SCHEME = 'app';
export const APP_HOST = 'steward';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * True when `url` is on the app's own origin. Compares scheme and host rather
 * than `URL.origin`, which Node reports as "null" for custom schemes.
 */
export function isAppUrl(url: string): boolean {
  const parsed = URL.parse(url);
  return (
    parsed !== null &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === ''
  );
}
