// Repeatable follow-up rows in the touchpoint form; each becomes a commitment owed by a side.
import type { FieldErrors, Stakeholder } from '@shared/domain';
import { OWED_BY } from '@shared/domain';
import { Field } from '../../components/Field';
import type { FollowUpRow } from './touchpointDraft';
import { newFollowUpRow } from './touchpointDraft';

interface Props {
  readonly rows: readonly FollowUpRow[];
  readonly errors: FieldErrors;
  readonly stakeholders: readonly Stakeholder[];
  readonly partnerOrg: string;
  readonly occurredOn: string;
  readonly onChange: (rows: FollowUpRow[]) => void;
}

export function FollowUpRows({ rows, errors, stakeholders, partnerOrg, occurredOn, onChange }: Props) {
  const update = (key: string, patch: Partial<FollowUpRow>) => onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const error = (i: number, field: string) => errors[`followUps.${i}.${field}`];
  return (
    <section className="rhythm-rows" aria-labelledby="follow-up-rows-title">
      <h3 id="follow-up-rows-title">Follow-ups</h3>
      {rows.length === 0 && <p className="field-hint">Who promised what? Each follow-up becomes a commitment with a due date.</p>}
      {rows.map((row, i) => (
        <fieldset key={row.key} className="rhythm-row">
          <legend>Follow-up {i + 1}</legend>
          <div className="rhythm-row-fields rhythm-row-fields-4">
            <Field label="What" required error={error(i, 'title')}>
              {(a) => <input {...a} value={row.title} onChange={(e) => update(row.key, { title: e.target.value })} autoComplete="off" />}
            </Field>
            <Field label="Owed by" error={error(i, 'owedBy')}>
              {(a) => (
                <select {...a} value={row.owedBy} onChange={(e) => update(row.key, { owedBy: OWED_BY.find((o) => o === e.target.value) ?? row.owedBy })}>
                  {OWED_BY.map((o) => (
                    <option key={o} value={o}>
                      {o === 'us' ? 'Us' : o === 'partner' ? partnerOrg || 'Partner' : 'Joint'}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label="Owner" error={error(i, 'ownerId')}>
              {(a) => <OwnerSelect {...a} value={row.ownerId} stakeholders={stakeholders} onChange={(ownerId) => update(row.key, { ownerId })} />}
            </Field>
            <Field label="Due on" required error={error(i, 'dueOn')}>
              {(a) => <input {...a} type="date" value={row.dueOn} onChange={(e) => update(row.key, { dueOn: e.target.value })} />}
            </Field>
          </div>
          <button type="button" className="button button-quiet button-small" onClick={() => onChange(rows.filter((r) => r.key !== row.key))}>
            Remove follow-up {i + 1}
          </button>
        </fieldset>
      ))}
      <button type="button" className="button button-small" onClick={() => onChange([...rows, newFollowUpRow(occurredOn)])}>
        + Add follow-up
      </button>
    </section>
  );
}

interface OwnerProps {
  readonly id: string;
  readonly value: string;
  readonly stakeholders: readonly Stakeholder[];
  readonly onChange: (id: string) => void;
}

function OwnerSelect({ value, stakeholders, onChange, ...rest }: OwnerProps) {
  const sides = [
    { side: 'us', label: 'Our side' },
    { side: 'partner', label: 'Partner side' },
  ] as const;
  return (
    <select {...rest} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">No one named</option>
      {sides.map(({ side, label }) => {
        const people = stakeholders.filter((s) => s.side === side);
        return people.length === 0 ? null : (
          <optgroup key={side} label={label}>
            {people.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </optgroup>
        );
      })}
    </select>
  );
}
