// The executives' portfolio roll-up: one row per partnership for a quarter, counted
// as the quarterly reviews count (quarterCounts.ts). Internal only: it has no partner edition.
import type { Partnership, PartnershipStatus, PortfolioSnapshot } from '../domain';
import { latestChecks, overallScore } from '../health';
import type { ExpansionCache } from '../recurrence';
import { createExpansionCache } from '../recurrence';
import type { DayRange, Quarter } from './quarter';
import { formatQuarter, quarterRange, toQuarter } from './quarter';
import type { AsAt } from './quarterCounts';
import { adherenceRows, adherenceTotals, generatedDay, lastCountedDay, live, reviewAsAt, sideSummaries } from './quarterCounts';
import type { MissingRate, MoneyTotal } from '../value/currency';
import { emptyTotal, sumConverted } from '../value/currency';
import type { ValueSettings } from './reviewValue';

export interface RollupRow {
  readonly partnershipId: string;
  readonly name: string;
  readonly partnerOrg: string;
  readonly status: PartnershipStatus;
  /** Held / planned across the partnership's cadences up to the moment, whole percent. */
  readonly adherencePercent?: number;
  readonly oursOnTimePercent?: number;
  readonly theirsOnTimePercent?: number;
  /** Overall score of the latest check of each side up to quarter end. */
  readonly healthOurs?: number;
  readonly healthPartner?: number;
  /** healthOurs − healthPartner, one decimal. */
  readonly gap?: number;
  readonly renewalOn?: string;
  /** Won in the quarter up to the moment, in the reporting currency (each deal at its closing day's rate). */
  readonly won: MoneyTotal;
  /** Open as at the moment (opened by then, not closed by then), at that day's rates. */
  readonly pipeline: MoneyTotal;
}

/** For executives only: there is no partner edition of the roll-up. */
export interface PortfolioRollup extends AsAt {
  readonly quarter: string;
  readonly range: DayRange;
  readonly generatedOn: string;
  readonly rows: readonly RollupRow[];
  /** Every row's won and pipeline added up, in `won.currency`; what had no rate is counted in `unconverted`. */
  readonly totals: { readonly won: MoneyTotal; readonly pipeline: MoneyTotal; readonly missingRates: readonly MissingRate[] };
}

/** Won in the quarter up to its last counted day, and open on that day, for one partnership. */
function moneyOf(snapshot: PortfolioSnapshot, partnershipId: string, range: DayRange, asAt: AsAt, value: ValueSettings): Pick<RollupRow, 'won' | 'pipeline'> {
  const day = lastCountedDay(range, asAt);
  const deals = live(snapshot.opportunities, partnershipId);
  const won = deals.filter((d) => d.outcome === 'won' && d.closedOn !== undefined && d.closedOn >= range.first && d.closedOn <= day);
  // As at the moment: a deal closed after it was still open then.
  const open = deals.filter((d) => d.openedOn <= day && (d.outcome === 'open' || (d.closedOn !== undefined && d.closedOn > day)));
  return {
    won: sumConverted(won.map((d) => ({ amount: d.amount, currency: d.currency, day: d.closedOn! })), value.currency, value.rates),
    pipeline: sumConverted(open.map((d) => ({ amount: d.amount, currency: d.currency, day })), value.currency, value.rates),
  };
}

function addTotals(a: MoneyTotal, b: MoneyTotal): MoneyTotal {
  const missing = new Map<string, MissingRate>();
  for (const m of [...a.missingRates, ...b.missingRates]) if (!missing.has(m.from) || m.day < missing.get(m.from)!.day) missing.set(m.from, m);
  return { amount: a.amount + b.amount, currency: a.currency, count: a.count + b.count, unconverted: a.unconverted + b.unconverted, missingRates: [...missing.values()].sort((x, y) => x.from.localeCompare(y.from)) };
}

function totalsOf(rows: readonly RollupRow[], currency: string): PortfolioRollup['totals'] {
  const won = rows.reduce((t, r) => addTotals(t, r.won), emptyTotal(currency));
  const pipeline = rows.reduce((t, r) => addTotals(t, r.pipeline), emptyTotal(currency));
  return { won, pipeline, missingRates: addTotals(won, pipeline).missingRates };
}

function rollupRow(snapshot: PortfolioSnapshot, partnership: Partnership, range: DayRange, asAt: AsAt, cache: ExpansionCache, value: ValueSettings): RollupRow {
  const adherence = adherenceTotals(adherenceRows(snapshot, partnership.id, range, asAt, cache)).percent;
  const sides = sideSummaries(snapshot, partnership.id, range, asAt, cache);
  const lastDay = lastCountedDay(range, asAt);
  const { ours, partner } = latestChecks(live(snapshot.healthChecks, partnership.id).filter((c) => c.assessedOn <= lastDay));
  const [healthOurs, healthPartner] = [ours && overallScore(ours), partner && overallScore(partner)];
  const optional = {
    adherencePercent: adherence,
    oursOnTimePercent: sides.us.onTimePercent,
    theirsOnTimePercent: sides.partner.onTimePercent,
    healthOurs,
    healthPartner,
    gap: healthOurs !== undefined && healthPartner !== undefined ? Math.round((healthOurs - healthPartner) * 10) / 10 : undefined,
    renewalOn: partnership.termEndsOn,
  };
  const defined = Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined));
  return { partnershipId: partnership.id, name: partnership.name, partnerOrg: partnership.partnerOrg, status: partnership.status, ...defined, ...moneyOf(snapshot, partnership.id, range, asAt, value) };
}

/**
 * One row per partnership not deleted, by name, counted as the reviews count (as at `now` in
 * `zone`). `cache` remembers expansions and zone conversions (the page's; one for the call when absent);
 * money in `value`'s reporting currency (USD without rates when absent).
 */
export function buildPortfolioRollup(
  snapshot: PortfolioSnapshot,
  quarter: Quarter | string,
  now: string,
  zone = 'UTC',
  cache: ExpansionCache = createExpansionCache(),
  value: ValueSettings = { currency: 'USD', rates: [] },
): PortfolioRollup {
  const q = toQuarter(quarter);
  const range = quarterRange(q);
  const asAt = reviewAsAt(range, now, zone, cache);
  const rows = snapshot.partnerships
    .filter((p) => !p.deletedAt)
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id))
    .map((p) => rollupRow(snapshot, p, range, asAt, cache, value));
  return { quarter: formatQuarter(q), range, ...asAt, generatedOn: generatedDay(now, asAt, cache), rows, totals: totalsOf(rows, value.currency) };
}
