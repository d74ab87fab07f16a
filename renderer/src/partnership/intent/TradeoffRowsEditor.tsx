import type { FieldErrors } from '@shared/domain';
import type { TradeoffRow } from '@shared/intentView';
import { emptyTradeoffRow } from '@shared/intentView';
import { Field } from '../../components/Field';
import { EditBlock } from './EditBlock';
import { useRowEditing } from './useRowEditing';
import { WeightSelect } from './WeightSelect';

// The hint is the field's description, so screen readers hear "internal" with the weight.
const INTERNAL_HINT = 'Internal — never shared';

interface Props {
  readonly rows: readonly TradeoffRow[];
  readonly errors: FieldErrors;
  readonly onChange: (rows: readonly TradeoffRow[]) => void;
}

/** Agreed tradeoffs as repeatable rows; the two weights are ours alone and say so. */
export function TradeoffRowsEditor({ rows, errors, onChange }: Props) {
  const { addButton, addedKey, add, remove, patch: patchRow } = useRowEditing(rows, onChange, emptyTradeoffRow);
  return (
    <EditBlock section="tradeoffs" hint="Terms both sides gave ground on, and where you landed. The weights — how much each term matters to each side — are your internal estimate.">
      {rows.length === 0 && <p className="intent-blank">No tradeoffs yet.</p>}
      <ol className="intent-rows">
        {rows.map((row, index) => {
          const patch = (fields: Partial<Omit<TradeoffRow, 'key'>>) => patchRow(index, fields);
          const error = (field: string) => errors[`tradeoffs.${index}.${field}`];
          return (
            <li key={row.key}>
              <fieldset className="intent-row intent-tradeoff-row">
                <legend>Tradeoff {index + 1}</legend>
                <Field label="Term" required error={error('term')}>
                  {(a) => <input {...a} value={row.term} autoFocus={row.key === addedKey} onChange={(e) => patch({ term: e.target.value })} />}
                </Field>
                <div className="intent-internal-field">
                  <Field label="Weight for us" error={error('weightUs')} hint={INTERNAL_HINT}>
                    {(a) => <WeightSelect {...a} value={row.weightUs} onChange={(weightUs) => patch({ weightUs })} />}
                  </Field>
                </div>
                <div className="intent-internal-field">
                  <Field label="Weight for them" error={error('weightThem')} hint={INTERNAL_HINT}>
                    {(a) => <WeightSelect {...a} value={row.weightThem} onChange={(weightThem) => patch({ weightThem })} />}
                  </Field>
                </div>
                <div className="intent-row-wide">
                  <Field label="Agreed position" error={error('agreedPosition')}>
                    {(a) => <input {...a} value={row.agreedPosition} onChange={(e) => patch({ agreedPosition: e.target.value })} />}
                  </Field>
                </div>
                <button type="button" className="button button-quiet button-small intent-remove" aria-label={`Remove tradeoff ${index + 1}`} onClick={() => remove(index)}>
                  Remove
                </button>
              </fieldset>
            </li>
          );
        })}
      </ol>
      {errors.tradeoffs && (
        <p className="field-error" role="alert">
          {errors.tradeoffs}
        </p>
      )}
      <button ref={addButton} type="button" className="button button-small" onClick={add}>
        Add a tradeoff
      </button>
    </EditBlock>
  );
}
