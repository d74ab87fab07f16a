import { describe, expect, it } from 'vitest';
import { ACTIONS_WIDTH, ALL_COLUMNS, DEFAULT_COLUMNS, NAME_MIN_WIDTH, columnWidths, fittingColumns, parseColumns } from '../../../renderer/src/portfolio/portfolioColumns';

describe("the Portfolio's columns", () => {
  it('shows every chosen column when the table is wide enough', () => {
    expect(fittingColumns(DEFAULT_COLUMNS, 1400)).toEqual(['status', 'health', 'next', 'overdue', 'renewal']);
    expect(fittingColumns(ALL_COLUMNS, 1700)).toEqual(['status', 'health', 'next', 'overdue', 'renewal', 'won', 'pipeline']);
  });

  it('shows the value columns only once chosen, and drops them first when the table is narrow', () => {
    expect(DEFAULT_COLUMNS).not.toContain('won');
    expect(fittingColumns(ALL_COLUMNS, 1000)).toEqual(['status', 'health', 'next', 'overdue', 'renewal']);
    expect(fittingColumns(['status', 'won', 'pipeline'], 1000)).toEqual(['status', 'won', 'pipeline']);
  });

  it('drops the least important columns first in a narrow table, keeping status and renewal', () => {
    const narrow = NAME_MIN_WIDTH + ACTIONS_WIDTH + 104 + 132;
    expect(fittingColumns(DEFAULT_COLUMNS, narrow)).toEqual(['status', 'renewal']);
    expect(fittingColumns(DEFAULT_COLUMNS, narrow + 112)).toEqual(['status', 'overdue', 'renewal']);
  });

  it('never shows a column the user turned off', () => {
    expect(fittingColumns(['status', 'renewal'], 1400)).toEqual(['status', 'renewal']);
  });

  it('widens the columns on a wide window, within a limit', () => {
    const narrow = columnWidths(DEFAULT_COLUMNS, 1000);
    const wide = columnWidths(DEFAULT_COLUMNS, 3000);
    expect(narrow.get('next')).toBe(212);
    expect(wide.get('next')).toBe(Math.floor(212 * 1.4));
  });

  it('reads back only known columns from storage, in table order', () => {
    expect(parseColumns(['renewal', 'bogus', 'status'])).toEqual(['status', 'renewal']);
    expect(parseColumns('status')).toBeUndefined();
  });
});
