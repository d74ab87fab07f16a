// Finds the Electron binary without triggering the `electron` package's
// download (its main downloads the runtime when it is missing, which fails
// offline, noisily). Mirrors scripts/start.mjs.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

// Playwright compiles this package's specs to CommonJS, so __filename (not import.meta) is defined.
const require = createRequire(__filename);

export function findElectronBinary(): string | undefined {
  let packageDir: string;
  try {
    packageDir = dirname(require.resolve('electron/package.json'));
  } catch {
    return undefined;
  }
  const pathFile = join(packageDir, 'path.txt');
  const relativePath = existsSync(pathFile) ? readFileSync(pathFile, 'utf8') : undefined;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const expected = override ? join(override, relativePath || 'electron') : relativePath && join(packageDir, 'dist', relativePath);
  if (!expected || !existsSync(expected)) return undefined;
  try {
    const binary: unknown = require('electron');
    return typeof binary === 'string' && existsSync(binary) ? binary : undefined;
  } catch {
    return undefined;
  }
}
