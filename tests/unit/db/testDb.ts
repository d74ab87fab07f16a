// A fresh database with a fixed, steppable clock for each test (STYLE.md rule 9).
import { StewardDb } from '../../../renderer/db/schema';
import type { DbContext } from '../../../renderer/db/context';

let counter = 0;

export interface TestContext extends DbContext {
  advance(ms: number): void;
}

export function createTestContext(startIso = '2027-01-14T09:00:00.000Z'): TestContext {
  counter += 1;
  const db = new StewardDb(`steward-test-${counter}-${Math.random().toString(36).slice(2)}`);
  let current = new Date(startIso).getTime();
  return {
    db,
    now: () => new Date(current),
    advance(ms: number) {
      current += ms;
    },
  };
}
