import type { Stakeholder } from '@shared/domain';
import { capitalise } from '../../format';
import { ContactLinks } from './ContactLinks';
import { RoleBadge } from './RoleBadge';
import { LastChanged } from '../authors/LastChanged';

interface Props {
  readonly person: Stakeholder;
  readonly onEdit: (person: Stakeholder) => void;
  readonly onDelete: (person: Stakeholder) => void;
}

export function PersonRow({ person, onEdit, onDelete }: Props) {
  const about = [person.title, capitalise(person.function)].filter(Boolean).join(' · ');
  return (
    <tr>
      <th scope="row">
        <span className="cell-title">{person.name}</span>
        <span className="cell-sub">{about}</span>
        <LastChanged table="stakeholders" id={person.id} updatedAt={person.updatedAt} className="cell-sub" />
      </th>
      <td>
        <ul className="stakeholders-role-list" aria-label="Alliance roles">
          {person.roles.map((role) => (
            <li key={role}>
              <RoleBadge role={role} />
            </li>
          ))}
        </ul>
      </td>
      <td>{person.approvalAuthority || <span className="muted">—</span>}</td>
      <td>
        <ContactLinks contact={person.contact} />
      </td>
      <td className="stakeholders-notes">{person.internalNotes || <span className="muted">—</span>}</td>
      <td className="row-actions">
        <button type="button" className="button button-small" onClick={() => onEdit(person)}>
          Edit<span className="visually-hidden"> {person.name}</span>
        </button>
        <button type="button" className="button button-small button-quiet" onClick={() => onDelete(person)}>
          Delete<span className="visually-hidden"> {person.name}</span>
        </button>
      </td>
    </tr>
  );
}
