// The portfolio table's summaries: for every partnership in the portfolio, its one-line
// facts (health sparkline, next cadence, overdue commitments by side). The table reads
// the partnerships themselves with their own, much cheaper live query (usePortfolio), so
// an edit to a partnership shows at once while its summary is recomputed.
import type { PartnershipSummary } from '@shared/portfolioSummary';
import { loadPortfolioExcerpts, summariseExcerpts } from './attentionQuery';
import type { StewardDb } from './schema';

/** `zone`: the user's, in which the next meeting's day is named. */
export async function loadPortfolioSummaries(db: StewardDb, now: Date, today: string, zone?: string): Promise<Map<string, PartnershipSummary>> {
  return summariseExcerpts(await loadPortfolioExcerpts(db), { now: now.toISOString(), today, ...(zone ? { zone } : {}) });
}
