// Suggested actions the user already took on: shown as done, never suggested again.
import type { SuggestedAction } from '@shared/health';
import { OWED_BY_LABELS } from '@shared/commitments';
import { routeHref } from '../../router';
import { actionKey } from '@shared/healthView';

export function CreatedActions({ partnershipId, actions }: { readonly partnershipId: string; readonly actions: readonly SuggestedAction[] }) {
  return (
    <div className="health-created">
      <h3>Already commitments</h3>
      <ul>
        {actions.map((a) => (
          <li key={actionKey(a)}>
            <span className="health-created-mark" aria-hidden="true">
              ✓
            </span>{' '}
            {a.title} <span className="muted">({OWED_BY_LABELS[a.owedBy]})</span>
          </li>
        ))}
      </ul>
      <a href={routeHref({ screen: 'partnership', id: partnershipId, tab: 'commitments' })}>Follow them up in Commitments</a>
    </div>
  );
}
