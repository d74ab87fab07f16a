import { useEffect, useState } from 'react';
import { useLiveQuery } from '../../db/live';
import type { Partnership } from '@shared/domain';
import type { PartnershipSummary } from '@shared/portfolioSummary';
import { minuteOf } from '../../db/attentionQuery';
import { db } from '../../db/db';
import { loadPortfolioSummaries, loadPortfolioValue } from '../../db/portfolioQuery';
import type { PartnershipValue } from '@shared/value/pipeline';
import { listPartnerships } from '../../db/queries';
import type { SearchHit } from '../../db/search';
import { searchRecords } from '../../db/search';
import { useMinute } from '../useMinute';
import { useToday } from '../useToday';
import { useSettings } from '../../db/hooks';

export interface PortfolioData {
  readonly partnerships: readonly Partnership[];
  readonly summaries: ReadonlyMap<string, PartnershipSummary>;
}

const NO_SUMMARIES: ReadonlyMap<string, PartnershipSummary> = new Map();

/**
 * Current (or archived) partnerships with their live summaries. Two live queries: after
 * a write, the partnerships (a few hundred rows) show at once, and the summaries (every
 * cadence's next due) follow when recomputed, the previous ones shown meanwhile.
 */
export function usePortfolio(isArchived: boolean): PortfolioData | undefined {
  const today = useToday();
  const minute = useMinute();
  const zone = useSettings()?.timeZone;
  const partnerships = useLiveQuery(() => listPartnerships(db, { archived: isArchived }), [isArchived]);
  // `minute` re-runs it as meetings start, so the next cadence shown is always one still ahead.
  const summaries = useLiveQuery(() => (isArchived ? NO_SUMMARIES : loadPortfolioSummaries(db, minuteOf(new Date(minute)), today, zone)), [isArchived, today, minute, zone]);
  return partnerships && summaries ? { partnerships, summaries } : undefined;
}

/** A search scans records, so it waits for a pause in typing instead of running per keystroke. */
const SEARCH_PAUSE_MS = 200;

/** Which partnerships' records match the query, once typing pauses. */
export function useRecordSearch(query: string): ReadonlyMap<string, ReadonlySet<SearchHit>> {
  const [settled, setSettled] = useState(query.trim());
  useEffect(() => {
    const timer = setTimeout(() => setSettled(query.trim()), SEARCH_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [query]);
  return useLiveQuery(() => searchRecords(db, settled), [settled]) ?? new Map();
}

export interface PortfolioValue {
  readonly currency: string;
  readonly values: ReadonlyMap<string, PartnershipValue>;
}

/**
 * Won this year and open pipeline per partnership, read only while `isWanted` (a value column
 * shown, or the list sorted by one); undefined while loading or not wanted. It never holds up
 * the table: the other columns show while it loads.
 */
export function usePortfolioValue(isWanted: boolean): PortfolioValue | undefined {
  const today = useToday();
  return useLiveQuery(() => (isWanted ? loadPortfolioValue(db, today) : undefined), [isWanted, today]);
}
