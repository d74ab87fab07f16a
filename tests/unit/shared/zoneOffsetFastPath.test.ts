// zoneOffsetMs reads the formatter's text, daysBetween/addDays a day's digits and daysInMonth
// the calendar rule, each instead of a slower general path (formatToParts; split and map; a Date). These prove both give the
// general path's answers: every zone this runtime knows, years the fast path does not take
// (before 1000), and day texts that are not yyyy-MM-dd.
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '@shared/dates';
import { createZoneCache, daysInMonth, zoneOffsetMs } from '@shared/timezones';

/** The offset as formatToParts gives it: the general path. */
function offsetByParts(formatter: Intl.DateTimeFormat, epochMs: number): number {
  const wholeSecond = Math.floor(epochMs / 1000) * 1000;
  const field: Record<string, number> = {};
  for (const part of formatter.formatToParts(wholeSecond)) if (part.type !== 'literal') field[part.type] = Number(part.value);
  return Date.UTC(field.year ?? 0, (field.month ?? 1) - 1, field.day ?? 1, field.hour ?? 0, field.minute ?? 0, field.second ?? 0) - wholeSecond;
}

/** The day number as split and map give it: the general path. */
function dayNumberBySplit(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

describe('the fast paths of the zone and day arithmetic', () => {
  it('remember each offset by whole second: the same answers as without a cache, asked twice, across clock changes, within a bounded memo', () => {
    const cache = createZoneCache();
    const zones = ['America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata', 'Europe/Dublin'];
    // Every half hour through 2027 and the millisecond before it (transitions fall on the hour or half hour).
    const instants: number[] = [];
    for (let ms = Date.UTC(2027, 0, 1); ms < Date.UTC(2028, 0, 1); ms += 30 * 60_000) instants.push(ms - 1, ms);
    for (const zone of zones) {
      const formatter = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
      const expected = instants.map((epochMs) => offsetByParts(formatter, epochMs));
      expect(new Set(expected).size, `${zone} changes its clock in 2027, or keeps one offset`).toBe(zone === 'Asia/Kolkata' ? 1 : 2);
      for (const round of [1, 2]) expect(instants.map((epochMs) => zoneOffsetMs(zone, epochMs, cache)), `${zone}, round ${round}`).toEqual(expected);
      expect(cache.offsets.get(zone)!.size).toBeLessThanOrEqual(20_000);
    }
  });

  it('give every zone the offset formatToParts gives, around clock changes and in years the fast path leaves to it', () => {
    const instants = ['2027-03-14T06:59:59.999Z', '2027-03-14T07:00:00.000Z', '2027-11-07T05:30:00.000Z', '2027-10-31T00:45:00.000Z', '1970-01-01T00:00:00.000Z', '1883-11-18T17:00:00.000Z', '2499-12-31T23:59:59.000Z'].map(Date.parse);
    const early = [Date.UTC(385, 6, 25, 2, 10, 38), Date.UTC(999, 11, 31, 23, 0, 0)];
    const cache = createZoneCache();
    for (const zone of Intl.supportedValuesOf('timeZone')) {
      const formatter = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
      for (const epochMs of [...instants, ...early]) expect(zoneOffsetMs(zone, epochMs, cache), `${zone} at ${epochMs}`).toBe(offsetByParts(formatter, epochMs));
    }
  });

  it('count days between any day texts as split and map do, yyyy-MM-dd or not', () => {
    const days = ['2027-01-14', '2024-02-29', '2027-02-29', '1999-12-31', '0099-01-01', '2027-1-14', '2027-01-1x', '', 'x', '2027/01/14', '+02027-01-14', '2027-13-40'];
    for (const from of days) {
      for (const to of days) expect(daysBetween(from, to), `${from} → ${to}`).toBe(dayNumberBySplit(to) - dayNumberBySplit(from));
    }
    expect(addDays('2027-02-27', 2)).toBe('2027-03-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });

  it('give every month of every year the length a Date gives, and leave odd arguments to Date', () => {
    for (let year = 0; year <= 10_000; year += 1) {
      for (let month = 1; month <= 12; month += 1) expect(daysInMonth(year, month), `${year}-${month}`).toBe(new Date(Date.UTC(year, month, 0)).getUTCDate());
    }
    for (const [year, month] of [[2027, 0], [2027, 13], [2027, -1], [2027.5, 2], [99, 2], [1900, 2], [2000, 2], [Number.NaN, 2]] as const) {
      expect(daysInMonth(year, month), `${year}-${month}`).toEqual(new Date(Date.UTC(year, month, 0)).getUTCDate());
    }
  });
});
