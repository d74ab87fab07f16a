import { describe, expect, it } from 'vitest';
import { safeFileName } from '../../../renderer/src/exports/fileName';

describe('file names offered in the save dialog', () => {
  it('keeps an ordinary name as it is', () => {
    expect(safeFileName('Northwind Cloud cadences', 'ics')).toBe('Northwind Cloud cadences.ics');
  });

  it('replaces path separators and characters file systems refuse, so it is never a path', () => {
    const name = safeFileName('Acme / Beta: "Q1" <draft>\u0007', 'md');
    expect(name).toBe('Acme - Beta - Q1 - draft.md');
    expect([...name].filter((c) => '/\\:*?"<>|'.includes(c) || c.charCodeAt(0) < 0x20)).toEqual([]);
  });

  it('never offers a hidden or empty name', () => {
    expect(safeFileName('../..', 'csv')).toBe('Steward export.csv');
    expect(safeFileName('   ', 'csv')).toBe('Steward export.csv');
  });

  it('trims very long names to a length every file system accepts', () => {
    expect(safeFileName('x'.repeat(400), 'json')).toHaveLength(125);
  });
});
