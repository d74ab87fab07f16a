// The quarterly review and the roll-up as live queries: the pure builders in
// shared/exports run over records read in one transaction (for a review, only what it
// looks at: reviewSnapshot.ts), so every write that matters to it (a meeting held, a
// commitment done) redraws the review at once. Both are "as at" now
// in the user's zone, re-read every minute, so a meeting that has just passed is counted.
import { useLiveQuery } from '../../../db/live';
import type { Edition } from '@shared/exports/partnerSafe';
import type { PortfolioRollup } from '@shared/exports/portfolioRollup';
import type { QuarterlyReview } from '@shared/exports/quarterlyReview';
import { buildPortfolioRollup } from '@shared/exports/portfolioRollup';
import { buildQuarterlyReview } from '@shared/exports/quarterlyReview';
import { db } from '../../../db/db';
import { useSettings } from '../../../db/hooks';
import { readExportSnapshot } from '../../../db/exportSnapshot';
import { readReviewInputs } from '../../../db/reviewSnapshot';
import { calendarCache } from '../../../db/calendarCache';
import { useNow } from '../rhythm/useRhythmData';
import { listExchangeRates } from '../../../db/value';
import { useDateText } from '../../clock/useDateText';

/** Now (ISO, to the minute) and the user's zone: the moment a review is as at. */
function useReviewMoment(): { readonly now: string; readonly zone: string } {
  const settings = useSettings();
  const zone = settings?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const now = useNow();
  return { now: new Date(Math.floor(now.getTime() / 60_000) * 60_000).toISOString(), zone };
}

/** Undefined while loading; null when the partnership is not in the database. */
export function useQuarterlyReview(partnershipId: string, quarter: string, edition: Edition): QuarterlyReview | null | undefined {
  const { now, zone } = useReviewMoment();
  const currency = useSettings()?.reportingCurrency;
  const { format: dateFormat } = useDateText();
  return useLiveQuery(async () => {
    if (currency === undefined) return undefined;
    const { snapshot, rates } = await readReviewInputs(db, partnershipId, quarter);
    if (!snapshot.partnerships.some((p) => !p.deletedAt)) return null;
    return buildQuarterlyReview(snapshot, partnershipId, quarter, { edition, now, zone, cache: calendarCache(), value: { currency, rates }, dateFormat });
  }, [partnershipId, quarter, edition, now, zone, currency, dateFormat.style, dateFormat.locale]);
}

export function usePortfolioRollup(quarter: string): PortfolioRollup | undefined {
  const { now, zone } = useReviewMoment();
  const currency = useSettings()?.reportingCurrency;
  return useLiveQuery(async () => {
    if (currency === undefined) return undefined;
    const [snapshot, rates] = await Promise.all([readExportSnapshot(db), listExchangeRates(db)]);
    return buildPortfolioRollup(snapshot, quarter, now, zone, calendarCache(), { currency, rates });
  }, [quarter, now, zone, currency]);
}
