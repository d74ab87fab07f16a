// The probe behind the second zone's shorter list (config/testZones.ts): it must see every
// way a run can ask the machine for its zone, and none of the zone-free ones the app uses.
import { startOfDay } from 'date-fns';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { machineZoneProbe, readsMachineZone } from '../machineZoneProbe';

// This suite is not watched by tests/unit/setup.ts: these are the natives.
const NativeDate = Date;
const NativeFormat = Intl.DateTimeFormat;
const probe = machineZoneProbe();
const reads = probe.reads;
const instant = new Date(Date.UTC(2027, 0, 14, 9, 30));

/** How many machine-zone reads `run` made, from a count of none. */
function readsOf(run: () => unknown): number {
  reads.count = 0;
  reads.first = undefined;
  run();
  return reads.count;
}

describe('a Date built from arguments', () => {
  it('reads the machine zone from local fields or a local or non-ISO text, never from an instant', () => {
    for (const args of [[2027, 0, 14], [2027, 0], ['2027-01-14T09:00'], ['2027-01-14T09:00:00.000'], ['Jan 14 2027'], ['01/14/2027']]) expect(readsMachineZone(args), JSON.stringify(args)).toBe(true);
    for (const args of [[], [0], [instant], [''], ['not a date'], ['2027-01-14'], ['2027-01'], ['2027'], ['2027-01-14T09:00Z'], ['2027-01-14T09:00:00.000Z'], ['2027-01-14T09:00:00+05:30'], ['+275760-09-13T00:00:00.000Z']]) {
      expect(readsMachineZone(args), JSON.stringify(args)).toBe(false);
    }
  });
});

describe('the probe, watching', () => {
  beforeAll(() => probe.watch(true));
  afterAll(() => probe.watch(false));
  beforeEach(() => {
    reads.count = 0;
  });

  it('counts the local-time methods, local texts and formatters without a zone', () => {
    expect(readsOf(() => instant.getHours())).toBe(1);
    expect(readsOf(() => instant.getDate())).toBe(1);
    expect(readsOf(() => instant.getTimezoneOffset())).toBe(1);
    expect(readsOf(() => new Date(instant).setHours(0))).toBe(1);
    expect(readsOf(() => `${instant}`)).toBe(1);
    expect(readsOf(() => String(instant))).toBe(1);
    expect(readsOf(() => instant.toDateString())).toBe(1);
    expect(readsOf(() => instant.toLocaleDateString('en-GB'))).toBe(1);
    expect(readsOf(() => instant.toLocaleString())).toBe(1);
    expect(readsOf(() => new Intl.DateTimeFormat('en-GB').format(instant))).toBe(1);
    expect(readsOf(() => new Date(2027, 0, 14))).toBe(1);
    expect(readsOf(() => new Date('2027-01-14T09:00'))).toBe(1);
    expect(readsOf(() => Date.parse('2027-01-14T09:00'))).toBe(1);
    expect(readsOf(() => (Date as unknown as () => string)())).toBe(1);
    expect(readsOf(() => startOfDay(instant))).toBeGreaterThan(0);
  });

  it('names the first read and where it was made', () => {
    readsOf(() => instant.getMonth());
    expect(reads.first?.split('\n')[0]).toBe('Date.prototype.getMonth');
    expect(reads.first).toContain('machineZoneProbe.test.ts');
  });

  it('does not count what no zone changes: instants, UTC fields, ISO texts, formatters given a zone', () => {
    expect(
      readsOf(() => [
        Date.now(),
        new Date(),
        new Date(0).getTime(),
        instant.toISOString(),
        JSON.stringify({ instant }),
        instant.getUTCHours(),
        Date.UTC(2027, 0, 14),
        Date.parse('2027-01-14T09:00:00.000Z'),
        new Date('2027-01-14'),
        instant.toLocaleDateString('en-GB', { timeZone: 'Asia/Kolkata' }),
        new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Berlin', hour: 'numeric' }).format(instant),
        Intl.DateTimeFormat.supportedLocalesOf('en-GB'),
        (1234.5).toLocaleString('en-GB'),
      ]),
    ).toBe(0);
  });

  it('leaves Date and Intl.DateTimeFormat working as before', () => {
    expect(Date).not.toBe(NativeDate);
    expect(instant instanceof Date).toBe(true);
    expect(new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC' }) instanceof Intl.DateTimeFormat).toBe(true);
    expect(Object.prototype.toString.call(new Date(0))).toBe('[object Date]');
    expect(new Date(Date.UTC(2027, 0, 14)).toISOString()).toBe('2027-01-14T00:00:00.000Z');
    expect(Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', year: 'numeric' }).format(instant)).toBe('2027');
  });

  it('counts nothing once it stops watching, the natives back in place', () => {
    probe.watch(false);
    try {
      expect(readsOf(() => [new Date(2027, 0, 14).getHours(), `${instant}`, new Intl.DateTimeFormat('en-GB').format(instant), Date.parse('2027-01-14T09:00')])).toBe(0);
      expect(Date).toBe(NativeDate);
      expect(Intl.DateTimeFormat).toBe(NativeFormat);
    } finally {
      probe.watch(true);
    }
  });

  it('still sees the local methods under fake timers, and counts again once they are gone', () => {
    vi.useFakeTimers({ now: instant });
    try {
      expect(readsOf(() => new Date().getHours())).toBe(1);
    } finally {
      vi.useRealTimers();
    }
    expect(readsOf(() => new Date(2027, 0, 14))).toBe(1);
  });
});
