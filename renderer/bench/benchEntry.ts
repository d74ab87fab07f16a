// The benchmark page (bench.html): the real app, plus window.__stewardBench, the
// operations `npm run bench` times against the real IndexedDB, and window.__stewardSyncBench,
// a second machine of a team pulling from the sync server. Only the bench build
// (tests/bench/vite.bench.config.mts) has this page as an input; the shipped app's
// index.html never loads it.
import './databaseRequests';
import '../src/main';
import { createBenchApi } from './benchApi';
import type { BenchApi } from './benchApi';
import { createSyncBench } from './syncBench';

declare global {
  interface Window {
    __stewardBench?: BenchApi;
    __stewardSyncBench?: ReturnType<typeof createSyncBench>;
  }
}

window.__stewardBench = createBenchApi();
window.__stewardSyncBench = createSyncBench();
