// Attention's ranked items grouped under their partnership: the groups keep the ranking
// (each placed by its most urgent item), and inside a group the items keep theirs.
import type { AttentionItem } from '@shared/attention';

export interface AttentionGroup {
  readonly partnershipId: string;
  readonly partnershipName: string;
  readonly items: readonly AttentionItem[];
}

/** One item as the virtualised list draws it: its group, whether it opens the group (and carries its header), and its place (from 1) in the grouped order. */
export interface AttentionLine {
  readonly group: AttentionGroup;
  readonly item: AttentionItem;
  readonly isFirst: boolean;
  readonly rank: number;
}

export function groupByPartnership(items: readonly AttentionItem[]): readonly AttentionGroup[] {
  const groups = new Map<string, AttentionItem[]>();
  for (const item of items) {
    const group = groups.get(item.partnershipId);
    if (group) group.push(item);
    else groups.set(item.partnershipId, [item]);
  }
  return [...groups.values()].map((group) => ({ partnershipId: group[0]!.partnershipId, partnershipName: group[0]!.partnershipName, items: group }));
}

/** Groups flattened into one line per item, in the grouped order. */
export function attentionLines(groups: readonly AttentionGroup[]): readonly AttentionLine[] {
  const lines: AttentionLine[] = [];
  let rank = 0;
  for (const group of groups) {
    group.items.forEach((item, i) => {
      rank += 1;
      lines.push({ group, item, isFirst: i === 0, rank });
    });
  }
  return lines;
}
