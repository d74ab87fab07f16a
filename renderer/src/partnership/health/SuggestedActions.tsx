// Concrete next steps for the weakest and most divergent dimensions; the ticked ones
// become commitments in one step, and an action already taken is not suggested again.
import { useState } from 'react';
import type { Commitment, FieldErrors, HealthCheck } from '@shared/domain';
import { ValidationError } from '@shared/domain';
import { actionToCommitment, suggestActions } from '@shared/health';
import type { SuggestedAction } from '@shared/health';
import { actionKey, partitionActions } from '@shared/healthView';
import type { CommitmentDraft } from '../../../db/commitments';
import { useToast } from '../../components/ToastProvider';
import { ActionItem } from './ActionItem';
import { CreatedActions } from './CreatedActions';
import { failureMessage } from '../../components/failureMessage';

interface Props {
  readonly partnershipId: string;
  readonly checks: readonly HealthCheck[];
  readonly commitments: readonly Commitment[];
  readonly today: string;
  readonly onCommit: (drafts: readonly CommitmentDraft[]) => Promise<unknown>;
}

export function SuggestedActions({ partnershipId, checks, commitments, today, onCommit }: Props) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [dueOn, setDueOn] = useState<Readonly<Record<string, string>>>({});
  const [errors, setErrors] = useState<FieldErrors>({});
  const [isSaving, setSaving] = useState(false);
  const toast = useToast();
  const { pending, created } = partitionActions(suggestActions(checks, today), commitments);
  const chosen = pending.filter((a) => selected.has(actionKey(a)));

  const toDraft = (a: SuggestedAction): CommitmentDraft => {
    const { partnershipId: _partnershipId, ...draft } = actionToCommitment({ ...a, dueOn: dueOn[actionKey(a)] ?? a.dueOn }, partnershipId);
    return draft;
  };
  const select = (key: string, isOn: boolean) =>
    setSelected((s) => (isOn ? new Set([...s, key]) : new Set([...s].filter((k) => k !== key))));

  async function create() {
    setSaving(true);
    try {
      await onCommit(chosen.map(toDraft));
      setSelected(new Set());
      setErrors({});
    } catch (error) {
      if (error instanceof ValidationError) setErrors(byAction(error.errors, chosen));
      else toast({ message: failureMessage('Could not create the commitments', error), tone: 'error' });
    } finally {
      setSaving(false);
    }
  }

  return (
    <section className="panel health-actions" aria-labelledby="health-actions-title">
      <h2 id="health-actions-title">Suggested actions</h2>
      {pending.length === 0 && created.length === 0 && (
        <p className="muted">Nothing to act on: our latest check scores every dimension 4 or more, and no dimension is 2 or more points apart between the two sides.</p>
      )}
      {pending.length > 0 && (
        <>
          <p className="health-section-intro">For the weakest dimensions and the widest gaps. Tick the ones to take on: each becomes a commitment.</p>
          <ul className="health-action-list">
            {pending.map((a) => (
              <ActionItem
                key={actionKey(a)}
                action={a}
                isSelected={selected.has(actionKey(a))}
                dueOn={dueOn[actionKey(a)] ?? a.dueOn}
                error={errors[actionKey(a)]}
                onSelect={(isOn) => select(actionKey(a), isOn)}
                onDueOn={(day) => setDueOn((d) => ({ ...d, [actionKey(a)]: day }))}
              />
            ))}
          </ul>
          <div className="form-actions">
            <button type="button" className="button button-primary" disabled={chosen.length === 0 || isSaving} onClick={() => void create()}>
              {chosen.length > 1 ? `Create ${chosen.length} commitments` : 'Create commitment'}
            </button>
          </div>
        </>
      )}
      {created.length > 0 && <CreatedActions partnershipId={partnershipId} actions={created} />}
    </section>
  );
}

/** "1.dueOn" from the batch becomes the error of the second chosen action. */
function byAction(errors: FieldErrors, chosen: readonly SuggestedAction[]): FieldErrors {
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(errors)) {
    const action = chosen[Number(path.split('.')[0])];
    if (action) out[actionKey(action)] ??= message;
  }
  return out;
}
