// `npm run bench`: builds the benchmark page, serves it, and times Steward's hot paths in
// headless Chromium on an on-disk profile (the real IndexedDB) at 1x, 10x and 100x a
// typical portfolio. Writes tests/bench/results.json and results.md. Not part of npm test.
// Then team sync (tests/bench/syncBench.ts): a fresh machine pulls a portfolio from a real sync
// server, and single edits travel from one machine to the other.
//   npm run bench -- [--scales 1x,10x,100x] [--runs 5] [--runs-100x 3] [--no-build]
//                    [--sync-scale 100x] [--sync-edits 21] [--no-sync] [--sync-profile FILE]
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { CHROMIUM_ARGS, browserOrStop } from '../../playwright.config';
import type { SCALES } from '../../shared/sample/portfolioGenerator';
import { FIRST_ON_A_QUIET_BROWSER, OPERATIONS, SAMPLES_PER_RUN, TIMED_IN_ORDER } from './operations';
import type { IdleResult } from './browserIdle';
import { browserProcessCpu, whenIdle } from './browserIdle';
import type { ScaleResult } from './stats';
import { markdownTable, mediansOf } from './stats';
import type { SyncBenchResult } from './syncBench';
import { benchSync, syncTable } from './syncBench';

const ROOT = resolve(import.meta.dirname, '../..');
const CONFIG = join(ROOT, 'tests/bench/vite.bench.config.mts');
const { values: args } = parseArgs({
  options: {
    scales: { type: 'string', default: '1x,10x,100x' },
    runs: { type: 'string', default: '5' },
    'runs-100x': { type: 'string', default: '3' },
    'no-build': { type: 'boolean', default: false },
    'sync-scale': { type: 'string', default: '100x' },
    'sync-edits': { type: 'string', default: '21' },
    'no-sync': { type: 'boolean', default: false },
    // A Chromium CPU profile of the sync page (pull, edits and raw write), for DevTools' Performance panel.
    'sync-profile': { type: 'string' },
  },
});
const OUT_DIR = resolve(process.env.BENCH_OUT_DIR ?? join(ROOT, 'out/bench'));
const PORT = Number(process.env.BENCH_PORT ?? 4314);
const RESULTS = resolve(process.env.BENCH_RESULTS_DIR ?? join(ROOT, 'tests/bench'));

/** The full browser, never the tests' headless shell: these figures stand for the app as Electron ships it. */
const BROWSER = browserOrStop('bench');

type Sampled = Record<string, number[]>;

