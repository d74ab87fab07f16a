// The joint pipeline in figures: what was created, won and lost in a period by who sourced
// it, what a partnership won this year, and its open pipeline, all in the reporting currency.
// Each amount is converted on its own day: a created deal on the day it opened, a won or lost
// one on the day it closed, the open pipeline on `today`.
import type { Opportunity, OpportunitySource } from '../domain';
import { OPPORTUNITY_SOURCES } from '../domain';
import type { MoneyTotal, Rate } from './currency';
import { sumConverted } from './currency';

export interface DayRange {
  readonly first: string;
  readonly last: string;
}

type Deal = Pick<Opportunity, 'amount' | 'currency' | 'outcome' | 'sourced' | 'openedOn' | 'closedOn' | 'partnershipId'> & { readonly deletedAt?: string };

export interface SourceTotals {
  readonly created: MoneyTotal;
  readonly won: MoneyTotal;
  readonly lost: MoneyTotal;
}

const within = (day: string | undefined, range: DayRange) => day !== undefined && day >= range.first && day <= range.last;
const live = <T extends { readonly deletedAt?: string }>(items: readonly T[]) => items.filter((i) => !i.deletedAt);

function total(deals: readonly Deal[], dayOf: (d: Deal) => string, currency: string, rates: readonly Rate[]): MoneyTotal {
  return sumConverted(
    deals.map((d) => ({ amount: d.amount, currency: d.currency, day: dayOf(d) })),
    currency,
    rates,
  );
}

/** Created (opened in the range), won and lost (closed in the range) per source, and all sources together. */
export function totalsBySource(opportunities: readonly Deal[], range: DayRange, currency: string, rates: readonly Rate[]): Readonly<Record<OpportunitySource | 'all', SourceTotals>> {
  const deals = live(opportunities);
  const totalsOf = (subset: readonly Deal[]): SourceTotals => ({
    created: total(
      subset.filter((d) => within(d.openedOn, range)),
      (d) => d.openedOn,
      currency,
      rates,
    ),
    won: total(
      subset.filter((d) => d.outcome === 'won' && within(d.closedOn, range)),
      (d) => d.closedOn!,
      currency,
      rates,
    ),
    lost: total(
      subset.filter((d) => d.outcome === 'lost' && within(d.closedOn, range)),
      (d) => d.closedOn!,
      currency,
      rates,
    ),
  });
  const bySource = Object.fromEntries(OPPORTUNITY_SOURCES.map((s) => [s, totalsOf(deals.filter((d) => d.sourced === s))])) as Record<OpportunitySource, SourceTotals>;
  return { ...bySource, all: totalsOf(deals) };
}

/** Won from 1 January of today's year to today. */
export function wonThisYear(opportunities: readonly Deal[], today: string, currency: string, rates: readonly Rate[]): MoneyTotal {
  const range = { first: `${today.slice(0, 4)}-01-01`, last: today };
  const won = live(opportunities).filter((d) => d.outcome === 'won' && within(d.closedOn, range));
  return total(won, (d) => d.closedOn!, currency, rates);
}

/** Every open opportunity, at today's rates. */
export function openPipeline(opportunities: readonly Deal[], today: string, currency: string, rates: readonly Rate[]): MoneyTotal {
  return total(
    live(opportunities).filter((d) => d.outcome === 'open'),
    () => today,
    currency,
    rates,
  );
}

export interface PartnershipValue {
  readonly wonThisYear: MoneyTotal;
  readonly openPipeline: MoneyTotal;
}

/** Won this year and open pipeline for each partnership that has opportunities. */
export function valueByPartnership(opportunities: readonly Deal[], today: string, currency: string, rates: readonly Rate[]): Map<string, PartnershipValue> {
  const groups = new Map<string, Deal[]>();
  for (const d of live(opportunities)) {
    const group = groups.get(d.partnershipId);
    if (group) group.push(d);
    else groups.set(d.partnershipId, [d]);
  }
  return new Map([...groups].map(([id, deals]) => [id, { wonThisYear: wonThisYear(deals, today, currency, rates), openPipeline: openPipeline(deals, today, currency, rates) }]));
}
