// Which Chromium the tests drive, found without anything done by hand: `npm install` then
// `npm test` on a fresh machine. One module for playwright.config.ts, the e2e fixtures and
// scripts/test.mjs. The search is pure over an injected view of the machine (env, platform,
// "is this an executable file", directory listings), so it is unit-tested without installs.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export type BrowserSource = 'CHROMIUM_PATH' | 'Debian headless shell' | 'Debian chromium' | 'Google Chrome' | 'Playwright';

/**
 * What a browser is for. The e2e tests take Debian's chromium-headless-shell first: the same
 * Blink and V8 without the full browser's window machinery, a fifth less CPU for the same
 * specs (28 tests: 184 against 228 CPU-s). The benchmark measures the full browser, as the
 * Electron app ships it, so it never takes the shell.
 */
export type BrowserUse = 'tests' | 'bench';

export interface BrowserCandidate {
  readonly path: string;
  readonly source: BrowserSource;
}

/** What the search may look at; the real machine's view is `machine()`. */
export interface Machine {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly platform: NodeJS.Platform;
  readonly home: string;
  readonly isExecutable: (path: string) => boolean;
  readonly listDir: (path: string) => readonly string[];
  /** Where this version of Playwright keeps its own Chromium (installed or not). */
  readonly playwrightChromium: () => string | undefined;
  readonly isDebian: boolean;
  readonly isRoot: boolean;
  /** Runs a command with its output shown; its exit status (null: killed by a signal). */
  readonly run: (command: readonly string[]) => number | null;
}

/** A one-line reason the tests have no browser, naming the command that installs one. */
export class NoBrowserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NoBrowserError';
  }
}

