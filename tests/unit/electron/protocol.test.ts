import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../shared/csp';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler, registerAppScheme, resolveAppPath } from '../../../electron/main/protocol';

const RENDERER = resolve('/opt/steward/out/renderer');
const SECRET = resolve('/etc/passwd');

// An in-memory disk: the page, one asset, and a secret outside the renderer folder.
const DISK = new Map<string, string>([
  [join(RENDERER, 'index.html'), '<!doctype html><title>Steward</title>'],
  [join(RENDERER, 'assets', 'index-abc123.js'), 'console.log("steward")'],
  [join(RENDERER, 'assets', 'index-abc123.css'), 'body{}'],
  [SECRET, 'root:x:0:0'],
]);

function served(): { handle: ReturnType<typeof createAppProtocolHandler>; reads: string[] } {
  const reads: string[] = [];
  const readFile = vi.fn(async (path: string) => {
    reads.push(path);
    const text = DISK.get(path);
    if (text === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
    return new TextEncoder().encode(text);
  });
  return { handle: createAppProtocolHandler({ rendererDir: RENDERER, readFile }), reads };
}

const get = (url: string): { url: string; method: string } => ({ url, method: 'GET' });

describe('registerAppScheme', () => {
  it('registers app: as a standard, secure scheme with fetch and code cache', () => {
    const protocol = { registerSchemesAsPrivileged: vi.fn() };
    registerAppScheme(protocol);
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([APP_SCHEME_PRIVILEGES]);
    expect(APP_SCHEME_PRIVILEGES).toEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    });
  });
});

describe('the app protocol handler', () => {
  it('serves index.html with the CSP header and an HTML content type', async () => {
    const { handle } = served();
    const response = await handle(get('app://steward/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(`${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Steward</title>');
  });

  it('serves the page for the bare origin', async () => {
    const { handle, reads } = served();
    expect((await handle(get('app://steward/'))).status).toBe(200);
    expect((await handle(get('app://steward'))).status).toBe(200);
    expect(reads).toEqual([join(RENDERER, 'index.html'), join(RENDERER, 'index.html')]);
  });

  it.each([
    ['app://steward/assets/index-abc123.js', 'text/javascript; charset=utf-8'],
    ['app://steward/assets/index-abc123.css', 'text/css; charset=utf-8'],
  ])('serves %s as %s', async (url, type) => {
    const { handle } = served();
    const response = await handle(get(url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
  });

  it.each([
    'app://steward/../../etc/passwd',
    'app://steward/%2e%2e/%2e%2e/etc/passwd',
    'app://steward/..%2f..%2f..%2f..%2fetc%2fpasswd',
    'app://steward/assets/%2E%2E%2F%2E%2E%2F%2E%2E%2F%2E%2E%2Fetc%2Fpasswd',
    'app://steward/..%5c..%5c..%5c..%5cetc%5cpasswd',
    'app://steward/%2fetc%2fpasswd',
  ])('never reads outside the renderer folder for %s', async (url) => {
    const { handle, reads } = served();
    const response = await handle(get(url));
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(reads.every((path) => path.startsWith(RENDERER))).toBe(true);
    expect(await response.text()).not.toContain('root:');
  });

  it.each([
    'app://evil/index.html',
    'app://steward.evil/index.html',
    'app://user:pw@steward/index.html',
    'file:///etc/passwd',
    'https://steward/index.html',
  ])('refuses %s with 403 and reads nothing', async (url) => {
    const { handle, reads } = served();
    expect((await handle(get(url))).status).toBe(403);
    expect(reads).toEqual([]);
  });

  it('answers 404 for a file that does not exist', async () => {
    const { handle } = served();
    expect((await handle(get('app://steward/assets/missing.js'))).status).toBe(404);
  });

  it('refuses methods other than GET and HEAD', async () => {
    const { handle, reads } = served();
    expect((await handle({ url: 'app://steward/index.html', method: 'POST' })).status).toBe(405);
    expect(reads).toEqual([]);
  });
});

describe('resolveAppPath', () => {
  it('maps app URLs to files inside the renderer folder', () => {
    expect(resolveAppPath('app://steward/index.html', RENDERER)).toBe(join(RENDERER, 'index.html'));
    expect(resolveAppPath('app://steward/assets/a%20b.svg', RENDERER)).toBe(join(RENDERER, 'assets', 'a b.svg'));
  });

  it('refuses a dot-dot segment that arrived in encoded slashes or backslashes', () => {
    expect(resolveAppPath('app://steward/..%2f..%2fetc/passwd', RENDERER)).toBeUndefined();
    expect(resolveAppPath('app://steward/assets%5c..%5c..%5csecret', RENDERER)).toBeUndefined();
  });

  it('refuses malformed escapes and NUL bytes', () => {
    expect(resolveAppPath('app://steward/%E0%A4%A.js', RENDERER)).toBeUndefined();
    expect(resolveAppPath('app://steward/index.html%00.js', RENDERER)).toBeUndefined();
  });
});
