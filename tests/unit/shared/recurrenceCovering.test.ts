// A remembered expansion (an excerpt's plan) answers every window inside it exactly as the
// rule does, and nothing outside it: windows reaching past it are expanded from the rule.
import { beforeEach, describe, expect, it } from 'vitest';
import type { ExpansionCache } from '@shared/recurrence';
import { createExpansionCache, expandOccurrences, expandOccurrencesFromStart, rememberExpansion } from '@shared/recurrence';

const WEEKLY = { rrule: 'FREQ=WEEKLY;BYDAY=TU', start: '2026-01-06T09:30', zone: 'Europe/Berlin' };
const FROM = '2026-03-01T00:00:00.000Z';
const TO = '2026-06-01T00:00:00.000Z';

let cache: ExpansionCache;
beforeEach(() => {
  cache = createExpansionCache();
});

describe('remembered expansions', () => {
  it('answer windows inside them as the rule does, DST change included', () => {
    rememberExpansion(cache, WEEKLY, FROM, TO, expandOccurrencesFromStart(WEEKLY, FROM, TO));
    for (const [from, to] of [
      [FROM, TO],
      ['2026-03-20T00:00:00.000Z', '2026-04-10T00:00:00.000Z'],
      ['2026-03-31T07:30:00.000Z', '2026-03-31T07:30:00.001Z'],
    ] as const) {
      expect(expandOccurrences(WEEKLY, from, to, cache)).toEqual(expandOccurrencesFromStart(WEEKLY, from, to));
    }
  });

  it('are only believed inside their range: a window reaching past it is expanded from the rule', () => {
    rememberExpansion(cache, WEEKLY, FROM, TO, []); // deliberately wrong, to see where it is used
    expect(expandOccurrences(WEEKLY, '2026-04-01T00:00:00.000Z', '2026-04-15T00:00:00.000Z', cache)).toEqual([]);
    const past = ['2026-05-20T00:00:00.000Z', '2026-06-10T00:00:00.000Z'] as const;
    expect(expandOccurrences(WEEKLY, ...past, cache)).toEqual(expandOccurrencesFromStart(WEEKLY, ...past));
    expect(expandOccurrences(WEEKLY, ...past, cache).length).toBe(3);
    const other = { ...WEEKLY, rrule: 'FREQ=WEEKLY;BYDAY=WE' };
    expect(expandOccurrences(other, '2026-04-01T00:00:00.000Z', '2026-04-15T00:00:00.000Z', cache)).toHaveLength(2);
  });

  it('belong to their cache: another cache, or none, expands from the rule', () => {
    rememberExpansion(cache, WEEKLY, FROM, TO, []);
    expect(expandOccurrences(WEEKLY, '2026-04-01T00:00:00.000Z', '2026-04-15T00:00:00.000Z', createExpansionCache())).toHaveLength(2);
    expect(expandOccurrences(WEEKLY, '2026-04-01T00:00:00.000Z', '2026-04-15T00:00:00.000Z')).toHaveLength(2);
  });
});
