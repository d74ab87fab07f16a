// The file name a save dialog offers. The renderer builds it from names the user typed
// (a partnership, a quarter), and the IPC schema has already refused path separators;
// this makes whatever is left a name every file system accepts and that cannot pose as
// something else: no control or bidirectional-override characters, none of Windows'
// reserved characters or device names, no leading dots (no hidden file, no `..`), no
// trailing dot or space, and at most MAX_NAME_BYTES bytes with its extension kept.

/** Well under the 255 bytes most file systems allow, leaving room for " (2)" and the like. */
export const MAX_NAME_BYTES = 200;
const FALLBACK = 'Steward export';

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_RUN = /[/\\<>:"|?*\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g;
/** CON, PRN, AUX, NUL, COM1-9, LPT1-9 (and with superscript digits): Windows opens a device, whatever the extension. */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
const EXTENSION = /(?<=[^.])\.[A-Za-z0-9]{1,16}$/;

const utf8Length = (text: string) => new TextEncoder().encode(text).length;

/** Cuts `text` to at most `maxBytes` UTF-8 bytes, never inside a character. */
function cutToBytes(text: string, maxBytes: number): string {
  let cut = '';
  for (const char of text) {
    if (utf8Length(cut + char) > maxBytes) break;
    cut += char;
  }
  return cut;
}

const tidy = (text: string) => text.replace(/\s+/g, ' ').replace(/^[.\s]+|[.\s]+$/g, '');

export function safeDefaultFileName(suggested: string): string {
  const cleaned = suggested.normalize('NFC').replace(UNSAFE_RUN, '-');
  const extension = EXTENSION.exec(cleaned)?.[0] ?? '';
  let base = tidy(cleaned.slice(0, cleaned.length - extension.length));
  if (base === '' || /^-+$/.test(base)) base = FALLBACK;
  const stem = base.split('.')[0]!.trim();
  if (WINDOWS_DEVICE.test(stem)) base = `_${base}`;
  return `${tidy(cutToBytes(base, MAX_NAME_BYTES - utf8Length(extension))) || FALLBACK}${extension}`;
}
