// Both sides as columns and the alliance roles as rows, most influential first: who
// decides and who influences on each side, and which key roles nobody fills.
import type { AllianceRole, Side, Stakeholder } from '@shared/domain';
import { ALLIANCE_ROLES } from '@shared/domain';
import type { StakeholderGap } from '@shared/stakeholderMap';
import { ROLE_DESCRIPTIONS, SIDE_ORDER, cellGap, mapCells } from '@shared/stakeholderMap';
import { capitalise } from '../../format';
import { MapCell } from './MapCell';
import type { SideLabels } from './sideLabels';

interface Props {
  readonly people: readonly Stakeholder[];
  readonly gaps: readonly StakeholderGap[];
  readonly sides: SideLabels;
  readonly onAdd: (side: Side, role: AllianceRole) => void;
  readonly onEdit: (person: Stakeholder) => void;
}

export function StakeholderMap({ people, gaps, sides, onAdd, onEdit }: Props) {
  const cells = mapCells(people);
  return (
    <table className="stakeholders-map">
      <caption className="visually-hidden">Stakeholder map: alliance roles by influence, for both sides</caption>
      <thead>
        <tr>
          <th scope="col">Alliance role</th>
          {SIDE_ORDER.map((side) => (
            <th key={side} scope="col">
              {sides[side].title}
              {sides[side].org && <span className="stakeholders-org"> · {sides[side].org}</span>}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {ALLIANCE_ROLES.map((role) => (
          <tr key={role}>
            <th scope="row" className="stakeholders-map-role">
              {capitalise(role)}
              <span className="stakeholders-map-role-why">{ROLE_DESCRIPTIONS[role]}</span>
            </th>
            {SIDE_ORDER.map((side) => (
              <MapCell
                key={side}
                role={role}
                label={sides[side]}
                people={cells[role][side]}
                gap={cellGap(gaps, side, role)}
                onAdd={() => onAdd(side, role)}
                onEdit={onEdit}
              />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
