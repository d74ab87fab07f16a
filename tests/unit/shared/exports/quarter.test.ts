import { describe, expect, it } from 'vitest';
import { formatQuarter, isInRange, nextQuarter, parseQuarter, previousQuarter, quarterOfDay, quarterRange, quarterSpan } from '@shared/exports/quarter';

describe('quarters', () => {
  it('parses and formats "2027-Q1" both ways', () => {
    expect(parseQuarter('2027-Q1')).toEqual({ year: 2027, q: 1 });
    expect(parseQuarter(' 2027-q4 ')).toEqual({ year: 2027, q: 4 });
    expect(formatQuarter({ year: 2027, q: 3 })).toBe('2027-Q3');
  });

  it('refuses anything that is not a quarter', () => {
    for (const bad of ['2027-Q5', '2027-Q0', '2027Q1', '27-Q1', '', '2027-01']) expect(() => parseQuarter(bad)).toThrow(/2027-Q1/);
  });

  it('gives the first and last day of each quarter', () => {
    expect(quarterRange({ year: 2027, q: 1 })).toEqual({ first: '2027-01-01', last: '2027-03-31' });
    expect(quarterRange({ year: 2027, q: 2 })).toEqual({ first: '2027-04-01', last: '2027-06-30' });
    expect(quarterRange({ year: 2027, q: 3 })).toEqual({ first: '2027-07-01', last: '2027-09-30' });
    expect(quarterRange({ year: 2027, q: 4 })).toEqual({ first: '2027-10-01', last: '2027-12-31' });
  });

  it('steps to the next and previous quarter across year ends', () => {
    expect(nextQuarter({ year: 2027, q: 4 })).toEqual({ year: 2028, q: 1 });
    expect(nextQuarter({ year: 2027, q: 2 })).toEqual({ year: 2027, q: 3 });
    expect(previousQuarter({ year: 2027, q: 1 })).toEqual({ year: 2026, q: 4 });
    expect(previousQuarter({ year: 2027, q: 3 })).toEqual({ year: 2027, q: 2 });
  });

  it('finds the quarter a day falls in, at both edges', () => {
    expect(quarterOfDay('2027-01-01')).toEqual({ year: 2027, q: 1 });
    expect(quarterOfDay('2027-03-31')).toEqual({ year: 2027, q: 1 });
    expect(quarterOfDay('2027-04-01')).toEqual({ year: 2027, q: 2 });
    expect(quarterOfDay('2027-12-31')).toEqual({ year: 2027, q: 4 });
    expect(() => quarterOfDay('2027-02-30')).toThrow();
  });

  it('includes both ends of a range', () => {
    const range = quarterRange({ year: 2027, q: 1 });
    expect(isInRange('2027-01-01', range)).toBe(true);
    expect(isInRange('2027-03-31', range)).toBe(true);
    expect(isInRange('2027-04-01', range)).toBe(false);
    expect(isInRange('2026-12-31', range)).toBe(false);
  });
});

describe('quarterSpan', () => {
  it('lists every quarter between two, both included, across a year end', () => {
    expect(quarterSpan({ year: 2026, q: 3 }, { year: 2027, q: 2 }).map(formatQuarter)).toEqual(['2026-Q3', '2026-Q4', '2027-Q1', '2027-Q2']);
    expect(quarterSpan({ year: 2027, q: 1 }, { year: 2027, q: 1 })).toEqual([{ year: 2027, q: 1 }]);
    expect(quarterSpan({ year: 2027, q: 2 }, { year: 2027, q: 1 })).toEqual([]);
  });
});
