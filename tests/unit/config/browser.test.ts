// The browser search over an injected machine: no real files, installs or environment.
import { describe, expect, it } from 'vitest';
import type { Machine } from '../../../config/browser';
import { NoBrowserError, browserCandidates, ensureBrowser, findBrowser, installPlan, requireBrowser } from '../../../config/browser';

const PLAYWRIGHT_OWN = '/root/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome';

function fakeMachine(over: Partial<Machine> & { executables?: readonly string[]; dirs?: Readonly<Record<string, readonly string[]>> } = {}) {
  const executables = new Set(over.executables ?? []);
  const ran: string[] = [];
  const m: Machine = {
    env: {},
    platform: 'linux',
    home: '/root',
    isExecutable: (path) => executables.has(path),
    listDir: (path) => over.dirs?.[path] ?? [],
    playwrightChromium: () => PLAYWRIGHT_OWN,
    isDebian: true,
    isRoot: false,
    run: (command) => {
      ran.push(command.join(' '));
      if (command.includes('install')) for (const installed of ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium']) executables.add(installed);
      return 0;
    },
    ...over,
  };
  return { m, ran };
}

describe('finding a browser for the tests', () => {
  it('takes CHROMIUM_PATH first, over a Debian chromium that is also there', () => {
    const { m } = fakeMachine({ env: { CHROMIUM_PATH: '/opt/my/chrome' }, executables: ['/opt/my/chrome', '/usr/bin/chromium'] });
    expect(findBrowser(m)).toEqual({ path: '/opt/my/chrome', source: 'CHROMIUM_PATH' });
  });

  it('refuses a CHROMIUM_PATH that is not an executable, in one line naming it', () => {
    const { m } = fakeMachine({ env: { CHROMIUM_PATH: '/nope' }, executables: ['/usr/bin/chromium'] });
    expect(() => findBrowser(m)).toThrow(NoBrowserError);
    expect(() => findBrowser(m)).toThrow('CHROMIUM_PATH is /nope, which is not an executable file: fix it or unset it.');
  });

  it('prefers Debian’s headless shell, then Debian’s chromium, then Google Chrome, then Playwright’s own Chromium', () => {
    const all = ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium', '/usr/bin/google-chrome-stable', PLAYWRIGHT_OWN];
    expect(findBrowser(fakeMachine({ executables: all }).m)).toEqual({ path: '/usr/bin/chromium-headless-shell', source: 'Debian headless shell' });
    expect(findBrowser(fakeMachine({ executables: all.slice(1) }).m)).toEqual({ path: '/usr/bin/chromium', source: 'Debian chromium' });
    expect(findBrowser(fakeMachine({ executables: all.slice(2) }).m)).toEqual({ path: '/usr/bin/google-chrome-stable', source: 'Google Chrome' });
    expect(findBrowser(fakeMachine({ executables: all.slice(3) }).m)).toEqual({ path: PLAYWRIGHT_OWN, source: 'Playwright' });
  });

  it('gives the benchmark the full browser, never the headless shell, unless CHROMIUM_PATH names one', () => {
    const both = ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'];
    expect(findBrowser(fakeMachine({ executables: both }).m, 'bench')).toEqual({ path: '/usr/bin/chromium', source: 'Debian chromium' });
    expect(browserCandidates(fakeMachine().m, 'bench').map((c) => c.path)).not.toContain('/usr/bin/chromium-headless-shell');
    // With only the shell on the machine, the benchmark has no browser, and says so.
    expect(findBrowser(fakeMachine({ executables: both.slice(0, 1) }).m, 'bench')).toBeUndefined();
    expect(() => requireBrowser(fakeMachine({ executables: both.slice(0, 1), isRoot: true }).m, 'bench')).toThrow('No full Chromium for the benchmark (it never drives the headless shell): install Debian’s `chromium` or Google Chrome, or set CHROMIUM_PATH.');
    const explicit = fakeMachine({ env: { CHROMIUM_PATH: both[0] }, executables: both }).m;
    expect(findBrowser(explicit, 'bench')).toEqual({ path: both[0], source: 'CHROMIUM_PATH' });
  });

  it('finds a Chromium another Playwright version installed in the same cache, newest revision first', () => {
    const cache = '/root/.cache/ms-playwright';
    const older = `${cache}/chromium-1100/chrome-linux64/chrome`;
    const newer = `${cache}/chromium-1200/chrome-linux64/chrome`;
    const { m } = fakeMachine({ executables: [older, newer], dirs: { [cache]: ['chromium-1100', 'chromium_headless_shell-1255', 'chromium-1200', 'ffmpeg-1011'] } });
    expect(findBrowser(m)).toEqual({ path: newer, source: 'Playwright' });
  });

  it('looks where Chrome lives on macOS and Windows, and for no Debian chromium there', () => {
    const mac = browserCandidates(fakeMachine({ platform: 'darwin', home: '/Users/dana', playwrightChromium: () => undefined }).m).map((c) => c.path);
    expect(mac).toEqual(['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Users/dana/Applications/Google Chrome.app/Contents/MacOS/Google Chrome']);
    const win = fakeMachine({ platform: 'win32', env: { PROGRAMFILES: 'C:\\Program Files' }, playwrightChromium: () => undefined }).m;
    expect(browserCandidates(win).map((c) => c.source)).toEqual(['Google Chrome']);
    expect(browserCandidates(win)[0]?.path).toContain('chrome.exe');
  });

  it('finds nothing on a bare machine', () => {
    expect(findBrowser(fakeMachine().m)).toBeUndefined();
  });
});

describe('getting a browser where there is none', () => {
  it('on Debian as root: installs the headless shell, chromium and fonts with apt, as .ci/run does', () => {
    expect(installPlan('linux', true, true)).toEqual({
      kind: 'apt',
      command: [
        ['apt-get', 'update', '-qq'],
        ['apt-get', 'install', '-y', '-qq', '--no-install-recommends', 'chromium-headless-shell', 'chromium', 'fonts-liberation'],
      ],
    });
  });

  it('elsewhere: one line naming the command that installs one', () => {
    const debianUser = installPlan('linux', true, false);
    expect(debianUser).toEqual({ kind: 'advise', message: expect.stringContaining('`sudo apt-get install chromium-headless-shell chromium fonts-liberation`') as unknown });
    for (const [platform, debian] of [['darwin', false], ['win32', false], ['linux', false]] as const) {
      const plan = installPlan(platform, debian, true);
      expect(plan.kind).toBe('advise');
      if (plan.kind === 'advise') {
        expect(plan.message).toContain('`npx playwright install chromium`');
        expect(plan.message).not.toContain('\n');
      }
    }
  });

  it('npm test on a fresh Debian machine as root installs chromium and its headless shell, then uses the shell', () => {
    const { m, ran } = fakeMachine({ isRoot: true });
    const lines: string[] = [];
    expect(ensureBrowser(m, (line) => lines.push(line))).toBe('/usr/bin/chromium-headless-shell');
    expect(ran).toEqual(['apt-get update -qq', 'apt-get install -y -qq --no-install-recommends chromium-headless-shell chromium fonts-liberation']);
    expect(lines.at(-1)).toBe('Chromium for the tests: /usr/bin/chromium-headless-shell (Debian headless shell)');
  });

  it('installs nothing when a browser is there', () => {
    const { m, ran } = fakeMachine({ isRoot: true, executables: [PLAYWRIGHT_OWN] });
    expect(ensureBrowser(m, () => undefined)).toBe(PLAYWRIGHT_OWN);
    expect(ran).toEqual([]);
  });

  it('stops with the reason when apt fails, and with the advice where it cannot install', () => {
    const failing = fakeMachine({ isRoot: true, run: () => 100 }).m;
    expect(() => ensureBrowser(failing, () => undefined)).toThrow('Installing chromium failed: apt-get update -qq exited with 100.');
    const mac = fakeMachine({ platform: 'darwin', isDebian: false, playwrightChromium: () => undefined }).m;
    expect(() => ensureBrowser(mac, () => undefined)).toThrow(NoBrowserError);
    expect(() => requireBrowser(mac)).toThrow('No Chromium for the tests: install one with `npx playwright install chromium` (or set CHROMIUM_PATH to a Chromium or Chrome).');
  });
});
