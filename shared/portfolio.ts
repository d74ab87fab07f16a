// Filtering and sorting the portfolio list; pure so it is tested without a screen.
import type { Partnership, PartnershipStatus, PartnershipType } from './domain';

export interface PortfolioFilter {
  readonly query: string;
  readonly status: PartnershipStatus | 'all';
  readonly type: PartnershipType | 'all';
  readonly tag: string | 'all';
}

export type PortfolioSort = 'name' | 'renewal' | 'status' | 'updated' | 'won' | 'pipeline';

/** A partnership's value figures in the reporting currency (the won and pipeline sorts). */
export interface PartnershipFigures {
  readonly won: number;
  readonly pipeline: number;
}

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

const compare: Record<Exclude<PortfolioSort, keyof PartnershipFigures>, (a: Partnership, b: Partnership) => number> = {
  name: (a, b) => a.name.localeCompare(b.name),
  // No renewal date sorts last.
  renewal: (a, b) => (a.termEndsOn ?? '9999').localeCompare(b.termEndsOn ?? '9999'),
  status: (a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status],
  updated: (a, b) => b.updatedAt.localeCompare(a.updatedAt),
};

/** Won this year and open pipeline sort the highest first, a partnership without opportunities last. */
export function sortPartnerships(list: readonly Partnership[], sort: PortfolioSort, figures: ReadonlyMap<string, PartnershipFigures> = new Map()): Partnership[] {
  const byFigure = (key: keyof PartnershipFigures) => (a: Partnership, b: Partnership) => (figures.get(b.id)?.[key] ?? -1) - (figures.get(a.id)?.[key] ?? -1);
  const order = sort === 'won' || sort === 'pipeline' ? byFigure(sort) : compare[sort];
  return [...list].sort((a, b) => order(a, b) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}
