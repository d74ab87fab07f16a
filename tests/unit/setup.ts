// Real Dexie over an in-memory IndexedDB for every unit test (STYLE.md rule 9).
import 'fake-indexeddb/auto';
import { afterAll, expect } from 'vitest';

// Suites share their worker (vitest.config.mts): a suite that leaves vitest's fake clock on
// globalThis stalls every later suite that waits on a real timer (a child process, a server),
// far from its cause. Each suite must end with the real timers back.
afterAll(() => {
  expect((globalThis.setTimeout as unknown as { clock?: unknown }).clock, 'this suite left fake timers installed (vi.useRealTimers, after restoring any spy on them)').toBeUndefined();
});
