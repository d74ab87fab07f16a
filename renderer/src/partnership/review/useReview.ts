// The quarterly review and the roll-up as live queries: the pure builders in
// shared/exports run over a snapshot read in one transaction, so every write anywhere
// (a meeting held, a commitment done) redraws the review at once.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Edition } from '@shared/exports/partnerSafe';
import type { PortfolioRollup, QuarterlyReview } from '@shared/exports/quarterlyReview';
import { buildPortfolioRollup, buildQuarterlyReview } from '@shared/exports/quarterlyReview';
import { db } from '../../../db/db';
import { readExportSnapshot } from '../../../db/exportSnapshot';
import { useToday } from '../../useToday';

/** Undefined while loading; null when the partnership is not in the database. */
export function useQuarterlyReview(partnershipId: string, quarter: string, edition: Edition): QuarterlyReview | null | undefined {
  const today = useToday();
  return useLiveQuery(async () => {
    const snapshot = await readExportSnapshot(db, partnershipId);
    if (!snapshot.partnerships.some((p) => !p.deletedAt)) return null;
    return buildQuarterlyReview(snapshot, partnershipId, quarter, { edition, now: today });
  }, [partnershipId, quarter, edition, today]);
}

export function usePortfolioRollup(quarter: string): PortfolioRollup | undefined {
  const today = useToday();
  return useLiveQuery(async () => buildPortfolioRollup(await readExportSnapshot(db), quarter, today), [quarter, today]);
}
