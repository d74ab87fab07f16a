// Which links may leave the app for the OS browser or mail client: https and
// mailto only, after real URL parsing, never with credentials in them.

const ALLOWED_PROTOCOLS = new Set(['https:', 'mailto:']);

export function isSafeExternalUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 2048) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) return false;
  if (url.username || url.password) return false;
  return url.protocol === 'mailto:' || url.hostname.length > 0;
}
