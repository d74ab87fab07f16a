import type { Side, Stakeholder } from '@shared/domain';
import type { StakeholderGap } from '@shared/stakeholderMap';
import { SIDE_ORDER, summariseGaps } from '@shared/stakeholderMap';
import { GapList } from './GapList';
import { SideGroup } from './SideGroup';
import type { SideLabels } from './sideLabels';

interface Props {
  readonly groups: Readonly<Record<Side, readonly Stakeholder[]>>;
  readonly gaps: readonly StakeholderGap[];
  readonly sides: SideLabels;
  readonly onAdd: (side: Side) => void;
  readonly onEdit: (person: Stakeholder) => void;
  readonly onDelete: (person: Stakeholder) => void;
}

/** Everyone, grouped by side, with the gaps summed up above. */
export function StakeholderList({ groups, gaps, sides, onAdd, onEdit, onDelete }: Props) {
  return (
    <>
      <GapList title="Where the relationship is thin" gaps={summariseGaps(gaps)} />
      {SIDE_ORDER.map((side) => (
        <SideGroup key={side} label={sides[side]} people={groups[side]} onAdd={() => onAdd(side)} onEdit={onEdit} onDelete={onDelete} />
      ))}
    </>
  );
}
