import { describe, expect, it } from 'vitest';
import { DEFAULT_STAGES } from '@shared/domain';
import { moveRow, renamesOf, rowsOf } from '../../../renderer/src/settings/stageRows';

describe('the stage editor’s rows', () => {
  it('name each renamed saved stage by its old name, and no new one', () => {
    const rows = rowsOf(DEFAULT_STAGES).map((r) => (r.name === 'Proposal' ? { ...r, name: ' Proposal sent ' } : r));
    expect(renamesOf([...rows, { key: 'new', name: 'Verbal', outcome: 'open' }])).toEqual({ Proposal: 'Proposal sent' });
  });

  it('move one place up or down, and stay put at either end', () => {
    expect(moveRow(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moveRow(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(moveRow(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveRow(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
});
