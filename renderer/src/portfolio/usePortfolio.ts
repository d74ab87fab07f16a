import { useDeferredValue } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Partnership } from '@shared/domain';
import type { PartnershipSummary } from '@shared/portfolioSummary';
import { summarisePartnerships } from '@shared/portfolioSummary';
import { db } from '../../db/db';
import { loadAttentionSnapshot } from '../../db/attentionQuery';
import { listPartnerships } from '../../db/queries';
import type { SearchHit } from '../../db/search';
import { searchRecords } from '../../db/search';
import { useToday } from '../useToday';

const SPARKLINE_CHECKS = 8;

export interface PortfolioData {
  readonly partnerships: readonly Partnership[];
  readonly summaries: ReadonlyMap<string, PartnershipSummary>;
}

/** Current (or archived) partnerships with their live summaries. */
export function usePortfolio(isArchived: boolean): PortfolioData | undefined {
  const today = useToday();
  return useLiveQuery(async () => {
    if (isArchived) return { partnerships: await listPartnerships(db, { archived: true }), summaries: new Map() };
    const now = new Date();
    const snapshot = await loadAttentionSnapshot(db, now, today, SPARKLINE_CHECKS);
    return { partnerships: snapshot.partnerships, summaries: summarisePartnerships(snapshot, { now: now.toISOString(), today }) };
  }, [isArchived, today]);
}

/** Which partnerships' records match the query; deferred so typing stays responsive. */
export function useRecordSearch(query: string): ReadonlyMap<string, ReadonlySet<SearchHit>> {
  const deferred = useDeferredValue(query.trim());
  return useLiveQuery(() => searchRecords(db, deferred), [deferred]) ?? new Map();
}
