// Invariants the simulation checks but does not yet assert, because the fix that makes them
// hold has not landed on this branch (issue 12). Each stays reported in the test log; remove
// a name here to enforce it. Keep this list empty once the fixes are in.
import type { Invariant } from './invariants';

export const PENDING_INVARIANTS: readonly Invariant[] = [
  'no preparation after start',
  'relative phrase agrees with its date',
  'nothing on non-working days',
  'released in working time',
  'quiet hours hold until working time',
];
