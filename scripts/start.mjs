// `npm start`: builds the app and runs it in Electron, where the Electron runtime
// is installed. Where it is not (the runtime cannot be downloaded on every
// machine, see TOOLCHAIN.md), says so in one line and points to browser mode.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import process from 'node:process';

const root = resolve(import.meta.dirname, '..');
const require = createRequire(join(root, 'package.json'));

// The `electron` package's main resolves its binary and, when the binary is missing,
// tries to download it (noisy, and slow offline). So look where it would look first,
// and only require it once the binary is known to be there.
function electronBinary() {
  let packageDir;
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
    const binary = require('electron');
    return typeof binary === 'string' && existsSync(binary) ? binary : undefined;
  } catch {
    return undefined;
  }
}

const binary = electronBinary();
if (!binary) {
  process.stderr.write('Steward: the Electron runtime is not installed on this machine; run "npm run web" to use Steward in a browser.\n');
  process.exit(1);
}

const build = spawnSync(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
  cwd: root,
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);

// package.json's "main" is out/main/index.js, so Electron runs the project folder.
// ELECTRON_RUN_AS_NODE (set in some editors' terminals) would make Electron a plain Node.
const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE;
const app = spawn(binary, ['.'], { cwd: root, stdio: 'inherit', env });
app.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => app.kill(signal));
