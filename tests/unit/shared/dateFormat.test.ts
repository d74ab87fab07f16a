// One date format for everything Steward writes (issue 12, item 5), and the instant the
// app clock moves to a new day (item 6), in zones whose DST changes move local midnight.
import { describe, expect, it, vi } from 'vitest';
import type { DateFormat, DateStyle } from '@shared/dates';
import { DATE_STYLES, TEXT_DATE_FORMAT, dayInZone, formatDayMonthText, formatDayText, formatInstantText, nextDayStart } from '@shared/dates';
import { createZoneCache } from '@shared/timezones';

const US: DateFormat = { style: 'locale', locale: 'en-US' };
const GB: DateFormat = { style: 'locale', locale: 'en-GB' };

describe('formatDayText', () => {
  it('keeps the locale-free "22 Nov 2026" when no format is given, as pure text always wrote it', () => {
    expect(formatDayText('2026-11-22')).toBe('22 Nov 2026');
    expect(formatDayText('2026-11-22', TEXT_DATE_FORMAT)).toBe('22 Nov 2026');
  });

  it('writes a day the way the locale does for the locale style', () => {
    expect(formatDayText('2026-11-22', US)).toBe('Nov 22, 2026');
    expect(formatDayText('2026-11-22', GB)).toBe('22 Nov 2026');
    expect(formatDayText('2024-04-15', US)).toBe('Apr 15, 2024');
  });

  it.each([
    ['d MMM yyyy', '5 Jan 2027', '5 Jan'],
    ['MMM d, yyyy', 'Jan 5, 2027', 'Jan 5'],
    ['yyyy-MM-dd', '2027-01-05', '01-05'],
  ] as const)('writes the fixed style %s the same in every locale', (style, full, short) => {
    for (const locale of ['en-US', 'en-GB', 'de-DE', 'ja-JP']) {
      expect(formatDayText('2027-01-05', { style, locale })).toBe(full);
      expect(formatDayMonthText('2027-01-05', { style, locale })).toBe(short);
    }
  });

  it('falls back to en-GB for an unknown or empty locale instead of throwing', () => {
    expect(formatDayText('2026-11-22', { style: 'locale', locale: 'not a locale!' })).toBe('22 Nov 2026');
    expect(formatDayText('2026-11-22', { style: 'locale', locale: '' })).toBe('22 Nov 2026');
  });

  it('never moves a day, whatever the machine zone (the suite runs in Los Angeles and Kolkata)', () => {
    for (const style of DATE_STYLES satisfies readonly DateStyle[]) {
      expect(formatDayText('2027-03-14', { style, locale: 'en-US' })).toMatch(/14/);
      expect(formatDayText('2026-12-31', { style, locale: 'en-GB' })).toMatch(/31/);
    }
  });
});

describe('formatDayText with the caller\'s cache', () => {
  it('writes the same text and builds one locale formatter per locale and shape for a whole list, not one per day', () => {
    const cache = createZoneCache();
    const days = Array.from({ length: 60 }, (_, i) => `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`);
    for (const format of [US, GB]) {
      expect(days.map((day) => formatDayText(day, format, cache))).toEqual(days.map((day) => formatDayText(day, format)));
      expect(days.map((day) => formatDayMonthText(day, format, cache))).toEqual(days.map((day) => formatDayMonthText(day, format)));
    }
    expect(cache.formatters.size).toBe(4);
  });
});

