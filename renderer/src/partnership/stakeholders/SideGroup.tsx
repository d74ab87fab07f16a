import { useId } from 'react';
import type { Stakeholder } from '@shared/domain';
import { InternalTag } from './InternalTag';
import { PersonRow } from './PersonRow';
import type { SideLabel } from './sideLabels';

interface Props {
  readonly label: SideLabel;
  readonly people: readonly Stakeholder[];
  readonly onAdd: () => void;
  readonly onEdit: (person: Stakeholder) => void;
  readonly onDelete: (person: Stakeholder) => void;
}

/** One side's people, most influential first. */
export function SideGroup({ label, people, onAdd, onEdit, onDelete }: Props) {
  const headingId = useId();
  return (
    <section className="stakeholders-group" aria-labelledby={headingId}>
      <header className="stakeholders-group-header">
        <h2 id={headingId}>
          {label.title}
          {label.org && <span className="stakeholders-org"> · {label.org}</span>}
        </h2>
        <span className="muted">{people.length === 1 ? '1 person' : `${people.length} people`}</span>
        <button type="button" className="button button-small stakeholders-group-add" onClick={onAdd}>
          Add person<span className="visually-hidden"> {label.phrase}</span>
        </button>
      </header>
      {people.length > 0 ? (
        <table className="table stakeholders-table">
          <thead>
            <tr>
              <th scope="col">Person</th>
              <th scope="col">Alliance role</th>
              <th scope="col">
                Approval authority <InternalTag />
              </th>
              <th scope="col">Contact</th>
              <th scope="col">
                Internal notes <InternalTag />
              </th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {people.map((person) => (
              <PersonRow key={person.id} person={person} onEdit={onEdit} onDelete={onDelete} />
            ))}
          </tbody>
        </table>
      ) : (
        <p className="stakeholders-nobody">
          Nobody {label.phrase} yet. Add who {label.org ? `at ${label.org} ` : ''}sponsors, decides on and runs this partnership.
        </p>
      )}
    </section>
  );
}
