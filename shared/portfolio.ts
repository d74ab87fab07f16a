// Filtering and sorting the portfolio list; pure so it is tested without a screen.
import type { Partnership, PartnershipStatus, PartnershipType } from './domain';

export interface PortfolioFilter {
  readonly query: string;
  readonly status: PartnershipStatus | 'all';
  readonly type: PartnershipType | 'all';
  readonly tag: string | 'all';
}

export type PortfolioSort = 'name' | 'renewal' | 'status' | 'updated';

const STATUS_ORDER: Record<PartnershipStatus, number> = { 'at risk': 0, active: 1, paused: 2, ended: 3 };

function matches(p: Partnership, query: string): boolean {
  if (!query) return true;
  const haystack = [p.name, p.partnerOrg, p.owner, p.type, ...p.tags].join(' ').toLowerCase();
  return query
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}

/**
 * `alsoMatching`: partnerships whose records (intent, touchpoints, commitments)
 * matched the query, so they stay in the list though their own fields do not.
 */
export function filterPartnerships(list: readonly Partnership[], filter: PortfolioFilter, alsoMatching: ReadonlySet<string> = new Set()): Partnership[] {
  return list.filter(
    (p) =>
      (filter.status === 'all' || p.status === filter.status) &&
      (filter.type === 'all' || p.type === filter.type) &&
      (filter.tag === 'all' || p.tags.includes(filter.tag)) &&
      (matches(p, filter.query.trim()) || alsoMatching.has(p.id)),
  );
}

/** Every tag in use, alphabetically, for the tag filter. */
export function tagsInUse(list: readonly Partnership[]): string[] {
  return [...new Set(list.flatMap((p) => p.tags))].sort((a, b) => a.localeCompare(b));
}

const compare: Record<PortfolioSort, (a: Partnership, b: Partnership) => number> = {
  name: (a, b) => a.name.localeCompare(b.name),
  // No renewal date sorts last.
  renewal: (a, b) => (a.termEndsOn ?? '9999').localeCompare(b.termEndsOn ?? '9999'),
  status: (a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status],
  updated: (a, b) => b.updatedAt.localeCompare(a.updatedAt),
};

export function sortPartnerships(list: readonly Partnership[], sort: PortfolioSort): Partnership[] {
  return [...list].sort((a, b) => compare[sort](a, b) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}
