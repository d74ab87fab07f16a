// The words the Value tab uses for the domain's values.
import type { OpportunitySource, StageOutcome, ValueEventKind } from '@shared/domain';

export const SOURCE_LABELS: Readonly<Record<OpportunitySource, string>> = { us: 'By us', partner: 'By the partner', joint: 'Joint', influenced: 'Influenced' };
export const SOURCE_TOTAL_LABELS: Readonly<Record<OpportunitySource | 'all', string>> = { ...SOURCE_LABELS, all: 'All sources' };
export const OUTCOME_LABELS: Readonly<Record<StageOutcome, string>> = { open: 'open', won: 'won', lost: 'lost' };
export const EVENT_KIND_LABELS: Readonly<Record<ValueEventKind, string>> = {
  'cost saved': 'Cost saved',
  'integration installs': 'Integration installs',
  'reference won': 'Reference won',
  'co-marketing': 'Co-marketing',
  other: 'Other',
};
