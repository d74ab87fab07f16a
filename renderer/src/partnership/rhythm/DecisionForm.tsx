// Record or correct one decision in the log. Its rationale is internal: why we agreed
// stays with us, what was agreed can be shared.
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { Decision, DecisionInput } from '@shared/domain';
import { decisionInputSchema, validate } from '@shared/domain';
import { Field } from '../../components/Field';
import { FormFooter } from '../../components/FormFooter';
import { useFormSave } from '../../components/useFormSave';

interface Props {
  readonly partnershipId: string;
  readonly today: string;
  readonly editing?: Decision;
  readonly onSave: (input: DecisionInput) => Promise<void>;
  readonly onCancel: () => void;
}

export function DecisionForm({ partnershipId, today, editing, onSave, onCancel }: Props) {
  const [decidedOn, setDecidedOn] = useState(editing?.decidedOn ?? today);
  const [statement, setStatement] = useState(editing?.statement ?? '');
  const [rationale, setRationale] = useState(editing?.rationale ?? '');
  const { formRef, errors, failure, isSaving, save } = useFormSave();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input: DecisionInput = { partnershipId, decidedOn, statement, rationale, touchpointId: editing?.touchpointId ?? '' };
    const checked = validate(decisionInputSchema, input);
    await save(checked.ok ? {} : checked.errors, () => onSave(input));
  }

  return (
    <form ref={formRef} className="form rhythm-form" onSubmit={submit} noValidate>
      <Field label="Decided on" required error={errors.decidedOn}>
        {(a) => <input {...a} type="date" value={decidedOn} onChange={(e) => setDecidedOn(e.target.value)} />}
      </Field>
      <Field label="Decision" required error={errors.statement} hint="What was agreed, in one sentence both sides would sign.">
        {(a) => <textarea {...a} rows={2} value={statement} onChange={(e) => setStatement(e.target.value)} autoFocus />}
      </Field>
      <Field label="Rationale" error={errors.rationale} hint="Internal: why we agreed. Never in what the partner sees.">
        {(a) => <textarea {...a} rows={3} value={rationale} onChange={(e) => setRationale(e.target.value)} />}
      </Field>
      <FormFooter failure={failure} isSaving={isSaving} submitLabel={editing ? 'Save changes' : 'Add decision'} onCancel={onCancel} />
    </form>
  );
}
