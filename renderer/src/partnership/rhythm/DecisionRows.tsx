// Repeatable decision rows in the touchpoint form; each also lands in the decision log.
import type { FieldErrors } from '@shared/domain';
import { Field } from '../../components/Field';
import type { DecisionRow } from './touchpointDraft';
import { newDecisionRow } from './touchpointDraft';

interface Props {
  readonly rows: readonly DecisionRow[];
  readonly errors: FieldErrors;
  readonly onChange: (rows: DecisionRow[]) => void;
}

export function DecisionRows({ rows, errors, onChange }: Props) {
  const update = (key: string, patch: Partial<DecisionRow>) => onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  return (
    <section className="rhythm-rows" aria-labelledby="decision-rows-title">
      <h3 id="decision-rows-title">Decisions</h3>
      {rows.length === 0 && <p className="field-hint">What was agreed? Each decision also goes into the decision log.</p>}
      {rows.map((row, i) => (
        <fieldset key={row.key} className="rhythm-row">
          <legend>Decision {i + 1}</legend>
          <div className="rhythm-row-fields">
            <Field label="Statement" required error={errors[`decisions.${i}.statement`]}>
              {(a) => <input {...a} value={row.statement} onChange={(e) => update(row.key, { statement: e.target.value })} autoComplete="off" />}
            </Field>
            <Field label="Rationale" error={errors[`decisions.${i}.rationale`]} hint="Internal: never in what the partner sees.">
              {(a) => <input {...a} value={row.rationale} onChange={(e) => update(row.key, { rationale: e.target.value })} autoComplete="off" />}
            </Field>
          </div>
          <button type="button" className="button button-quiet button-small" onClick={() => onChange(rows.filter((r) => r.key !== row.key))}>
            Remove decision {i + 1}
          </button>
        </fieldset>
      ))}
      <button type="button" className="button button-small" onClick={() => onChange([...rows, newDecisionRow()])}>
        + Add decision
      </button>
    </section>
  );
}
