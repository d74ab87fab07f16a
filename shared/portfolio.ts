// Filtering and sorting the portfolio list; pure so it is tested without a screen.
import type { Partnership, PartnershipStatus, PartnershipType } from './domain';

export interface PortfolioFilter {
  readonly query: string;
  readonly status: PartnershipStatus | 'all';
  readonly type: PartnershipType | 'all';
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

export function filterPartnerships(list: readonly Partnership[], filter: PortfolioFilter): Partnership[] {
  return list.filter(
    (p) => (filter.status === 'all' || p.status === filter.status) && (filter.type === 'all' || p.type === filter.type) && matches(p, filter.query.trim()),
  );
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
