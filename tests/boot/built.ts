// Where the build puts the three bundles, and a clear failure when it has not run.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const OUT = resolve(import.meta.dirname, '../../out');
export const MAIN_BUNDLE = resolve(OUT, 'main/index.js');
export const PRELOAD_BUNDLE = resolve(OUT, 'preload/index.cjs');
export const RENDERER_PAGE = resolve(OUT, 'renderer/index.html');

/** The path, if the build produced it; otherwise an error that says what to run. */
export function requireBuilt(path: string): string {
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run build\` first (npm test builds before testing).`);
  return path;
}
