import { resolve } from 'node:path';
import { chromium, defineConfig } from '@playwright/test';
import type { BrowserUse } from './config/browser';
import { NoBrowserError, machine, requireBrowser } from './config/browser';

// e2e: the built renderer (out/renderer, from `npm run build`) served by Vite's
// preview server and driven in the Chromium config/browser.ts finds. electron: Playwright's _electron
// against the built app, which skips itself where no Electron binary exists.
// Overridable so several builds can be served side by side while developing.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4173);
// Absolute: vite preview resolves a relative outDir against the renderer root.
const OUT_DIR = resolve(process.env.E2E_OUT_DIR ?? 'out/renderer');

// CHROMIUM_PATH, Debian's chromium-headless-shell or chromium, Google Chrome, or a Chromium Playwright installed.
// With none, one line says how to install one (npm test installs it itself where it can).
export const CHROMIUM_PATH = browserOrStop('tests');

/** The browser for `use` (config/browser.ts), or its one-line reason and exit. */
export function browserOrStop(use: BrowserUse): string {
  try {
    return requireBrowser(machine(() => chromium.executablePath()), use);
  } catch (error) {
    if (!(error instanceof NoBrowserError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
/**
 * Playwright's own --disable-features list (playwright-core's chromiumSwitches, 1.65): Chromium
 * keeps only the last --disable-features switch it is given, and ours comes after Playwright's,
 * so ours repeats it (checked: a second switch brings back what the first disabled).
 */
const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];

/**
 * Headless Chromium (156) still builds each window's omnibox popups, two WebUI pages in a
 * renderer of their own, for every browser context, and keeps them busy while the test runs:
 * CPU no test sees (the 12 tests of shell.spec and portfolio.spec on one worker: 93 CPU-s
 * with them, 58–62 without). The pages under test are not affected.
 */
const UNSEEN_BROWSER_UI = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...UNSEEN_BROWSER_UI].join(',')}`,
];

export default defineConfig({
  // A guard against a hung test, not a speed check: npm test runs the unit tests beside this
  // run on a shared 2-core machine, and at a load of 20 a 55 s review test went past 60 s.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  // Two workers, each with its own Chromium: spec files run side by side (the tests of one
  // file stay in order on one worker). Every test has its own context or profile, so no
  // two share data; the preview server only serves files.
  fullyParallel: false,
  workers: 2,
  retries: 0,
  // npm test asks for a JSON report (to sum every runner); a developer's run just lists.
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}`,
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    trace: 'off',
  },
  webServer: {
    command: `npx vite preview --config vite.web.config.mts --port ${E2E_PORT} --outDir ${OUT_DIR}`,
    url: `http://127.0.0.1:${E2E_PORT}/index.html`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
  projects: [
    { name: 'chromium', testDir: 'tests/e2e' },
    { name: 'electron', testDir: 'tests/electron' },
  ],
});
