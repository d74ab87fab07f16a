// Waiting for the benchmark's Chromium to go quiet. After 165,000 records are written the
// browser process (where Chromium keeps IndexedDB) goes on working for seconds after the write
// has resolved, at more than one core of this 2-vCPU machine, and a screen timed meanwhile
// measures that contention, not the app: at 100x the render navigating to Attention took 307 and
// 310 ms in two bench runs (up to 650 ms right after a restore), and 36–53 ms once the browser was quiet. The cold figures stand for the app's first
// screen after a start, which meets a quiet browser and a settled database.
import { readFileSync, readdirSync } from 'node:fs';

/** CPU seconds a process has used so far, or undefined when it cannot be read. */
export type CpuReader = () => number | undefined;

export interface IdleOptions {
  /** How often the process's CPU is read. */
  readonly intervalMs: number;
  /** Quiet: under this share of one core over an interval … */
  readonly quietShare: number;
  /** … this many intervals running. */
  readonly quietIntervals: number;
  /** Gives up (and goes on) after this long. */
  readonly timeoutMs: number;
  /** Where the process's CPU cannot be read, a fixed pause instead. */
  readonly fallbackMs: number;
}

export const IDLE_OPTIONS: IdleOptions = { intervalMs: 500, quietShare: 0.05, quietIntervals: 3, timeoutMs: 60_000, fallbackMs: 5_000 };

export interface IdleResult {
  /** How long the wait took. */
  readonly waitedMs: number;
  /** Whether the process was seen quiet ('quiet'), the wait gave up ('timeout') or the CPU could not be read ('unreadable'). */
  readonly outcome: 'quiet' | 'timeout' | 'unreadable';
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves once the process `readCpu` reads has been quiet for `quietIntervals` intervals running. */
export async function whenIdle(readCpu: CpuReader, options: IdleOptions = IDLE_OPTIONS, wait: (ms: number) => Promise<unknown> = sleep): Promise<IdleResult> {
  let before = readCpu();
  if (before === undefined) {
    await wait(options.fallbackMs);
    return { waitedMs: options.fallbackMs, outcome: 'unreadable' };
  }
  let waited = 0;
  for (let quiet = 0; quiet < options.quietIntervals; ) {
    if (waited >= options.timeoutMs) return { waitedMs: waited, outcome: 'timeout' };
    await wait(options.intervalMs);
    waited += options.intervalMs;
    const now = readCpu();
    if (now === undefined) return { waitedMs: waited, outcome: 'unreadable' };
    quiet = (now - before) * 1000 < options.quietShare * options.intervalMs ? quiet + 1 : 0;
    before = now;
  }
  return { waitedMs: waited, outcome: 'quiet' };
}

/** Linux: the CPU seconds of the Chromium browser process started on `profileDir` (found by its command line). */
export function browserProcessCpu(profileDir: string, procRoot = '/proc'): CpuReader {
  let pid: string | undefined;
  const find = () =>
    readdirSync(procRoot)
      .filter((entry) => /^\d+$/.test(entry))
      .find((entry) => {
        try {
          const args = readFileSync(`${procRoot}/${entry}/cmdline`, 'utf8').split('\0');
          return args.includes(`--user-data-dir=${profileDir}`) && !args.some((a) => a.startsWith('--type='));
        } catch {
          return false;
        }
      });
  return () => {
    try {
      pid ??= find();
      if (!pid) return undefined;
      // utime and stime, the 14th and 15th fields (after the command name in parentheses), in clock ticks: 100 a second on Linux.
      const fields = readFileSync(`${procRoot}/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
      const ticks = Number(fields[11]) + Number(fields[12]);
      return Number.isFinite(ticks) ? ticks / 100 : undefined;
    } catch {
      return undefined;
    }
  };
}
