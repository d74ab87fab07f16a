// The benchmark page (bench.html): the real app, plus window.__stewardBench, the
// operations `npm run bench` times against the real IndexedDB. Only the bench build
// (tests/bench/vite.bench.config.mts) has this page as an input; the shipped app's
// index.html never loads it.
import '../src/main';
import { createBenchApi } from './benchApi';
import type { BenchApi } from './benchApi';

declare global {
  interface Window {
    __stewardBench?: BenchApi;
  }
}

window.__stewardBench = createBenchApi();
