import type { Connect, Plugin } from 'vite';

/**
 * `vite preview` (which serves the built renderer to the e2e tests and the benchmark) gzips
 * every response a browser accepts gzip for, again on every request: about 90 ms of the
 * server's CPU for the 1.8 MB bundle, on each of the e2e run's some 150 page loads, each in
 * a fresh browser context with an empty cache. The desktop app reads the same files from
 * disk uncompressed, so the preview serves them as it does. This middleware runs before
 * Vite's own (configurePreviewServer's hooks are installed first) and hides the request's
 * Accept-Encoding from the compression middleware.
 */
export const uncompressed: Connect.NextHandleFunction = (req, _res, next) => {
  delete req.headers['accept-encoding'];
  next();
};

export function uncompressedPreview(): Plugin {
  return {
    name: 'steward-uncompressed-preview',
    configurePreviewServer(server) {
      server.middlewares.use(uncompressed);
    },
  };
}
