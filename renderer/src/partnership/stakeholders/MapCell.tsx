import type { AllianceRole, Stakeholder } from '@shared/domain';
import type { StakeholderGap } from '@shared/stakeholderMap';
import { describeGap } from '@shared/stakeholderMap';
import { capitalise } from '../../format';
import type { SideLabel } from './sideLabels';

interface Props {
  readonly role: AllianceRole;
  readonly label: SideLabel;
  readonly people: readonly Stakeholder[];
  readonly gap?: StakeholderGap;
  readonly onAdd: () => void;
  readonly onEdit: (person: Stakeholder) => void;
}

/** The people of one side in one role; an empty key role shows as a warning. */
export function MapCell({ role, label, people, gap, onAdd, onEdit }: Props) {
  if (people.length === 0) {
    const text = gap && describeGap(gap);
    return (
      <td className={text ? 'stakeholders-cell stakeholders-cell-gap' : 'stakeholders-cell'}>
        {text ? (
          <p className="stakeholders-warning">
            <span aria-hidden="true">⚠ </span>
            <strong>{text.title}</strong>
            <span className="stakeholders-warning-why">{text.why}</span>
          </p>
        ) : (
          <p className="stakeholders-cell-none">Nobody</p>
        )}
        <button type="button" className="button button-small button-quiet" onClick={onAdd}>
          + Add<span className="visually-hidden"> a {role} {label.phrase}</span>
        </button>
      </td>
    );
  }
  return (
    <td className="stakeholders-cell">
      <ul className="stakeholders-cards">
        {people.map((person) => (
          <li key={person.id} className="stakeholders-card">
            <button type="button" className="stakeholders-card-name" onClick={() => onEdit(person)}>
              {person.name}
              <span className="visually-hidden"> (edit)</span>
            </button>
            <span className="stakeholders-card-sub">{[person.title, capitalise(person.function)].filter(Boolean).join(' · ')}</span>
            {person.roles.length > 1 && <span className="stakeholders-card-also">Also {person.roles.filter((r) => r !== role).join(', ')}</span>}
          </li>
        ))}
      </ul>
    </td>
  );
}
