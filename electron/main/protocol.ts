// Serves the built page (out/renderer) on the privileged `app://steward` origin.
// A custom standard, secure scheme gives the page a stable origin of its own
// (IndexedDB lives there), fetch and code caching, without file:// ambient access.
// Every path is resolved inside the renderer folder or refused.
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { CustomScheme, Protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';
import { APP_HOST, APP_SCHEME } from './appOrigin';

export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

/** Must run before the app is ready: Chromium fixes its scheme table at startup. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
}

// frame-ancestors only works as a header (a <meta> policy ignores it), so the header adds it.
export const CSP_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

export function contentTypeOf(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The file an app URL names inside `rendererDir`, or undefined when the URL is
 * not on the app's origin or its path could leave the folder. The page routes
 * with the hash, so only the bare origin needs mapping to index.html.
 */
export function resolveAppPath(url: string, rendererDir: string): string | undefined {
  const parsed = URL.parse(url);
  if (parsed === null || parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return undefined;
  if (parsed.username !== '' || parsed.password !== '') return undefined;
  const path = decodePath(parsed.pathname);
  // URL parsing already removed literal and %2e dot segments; any left came in encoded separators.
  if (path === undefined || path.includes('\\') || path.includes('\0') || path.split('/').includes('..')) return undefined;
  const root = resolve(rendererDir);
  const file = resolve(root, `.${path === '/' || path === '' ? '/index.html' : path}`);
  const inside = relative(root, file);
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return undefined;
  return file;
}

function decodePath(pathname: string): string | undefined {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
}

export interface AppProtocolDeps {
  readonly rendererDir: string;
  readonly readFile: (path: string) => Promise<Uint8Array>;
}

type AppRequest = Pick<Request, 'url' | 'method'>;

export function createAppProtocolHandler(deps: AppProtocolDeps): (request: AppRequest) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
    const file = resolveAppPath(request.url, deps.rendererDir);
    if (file === undefined) return plain(403, 'Forbidden');
    let body: Uint8Array;
    try {
      body = await deps.readFile(file);
    } catch {
      return plain(404, 'Not found');
    }
    return new Response(request.method === 'HEAD' ? null : body, {
      status: 200,
      headers: {
        'Content-Type': contentTypeOf(file),
        'Content-Security-Policy': CSP_HEADER,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  };
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
