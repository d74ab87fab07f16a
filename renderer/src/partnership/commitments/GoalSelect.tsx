// Which charter goal a commitment serves: none, or one of the current charter's goals. A goal
// only an earlier version had stays choosable while the commitment still names it.
import type { Goal } from '@shared/domain';
import { Field } from '../../components/Field';

interface Props {
  readonly goals: readonly Goal[];
  readonly value: string;
  readonly error?: string;
  readonly onChange: (event: { target: { value: string } }) => void;
}

export function GoalSelect({ goals, value, error, onChange }: Props) {
  const choices = goals.filter((g): g is Goal & { readonly id: string } => !!g.id);
  if (choices.length === 0 && !value) return null;
  const isKnown = !value || choices.some((g) => g.id === value);
  return (
    <Field label="Serves the goal" error={error} hint="Optional: the charter goal this helps reach.">
      {(a) => (
        <select {...a} value={value} onChange={onChange}>
          <option value="">No particular goal</option>
          {choices.map((g) => (
            <option key={g.id} value={g.id}>
              {g.statement}
            </option>
          ))}
          {!isKnown && <option value={value}>A goal no longer in the charter</option>}
        </select>
      )}
    </Field>
  );
}
