// A remembered expansion (a digest's plan) answers every window inside it exactly as the
// rule does, and nothing outside it: windows reaching past it are expanded from the rule.
import { afterEach, describe, expect, it } from 'vitest';
import { clearExpansionCache, expandOccurrences, expandOccurrencesFromStart, rememberExpansion } from '@shared/recurrence';

const WEEKLY = { rrule: 'FREQ=WEEKLY;BYDAY=TU', start: '2026-01-06T09:30', zone: 'Europe/Berlin' };
const FROM = '2026-03-01T00:00:00.000Z';
const TO = '2026-06-01T00:00:00.000Z';

afterEach(() => clearExpansionCache());

describe('remembered expansions', () => {
  it('answer windows inside them as the rule does, DST change included', () => {
    rememberExpansion(WEEKLY, FROM, TO, expandOccurrencesFromStart(WEEKLY, FROM, TO));
    for (const [from, to] of [
      [FROM, TO],
      ['2026-03-20T00:00:00.000Z', '2026-04-10T00:00:00.000Z'],
      ['2026-03-31T07:30:00.000Z', '2026-03-31T07:30:00.001Z'],
    ] as const) {
      expect(expandOccurrences(WEEKLY, from, to)).toEqual(expandOccurrencesFromStart(WEEKLY, from, to));
    }
  });

  it('are only believed inside their range: a window reaching past it is expanded from the rule', () => {
    rememberExpansion(WEEKLY, FROM, TO, []); // deliberately wrong, to see where it is used
    expect(expandOccurrences(WEEKLY, '2026-04-01T00:00:00.000Z', '2026-04-15T00:00:00.000Z')).toEqual([]);
    const past = ['2026-05-20T00:00:00.000Z', '2026-06-10T00:00:00.000Z'] as const;
    expect(expandOccurrences(WEEKLY, ...past)).toEqual(expandOccurrencesFromStart(WEEKLY, ...past));
    expect(expandOccurrences(WEEKLY, ...past).length).toBe(3);
    const other = { ...WEEKLY, rrule: 'FREQ=WEEKLY;BYDAY=WE' };
    expect(expandOccurrences(other, '2026-04-01T00:00:00.000Z', '2026-04-15T00:00:00.000Z')).toHaveLength(2);
  });

  it('are forgotten with the memo', () => {
    rememberExpansion(WEEKLY, FROM, TO, []);
    clearExpansionCache();
    expect(expandOccurrences(WEEKLY, '2026-04-01T00:00:00.000Z', '2026-04-15T00:00:00.000Z')).toHaveLength(2);
  });
});