function chromeCandidates(m: Machine): string[] {
  if (m.platform === 'darwin') return ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', join(m.home, 'Applications/Google Chrome.app/Contents/MacOS/Google Chrome')];
  if (m.platform === 'win32') {
    const roots = [m.env.PROGRAMFILES, m.env['PROGRAMFILES(X86)'], m.env.LOCALAPPDATA].filter((r): r is string => Boolean(r));
    return roots.map((root) => join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'));
  }
  return ['/usr/bin/google-chrome-stable', '/usr/bin/google-chrome', '/opt/google/chrome/chrome'];
}

/**
 * Playwright's Chromium for this version first, then any other revision a Playwright
 * install left in the same cache (newest first), at the same place inside its folder.
 */
function playwrightCandidates(m: Machine): string[] {
  const own = m.playwrightChromium();
  if (!own) return [];
  const match = /^(.*)[\\/](chromium-\d+)[\\/](.+)$/.exec(own);
  if (!match) return [own];
  const [, cache = '', , inside = ''] = match;
  const revisions = m
    .listDir(cache)
    .filter((name) => /^chromium-\d+$/.test(name))
    .sort((a, b) => Number(b.slice(9)) - Number(a.slice(9)));
  return [own, ...revisions.map((rev) => join(cache, rev, inside))];
}

/** Every place a usable Chromium may be, in the order they are preferred. */
export function browserCandidates(m: Machine, use: BrowserUse = 'tests'): BrowserCandidate[] {
  const linux = m.platform === 'linux';
  const shell = linux && use === 'tests' ? ['/usr/bin/chromium-headless-shell'] : [];
  const debian = linux ? ['/usr/bin/chromium', '/usr/bin/chromium-browser'] : [];
  const seen = new Set<string>();
  const all: BrowserCandidate[] = [
    ...shell.map((path) => ({ path, source: 'Debian headless shell' as const })),
    ...debian.map((path) => ({ path, source: 'Debian chromium' as const })),
    ...chromeCandidates(m).map((path) => ({ path, source: 'Google Chrome' as const })),
    ...playwrightCandidates(m).map((path) => ({ path, source: 'Playwright' as const })),
  ];
  return all.filter(({ path }) => !seen.has(path) && Boolean(seen.add(path)));
}

/**
 * The browser to use, or undefined when the machine has none. An explicit CHROMIUM_PATH
 * wins and must point at an executable: a wrong one is an error, never silently replaced.
 */
export function findBrowser(m: Machine, use: BrowserUse = 'tests'): BrowserCandidate | undefined {
  const explicit = m.env.CHROMIUM_PATH;
  if (explicit) {
    if (!m.isExecutable(explicit)) throw new NoBrowserError(`CHROMIUM_PATH is ${explicit}, which is not an executable file: fix it or unset it.`);
    return { path: explicit, source: 'CHROMIUM_PATH' };
  }
  return browserCandidates(m, use).find(({ path }) => m.isExecutable(path));
}

export type InstallPlan = { readonly kind: 'apt'; readonly command: readonly string[][] } | { readonly kind: 'advise'; readonly message: string };

/** How to get a browser where there is none: apt as root on Debian, else one line of advice. */
export function installPlan(platform: NodeJS.Platform, isDebian: boolean, isRoot: boolean): InstallPlan {
  if (platform === 'linux' && isDebian && isRoot) {
    return {
      kind: 'apt',
      command: [
        ['apt-get', 'update', '-qq'],
        ['apt-get', 'install', '-y', '-qq', '--no-install-recommends', 'chromium-headless-shell', 'chromium', 'fonts-liberation'],
      ],
    };
  }
  const command = platform === 'linux' && isDebian ? 'sudo apt-get install chromium-headless-shell chromium fonts-liberation' : 'npx playwright install chromium';
  return { kind: 'advise', message: `No Chromium for the tests: install one with \`${command}\` (or set CHROMIUM_PATH to a Chromium or Chrome).` };
}

function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function listDir(path: string): string[] {
  try {
    return readdirSync(path);
  } catch {
    return [];
  }
}

function run([command = '', ...args]: readonly string[]): number | null {
  return spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status;
}

/** This machine, as the search sees it. */
export function machine(playwrightChromium: () => string | undefined): Machine {
  return {
    env: process.env,
    platform: process.platform,
    home: homedir(),
    isExecutable: isExecutableFile,
    listDir,
    playwrightChromium,
    isDebian: existsSync('/etc/debian_version'),
    isRoot: process.getuid?.() === 0,
    run,
  };
}

/** The browser's path, or a NoBrowserError whose one-line message says how to get one. */
export function requireBrowser(m: Machine, use: BrowserUse = 'tests'): string {
  const found = findBrowser(m, use);
  if (found) return found.path;
  if (use === 'bench') throw new NoBrowserError('No full Chromium for the benchmark (it never drives the headless shell): install Debian’s `chromium` or Google Chrome, or set CHROMIUM_PATH.');
  const plan = installPlan(m.platform, m.isDebian, m.isRoot);
  throw new NoBrowserError(plan.kind === 'advise' ? plan.message : 'No Chromium for the tests: `npm test` installs Debian’s chromium with apt (or set CHROMIUM_PATH).');
}

/**
 * `npm test`'s first step: the browser's path, installing Debian's chromium (and its headless shell) with apt when
 * running as root on Debian with none found (as .ci/run does); elsewhere a NoBrowserError.
 */
export function ensureBrowser(m: Machine, log: (line: string) => void): string {
  const found = findBrowser(m);
  if (!found) {
    const plan = installPlan(m.platform, m.isDebian, m.isRoot);
    if (plan.kind === 'advise') throw new NoBrowserError(plan.message);
    for (const command of plan.command) {
      log(`No Chromium found, installing Debian's: ${command.join(' ')}`);
      const status = m.run(command);
      if (status !== 0) throw new NoBrowserError(`Installing chromium failed: ${command.join(' ')} exited with ${status ?? 'a signal'}.`);
    }
  }
  const browser = found ?? findBrowser(m);
  if (!browser) throw new NoBrowserError('apt installed chromium, yet no Chromium was found at /usr/bin/chromium-headless-shell or /usr/bin/chromium.');
  log(`Chromium for the tests: ${browser.path} (${browser.source})`);
  return browser.path;
}
