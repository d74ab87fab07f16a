// Grouping live (not soft-deleted) records by a key, so portfolio-wide logic reads
// each partnership's or cadence's own records without rescanning every list.

export function groupLive<T extends { readonly deletedAt?: string }>(items: readonly T[] = [], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    if (item.deletedAt) continue;
    const key = keyOf(item);
    const list = groups.get(key) ?? [];
    list.push(item);
    groups.set(key, list);
  }
  return groups;
}

export const byPartnership = (item: { readonly partnershipId: string }) => item.partnershipId;
export const byCadence = (item: { readonly cadenceId: string }) => item.cadenceId;
