import { describe, expect, it, vi } from 'vitest';
import { guardPermissions, guardWebContents, isSafeExternalUrl } from '../../../electron/main/security';
import type { GuardedContents, GuardedSession } from '../../../electron/main/security';

const UNSAFE_URLS = [
  'javascript:alert(1)',
  'JAVASCRIPT:alert(1)',
  'file:///etc/passwd',
  'http://example.com/',
  'data:text/html,<script>alert(1)</script>',
  'https://user:pass@example.com/',
  'https://user@example.com/',
  'app://steward/index.html',
  'vbscript:msgbox',
  'ms-settings:',
  'https://',
  '//example.com/',
  'not a url',
  '',
];

const SAFE_URLS = [
  ['https://example.com', 'https://example.com/'],
  ['https://partner.example/renewal?q=2027#terms', 'https://partner.example/renewal?q=2027#terms'],
  ['mailto:ops@partner.example?subject=QBR', 'mailto:ops@partner.example?subject=QBR'],
] as const;

type NavigationListener = (event: { url: string; preventDefault(): void }) => void;

class FakeContents implements GuardedContents {
  readonly listeners = new Map<string, NavigationListener>();
  openHandler: ((details: { url: string }) => { action: 'deny' }) | undefined;

  on(event: string, listener: NavigationListener): this {
    this.listeners.set(event, listener);
    return this;
  }

  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void {
    this.openHandler = handler;
  }

  /** Emits an event and says whether a guard prevented it. */
  emit(name: string, url = ''): boolean {
    const preventDefault = vi.fn();
    this.listeners.get(name)?.({ url, preventDefault });
    return preventDefault.mock.calls.length > 0;
  }
}

function guarded(): { contents: FakeContents; openExternal: ReturnType<typeof vi.fn<(url: string) => Promise<void>>> } {
  const contents = new FakeContents();
  const openExternal = vi.fn<(url: string) => Promise<void>>(() => Promise.resolve());
  guardWebContents(contents, openExternal);
  return { contents, openExternal };
}

describe('isSafeExternalUrl', () => {
  it.each(UNSAFE_URLS)('refuses %j', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });

  it.each(SAFE_URLS)('accepts %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
  });
});

describe('guardWebContents', () => {
  it('lets the page navigate within the app origin', () => {
    const { contents } = guarded();
    expect(contents.emit('will-navigate', 'app://steward/partnerships/42')).toBe(false);
    expect(contents.emit('will-redirect', 'app://steward/index.html')).toBe(false);
  });

  it.each(['https://example.com/', 'file:///etc/passwd', 'app://other/index.html', 'javascript:alert(1)'])(
    'refuses navigation and redirects to %s',
    (url) => {
      const { contents } = guarded();
      expect(contents.emit('will-navigate', url)).toBe(true);
      expect(contents.emit('will-redirect', url)).toBe(true);
    },
  );

  it('sends a link the page tried to follow to the browser only when it is safe', () => {
    const { contents, openExternal } = guarded();
    contents.emit('will-navigate', 'https://partner.example/');
    contents.emit('will-navigate', 'http://partner.example/');
    expect(openExternal.mock.calls).toEqual([['https://partner.example/']]);
  });

  it('refuses every <webview>', () => {
    const { contents } = guarded();
    expect(contents.emit('will-attach-webview')).toBe(true);
  });

  it('denies every new window', () => {
    const { contents } = guarded();
    for (const url of ['app://steward/index.html', 'https://example.com/', 'javascript:alert(1)']) {
      expect(contents.openHandler?.({ url })).toEqual({ action: 'deny' });
    }
  });

  it.each(UNSAFE_URLS)('never hands %j from window.open to the OS', (url) => {
    const { contents, openExternal } = guarded();
    contents.openHandler?.({ url });
    expect(openExternal).not.toHaveBeenCalled();
  });

  it.each(SAFE_URLS)('opens %s from window.open in its parsed form', (url, href) => {
    const { contents, openExternal } = guarded();
    contents.openHandler?.({ url });
    expect(openExternal.mock.calls).toEqual([[href]]);
  });

  it('survives the OS refusing to open a link', async () => {
    const contents = new FakeContents();
    guardWebContents(contents, () => Promise.reject(new Error('no handler for mailto:')));
    expect(contents.openHandler?.({ url: 'mailto:a@b.example' })).toEqual({ action: 'deny' });
    await new Promise((resolve) => setImmediate(resolve));
  });
});

describe('guardPermissions', () => {
  type RequestHandler = Parameters<GuardedSession['setPermissionRequestHandler']>[0];
  type CheckHandler = Parameters<GuardedSession['setPermissionCheckHandler']>[0];

  function guardedSession(): { request: RequestHandler; check: CheckHandler } {
    let request: RequestHandler | undefined;
    let check: CheckHandler | undefined;
    guardPermissions({
      setPermissionRequestHandler: (handler) => (request = handler),
      setPermissionCheckHandler: (handler) => (check = handler),
    });
    if (!request || !check) throw new Error('permission handlers were not set');
    return { request, check };
  }

  function decide(request: RequestHandler, permission: string, pageUrl = 'app://steward/index.html'): boolean {
    const callback = vi.fn<(granted: boolean) => void>();
    request({ getURL: () => pageUrl }, permission, callback);
    expect(callback).toHaveBeenCalledTimes(1);
    return callback.mock.calls[0]?.[0] ?? true;
  }

  it('grants notifications to the app page', () => {
    const { request, check } = guardedSession();
    expect(decide(request, 'notifications')).toBe(true);
    expect(check(null, 'notifications', 'app://steward')).toBe(true);
  });

  it.each(['media', 'geolocation', 'clipboard-read', 'display-capture', 'midiSysex', 'openExternal', 'fileSystem', 'unknown'])(
    'denies %s',
    (permission) => {
      const { request, check } = guardedSession();
      expect(decide(request, permission)).toBe(false);
      expect(check(null, permission, 'app://steward')).toBe(false);
    },
  );

  it('denies notifications to any other origin', () => {
    const { request, check } = guardedSession();
    expect(decide(request, 'notifications', 'https://evil.example/')).toBe(false);
    expect(check(null, 'notifications', 'https://evil.example')).toBe(false);
  });
});
