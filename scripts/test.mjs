// `npm test`: builds the app, runs every runner, and ends with one plain line
// "N passed, N failed, N skipped" summed over all of them. Each runner writes a
// JSON report; a missing or unreadable report counts as a failure.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { tsImport } from 'tsx/esm/api';

const root = resolve(import.meta.dirname, '..');
const reports = resolve(root, '.reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

// A browser for the e2e tests before anything else runs: found, or (Debian, as root)
// installed with apt; elsewhere one line says how to install one, and nothing runs.
const { NoBrowserError, ensureBrowser, machine } = await tsImport('../config/browser.ts', import.meta.url);
let chromiumPath;
try {
  chromiumPath = ensureBrowser(machine(() => chromium.executablePath()), (line) => console.log(line));
} catch (error) {
  if (!(error instanceof NoBrowserError)) throw error;
  console.error(error.message);
  process.exit(1);
}

const bin = (name) => resolve(root, 'node_modules/.bin', name);
const env = (extra) => ({ ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...extra });

function run(label, cmd, args, extraEnv = {}) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: env(extraEnv) });
  return result.status === 0;
}

/**
 * A runner started beside another: its output is kept and printed whole, under its label,
 * when it ends, so two runners' lines never interleave. Resolves when it has ended.
 */
function runQuietly(label, cmd, args, extraEnv = {}) {
  return new Promise((done) => {
    const child = spawn(cmd, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: env(extraEnv) });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    const finish = (ok, why = '') => {
      process.stdout.write(`\n▶ ${label}\n${Buffer.concat(output).toString('utf8')}${why}`);
      done(ok);
    };
    child.on('error', (error) => finish(false, `could not start: ${error.message}\n`));
    child.on('close', (code) => finish(code === 0));
  });
}

// Unit tests run under two machine time zones: date code must not depend on TZ. The
// second run leaves out the suites config/testZones.ts lists (date-free ones, and the long
// time-travel runs, with the reason); every other suite, a new one included, runs in both.
const { UNIT_ZONES, vitestZoneEnv } = await tsImport('../config/testZones.ts', import.meta.url);
const { playwrightCounts, summaryLines, vitestCounts } = await tsImport('../config/testReports.ts', import.meta.url);
const runners = [];

const built = run('build (electron-vite: main, preload, renderer)', bin('electron-vite'), ['build']);
if (!built) runners.push({ label: 'build', counts: { passed: 0, failed: 1, skipped: 0, failures: ['electron-vite build'] } });

// The e2e run spends much of its time waiting on Chromium (pages, IndexedDB, the preview
// server); the first zone's unit run (one Vitest worker, so it shares its modules across
// suites) uses the CPU left meanwhile. The second zone's run starts as soon as either of those
// two ends, not after the first zone's: started after it, it ran for minutes on one core of
// two at the very end, the e2e run long finished. It does not start beside both: a third
// runner during the e2e run starved the timing-guarded unit tests (timeouts) on a loaded
// machine. The e2e output streams; each unit run prints whole when it ends.
const e2eFile = resolve(reports, 'e2e.json');
console.log('\n▶ end-to-end tests (Playwright, Chromium), with the unit tests beside them');
const e2eDone = new Promise((done) => {
  const child = spawn(bin('playwright'), ['test'], { cwd: root, stdio: 'inherit', env: env({ PLAYWRIGHT_JSON_OUTPUT_NAME: e2eFile, CHROMIUM_PATH: chromiumPath }) });
  child.on('error', () => done());
  child.on('close', () => done());
});

async function unitRun(zone) {
  const file = resolve(reports, `unit-${zone.replace('/', '_')}.json`);
  const label = zone === UNIT_ZONES[0] ? 'every suite' : 'all but the date-free and time-travel suites config/testZones.ts lists';
  await runQuietly(`unit tests (vitest, TZ=${zone}, ${label})`, bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${file}`], vitestZoneEnv(zone));
  return { label: `unit ${zone}`, counts: vitestCounts(file, root) };
}

const [firstZone, ...laterZones] = UNIT_ZONES;
const firstUnitRun = unitRun(firstZone);
const laterUnitRuns = Promise.race([e2eDone, firstUnitRun]).then(async () => {
  const done = [];
  for (const zone of laterZones) done.push(await unitRun(zone));
  return done;
});
const unitRunners = [await firstUnitRun, ...(await laterUnitRuns)];
await e2eDone;
runners.push(...unitRunners, { label: 'e2e', counts: playwrightCounts(e2eFile, root) });

const summary = summaryLines(runners);
console.log(`\n${summary.lines.join('\n')}`);
process.exit(summary.failed > 0 ? 1 : 0);
