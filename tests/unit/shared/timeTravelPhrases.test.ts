// The simulation's reading of relative phrases against the dates beside them, on the
// sentences issue 12 found.
import { describe, expect, it } from 'vitest';
import { disagreements } from './timeTravel/phrases';

describe('reading a relative phrase against its date', () => {
  it('catches "Due today (6 Dec 2026)" shown on 7 Dec', () => {
    expect(disagreements('Due today: Send the plan. Acme: we owe this, due today (6 Dec 2026).', '2026-12-07')).toEqual([
      { phrase: 'today', date: '6 Dec 2026', says: '2026-12-07' },
      { phrase: 'today', date: '6 Dec 2026', says: '2026-12-07' },
    ]);
  });

  it('catches "Renewal in 90 days" for a term that ends in 45', () => {
    expect(disagreements('Renewal in 90 days. Acme: the term ends on 19 Jan 2027.', '2026-12-05')).toHaveLength(1);
  });

  it('accepts phrases that agree, in either date format and without a year', () => {
    expect(disagreements('Weekly ops sync was due on 6 Dec (1 day ago).', '2026-12-07')).toEqual([]);
    expect(disagreements('Next cadence: Dec 8, 2026, yesterday', '2026-12-09')).toEqual([]);
    expect(disagreements('Overdue by 3 days (due 2 Jan 2027).', '2027-01-05')).toEqual([]);
    expect(disagreements('The term ends in 45 days. The term ends on 19 Jan 2027.', '2026-12-05')).toEqual([]);
  });

  it('ignores the user\'s own words', () => {
    expect(disagreements('Due in 2 days: Call back tomorrow. Acme: we owe this, due 9 Dec 2026.', '2026-12-07', ['Call back tomorrow'])).toEqual([]);
  });
});
