import { describe, expect, it } from 'vitest';
import { growth, markdownTable, median, mediansOf } from '../../bench/stats';

describe('benchmark statistics', () => {
  it('the median of an odd count is the middle value, of an even count the mean of the two middle ones', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('takes the median of every operation', () => {
    expect(mediansOf({ a: [3, 1, 2], b: [10] })).toEqual({ a: 2, b: 10 });
  });

  it('growth is the ratio to the base size, and unknown when the base is missing or zero', () => {
    expect(growth(50, 10)).toBe(5);
    expect(growth(50, 0)).toBeUndefined();
    expect(growth(undefined, 10)).toBeUndefined();
  });

  it('the table has one row per operation with the medians and growth ratios', () => {
    const scale = (records: number, ms: number) => ({ records, runs: 1, medians: { load: ms }, samples: { load: [ms] }, peakHeapMb: ms / 10 });
    const table = markdownTable(
      [
        { key: 'load', label: 'Load', unit: 'ms' },
        { key: 'peakHeapMb', label: 'Peak heap', unit: 'MB' },
      ],
      { '1x': scale(1000, 10), '10x': scale(10_000, 40), '100x': scale(100_000, 250) },
    );
    expect(table.split('\n')).toEqual([
      '| operation | 1x (1,000 records) | 10x (10,000 records) | 100x (100,000 records) | 10x / 1x | 100x / 1x |',
      '|---|---:|---:|---:|---:|---:|',
      '| Load | 10.0 ms | 40.0 ms | 250 ms | 4.0× | 25.0× |',
      '| Peak heap | 1.0 MB | 4.0 MB | 25.0 MB | 4.0× | 25.0× |',
    ]);
  });
});
