// The marker decision: when an opened database means "data went missing", not "first run".
import { describe, expect, it } from 'vitest';
import { dataLooksMissing, parseDataMarker, totalRecords } from '@shared/dataMarker';
import type { DataMarker } from '@shared/dataMarker';

const HELD: DataMarker = { instanceId: 'db-1', counts: { partnerships: 7, activity: 40, settings: 1 }, updatedAt: '2027-01-14T09:00:00.000Z' };
const EMPTY_COUNTS = { partnerships: 0, activity: 0, settings: 0 };

describe('dataLooksMissing', () => {
  it('is never missing without a marker: a first run, or a Steward from before markers', () => {
    expect(dataLooksMissing(undefined, EMPTY_COUNTS, 'db-1')).toEqual({ missing: false });
    expect(dataLooksMissing(undefined, EMPTY_COUNTS, undefined)).toEqual({ missing: false });
  });

  it('is not missing when the marker says the database was empty (the user started afresh)', () => {
    const empty = { ...HELD, counts: EMPTY_COUNTS };
    expect(dataLooksMissing(empty, EMPTY_COUNTS, 'db-2')).toEqual({ missing: false });
  });

  it('is missing when the same database opens empty while the marker says it held records', () => {
    expect(dataLooksMissing(HELD, EMPTY_COUNTS, 'db-1')).toEqual({ missing: true, reason: 'empty', expected: HELD });
    expect(dataLooksMissing(HELD, {}, 'db-1')).toEqual({ missing: true, reason: 'empty', expected: HELD });
  });

  it('is missing when another database opened (Chromium made a new one), even if something was written into it since', () => {
    expect(dataLooksMissing(HELD, EMPTY_COUNTS, 'db-2')).toEqual({ missing: true, reason: 'replaced', expected: HELD });
    expect(dataLooksMissing(HELD, { partnerships: 1 }, 'db-2')).toEqual({ missing: true, reason: 'replaced', expected: HELD });
    expect(dataLooksMissing(HELD, { partnerships: 7 }, undefined)).toEqual({ missing: true, reason: 'replaced', expected: HELD });
  });

  it('is not missing when the database is the marked one and holds records, more or fewer than marked', () => {
    expect(dataLooksMissing(HELD, { partnerships: 7, activity: 40, settings: 1 }, 'db-1')).toEqual({ missing: false });
    expect(dataLooksMissing(HELD, { partnerships: 0, activity: 1, settings: 0 }, 'db-1')).toEqual({ missing: false });
    expect(dataLooksMissing(HELD, { partnerships: 90, activity: 400, settings: 1 }, 'db-1')).toEqual({ missing: false });
  });
});

describe('parseDataMarker', () => {
  it('reads a marker back, and treats anything else as no marker', () => {
    expect(parseDataMarker(JSON.parse(JSON.stringify(HELD)))).toEqual(HELD);
    expect(parseDataMarker(undefined)).toBeUndefined();
    expect(parseDataMarker({ ...HELD, counts: { partnerships: -1 } })).toBeUndefined();
    expect(parseDataMarker({ ...HELD, counts: { 'a/../b': 1 } })).toBeUndefined();
    expect(parseDataMarker({ ...HELD, extra: true })).toBeUndefined();
    expect(parseDataMarker({ ...HELD, updatedAt: 'yesterday' })).toBeUndefined();
  });

  it('sums the counts', () => {
    expect(totalRecords(HELD.counts)).toBe(48);
    expect(totalRecords({})).toBe(0);
  });
});
