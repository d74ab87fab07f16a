import { describe, expect, it } from 'vitest';
import type { AttentionItem } from '@shared/attention';
import { attentionLines, groupByPartnership } from '../../../renderer/src/attention/attentionGroups';

function item(key: string, partnershipId: string): AttentionItem {
  return { key, partnershipId, partnershipName: `Partnership ${partnershipId}`, reason: 'renewal', title: key, detail: '', tab: 'overview', urgency: 1 };
}

describe('Attention grouped by partnership', () => {
  // Ranked: a1 (A), b1 (B), a2 (A), c1 (C), b2 (B).
  const ranked = [item('a1', 'A'), item('b1', 'B'), item('a2', 'A'), item('c1', 'C'), item('b2', 'B')];

  it('places each group by its most urgent item and keeps the ranking inside a group', () => {
    const groups = groupByPartnership(ranked);
    expect(groups.map((g) => [g.partnershipName, g.items.map((i) => i.key)])).toEqual([
      ['Partnership A', ['a1', 'a2']],
      ['Partnership B', ['b1', 'b2']],
      ['Partnership C', ['c1']],
    ]);
  });

  it('numbers the items in the grouped order and marks the first of each group', () => {
    const lines = attentionLines(groupByPartnership(ranked));
    expect(lines.map((l) => [l.item.key, l.rank, l.isFirst])).toEqual([
      ['a1', 1, true],
      ['a2', 2, false],
      ['b1', 3, true],
      ['b2', 4, false],
      ['c1', 5, true],
    ]);
  });
});
