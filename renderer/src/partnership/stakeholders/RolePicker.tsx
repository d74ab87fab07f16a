// The alliance roles of one person: a group of checkboxes (Tab to move, Space to tick),
// because one person may hold several roles (a sponsor who can also decide). Roles keep
// the order they were ticked in; the first is the one the person is best known for.
import { useId } from 'react';
import type { AllianceRole } from '@shared/domain';
import { ALLIANCE_ROLES } from '@shared/domain';
import { ROLE_DESCRIPTIONS } from '@shared/stakeholderMap';
import { capitalise } from '../../format';

interface Props {
  readonly roles: readonly AllianceRole[];
  readonly error?: string;
  readonly onChange: (roles: readonly AllianceRole[]) => void;
}

export function RolePicker({ roles, error, onChange }: Props) {
  const id = useId();
  const toggle = (role: AllianceRole) => onChange(roles.includes(role) ? roles.filter((r) => r !== role) : [...roles, role]);
  return (
    <fieldset className={`field stakeholders-roles${error ? ' field-invalid' : ''}`} aria-describedby={error ? `${id}-error` : `${id}-hint`}>
      <legend>
        Alliance roles<span className="required" aria-hidden="true"> *</span>
      </legend>
      <ul className="stakeholders-roles-list">
        {ALLIANCE_ROLES.map((role) => {
          const key = `${id}-${role.replaceAll(' ', '-')}`;
          return (
            <li key={role} className="stakeholders-roles-option">
              <input id={key} type="checkbox" checked={roles.includes(role)} onChange={() => toggle(role)} aria-invalid={Boolean(error)} aria-describedby={error ? `${key}-why ${id}-error` : `${key}-why`} />
              <label htmlFor={key}>{capitalise(role)}</label>
              <span id={`${key}-why`} className="stakeholders-roles-why">
                {ROLE_DESCRIPTIONS[role]}
              </span>
            </li>
          );
        })}
      </ul>
      {error ? (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      ) : (
        <p id={`${id}-hint`} className="field-hint">
          Tick every role this person holds.
        </p>
      )}
    </fieldset>
  );
}
