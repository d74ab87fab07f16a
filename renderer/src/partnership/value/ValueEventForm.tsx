// Add or edit a value event: value that is not a deal, with an optional amount. Errors show
// beside their fields and nothing typed is lost.
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { ValueEvent } from '@shared/domain';
import { VALUE_EVENT_KINDS, validate, valueEventInputSchema } from '@shared/domain';
import { Field } from '../../components/Field';
import { FormFooter } from '../../components/FormFooter';
import { useFormSave } from '../../components/useFormSave';
import type { ValueEventDraft as Draft } from './opportunityDraft';
import { valueEventInputFrom } from './opportunityDraft';
import { EVENT_KIND_LABELS } from './valueLabels';

interface Props {
  readonly partnershipId: string;
  readonly initial?: ValueEvent;
  readonly today: string;
  readonly currency: string;
  readonly onSave: (input: unknown) => Promise<void>;
  readonly onCancel: () => void;
}

export function ValueEventForm({ partnershipId, initial, today, currency, onSave, onCancel }: Props) {
  const [draft, setDraft] = useState<Draft>(() => ({
    kind: initial?.kind ?? 'cost saved',
    description: initial?.description ?? '',
    amount: initial?.amount === undefined ? '' : String(initial.amount),
    currency: initial?.currency || currency,
    occurredOn: initial?.occurredOn ?? today,
  }));
  const { formRef, errors, failure, isSaving, save } = useFormSave('Could not save the value event');
  const set = (key: keyof Draft) => (event: { target: { value: string } }) => setDraft((d) => ({ ...d, [key]: event.target.value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = valueEventInputFrom(draft, partnershipId);
    const checked = validate(valueEventInputSchema, input);
    await save(checked.ok ? {} : checked.errors, () => onSave(input));
  }

  return (
    <form ref={formRef} className="form" onSubmit={submit} noValidate aria-label={initial ? 'Edit value event' : 'New value event'}>
      <div className="form-grid">
        <Field label="Kind" error={errors.kind}>
          {(a) => (
            <select {...a} value={draft.kind} onChange={set('kind')}>
              {VALUE_EVENT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {EVENT_KIND_LABELS[k]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="On" required error={errors.occurredOn}>
          {(a) => <input {...a} type="date" value={draft.occurredOn} onChange={set('occurredOn')} />}
        </Field>
        <div className="value-span">
          <Field label="What happened" required error={errors.description} hint="e.g. “Support cost down 12% after the joint runbook”.">
            {(a) => <input {...a} value={draft.description} onChange={set('description')} autoComplete="off" />}
          </Field>
        </div>
        <div className="value-amount-pair">
          <Field label="Amount" error={errors.amount} hint="Optional.">
            {(a) => <input {...a} inputMode="decimal" value={draft.amount} onChange={set('amount')} />}
          </Field>
          <Field label="Currency" error={errors.currency}>
            {(a) => <input {...a} value={draft.currency} onChange={set('currency')} maxLength={3} size={4} autoComplete="off" />}
          </Field>
        </div>
      </div>
      <FormFooter failure={failure} isSaving={isSaving} submitLabel={initial ? 'Save changes' : 'Add value event'} onCancel={onCancel} />
    </form>
  );
}
