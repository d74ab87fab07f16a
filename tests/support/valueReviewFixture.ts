// A partnership with a measured goal, opportunities in two quarters (one in a currency
// without a rate), value events, an overdue partner commitment and a health drop: the
// value section and the executive summary of its 2027-Q1 review have something to say.
// `marker` goes into every internal field of the value records, so a partner edition can
// be checked for it.
import type {
  Commitment,
  CommitmentId,
  GoalMeasurement,
  GoalMeasurementId,
  HealthCheck,
  HealthCheckId,
  IntentVersion,
  IntentVersionId,
  Opportunity,
  OpportunityId,
  Partnership,
  PartnershipId,
  PortfolioSnapshot,
  ReviewSummary,
  ReviewSummaryId,
  ValueEventId,
} from '@shared/domain';
import { EMPTY_INTENT_CONTENT, emptyPortfolioSnapshot } from '@shared/domain';
import type { Rate } from '@shared/value/currency';

const STAMP = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' };
export const VP = 'vp1';

export const RATES: readonly Rate[] = [{ from: 'EUR', to: 'USD', rate: 1.1, asOf: '2026-01-01' }];

export function valuePartnership(shareOpportunityAmounts = false): Partnership {
  return { ...STAMP, id: VP as PartnershipId, name: 'Globex alliance', partnerOrg: 'Globex', type: 'co-sell', status: 'active', signedOn: '2026-01-01', owner: 'Dana Lee', tags: [], ...(shareOpportunityAmounts ? { shareOpportunityAmounts } : {}) };
}

const intent: IntentVersion = {
  ...STAMP,
  ...EMPTY_INTENT_CONTENT,
  id: 'iv1' as IntentVersionId,
  partnershipId: VP,
  version: 1,
  status: 'agreed',
  agreement: { agreedOn: '2026-06-01', agreedByUs: 'Dana Lee', agreedByPartner: 'Sam Roe' },
  goals: [
    { id: 'g-pipe', statement: 'Joint pipeline of 40 deals', metric: 'Deals', target: '40', dueBy: '2027-12-31', unit: 'count', baseline: 0, targetValue: 40, measureEveryDays: 30 },
    { id: 'g-nps', statement: 'Partner NPS at 50', metric: 'NPS', target: '50', dueBy: '2027-06-30', unit: 'number', baseline: 10, targetValue: 50 },
  ],
};

function measurement(id: string, goalId: string, asOf: string, value: number, note: string): GoalMeasurement {
  return { ...STAMP, id: id as GoalMeasurementId, partnershipId: VP, goalId, value, asOf, source: 'us', note };
}

function deal(id: string, fields: Partial<Opportunity> & Pick<Opportunity, 'amount' | 'openedOn' | 'outcome' | 'sourced'>, marker: string): Opportunity {
  return { ...STAMP, id: id as OpportunityId, partnershipId: VP, account: `${marker} account ${id}`, currency: 'USD', stage: fields.outcome === 'won' ? 'Closed won' : fields.outcome === 'lost' ? 'Closed lost' : 'Qualified', owner: `${marker} owner`, externalId: `${marker}-${id}`, ...fields };
}

function check(id: string, assessedOn: string, score: number): HealthCheck {
  return { ...STAMP, id: id as HealthCheckId, partnershipId: VP, assessedOn, perspective: 'ours', respondent: 'Dana Lee', scores: [{ dimension: 'trust', score, comment: '' }], internalNotes: '' };
}

export function valueSnapshot(options: { readonly marker?: string; readonly share?: boolean; readonly summary?: Partial<ReviewSummary> } = {}): PortfolioSnapshot {
  const marker = options.marker ?? 'Acct';
  const commitment: Commitment = { ...STAMP, id: 'c1' as CommitmentId, partnershipId: VP, title: 'Send the joint case study', detail: '', owedBy: 'partner', ownerId: '', dueOn: '2027-02-10', status: 'open', source: 'manual', sourceId: '' };
  const summaries: ReviewSummary[] = options.summary
    ? [{ ...STAMP, id: 's1' as ReviewSummaryId, partnershipId: VP, quarter: '2027-Q1', wins: '', risks: '', asks: '', ...options.summary }]
    : [];
  return {
    ...emptyPortfolioSnapshot(),
    partnerships: [valuePartnership(options.share)],
    intentVersions: [intent],
    goalMeasurements: [
      measurement('m1', 'g-pipe', '2027-01-10', 4, 'First count'),
      measurement('m2', 'g-pipe', '2027-02-10', 8, 'Second count'),
      // After the review's moment in the tests (as at 2027-02-20): ignored.
      measurement('m3', 'g-pipe', '2027-03-10', 30, 'Late count'),
      measurement('m4', 'g-nps', '2027-01-05', 12, 'Survey one'),
      measurement('m5', 'g-nps', '2027-02-05', 13, 'Survey two'),
    ],
    opportunities: [
      // Previous quarter (2026-Q4).
      deal('o1', { amount: 50_000, openedOn: '2026-10-05', outcome: 'won', closedOn: '2026-11-20', sourced: 'joint' }, marker),
      deal('o2', { amount: 20_000, openedOn: '2026-11-01', outcome: 'lost', closedOn: '2026-12-01', sourced: 'partner' }, marker),
      // This quarter, up to the moment.
      deal('o3', { amount: 120_000, openedOn: '2027-01-04', outcome: 'won', closedOn: '2027-02-01', sourced: 'joint' }, marker),
      deal('o4', { amount: 10_000, currency: 'EUR', openedOn: '2027-01-15', outcome: 'won', closedOn: '2027-02-12', sourced: 'partner' }, marker),
      deal('o5', { amount: 5_000, currency: 'GBP', openedOn: '2027-02-02', outcome: 'open', sourced: 'us' }, marker),
      // Won after the moment: not counted.
      deal('o6', { amount: 999_000, openedOn: '2027-01-20', outcome: 'won', closedOn: '2027-03-15', sourced: 'us' }, marker),
    ],
    valueEvents: [
      { ...STAMP, id: 'e1' as ValueEventId, partnershipId: VP, kind: 'reference won', description: 'Globex spoke at our summit', occurredOn: '2027-01-25', currency: '' },
      { ...STAMP, id: 'e2' as ValueEventId, partnershipId: VP, kind: 'cost saved', description: 'Shared lab', amount: 7_777, currency: 'USD', occurredOn: '2027-02-03' },
    ],
    commitments: [commitment],
    healthChecks: [check('h1', '2026-12-01', 4), check('h2', '2027-02-01', 3)],
    reviewSummaries: summaries,
  };
}