describe('formatInstantText', () => {
  it('writes the day in the user zone, in the chosen format, with the wall time there', () => {
    // 23:30 UTC on 14 Jan is already 15 Jan in Berlin.
    expect(formatInstantText('2027-01-14T23:30:00.000Z', 'Europe/Berlin')).toBe('15 Jan 2027, 00:30');
    expect(formatInstantText('2027-01-14T23:30:00.000Z', 'America/New_York', { style: 'MMM d, yyyy', locale: 'en-GB' })).toBe('Jan 14, 2027, 18:30');
    expect(formatInstantText('2027-01-14T23:30:00.000Z', 'America/New_York', US)).toBe('Jan 14, 2027, 6:30 PM');
    expect(formatInstantText('2027-01-14T23:30:00.000Z', 'Europe/London', { style: 'yyyy-MM-dd', locale: 'en-US' })).toBe('2027-01-14, 23:30');
  });

  it('returns unreadable text as it came rather than "Invalid Date"', () => {
    expect(formatInstantText('yesterday', 'UTC')).toBe('yesterday');
  });

  it('writes the same text with the caller’s cache, building its formatters once per zone and format for a whole list', () => {
    const cache = createZoneCache();
    // A list's instants across both DST changes and midnight in each zone, every style.
    const instants = Array.from({ length: 48 }, (_, i) => new Date(Date.UTC(2027, i % 12, 1 + ((i * 7) % 28), (i * 5) % 24, (i * 13) % 60)).toISOString());
    const formats: DateFormat[] = [US, GB, ...(['d MMM yyyy', 'MMM d, yyyy', 'yyyy-MM-dd'] as const).map((style) => ({ style, locale: 'en-US' }))];
    for (const zone of ['Europe/Berlin', 'America/New_York', 'Asia/Kolkata']) {
      for (const format of formats) expect(instants.map((at) => formatInstantText(at, zone, format, cache))).toEqual(instants.map((at) => formatInstantText(at, zone, format)));
    }
    const built = cache.formatters.size;
    const made = vi.spyOn(Intl, 'DateTimeFormat');
    for (const zone of ['Europe/Berlin', 'America/New_York', 'Asia/Kolkata']) for (const format of formats) formatInstantText(instants[0]!, zone, format, cache);
    expect(made).not.toHaveBeenCalled();
    // Per zone: its day, the 24-hour time (one for every fixed style) and a locale time per locale; the two locales' day texts.
    expect(built).toBe(3 * (1 + 1 + 2) + 2);
  });
});

describe('nextDayStart', () => {
  const next = (iso: string, zone: string) => nextDayStart(new Date(iso), zone).toISOString();

  it('is the next local midnight in New York on either side of the spring change', () => {
    // Sat 13 Mar 2027 (EST, UTC-5) → midnight starting Sun 14 Mar is 05:00 UTC.
    expect(next('2027-03-13T12:00:00Z', 'America/New_York')).toBe('2027-03-14T05:00:00.000Z');
    // Sun 14 Mar is a 23-hour day; Mon 15 Mar starts at midnight EDT (UTC-4).
    expect(next('2027-03-14T12:00:00Z', 'America/New_York')).toBe('2027-03-15T04:00:00.000Z');
  });

  it('is the next local midnight in New York across the autumn change (a 25-hour day)', () => {
    expect(next('2026-11-01T12:00:00Z', 'America/New_York')).toBe('2026-11-02T05:00:00.000Z');
    expect(next('2026-11-01T04:30:00Z', 'America/New_York')).toBe('2026-11-02T05:00:00.000Z');
  });

  it('follows Lord Howe Island’s half-hour DST change', () => {
    // 4 Oct 2026: 02:00 becomes 02:30 (UTC+10:30 → +11).
    expect(next('2026-10-03T12:00:00Z', 'Australia/Lord_Howe')).toBe('2026-10-03T13:30:00.000Z');
    expect(next('2026-10-04T05:00:00Z', 'Australia/Lord_Howe')).toBe('2026-10-04T13:00:00.000Z');
    // 4 Apr 2027: 02:00 becomes 01:30 again; the next day still starts at local midnight.
    expect(next('2027-04-04T05:00:00Z', 'Australia/Lord_Howe')).toBe('2027-04-04T13:30:00.000Z');
  });

  it('finds the start of the day where a DST change happens at midnight (Santiago)', () => {
    // 3 Apr 2027 24:00 (UTC-3) falls back to 23:00: 4 Apr starts at 00:00 UTC-4, not at 03:00 UTC.
    expect(next('2027-04-03T12:00:00Z', 'America/Santiago')).toBe('2027-04-04T04:00:00.000Z');
  });

  it('is always later than now, on a later day, and the instant before it is still today', () => {
    for (const zone of ['America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata', 'Pacific/Chatham', 'UTC']) {
      for (let hour = 0; hour < 24 * 400; hour += 61) {
        const now = new Date(Date.UTC(2026, 8, 1) + hour * 3_600_000);
        const start = nextDayStart(now, zone);
        expect(start.getTime()).toBeGreaterThan(now.getTime());
        expect(dayInZone(start, zone) > dayInZone(now, zone)).toBe(true);
        expect(dayInZone(new Date(start.getTime() - 1), zone)).toBe(dayInZone(now, zone));
      }
    }
  });
});
