import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { instantKey, parseInstant } from '@shared/timezones';

// Years 1000-9999: the range parseInstant accepts (isValidWallTime).
const MIN_MS = Date.UTC(1000, 0, 1);
const MAX_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

describe('parseInstant', () => {
  it('reads every instant toISOString writes as the instant it is', () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN_MS, max: MAX_MS }), (ms) => {
        expect(parseInstant(new Date(ms).toISOString())).toBe(ms);
      }),
      { seed: 20261206, numRuns: 2000 },
    );
  });

  it('reads other ISO-8601 forms with Z or an offset as Date.parse does', () => {
    for (const iso of ['2027-01-14T14:00Z', '2027-01-14T14:00:05Z', '2027-01-14T14:00:05.1Z', '2027-01-14T09:00:00.000-05:00', '2027-01-14T19:30:00.250+05:30']) {
      expect(parseInstant(iso)).toBe(Date.parse(iso));
    }
  });

  // Each is 24 characters, the canonical form's length, so each reaches its field-by-field reader.
  it.each([
    '2027-02-30T00:00:00.000Z', // no such day
    '2027-13-01T00:00:00.000Z', // no such month
    '2027-01-01T24:00:00.000Z', // no 24:00
    '2027-01-01T00:60:00.000Z',
    '2027-01-01T00:00:60.000Z',
    '0999-12-31T00:00:00.000Z', // before year 1000
    '2027-01-01T00:00:00.00AZ', // a letter in the milliseconds
    '2027-0a-01T00:00:00.000Z',
    '2027-01-01 00:00:00.000Z', // a space for the T
    '2027-01-01T00:00:00.000+', // no zone
    '+27-01-01T00:00:00.000ZZ',
  ])('refuses %j with the clear message', (iso) => {
    expect(() => parseInstant(iso)).toThrow(`Invalid instant "${iso}": expected ISO-8601 with Z or an offset`);
  });
});

describe('instantKey', () => {
  it('gives every instant the spelling toISOString writes, whatever spelling it came in', () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN_MS, max: MAX_MS }), fc.integer({ min: -12 * 60, max: 14 * 60 }), (ms, offsetMinutes) => {
        const canonical = new Date(ms).toISOString();
        // The same instant with an offset, and to the second with a bare Z.
        const shifted = new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 23);
        const sign = offsetMinutes < 0 ? '-' : '+';
        const offset = `${sign}${String(Math.floor(Math.abs(offsetMinutes) / 60)).padStart(2, '0')}:${String(Math.abs(offsetMinutes) % 60).padStart(2, '0')}`;
        expect(instantKey(canonical)).toBe(canonical);
        if (Date.UTC(1000, 0, 1) <= ms + offsetMinutes * 60_000 && ms + offsetMinutes * 60_000 <= MAX_MS) expect(instantKey(`${shifted}${offset}`)).toBe(canonical);
        expect(instantKey(`${canonical.slice(0, 19)}Z`)).toBe(new Date(Math.floor(ms / 1000) * 1000).toISOString());
      }),
      { seed: 20261207, numRuns: 2000 },
    );
  });

  it('is undefined for nothing, a malformed instant or a day that does not exist, as parsing it would fail', () => {
    for (const value of [undefined, '', 'soon', '2027-01-14', '2027-01-14T09:00:00.000', '2027-02-30T09:00:00.000Z', '2027-13-01T09:00:00.000Z', '2027-01-14T24:00:00.000Z']) {
      expect(instantKey(value), String(value)).toBeUndefined();
    }
  });
});
