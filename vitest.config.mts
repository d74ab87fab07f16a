import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { configDefaults, defineConfig } from 'vitest/config';
import { zoneExcludes, zoneFreeSuitesToWatch } from './config/testZones.ts';

const INCLUDE = ['tests/unit/**/*.test.{ts,tsx}', 'tests/boot/**/*.test.ts', 'tests/sync/**/*.test.ts'];

/**
 * Suites that replace a module with vi.mock, or touch process-wide state, run in a worker
 * of their own. Every
 * other suite shares its worker's modules with the suites before it (isolate: false), which
 * saves importing and transforming the app's modules again for each of some 110 files —
 * about half the unit run's CPU. Shared modules are safe here because nothing in shared/
 * keeps module state (config/noModuleState.mjs), the one database is fake-indexeddb's
 * (each suite opens its own by name), and mocks, spies, env and globals are restored after
 * every test (below), and tests/unit/setup.ts fails a suite that leaves the fake clock on
 * (the scheduler suites once did, through a spy on the fake setTimeout that vitest restored
 * after the real one was back: later suites that waited on a server hung at their limit).
 */
export const ISOLATED_SUITES = [
  'tests/unit/shared/timeTravelMutation.test.ts',
  // The boot suites load the built bundles through Node's own require cache, with a stand-in
  // Electron placed in it, and the main bundle's start does real file I/O: a process of their
  // own, so nothing an earlier suite left in the worker (a clock, a timer, the thread pool)
  // decides whether the app's window opens (it did not, twice, in CI beside the e2e run).
  'tests/boot/**/*.test.ts',
];

/** npm test's second-zone run leaves out the suites config/testZones.ts lists (it sets the env flag). */
const EXCLUDE = [...configDefaults.exclude, ...zoneExcludes(process.env)];

export default defineConfig({
  plugins: [react()],
  resolve: { alias: { '@shared': resolve(import.meta.dirname, 'shared') } },
  test: {
    environment: 'node',
    setupFiles: ['tests/unit/setup.ts'],
    // tests/unit/setup.ts watches these suites' first-zone runs for a read of the machine zone.
    provide: { zoneFreeSuites: zoneFreeSuitesToWatch(process.env), listZoneReads: process.env.STEWARD_ZONE_READS === '1' },
    restoreMocks: true,
    unstubEnvs: true,
    unstubGlobals: true,
    // A guard against a hung test, not a speed check: npm test runs the unit tests beside the
    // e2e run on a shared 2-core machine, where Vitest's 5 s default fails sound tests that
    // only waited for the CPU (a Dexie suite took 5–7 s at a load of 15).
    testTimeout: 30_000,
    hookTimeout: 30_000,
    projects: [
      { extends: true, test: { name: 'shared-modules', isolate: false, include: INCLUDE, exclude: [...EXCLUDE, ...ISOLATED_SUITES] } },
      { extends: true, test: { name: 'isolated', include: ISOLATED_SUITES, exclude: EXCLUDE } },
    ],
  },
});
