import type { FieldErrors } from '@shared/domain';
import type { GoalRow } from '@shared/intentView';
import { emptyGoalRow } from '@shared/intentView';
import { Field } from '../../components/Field';
import { EditBlock } from './EditBlock';
import { useRowEditing } from './useRowEditing';
import { GoalMetricFields } from './GoalMetricFields';

interface Props {
  readonly rows: readonly GoalRow[];
  readonly errors: FieldErrors;
  readonly onChange: (rows: readonly GoalRow[]) => void;
}

/** Shared goals as repeatable rows; a new row takes focus, removing one returns focus to "Add a goal". */
export function GoalRowsEditor({ rows, errors, onChange }: Props) {
  const { addButton, addedKey, add, remove, patch: patchRow } = useRowEditing(rows, onChange, emptyGoalRow);
  return (
    <EditBlock section="goals" hint="What both sides want to achieve together, and how you will both know.">
      {rows.length === 0 && <p className="intent-blank">No goals yet.</p>}
      <ol className="intent-rows">
        {rows.map((row, index) => {
          const patch = (fields: Partial<Omit<GoalRow, 'key'>>) => patchRow(index, fields);
          const error = (field: string) => errors[`goals.${index}.${field}`];
          return (
            <li key={row.key}>
              <fieldset className="intent-row intent-goal-row">
                <legend>Goal {index + 1}</legend>
                <Field label="Statement" required error={error('statement')}>
                  {(a) => <input {...a} value={row.statement} autoFocus={row.key === addedKey} onChange={(e) => patch({ statement: e.target.value })} />}
                </Field>
                <Field label="Metric" error={error('metric')}>
                  {(a) => <input {...a} value={row.metric} onChange={(e) => patch({ metric: e.target.value })} />}
                </Field>
                <Field label="Target" error={error('target')}>
                  {(a) => <input {...a} value={row.target} onChange={(e) => patch({ target: e.target.value })} />}
                </Field>
                <Field label="Due by" error={error('dueBy')}>
                  {(a) => <input {...a} type="date" value={row.dueBy} onChange={(e) => patch({ dueBy: e.target.value })} />}
                </Field>
                <GoalMetricFields row={row} error={error} onPatch={patch} />
                <button type="button" className="button button-quiet button-small intent-remove" aria-label={`Remove goal ${index + 1}`} onClick={() => remove(index)}>
                  Remove
                </button>
              </fieldset>
            </li>
          );
        })}
      </ol>
      {errors.goals && (
        <p className="field-error" role="alert">
          {errors.goals}
        </p>
      )}
      <button ref={addButton} type="button" className="button button-small" onClick={add}>
        Add a goal
      </button>
    </EditBlock>
  );
}
