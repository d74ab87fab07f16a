// Real Dexie over an in-memory IndexedDB for every unit test (STYLE.md rule 9).
import 'fake-indexeddb/auto';
import { afterAll, expect, inject } from 'vitest';
import { machineZoneProbe } from './machineZoneProbe';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The suites this run must see read nothing of the machine zone (vitest.config.mts, from config/testZones.ts). */
    zoneFreeSuites: string[];
    /** Whether to print what every suite read of it (STEWARD_ZONE_READS=1). */
    listZoneReads: boolean;
  }
}

// Decoded: a checkout path with a space or an accent is percent-encoded in a URL, not in testPath.
const root = decodeURIComponent(new URL('../..', import.meta.url).pathname);
const suite = (expect.getState().testPath ?? '').replaceAll('\\', '/').replace(root, '');

// This file runs again before each suite. A suite listed as reading nothing of the machine's
// zone runs under one zone only (config/testZones.ts): that run is watched from here on (the
// imports of its modules included) and fails on the first read. STEWARD_ZONE_READS=1 watches
// every suite and prints a "zone reads" line for each (to choose that list).
const listing = inject('listZoneReads');
const mustNotRead = inject('zoneFreeSuites').includes(suite);
const probe = machineZoneProbe();
probe.reads.count = 0;
probe.reads.first = undefined;
probe.watch(mustNotRead || listing);

afterAll(() => {
  probe.watch(false);
  if (listing) console.info(`zone reads ${JSON.stringify({ suite, reads: probe.reads.count, first: probe.reads.first })}`);
  if (mustNotRead) expect(probe.reads.first, `${suite} read the machine's time zone, so it must run under both zones (config/testZones.ts); the first read`).toBeUndefined();
});

// Suites share their worker (vitest.config.mts): a suite that leaves vitest's fake clock on
// globalThis stalls every later suite that waits on a real timer (a child process, a server),
// far from its cause. Each suite must end with the real timers back.
afterAll(() => {
  expect((globalThis.setTimeout as unknown as { clock?: unknown }).clock, 'this suite left fake timers installed (vi.useRealTimers, after restoring any spy on them)').toBeUndefined();
});
