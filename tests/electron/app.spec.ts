// The real desktop app, driven by Playwright's _electron. Runs wherever an
// Electron binary is installed; skips here, where it cannot be downloaded.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron, expect, test } from '@playwright/test';
import type { ElectronApplication } from '@playwright/test';
import { findElectronBinary } from './electronBinary';

const electronBinary = findElectronBinary();
const root = resolve(__dirname, '../..');

test.skip(!electronBinary, 'Electron runtime not installed on this machine (see TOOLCHAIN.md)');

let app: ElectronApplication;
let profile: string;

test.beforeEach(async () => {
  profile = mkdtempSync(join(tmpdir(), 'steward-electron-'));
  // ELECTRON_RUN_AS_NODE (set in some editors' terminals) would start Electron as plain Node.
  const inherited = Object.entries(process.env).filter(([name]) => name !== 'ELECTRON_RUN_AS_NODE');
  const env = Object.fromEntries(inherited.flatMap(([name, value]) => (value === undefined ? [] : [[name, value]])));
  env.STEWARD_TEST_USER_DATA_DIR = profile;
  app = await _electron.launch({ executablePath: electronBinary, args: [root], cwd: root, env });
});

test.afterEach(async () => {
  await app.close();
  rmSync(profile, { recursive: true, force: true });
});

test('opens the Steward window on the Attention screen, served from app://steward', async () => {
  const window = await app.firstWindow();
  await expect(window).toHaveTitle('Steward');
  await expect(window.getByRole('heading', { name: 'Attention', level: 1 })).toBeVisible();
  // Expressions as strings: this file is typechecked without the DOM library.
  expect(await window.evaluate('location.origin')).toBe('app://steward');
});

test('exposes the typed API on window.steward, and no Node', async () => {
  const window = await app.firstWindow();
  expect(await window.evaluate('Object.keys(window.steward).sort()')).toEqual([
    'getInfo',
    'listBackups',
    'on',
    'openExternal',
    'printToPdf',
    'readBackup',
    'saveFile',
    'setBackupKeep',
    'setCloseToTray',
    'setLoginItem',
    'setUnreadCount',
    'showNotification',
    'writeBackup',
  ]);
  expect(await window.evaluate('window.steward.getInfo()')).toMatchObject({ ok: true, value: { name: 'Steward', userDataPath: profile } });
  expect(await window.evaluate("typeof require + ' ' + typeof process")).toBe('undefined undefined');
});
