// Add or edit an opportunity. Errors show beside their fields and nothing typed is lost;
// the closing day is asked for only when the stage is won or lost.
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { Opportunity, Stage } from '@shared/domain';
import { OPPORTUNITY_SOURCES, opportunityInputSchema, validate } from '@shared/domain';
import { Field } from '../../components/Field';
import { FormFooter } from '../../components/FormFooter';
import { useFormSave } from '../../components/useFormSave';
import type { OpportunityDraft } from './opportunityDraft';
import { opportunityDraftFrom, opportunityInputFrom } from './opportunityDraft';
import { OUTCOME_LABELS, SOURCE_LABELS } from './valueLabels';

interface Props {
  readonly partnershipId: string;
  readonly initial?: Opportunity;
  readonly today: string;
  readonly stages: readonly Stage[];
  readonly currency: string;
  readonly onSave: (input: unknown) => Promise<void>;
  readonly onCancel: () => void;
}

export function OpportunityForm({ partnershipId, initial, today, stages, currency, onSave, onCancel }: Props) {
  const [draft, setDraft] = useState<OpportunityDraft>(() => opportunityDraftFrom(initial, today, stages, currency));
  const { formRef, errors, failure, isSaving, save } = useFormSave('Could not save the opportunity');
  const set = (key: keyof OpportunityDraft) => (event: { target: { value: string } }) => setDraft((d) => ({ ...d, [key]: event.target.value }));
  const outcome = stages.find((s) => s.name === draft.stage)?.outcome ?? 'open';
  // Moving to a won or lost stage proposes today as its closing day.
  const setStage = (event: { target: { value: string } }) => {
    const stage = event.target.value;
    const isClosing = stages.find((s) => s.name === stage)?.outcome !== 'open';
    setDraft((d) => ({ ...d, stage, closedOn: isClosing && !d.closedOn ? today : d.closedOn }));
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = opportunityInputFrom(draft, partnershipId, stages);
    const checked = validate(opportunityInputSchema, input);
    const found = { ...(checked.ok ? {} : checked.errors), ...(outcome !== 'open' && !draft.closedOn ? { closedOn: `Say when it was ${outcome}.` } : {}) };
    await save(found, () => onSave(input));
  }

  return (
    <form ref={formRef} className="form" onSubmit={submit} noValidate aria-label={initial ? `Edit ${initial.account}` : 'New opportunity'}>
      <div className="form-grid">
        <Field label="Account" required error={errors.account} hint="The customer the deal is with.">
          {(a) => <input {...a} value={draft.account} onChange={set('account')} autoComplete="off" />}
        </Field>
        <div className="value-amount-pair">
          <Field label="Amount" required error={errors.amount}>
            {(a) => <input {...a} inputMode="decimal" value={draft.amount} onChange={set('amount')} />}
          </Field>
          <Field label="Currency" required error={errors.currency}>
            {(a) => <input {...a} value={draft.currency} onChange={set('currency')} maxLength={3} size={4} autoComplete="off" />}
          </Field>
        </div>
        <Field label="Stage" error={errors.stage}>
          {(a) => (
            <select {...a} value={draft.stage} onChange={setStage}>
              {stages.map((s) => (
                <option key={s.name} value={s.name}>
                  {s.name} ({OUTCOME_LABELS[s.outcome]})
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Sourced" error={errors.sourced}>
          {(a) => (
            <select {...a} value={draft.sourced} onChange={set('sourced')}>
              {OPPORTUNITY_SOURCES.map((s) => (
                <option key={s} value={s}>
                  {SOURCE_LABELS[s]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Opened on" required error={errors.openedOn}>
          {(a) => <input {...a} type="date" value={draft.openedOn} onChange={set('openedOn')} />}
        </Field>
        <Field label="Expected close" error={errors.expectedCloseOn}>
          {(a) => <input {...a} type="date" value={draft.expectedCloseOn} onChange={set('expectedCloseOn')} />}
        </Field>
        {outcome !== 'open' && (
          <Field label={outcome === 'won' ? 'Won on' : 'Lost on'} required error={errors.closedOn}>
            {(a) => <input {...a} type="date" value={draft.closedOn} onChange={set('closedOn')} />}
          </Field>
        )}
        <Field label="Owner" error={errors.owner}>
          {(a) => <input {...a} value={draft.owner} onChange={set('owner')} autoComplete="off" />}
        </Field>
        <Field label="External id" error={errors.externalId} hint="The CRM’s id, so a re-import updates this one.">
          {(a) => <input {...a} value={draft.externalId} onChange={set('externalId')} autoComplete="off" />}
        </Field>
      </div>
      <FormFooter failure={failure} isSaving={isSaving} submitLabel={initial ? 'Save changes' : 'Add opportunity'} onCancel={onCancel} />
    </form>
  );
}
