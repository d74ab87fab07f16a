import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { UserConfig } from 'vite';
import { cspPlugin } from './cspPlugin.ts';
import { uncompressedPreview } from './uncompressedPreview.ts';

// The renderer's build, shared by the desktop build (electron.vite.config.ts)
// and the browser mode (vite.web.config.mts), so both serve the same page.
/** A path inside the project, whichever tool bundled this config. */
const fromRoot = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

function packageVersion(): string {
  const pkg: unknown = JSON.parse(readFileSync(fromRoot('package.json'), 'utf8'));
  return typeof pkg === 'object' && pkg !== null && 'version' in pkg ? String(pkg.version) : 'unknown';
}

export const WEB_PORT = 5173; // fixed: IndexedDB belongs to the origin, so it must never change

export function rendererConfig(): UserConfig {
  return {
    root: fromRoot('renderer'),
    base: './',
    define: { 'import.meta.env.PACKAGE_VERSION': JSON.stringify(packageVersion()) },
    plugins: [react(), cspPlugin(), uncompressedPreview()],
    resolve: { alias: { '@shared': fromRoot('shared') } },
    build: {
      outDir: fromRoot('out/renderer'),
      emptyOutDir: true,
      minify: true,
      // Loaded from disk (app:// or localhost), never over a network: one bundle is fine.
      chunkSizeWarningLimit: 2000,
      target: 'chrome130',
      rollupOptions: { input: fromRoot('renderer/index.html') },
    },
    server: { host: '127.0.0.1', port: WEB_PORT, strictPort: true },
    preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  };
}
