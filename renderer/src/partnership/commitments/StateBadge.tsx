import type { CommitmentState } from '@shared/commitments';

/** A commitment's derived state; overdue in red, due soon in amber, done in green. */
export function StateBadge({ state, text }: { readonly state: CommitmentState; readonly text: string }) {
  return <span className={`badge commitments-state commitments-state-${state.replace(/ /g, '-')}`}>{text}</span>;
}
