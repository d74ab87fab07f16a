// The opportunity and value event forms' drafts: every field kept as typed, so a refused save loses nothing;
// and how the table sorts its rows (by any column, either way).
import type { Opportunity, Stage } from '@shared/domain';

export interface OpportunityDraft {
  readonly account: string;
  readonly amount: string;
  readonly currency: string;
  readonly stage: string;
  readonly sourced: string;
  readonly openedOn: string;
  readonly expectedCloseOn: string;
  readonly closedOn: string;
  readonly owner: string;
  readonly externalId: string;
}

/** A new one opens today, in the first stage, in the reporting currency, sourced jointly. */
export function opportunityDraftFrom(o: Opportunity | undefined, today: string, stages: readonly Stage[], currency: string): OpportunityDraft {
  return {
    account: o?.account ?? '',
    amount: o ? String(o.amount) : '',
    currency: o?.currency ?? currency,
    stage: o?.stage ?? stages[0]?.name ?? '',
    sourced: o?.sourced ?? 'joint',
    openedOn: o?.openedOn ?? today,
    expectedCloseOn: o?.expectedCloseOn ?? '',
    closedOn: o?.closedOn ?? '',
    owner: o?.owner ?? '',
    externalId: o?.externalId ?? '',
  };
}

/** A blank or non-numeric amount is NaN, so the schema names the field instead of saving 0. */
export function parseAmount(text: string): number {
  const cleaned = text.trim().replace(/[\s,_]/g, '');
  return cleaned === '' ? Number.NaN : Number(cleaned);
}

/** The repository's input; an open stage carries no closing day. */
export function opportunityInputFrom(draft: OpportunityDraft, partnershipId: string, stages: readonly Stage[]) {
  const outcome = stages.find((s) => s.name === draft.stage)?.outcome;
  return { ...draft, partnershipId, amount: parseAmount(draft.amount), closedOn: outcome === 'open' ? '' : draft.closedOn };
}

export const OPPORTUNITY_SORT_KEYS = ['account', 'amount', 'stage', 'sourced', 'expectedCloseOn', 'closedOn', 'owner'] as const;
export type OpportunitySortKey = (typeof OPPORTUNITY_SORT_KEYS)[number];
export interface OpportunitySort {
  readonly key: OpportunitySortKey;
  readonly isDescending: boolean;
}

/**
 * Sorted by `sort`; `amountOf` gives the amount to compare (the reporting currency's when it
 * converts); stages sort in the stage list's order; a missing day or owner sorts last either way.
 */
export function sortOpportunities(list: readonly Opportunity[], sort: OpportunitySort, stages: readonly Stage[], amountOf: (o: Opportunity) => number): Opportunity[] {
  const stageRank = (o: Opportunity) => {
    const i = stages.findIndex((s) => s.name.toLowerCase() === o.stage.toLowerCase());
    return i < 0 ? stages.length : i;
  };
  const text = (a: string, b: string) => (a === '' || b === '' ? 0 : a.localeCompare(b));
  const compare: Readonly<Record<OpportunitySortKey, (a: Opportunity, b: Opportunity) => number>> = {
    account: (a, b) => a.account.localeCompare(b.account),
    amount: (a, b) => amountOf(a) - amountOf(b),
    stage: (a, b) => stageRank(a) - stageRank(b),
    sourced: (a, b) => a.sourced.localeCompare(b.sourced),
    expectedCloseOn: (a, b) => text(a.expectedCloseOn ?? '', b.expectedCloseOn ?? ''),
    closedOn: (a, b) => text(a.closedOn ?? '', b.closedOn ?? ''),
    owner: (a, b) => text(a.owner, b.owner),
  };
  const blank = (o: Opportunity) => (sort.key === 'expectedCloseOn' ? !o.expectedCloseOn : sort.key === 'closedOn' ? !o.closedOn : sort.key === 'owner' ? !o.owner : false);
  const sign = sort.isDescending ? -1 : 1;
  return [...list].sort((a, b) => Number(blank(a)) - Number(blank(b)) || sign * compare[sort.key](a, b) || a.account.localeCompare(b.account) || a.id.localeCompare(b.id));
}

export interface ValueEventDraft {
  readonly kind: string;
  readonly description: string;
  readonly amount: string;
  readonly currency: string;
  readonly occurredOn: string;
}

/** A blank amount is none at all (and then no currency); anything else must be a number. */
export function valueEventInputFrom(draft: ValueEventDraft, partnershipId: string) {
  const hasAmount = draft.amount.trim() !== '';
  return { partnershipId, kind: draft.kind, description: draft.description, occurredOn: draft.occurredOn, currency: hasAmount ? draft.currency : '', ...(hasAmount ? { amount: parseAmount(draft.amount) } : {}) };
}
