import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  resolve: { alias: { '@shared': resolve(import.meta.dirname, 'shared') } },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/boot/**/*.test.ts', 'tests/sync/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/unit/setup.ts'],
    restoreMocks: true,
    // A guard against a hung test, not a speed check: npm test runs the unit tests beside the
    // e2e run on a shared 2-core machine, where Vitest's 5 s default fails sound tests that
    // only waited for the CPU (a Dexie suite took 5–7 s at a load of 15).
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
