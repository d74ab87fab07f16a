// The owner of a commitment: someone on the side that owes it (either side for joint
// work), or nobody yet.
import type { Stakeholder } from '@shared/domain';
import { Field } from '../../components/Field';
import { ownerCandidates } from './commitmentView';

interface Props {
  readonly stakeholders: readonly Stakeholder[];
  readonly owedBy: string;
  readonly value: string;
  readonly error?: string;
  readonly onChange: (event: { target: { value: string } }) => void;
}

export function OwnerSelect({ stakeholders, owedBy, value, error, onChange }: Props) {
  const candidates = ownerCandidates(stakeholders, owedBy);
  const ours = candidates.filter((s) => s.side === 'us');
  const theirs = candidates.filter((s) => s.side === 'partner');
  const hint = candidates.length === 0 ? 'Add people in the Stakeholders tab to name an owner.' : 'Optional.';
  return (
    <Field label="Owner" error={error} hint={hint}>
      {(a) => (
        <select {...a} value={value} onChange={onChange}>
          <option value="">No owner yet</option>
          {ours.length > 0 && <PeopleGroup label="Our side" people={ours} />}
          {theirs.length > 0 && <PeopleGroup label="Partner’s side" people={theirs} />}
        </select>
      )}
    </Field>
  );
}

function PeopleGroup({ label, people }: { readonly label: string; readonly people: readonly Stakeholder[] }) {
  return (
    <optgroup label={label}>
      {people.map((s) => (
        <option key={s.id} value={s.id}>
          {s.title ? `${s.name} — ${s.title}` : s.name}
        </option>
      ))}
    </optgroup>
  );
}
