// The commitment form's draft: every field kept as typed, so nothing is lost when the
// input does not validate.
import type { Commitment, OwedBy } from '@shared/domain';
import { addDays } from '@shared/dates';

export interface CommitmentDraft {
  readonly title: string;
  readonly detail: string;
  readonly owedBy: string;
  readonly ownerId: string;
  readonly dueOn: string;
  readonly status: string;
  readonly doneOn: string;
  /** The charter goal it serves, or '' for none. */
  readonly goalId: string;
}

/** New commitments are due in two weeks unless the user says otherwise. */
export const DEFAULT_DUE_DAYS = 14;

export function commitmentDraftFrom(c: Commitment | undefined, today: string, owedBy: OwedBy): CommitmentDraft {
  return {
    title: c?.title ?? '',
    detail: c?.detail ?? '',
    owedBy: c?.owedBy ?? owedBy,
    ownerId: c?.ownerId ?? '',
    dueOn: c?.dueOn ?? addDays(today, DEFAULT_DUE_DAYS),
    status: c?.status ?? 'open',
    doneOn: c?.doneOn ?? '',
    goalId: c?.goalId ?? '',
  };
}

/** The repository input; an edit keeps where the commitment came from. */
export function commitmentInputFrom(draft: CommitmentDraft, partnershipId: string, initial?: Commitment) {
  return {
    ...draft,
    partnershipId,
    doneOn: draft.status === 'done' ? draft.doneOn : '',
    source: initial?.source ?? 'manual',
    sourceId: initial?.sourceId ?? '',
  };
}
