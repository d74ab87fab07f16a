import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { IdleOptions } from '../../bench/browserIdle';
import { browserProcessCpu, whenIdle } from '../../bench/browserIdle';

const OPTIONS: IdleOptions = { intervalMs: 500, quietShare: 0.05, quietIntervals: 3, timeoutMs: 5_000, fallbackMs: 2_000 };

/** A reader that returns these CPU-second readings in turn, and a wait that only counts. */
function scripted(readings: readonly (number | undefined)[]) {
  let i = 0;
  const waits: number[] = [];
  return {
    read: () => readings[Math.min(i++, readings.length - 1)],
    wait: (ms: number) => {
      waits.push(ms);
      return Promise.resolve();
    },
    waits,
  };
}

describe('waiting for the browser to go quiet', () => {
  it('waits while the process works and stops after three quiet intervals running', async () => {
    // 0.6 and 0.9 CPU-s per half second (busy), then 0.01 (quiet), one busy interval again, then quiet.
    const s = scripted([10, 10.6, 11.5, 11.51, 11.52, 12.0, 12.01, 12.02, 12.03]);
    expect(await whenIdle(s.read, OPTIONS, s.wait)).toEqual({ waitedMs: 4_000, outcome: 'quiet' });
    expect(s.waits).toEqual(Array(8).fill(500));
  });

  it('counts as quiet only under the share of one core it is given', async () => {
    // 0.03 CPU-s in 500 ms is 6% of a core (busy), 0.02 is 4% (quiet).
    const s = scripted([1, 1.03, 1.06, 1.09, 1.11, 1.13, 1.15]);
    expect(await whenIdle(s.read, OPTIONS, s.wait)).toEqual({ waitedMs: 3_000, outcome: 'quiet' });
  });

  it('gives up after the timeout and says so', async () => {
    const busy = Array.from({ length: 20 }, (_, i) => i * 0.5);
    const s = scripted(busy);
    expect(await whenIdle(s.read, OPTIONS, s.wait)).toEqual({ waitedMs: 5_000, outcome: 'timeout' });
  });

  it('pauses a fixed time where the CPU cannot be read', async () => {
    const s = scripted([undefined]);
    expect(await whenIdle(s.read, OPTIONS, s.wait)).toEqual({ waitedMs: 2_000, outcome: 'unreadable' });
    expect(s.waits).toEqual([2_000]);
  });

  it('stops when the process goes away midway', async () => {
    const s = scripted([3, 3.5, undefined]);
    expect(await whenIdle(s.read, OPTIONS, s.wait)).toEqual({ waitedMs: 1_000, outcome: 'unreadable' });
  });
});

describe("the browser process's CPU", () => {
  let proc: string;
  afterEach(() => rmSync(proc, { recursive: true, force: true }));

  function processEntry(pid: number, args: readonly string[], utime: number, stime: number) {
    mkdirSync(join(proc, String(pid)));
    writeFileSync(join(proc, String(pid), 'cmdline'), `${args.join('\0')}\0`);
    // pid (comm) state ppid … : utime and stime are fields 14 and 15; a name with a space and a parenthesis is allowed.
    const after = ['S', '1', ...Array(9).fill('0'), String(utime), String(stime), '0', '0'];
    writeFileSync(join(proc, String(pid), 'stat'), `${pid} (chrom ium) ${after.join(' ')}`);
  }

  it("reads the browser process started on the profile, not its renderers nor another profile's browser", () => {
    proc = mkdtempSync(join(tmpdir(), 'steward-proc-'));
    processEntry(100, ['/usr/lib/chromium/chromium', '--user-data-dir=/tmp/other'], 9_000, 9_000);
    processEntry(200, ['/usr/lib/chromium/chromium', '--type=renderer', '--user-data-dir=/tmp/bench-profile'], 5_000, 0);
    processEntry(300, ['/usr/lib/chromium/chromium', '--no-sandbox', '--user-data-dir=/tmp/bench-profile'], 250, 50);
    mkdirSync(join(proc, 'self'));
    expect(browserProcessCpu('/tmp/bench-profile', proc)()).toBe(3);
  });

  it('is unreadable when no such process runs', () => {
    proc = mkdtempSync(join(tmpdir(), 'steward-proc-'));
    processEntry(100, ['/usr/lib/chromium/chromium', '--user-data-dir=/tmp/other'], 1, 1);
    expect(browserProcessCpu('/tmp/bench-profile', proc)()).toBeUndefined();
  });
});
