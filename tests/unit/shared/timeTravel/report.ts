// How a run's findings read in a failing test: each invariant broken, how often, and its
// first examples, so the failure message alone says what Steward said that was untrue.
import { INVARIANTS } from './invariants';
import type { RunReport } from './simulate';

/** Invariants broken in the run, as readable lines (empty when all hold). */
export function brokenInvariants(report: RunReport): string[] {
  return INVARIANTS.flatMap((name) => {
    const finding = report.findings.get(name);
    return finding ? [`${name}: ${finding.count} times, e.g.\n    ${finding.examples.join('\n    ')}`] : [];
  });
}

/** One line for the log: the run's size and where its time went. */
export function summaryLine(report: RunReport): string {
  const outcomes = [...report.outcomes].map(([status, n]) => `${n} ${status}`).join(', ');
  const spent = [...report.spent].map(([phase, ms]) => `${phase} ${(ms / 1000).toFixed(1)}s`).join(', ');
  return `${report.label}: ${report.steps} steps, ${report.ticks} heartbeats, ${report.delivered} reminders delivered, ${report.reviews} reviews; occurrences ${outcomes};${spent ? ` time ${spent}` : ''}`;
}
