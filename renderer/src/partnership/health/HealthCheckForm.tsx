// Record or edit a health check: one perspective (ours, or the partner's answers as
// entered by the user), a 1–5 score and comment per dimension, and internal notes.
import { useMemo, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { HealthCheck, Stakeholder } from '@shared/domain';
import { healthCheckInputSchema, validate } from '@shared/domain';
import type { HealthCheckDraft, ScoreDraft } from '@shared/healthView';
import { errorsByRow, healthDraftFrom, healthInputFrom } from '@shared/healthView';
import { Field } from '../../components/Field';
import { FormFooter } from '../../components/FormFooter';
import { useFormSave } from '../../components/useFormSave';
import { CheckDetails } from './CheckDetails';
import { ScoreRow } from './ScoreRow';

interface Props {
  readonly partnershipId: string;
  readonly initial?: HealthCheck;
  readonly today: string;
  readonly stakeholders: readonly Stakeholder[];
  readonly onSave: (input: unknown) => Promise<void>;
  readonly onCancel: () => void;
}

export function HealthCheckForm({ partnershipId, initial, today, stakeholders, onSave, onCancel }: Props) {
  const [draft, setDraft] = useState<HealthCheckDraft>(() => healthDraftFrom(initial, today));
  const { formRef, errors, failure, isSaving, save } = useFormSave();
  const nextKey = useRef(0);
  const { input, rowKeys } = useMemo(() => healthInputFrom(draft, partnershipId), [draft, partnershipId]);
  const rowErrors = useMemo(() => errorsByRow(errors, rowKeys), [errors, rowKeys]);

  const setRow = (row: ScoreDraft) => setDraft((d) => ({ ...d, rows: d.rows.map((r) => (r.key === row.key ? row : r)) }));
  const removeRow = (key: string) => setDraft((d) => ({ ...d, rows: d.rows.filter((r) => r.key !== key) }));
  const addRow = () => {
    nextKey.current += 1;
    const row = { key: `new-${nextKey.current}`, dimension: '', score: 0, comment: '', isStandard: false };
    setDraft((d) => ({ ...d, rows: [...d.rows, row] }));
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = validate(healthCheckInputSchema, input);
    await save(checked.ok ? {} : checked.errors, () => onSave(input));
  }

  return (
    <form ref={formRef} className="form health-form" onSubmit={submit} noValidate>
      <CheckDetails draft={draft} errors={errors} stakeholders={stakeholders} onChange={setDraft} />
      <fieldset className="health-dimensions">
        <legend>Scores</legend>
        <p className="field-hint">Score what you have an answer for; leave the rest blank. 1 = poor, 5 = excellent.</p>
        {errors.scores && (
          <p className="field-error" role="alert">
            {errors.scores}
          </p>
        )}
        {draft.rows.map((row) => (
          <ScoreRow key={row.key} row={row} errors={rowErrors[row.key]} onChange={setRow} onRemove={() => removeRow(row.key)} />
        ))}
        <button type="button" className="button button-small" onClick={addRow}>
          Add a dimension
        </button>
      </fieldset>
      <Field label="Internal notes" error={errors.internalNotes} hint="Internal: never included in anything exported for the partner.">
        {(a) => <textarea {...a} value={draft.internalNotes} onChange={(e) => setDraft((d) => ({ ...d, internalNotes: e.target.value }))} rows={3} />}
      </Field>
      <FormFooter failure={failure} isSaving={isSaving} submitLabel={initial ? 'Save changes' : 'Record health check'} onCancel={onCancel} />
    </form>
  );
}
