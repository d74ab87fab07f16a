// Add or edit a commitment. Errors show beside their fields and nothing typed is lost;
// the owner list follows the side that owes it.
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { Commitment, Goal, OwedBy, Stakeholder } from '@shared/domain';
import { COMMITMENT_STATUSES, OWED_BY, commitmentInputSchema, validate } from '@shared/domain';
import { Field } from '../../components/Field';
import { Select } from '../../components/Select';
import { FormFooter } from '../../components/FormFooter';
import { useFormSave } from '../../components/useFormSave';
import type { CommitmentDraft } from './commitmentDraft';
import { commitmentDraftFrom, commitmentInputFrom } from './commitmentDraft';
import { OWED_BY_OPTIONS, ownerCandidates } from './commitmentView';
import { GoalSelect } from './GoalSelect';
import { OwnerSelect } from './OwnerSelect';

interface Props {
  readonly partnershipId: string;
  readonly initial?: Commitment;
  readonly defaultOwedBy: OwedBy;
  readonly today: string;
  readonly stakeholders: readonly Stakeholder[];
  /** The current charter's goals, any of which a commitment may serve. */
  readonly goals: readonly Goal[];
  readonly onSave: (input: unknown) => Promise<void>;
  readonly onCancel: () => void;
}

export function CommitmentForm({ partnershipId, initial, defaultOwedBy, today, stakeholders, goals, onSave, onCancel }: Props) {
  const [draft, setDraft] = useState<CommitmentDraft>(() => commitmentDraftFrom(initial, today, defaultOwedBy));
  const { formRef, errors, failure, isSaving, save } = useFormSave();
  const set = (key: keyof CommitmentDraft) => (event: { target: { value: string } }) => setDraft((d) => ({ ...d, [key]: event.target.value }));

  // Changing side keeps the owner only if they are on the new side.
  const setOwedBy = (event: { target: { value: string } }) => {
    const owedBy = event.target.value;
    setDraft((d) => ({ ...d, owedBy, ownerId: ownerCandidates(stakeholders, owedBy).some((s) => s.id === d.ownerId) ? d.ownerId : '' }));
  };
  const setStatus = (event: { target: { value: string } }) => {
    const status = event.target.value;
    setDraft((d) => ({ ...d, status, doneOn: status === 'done' && !d.doneOn ? today : d.doneOn }));
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = commitmentInputFrom(draft, partnershipId, initial);
    const checked = validate(commitmentInputSchema, input);
    await save(checked.ok ? {} : checked.errors, () => onSave(input));
  }

  return (
    <form ref={formRef} className="form" onSubmit={submit} noValidate>
      <div className="form-grid">
        <div className="commitments-span">
          <Field label="Title" required error={errors.title} hint="What was promised, e.g. “Send the joint pricing sheet”.">
            {(a) => <input {...a} value={draft.title} onChange={set('title')} autoFocus autoComplete="off" />}
          </Field>
        </div>
        <div className="commitments-span">
          <Field label="Detail" error={errors.detail}>
            {(a) => <textarea {...a} value={draft.detail} onChange={set('detail')} rows={3} />}
          </Field>
        </div>
        <Field label="Owed by" error={errors.owedBy}>
          {(a) => (
            <select {...a} value={draft.owedBy} onChange={setOwedBy}>
              {OWED_BY.map((side) => (
                <option key={side} value={side}>
                  {OWED_BY_OPTIONS[side]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <OwnerSelect stakeholders={stakeholders} owedBy={draft.owedBy} value={draft.ownerId} error={errors.ownerId} onChange={set('ownerId')} />
        <Field label="Due on" required error={errors.dueOn}>
          {(a) => <input {...a} type="date" value={draft.dueOn} onChange={set('dueOn')} />}
        </Field>
        <Field label="Status" error={errors.status}>
          {(a) => <Select {...a} value={draft.status} onChange={setStatus} options={COMMITMENT_STATUSES} />}
        </Field>
        {draft.status === 'done' && (
          <Field label="Done on" required error={errors.doneOn}>
            {(a) => <input {...a} type="date" value={draft.doneOn} onChange={set('doneOn')} />}
          </Field>
        )}
        <GoalSelect goals={goals} value={draft.goalId} error={errors.goalId} onChange={set('goalId')} />
      </div>
      <FormFooter failure={failure} isSaving={isSaving} submitLabel={initial ? 'Save changes' : 'Add commitment'} onCancel={onCancel} />
    </form>
  );
}
