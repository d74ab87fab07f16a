// Recording a meeting: the partnership's open commitments, overdue first, each with what the
// meeting made of it — still open, done (on the meeting's day) or a new due date — applied
// in the same save as the meeting. Each row is a radio group named by its commitment.
import type { FieldErrors, Stakeholder } from '@shared/domain';
import { useDateText } from '../../clock/useDateText';
import { Field } from '../../components/Field';
import { owedByLabel } from './rhythmFormat';
import type { DiscussedChoice, DiscussedRow } from './touchpointDraft';
import './recap.css';

interface Props {
  readonly rows: readonly DiscussedRow[];
  readonly errors: FieldErrors;
  readonly stakeholdersById: ReadonlyMap<string, Stakeholder>;
  readonly partnerOrg: string;
  readonly onChange: (rows: DiscussedRow[]) => void;
}

const CHOICES: readonly { readonly choice: DiscussedChoice; readonly label: string }[] = [
  { choice: 'open', label: 'Still open' },
  { choice: 'done', label: 'Done' },
  { choice: 'redate', label: 'New date' },
];

export function DiscussedCommitments({ rows, errors, stakeholdersById, partnerOrg, onChange }: Props) {
  const { formatDay } = useDateText();
  const update = (id: string, patch: Partial<DiscussedRow>) => onChange(rows.map((r) => (r.commitment.id === id ? { ...r, ...patch } : r)));
  return (
    <section className="rhythm-rows" aria-labelledby="discussed-title">
      <h3 id="discussed-title">Open commitments</h3>
      {rows.length === 0 ? (
        <p className="field-hint">Nothing is open: no commitment to go through.</p>
      ) : (
        <p className="field-hint">Go through what is still owed: mark it done, keep it open or give it a new date. Saved with the meeting.</p>
      )}
      {rows.map((row) => {
        const c = row.commitment;
        const owner = stakeholdersById.get(c.ownerId)?.name;
        const rowError = errors[`commitments.${c.id}`];
        return (
          <fieldset key={c.id} className={`rhythm-row recap-discussed${row.isOverdue ? ' is-overdue' : ''}`}>
            <legend>{c.title}</legend>
            <p className="recap-discussed-facts">
              <span className={`rhythm-owed rhythm-owed-${c.owedBy}`}>{owedByLabel(c.owedBy, partnerOrg)}</span>
              {owner && <span> · {owner}</span>}
              <span className={row.isOverdue ? ' recap-overdue' : ''}> · {row.isOverdue ? 'overdue, was due' : 'due'} {formatDay(c.dueOn)}</span>
            </p>
            <div className="recap-choices" role="radiogroup" aria-label={`What became of “${c.title}”`}>
              {CHOICES.map(({ choice, label }) => (
                <label key={choice} className="recap-choice">
                  <input type="radio" name={`discussed-${c.id}`} value={choice} checked={row.choice === choice} onChange={() => update(c.id, { choice })} />
                  {label}
                </label>
              ))}
              {row.choice === 'redate' && (
                <Field label="New due date" required error={errors[`commitments.${c.id}.dueOn`]}>
                  {(a) => <input {...a} type="date" value={row.newDueOn} onChange={(e) => update(c.id, { newDueOn: e.target.value })} />}
                </Field>
              )}
            </div>
            {rowError && (
              <p className="field-error" role="alert">
                {rowError}
              </p>
            )}
          </fieldset>
        );
      })}
    </section>
  );
}
