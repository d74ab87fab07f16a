// What a quarterly review of one partnership reads, in one transaction with the exchange
// rates: the records buildQuarterlyReview looks at, not the whole export snapshot. It never
// reads the activity log or meeting preparations (the largest of a partnership's tables after
// years of history), and takes occurrence records, decisions, value events and saved summaries
// only around the quarter, through their [partnershipId+…] indexes. The builder filters every
// one of these to the quarter itself, so the review is the one the whole snapshot gives
// (tests/unit/db/reviewSnapshot.test.ts).
import type { ExchangeRate, PortfolioSnapshot } from '@shared/domain';
import { addDays } from '@shared/dates';
import type { Quarter } from '@shared/exports/quarter';
import { formatQuarter, quarterRange, toQuarter } from '@shared/exports/quarter';
import { activeExchangeRates } from './value';
import type { StewardDb } from './schema';

export interface ReviewInputs {
  /** The partnership's records a review of the quarter can use; activity and meeting preparations are empty. */
  readonly snapshot: PortfolioSnapshot;
  /** The live exchange rates, as listExchangeRates gives them. */
  readonly rates: ExchangeRate[];
}

/**
 * Occurrence records are keyed by an ISO instant, and the review counts those in the quarter
 * as each cadence's zone draws it (up to 14 hours either side of UTC's days); an instant
 * written with an offset starts with its local day. Two days either side hold both.
 */
const OCCURRENCE_MARGIN_DAYS = 2;

/** The records and rates a review of `quarter` reads; the partnership list is empty when it is not stored. */
export async function readReviewInputs(db: StewardDb, partnershipId: string, quarter: Quarter | string): Promise<ReviewInputs> {
  const range = quarterRange(toQuarter(quarter));
  const inQuarter = (from: string, to: string) => [
    [partnershipId, from],
    [partnershipId, to],
  ] as const;
  const own = { partnershipId };
  const tables = [db.partnerships, db.intentVersions, db.stakeholders, db.cadences, db.occurrences, db.touchpoints, db.decisions, db.commitments, db.healthChecks, db.goalMeasurements, db.opportunities, db.valueEvents, db.reviewSummaries, db.exchangeRates];
  return db.transaction('r', tables, async () => {
    const occurrenceSpan = inQuarter(addDays(range.first, -OCCURRENCE_MARGIN_DAYS), addDays(range.last, OCCURRENCE_MARGIN_DAYS + 1));
    const [partnerships, intentVersions, stakeholders, cadences, occurrences, touchpoints, decisions, commitments, healthChecks, goalMeasurements, opportunities, valueEvents, reviewSummaries, rates] = await Promise.all([
      db.partnerships.where({ id: partnershipId }).toArray(),
      db.intentVersions.where(own).toArray(),
      db.stakeholders.where(own).toArray(),
      db.cadences.where(own).toArray(),
      db.occurrences.where('[partnershipId+occurrence]').between(...occurrenceSpan, true, false).toArray(),
      db.touchpoints.where(own).toArray(),
      db.decisions.where('[partnershipId+decidedOn]').between(...inQuarter(range.first, range.last), true, true).toArray(),
      db.commitments.where(own).toArray(),
      db.healthChecks.where(own).toArray(),
      db.goalMeasurements.where(own).toArray(),
      db.opportunities.where(own).toArray(),
      db.valueEvents.where('[partnershipId+occurredOn]').between(...inQuarter(range.first, range.last), true, true).toArray(),
      db.reviewSummaries.where({ partnershipId, quarter: formatQuarter(toQuarter(quarter)) }).toArray(),
      db.exchangeRates.toArray(),
    ]);
    const snapshot: PortfolioSnapshot = {
      partnerships,
      intentVersions,
      stakeholders,
      cadences,
      occurrences,
      touchpoints,
      decisions,
      commitments,
      healthChecks,
      meetingPreps: [],
      goalMeasurements,
      opportunities,
      valueEvents,
      reviewSummaries,
      activity: [],
    };
    return { snapshot, rates: activeExchangeRates(rates) };
  });
}
