// The portfolio table's summaries: for every partnership in the portfolio, its one-line
// facts (health sparkline, next cadence, overdue commitments by side). The table reads
// the partnerships themselves with their own, much cheaper live query (usePortfolio), so
// an edit to a partnership shows at once while its summary is recomputed.
import type { PartnershipSummary } from '@shared/portfolioSummary';
import type { PartnershipValue } from '@shared/value/pipeline';
import { valueByPartnership } from '@shared/value/pipeline';
import { loadPortfolioExcerpts, summariseExcerpts } from './attentionQuery';
import { readSettingsButZone } from './settings';
import type { StewardDb } from './schema';

/** `zone`: the user's, in which the next meeting's day is named. */
export async function loadPortfolioSummaries(db: StewardDb, now: Date, today: string, zone?: string): Promise<Map<string, PartnershipSummary>> {
  return summariseExcerpts(await loadPortfolioExcerpts(db), { now: now.toISOString(), today, ...(zone ? { zone } : {}) });
}

/**
 * Won this year and the open pipeline of every partnership with opportunities, in the
 * reporting currency. Its own live query (read only when the Portfolio shows or sorts by
 * them): it wakes on writes to opportunities, rates and settings only, and reads the
 * opportunities table once, in one transaction with the rates and settings it converts by.
 */
export async function loadPortfolioValue(db: StewardDb, today: string): Promise<{ readonly currency: string; readonly values: ReadonlyMap<string, PartnershipValue> }> {
  return db.transaction('r', [db.opportunities, db.exchangeRates, db.settings], async () => {
    const [opportunities, rates, settings] = await Promise.all([db.opportunities.toArray(), db.exchangeRates.toArray(), readSettingsButZone({ db })]);
    return { currency: settings.reportingCurrency, values: valueByPartnership(opportunities, today, settings.reportingCurrency, rates) };
  });
}
