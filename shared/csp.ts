// The Content-Security-Policy of the app's page, in one place: the built
// index.html carries it as a <meta>, and the desktop app's protocol handler also
// sends it as a header. No remote origin, no inline or eval script.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // React and the chart library set inline style attributes; no inline script.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

// The dev server (npm run web) needs its hot-reload socket and React's inline
// refresh preamble; nothing else is relaxed, and this policy is never built.
export const DEV_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self' ws://127.0.0.1:5173",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
