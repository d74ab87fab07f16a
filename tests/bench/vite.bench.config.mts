import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { rendererConfig } from '../../config/rendererConfig.ts';

// The benchmark build: the app's renderer config with bench.html (the app plus the
// timed operations) as its only page. The shipped build never includes bench.html.
const base = rendererConfig();
export default defineConfig({
  ...base,
  build: {
    ...base.build,
    // BENCH_NO_MINIFY=1 keeps the functions' names, for reading a CPU profile (run.ts --sync-profile).
    ...(process.env.BENCH_NO_MINIFY === '1' ? { minify: false } : {}),
    outDir: fileURLToPath(new URL('../../out/bench', import.meta.url)),
    rollupOptions: { input: fileURLToPath(new URL('../../renderer/bench.html', import.meta.url)) },
  },
});