function build(): void {
  console.log(`Building the benchmark page into ${OUT_DIR} …`);
  const result = spawnSync('npx', ['vite', 'build', '--config', CONFIG, '--outDir', OUT_DIR, '--emptyOutDir', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('The benchmark build failed');
}

async function serve(): Promise<ChildProcess> {
  const server = spawn('npx', ['vite', 'preview', '--config', CONFIG, '--port', String(PORT), '--strictPort', '--outDir', OUT_DIR], { cwd: ROOT, stdio: 'ignore', detached: true });
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/bench.html`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  stop(server);
  throw new Error(`vite preview did not answer on port ${PORT}`);
}

function stop(server: ChildProcess): void {
  // The whole process group: npx starts vite as a child.
  if (server.pid) process.kill(-server.pid, 'SIGTERM');
}

/** Calls window.__stewardBench[name](…) in the page. */
function call<T>(page: Page, name: string, arg?: string): Promise<T> {
  return page.evaluate(
    ([op, value]) => {
      const api = (globalThis as unknown as { __stewardBench: Record<string, (v?: string) => Promise<unknown>> }).__stewardBench;
      return api[op]!(value);
    },
    [name, arg] as const,
  ) as Promise<T>;
}

/** Polls the page's JS heap while `work` runs; resolves with the peak in MB. */
async function peakHeapDuring(cdp: CDPSession, work: () => Promise<void>): Promise<number> {
  let peak = 0;
  const sample = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    peak = Math.max(peak, metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0);
  };
  const timer = setInterval(() => void sample().catch(() => undefined), 100);
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  await sample();
  return peak / 1024 / 1024;
}

/** Waits for the benchmark's browser to go quiet (see FIRST_ON_A_QUIET_BROWSER). */
type QuietWait = () => Promise<IdleResult>;

async function oneRun(page: Page, samples: Sampled, quiet: QuietWait): Promise<IdleResult | undefined> {
  let waited: IdleResult | undefined;
  const add = (key: string, value: number) => (samples[key] ??= []).push(value);
  const raw = await call<number>(page, 'loadRaw');
  const repo = await call<number>(page, 'loadRepository');
  add('loadRaw', raw);
  add('loadRepository', repo);
  add('loadRatio', repo / raw);
  await page.waitForTimeout(500); // let the live queries and the reminder heartbeat the load woke finish
  for (const op of TIMED_IN_ORDER) {
    if (op === FIRST_ON_A_QUIET_BROWSER) waited = await quiet();
    for (let i = 0; i < (SAMPLES_PER_RUN[op] ?? 1); i += 1) add(op, await call<number>(page, op));
  }
  const exported = await call<{ ms: number; bytes: number }>(page, 'exportBackup');
  add('exportBackup', exported.ms);
  add('backupMb', exported.bytes / 1024 / 1024);
  const restored = await call<{ ms: number; parseMs: number }>(page, 'restoreBackup');
  add('parseBackup', restored.parseMs);
  add('restoreBackup', restored.ms);
  const rows = await call<{ portfolioRows: number; attentionRows: number; attentionItems: number }>(page, 'domRows');
  add('portfolioRows', rows.portfolioRows);
  add('attentionItems', rows.attentionItems);
  add('attentionRows', rows.attentionRows);
  return waited;
}

const describeWait = (w: IdleResult | undefined) =>
  !w ? '' : w.outcome === 'quiet' ? ` (the browser was quiet after ${(w.waitedMs / 1000).toFixed(1)} s)` : w.outcome === 'timeout' ? ` (the browser was still busy after ${w.waitedMs / 1000} s)` : ` (the browser's CPU could not be read: waited ${(w.waitedMs / 1000).toFixed(1)} s)`;

async function benchScale(page: Page, cdp: CDPSession, quiet: QuietWait, scale: string, runs: number): Promise<ScaleResult> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { records } = await call<{ records: number }>(page, 'prepare', scale);
  console.log(`${scale}: ${records} records, ${runs} runs`);
  const samples: Sampled = {};
  const peakHeapMb = await peakHeapDuring(cdp, async () => {
    for (let run = 1; run <= runs; run += 1) {
      const waited = await oneRun(page, samples, quiet);
      console.log(`  run ${run}/${runs} done${describeWait(waited)}`);
    }
  });
  return { records, runs, medians: mediansOf(samples), samples, peakHeapMb };
}

/** The page on an on-disk profile; `bypassCSP` only for the sync part (the web build's CSP names no sync server). */
async function launch(profile: string, bypassCSP = false): Promise<{ context: BrowserContext; page: Page }> {
  const context = await chromium.launchPersistentContext(profile, { executablePath: BROWSER, args: CHROMIUM_ARGS, viewport: { width: 1280, height: 800 }, bypassCSP });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  await page.goto(`http://127.0.0.1:${PORT}/bench.html#/settings`);
  await page.waitForFunction(() => '__stewardBench' in globalThis);
  return { context, page };
}

function machine(browserVersion: string) {
  const cpu = cpus();
  return { cpus: cpu.length, cpuModel: cpu[0]?.model ?? 'unknown', memoryGb: Math.round(totalmem() / 1024 ** 3), platform: `${process.platform} ${process.arch}`, node: process.version, chromium: browserVersion };
}

interface Results {
  readonly date: string;
  readonly machine: ReturnType<typeof machine>;
  readonly scales: Record<string, ScaleResult>;
  readonly sync?: SyncBenchResult;
}

function write(result: Results): string {
  const table = markdownTable(OPERATIONS, result.scales) + (result.sync ? `\n\n${syncTable(result.sync)}` : '');
  const runs = Object.entries(result.scales).map(([s, r]) => `${s}: ${r.runs}`).join(', ');
  const m = result.machine;
  const md = `# Steward benchmark\n\n${result.date} · ${m.cpus} × ${m.cpuModel}, ${m.memoryGb} GB · ${m.platform} · Node ${m.node} · Chromium ${m.chromium}\n\nMedians over repeated runs (${runs}; the edit round trips ${SAMPLES_PER_RUN.editAttention ?? 1} times in each run); headless Chromium, on-disk profile. Produced by \`npm run bench\`.\n\n${table}\n`;
  writeFileSync(join(RESULTS, 'results.json'), `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(join(RESULTS, 'results.md'), md);
  return table;
}

/** The sync part, in a Chromium of its own on a profile of its own. */
async function benchSyncPart(): Promise<SyncBenchResult> {
  const profile = mkdtempSync(join(tmpdir(), 'steward-bench-sync-profile-'));
  let opened: BrowserContext | undefined;
  try {
    const { context, page } = await launch(profile, true);
    opened = context;
    const cpuProfile = args['sync-profile'];
    if (!cpuProfile) return await benchSync(page, args['sync-scale'] as keyof typeof SCALES, Number(args['sync-edits']));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.start');
    const result = await benchSync(page, args['sync-scale'] as keyof typeof SCALES, Number(args['sync-edits']));
    const { profile: taken } = await cdp.send('Profiler.stop');
    writeFileSync(resolve(cpuProfile), JSON.stringify(taken));
    console.log(`  wrote the page's CPU profile to ${resolve(cpuProfile)}`);
    return result;
  } finally {
    await opened?.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  }
}

async function main(): Promise<void> {
  if (!args['no-build']) build();
  const server = await serve();
  const profile = mkdtempSync(join(tmpdir(), 'steward-bench-'));
  let opened: BrowserContext | undefined;
  try {
    const { context, page } = await launch(profile);
    opened = context;
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const browserCpu = browserProcessCpu(profile);
    const quiet = () => whenIdle(browserCpu);
    const scales: Record<string, ScaleResult> = {};
    for (const scale of args.scales.split(',').filter(Boolean)) scales[scale] = await benchScale(page, cdp, quiet, scale, Number(scale === '100x' ? args['runs-100x'] : args.runs));
    const version = context.browser()?.version() ?? (await page.evaluate(() => (globalThis as unknown as { navigator: { userAgent: string } }).navigator.userAgent));
    await context.close();
    const sync = args['no-sync'] ? undefined : await benchSyncPart();
    console.log(`\n${write({ date: new Date().toISOString(), machine: machine(version), scales, ...(sync ? { sync } : {}) })}\n\nWrote ${join(RESULTS, 'results.json')} and results.md`);
  } finally {
    // Closed here too when a run failed, so the profile is no longer being written when it is removed.
    await opened?.close().catch(() => undefined);
    stop(server);
    rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
