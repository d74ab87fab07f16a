// Records one measurement of a goal. Field errors keep what was typed (useFormSave).
import { useState } from 'react';
import type { GoalMeasurement, MeasurementSource } from '@shared/domain';
import { MEASUREMENT_SOURCES } from '@shared/domain';
import { appContext } from '../../../db/db';
import { createGoalMeasurement, updateGoalMeasurement } from '../../../db/value';
import { Field } from '../../components/Field';
import { useFormSave } from '../../components/useFormSave';
import { useToday } from '../../useToday';

const SOURCE_LABELS: Readonly<Record<MeasurementSource, string>> = { us: 'Us', partner: 'The partner', import: 'An import' };

interface Props {
  readonly partnershipId: string;
  readonly goalId: string;
  readonly goalLabel: string;
  readonly onSaved: () => void;
  /** Editing this measurement (in a dialog, with Cancel); absent, the form adds one. */
  readonly initial?: GoalMeasurement;
  readonly onCancel?: () => void;
}

export function MeasurementForm({ partnershipId, goalId, goalLabel, onSaved, initial, onCancel }: Props) {
  const today = useToday();
  const [value, setValue] = useState(initial ? String(initial.value) : '');
  const [asOf, setAsOf] = useState(initial?.asOf ?? today);
  const [source, setSource] = useState<MeasurementSource>(initial?.source ?? 'us');
  const [note, setNote] = useState(initial?.note ?? '');
  const { formRef, errors, failure, isSaving, save } = useFormSave('Could not record the measurement');
  const submit = async () => {
    // A blank value is NaN, so the schema names the field instead of recording 0.
    const number = value.trim() === '' ? Number.NaN : Number(value.trim());
    const input = { partnershipId, goalId, value: number, asOf, source, note };
    const outcome = await save({}, () => (initial ? updateGoalMeasurement(appContext, initial.id, input) : createGoalMeasurement(appContext, input)));
    if (!outcome.saved) return;
    setValue('');
    setNote('');
    onSaved();
  };
  return (
    <form
      ref={formRef}
      className="measurement-form"
      aria-label={initial ? `Edit the measurement of ${goalLabel}` : `Add a measurement of ${goalLabel}`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Field label="Value" required error={errors.value}>
        {(a) => <input {...a} inputMode="decimal" value={value} onChange={(e) => setValue(e.target.value)} />}
      </Field>
      <Field label="As of" required error={errors.asOf}>
        {(a) => <input {...a} type="date" value={asOf} onChange={(e) => setAsOf(e.target.value)} />}
      </Field>
      <Field label="Source" error={errors.source}>
        {(a) => (
          <select {...a} value={source} onChange={(e) => setSource(e.target.value as MeasurementSource)}>
            {MEASUREMENT_SOURCES.map((s) => (
              <option key={s} value={s}>
                {SOURCE_LABELS[s]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Note" error={errors.note}>
        {(a) => <input {...a} value={note} onChange={(e) => setNote(e.target.value)} />}
      </Field>
      {(failure ?? errors.goalId) && (
        <p className="form-failure" role="alert">
          {failure ?? errors.goalId}
        </p>
      )}
      <div className="measurement-form-actions">
        {onCancel && (
          <button type="button" className="button button-quiet button-small" onClick={onCancel}>
            Cancel
          </button>
        )}
        <button type="submit" className="button button-primary button-small" disabled={isSaving}>
          {initial ? 'Save measurement' : 'Add measurement'}
        </button>
      </div>
    </form>
  );
}
