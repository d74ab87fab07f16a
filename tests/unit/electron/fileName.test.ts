// The save dialog's default file name: whatever the renderer suggests, main offers a
// plain name every file system accepts, with its extension kept.
import { describe, expect, it } from 'vitest';
import { MAX_NAME_BYTES, safeDefaultFileName } from '../../../electron/main/fileName';

describe('safeDefaultFileName', () => {
  it('leaves an ordinary name alone', () => {
    expect(safeDefaultFileName('Acme – 2027-Q1 review (partner).pdf')).toBe('Acme – 2027-Q1 review (partner).pdf');
    expect(safeDefaultFileName('steward-backup-2027-01-14.json')).toBe('steward-backup-2027-01-14.json');
  });

  it.each([
    ['path separators', 'a/b\\c.md', 'a-b-c.md'],
    ['control characters', 'line\nbreak\ttab\u0000.md', 'line-break-tab-.md'],
    ['a right-to-left override that hides the real extension', 'invoice\u202Efdp.exe', 'invoice-fdp.exe'],
    ['Windows reserved characters', 'a<b>c:d"e|f?g*h.md', 'a-b-c-d-e-f-g-h.md'],
    ['a parent-folder name', '..', 'Steward export'],
    ['leading dots (a hidden file)', '...hidden.md', 'hidden.md'],
    ['trailing dots and spaces (Windows drops them)', 'Acme . . .md', 'Acme.md'],
    ['nothing left', '///.md', 'Steward export.md'],
    ['an empty name', '', 'Steward export'],
  ])('replaces %s', (_label, name, expected) => expect(safeDefaultFileName(name)).toBe(expected));

  it.each(['CON.md', 'nul.pdf', 'Com1.csv', 'LPT9', 'aux.tar.md', 'COM¹.md'])('prefixes the Windows device name %j, which would open a device', (name) => {
    expect(safeDefaultFileName(name)).toBe(`_${name}`);
  });

  it.each(['Console.md', 'connect.md', 'com10.md'])('leaves %j, which only looks like a device name', (name) => expect(safeDefaultFileName(name)).toBe(name));

  it('cuts a long name to a byte length every file system takes, keeping the extension and whole characters', () => {
    const long = safeDefaultFileName(`${'Ünïcödé 😀 '.repeat(40)}.pdf`);
    expect(new TextEncoder().encode(long).length).toBeLessThanOrEqual(MAX_NAME_BYTES);
    expect(long.endsWith('.pdf')).toBe(true);
    expect(long).not.toMatch(/\uFFFD|[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(long).not.toMatch(/\s\.pdf$/);
  });
});
