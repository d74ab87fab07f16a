// The Content-Security-Policy of the app's page, in one place: the built
// index.html carries it as a <meta>, and the desktop app's protocol handler also
// sends it as a header. No remote origin, no inline or eval script.
//
// The one network the app may use is the team sync server the user configures (Settings →
// Team), whose origin is not known when the page is built. Policies only ever narrow each
// other (every one must allow a request), so the built policy lets connect-src reach any
// ws/wss/http/https origin, and the page, as the first thing it runs, adds a <meta> policy
// allowing only itself and the configured server (`teamConnectPolicy`), or only itself when
// no team is configured: from then on nothing else can be reached.
const ANY_TEAM_SERVER = 'ws: wss: http: https:';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // React and the chart library set inline style attributes; no inline script.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  `connect-src 'self' ${ANY_TEAM_SERVER}`,
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** ws://host:port and http://host:port (wss and https for a secure server), or undefined for anything else. */
export function teamServerOrigins(serverUrl: string | undefined): readonly string[] | undefined {
  const match = serverUrl === undefined ? null : /^(wss?):\/\/([^/\s?#@'";,]+)\/?$/i.exec(serverUrl.trim());
  if (!match) return undefined;
  const secure = match[1]!.toLowerCase() === 'wss';
  const host = match[2]!.toLowerCase();
  return [`${secure ? 'wss' : 'ws'}://${host}`, `${secure ? 'https' : 'http'}://${host}`];
}

/** The policy the page adds at boot: connections to itself and to the team server (if one is configured and well-formed), nothing else. */
export function teamConnectPolicy(serverUrl: string | undefined): string {
  return ["connect-src 'self'", ...(teamServerOrigins(serverUrl) ?? [])].join(' ');
}

// The dev server (npm run web) needs its hot-reload socket and React's inline
// refresh preamble; nothing else is relaxed, and this policy is never built.
export const DEV_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  `connect-src 'self' ws://127.0.0.1:5173 ${ANY_TEAM_SERVER}`,
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
