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
}

/** For executives only: there is no partner edition of the roll-up. */
export interface PortfolioRollup extends AsAt {
  readonly quarter: string;
  readonly range: DayRange;
  readonly generatedOn: string;
  readonly rows: readonly RollupRow[];
}

function rollupRow(snapshot: PortfolioSnapshot, partnership: Partnership, range: DayRange, asAt: AsAt, cache: ExpansionCache): RollupRow {
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
  return { partnershipId: partnership.id, name: partnership.name, partnerOrg: partnership.partnerOrg, status: partnership.status, ...defined };
}

/**
 * One row per partnership not deleted, by name, counted as the reviews count (as at `now` in
 * `zone`). `cache` remembers expansions and zone conversions (the page's; one for the call when absent).
 */
export function buildPortfolioRollup(snapshot: PortfolioSnapshot, quarter: Quarter | string, now: string, zone = 'UTC', cache: ExpansionCache = createExpansionCache()): PortfolioRollup {
  const q = toQuarter(quarter);
  const range = quarterRange(q);
  const asAt = reviewAsAt(range, now, zone, cache);
  const rows = snapshot.partnerships
    .filter((p) => !p.deletedAt)
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id))
    .map((p) => rollupRow(snapshot, p, range, asAt, cache));
  return { quarter: formatQuarter(q), range, ...asAt, generatedOn: generatedDay(now, asAt, cache), rows };
}
