// Whether a re-imported opportunity changes the stored one: the fields a CRM row sets,
// compared as stored (an empty optional day and a missing one are the same; an open
// deal keeps no closing day).
import type { Opportunity } from '../domain';

export const IMPORTED_OPPORTUNITY_FIELDS = ['account', 'amount', 'currency', 'stage', 'outcome', 'sourced', 'openedOn', 'expectedCloseOn', 'closedOn', 'owner', 'externalId'] as const;

type Compared = Pick<Opportunity, (typeof IMPORTED_OPPORTUNITY_FIELDS)[number]>;

/** The value as stored: '' for an absent optional day, no closing day while open. */
function stored(o: Partial<Compared>, key: (typeof IMPORTED_OPPORTUNITY_FIELDS)[number]): unknown {
  if (key === 'closedOn' && o.outcome === 'open') return '';
  return o[key] ?? '';
}

export function sameOpportunity(a: Partial<Compared>, b: Partial<Compared>): boolean {
  return IMPORTED_OPPORTUNITY_FIELDS.every((key) => stored(a, key) === stored(b, key));
}
