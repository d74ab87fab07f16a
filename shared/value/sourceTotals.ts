// The Value tab's headline figures: for each way a deal was sourced, and for all of them,
// what was won this year and what is open now, in the reporting currency. Built on
// pipeline.ts so the tab, the Portfolio and the review count a deal the same way.
import type { Opportunity, OpportunitySource } from '../domain';
import { OPPORTUNITY_SOURCES } from '../domain';
import type { MissingRate, MoneyTotal, Rate } from './currency';
import { openPipeline, wonThisYear } from './pipeline';

type Deal = Parameters<typeof wonThisYear>[0][number] & Pick<Opportunity, 'sourced'>;

export interface SourceValue {
  readonly source: OpportunitySource | 'all';
  readonly won: MoneyTotal;
  readonly open: MoneyTotal;
}

/** One row per source that has any deal, then the row for all of them (always there). */
export function valueBySource(opportunities: readonly Deal[], today: string, currency: string, rates: readonly Rate[]): SourceValue[] {
  const live = opportunities.filter((d) => !d.deletedAt);
  const row = (source: OpportunitySource | 'all', deals: readonly Deal[]): SourceValue => ({
    source,
    won: wonThisYear(deals, today, currency, rates),
    open: openPipeline(deals, today, currency, rates),
  });
  const rows = OPPORTUNITY_SOURCES.map((s) => live.filter((d) => d.sourced === s))
    .map((deals, i) => ({ deals, source: OPPORTUNITY_SOURCES[i]! }))
    .filter(({ deals }) => deals.length > 0)
    .map(({ deals, source }) => row(source, deals));
  return [...rows, row('all', live)];
}

/** Every missing rate of these totals, once per currency, with the earliest day it was needed for. */
export function missingRatesOf(totals: readonly MoneyTotal[]): MissingRate[] {
  const byPair = new Map<string, MissingRate>();
  for (const rate of totals.flatMap((t) => t.missingRates)) {
    const key = `${rate.from}>${rate.to}`;
    const known = byPair.get(key);
    if (!known || rate.day < known.day) byPair.set(key, rate);
  }
  return [...byPair.values()].sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
}
