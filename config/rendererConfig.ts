import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { UserConfig } from 'vite';
import { cspPlugin } from './cspPlugin.ts';

// The renderer's build, shared by the desktop build (electron.vite.config.ts)
// and the browser mode (vite.web.config.mts), so both serve the same page.
/** A path inside the project, whichever tool bundled this config. */
const fromRoot = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

export const WEB_PORT = 5173; // fixed: IndexedDB belongs to the origin, so it must never change

export function rendererConfig(): UserConfig {
  return {
    root: fromRoot('renderer'),
    base: './',
    plugins: [react(), cspPlugin()],
    resolve: { alias: { '@shared': fromRoot('shared') } },
    build: {
      outDir: fromRoot('out/renderer'),
      emptyOutDir: true,
      minify: true,
      target: 'chrome130',
      rollupOptions: { input: fromRoot('renderer/index.html') },
    },
    server: { host: '127.0.0.1', port: WEB_PORT, strictPort: true },
    preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  };
}
