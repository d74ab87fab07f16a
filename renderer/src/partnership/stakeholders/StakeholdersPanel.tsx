// The people on both sides of a partnership: a list grouped by side, and a map of
// roles by influence that shows who decides, who influences, and where the gaps are.
import { useState } from 'react';
import type { AllianceRole, Partnership, Side, Stakeholder } from '@shared/domain';
import { groupBySide, stakeholderGaps } from '@shared/stakeholderMap';
import { useSettings } from '../../../db/hooks';
import { GapList } from './GapList';
import type { Editing } from './PersonDialog';
import { PersonDialog } from './PersonDialog';
import { sideLabels } from './sideLabels';
import { StakeholderList } from './StakeholderList';
import { StakeholderMap } from './StakeholderMap';
import { StakeholdersEmpty } from './StakeholdersEmpty';
import type { StakeholderView } from './StakeholdersToolbar';
import { StakeholdersToolbar } from './StakeholdersToolbar';
import { useStakeholderActions } from './useStakeholderActions';
import { useStakeholders } from './useStakeholders';
import './stakeholders.css';

export function StakeholdersPanel({ partnership }: { readonly partnership: Partnership }) {
  const people = useStakeholders(partnership.id);
  const settings = useSettings();
  const { remove } = useStakeholderActions();
  const [view, setView] = useState<StakeholderView>('list');
  const [editing, setEditing] = useState<Editing>();
  if (!people) return <p className="muted">Loading…</p>;

  const sides = sideLabels(settings?.organisationName, partnership.partnerOrg);
  const groups = groupBySide(people);
  const gaps = stakeholderGaps(people);
  const add = (side: Side, role?: AllianceRole) => setEditing({ mode: 'new', side, role });
  const edit = (person: Stakeholder) => setEditing({ mode: 'edit', person });

  return (
    <div className="stakeholders">
      {people.length === 0 && <StakeholdersEmpty partnerOrg={partnership.partnerOrg} partnershipId={partnership.id} onAdd={() => add('partner')} />}
      {people.length > 0 && (
        <StakeholdersToolbar
          view={view}
          counts={{ us: groups.us.length, partner: groups.partner.length }}
          partnershipId={partnership.id}
          onView={setView}
          onAdd={() => add('partner')}
        />
      )}
      {people.length > 0 && view === 'list' && <StakeholderList groups={groups} gaps={gaps} sides={sides} onAdd={add} onEdit={edit} onDelete={remove} />}
      {people.length > 0 && view === 'map' && (
        <>
          {/* Missing roles show in their cells; only whole-side gaps need saying above. */}
          <GapList title="Where the relationship is thin" gaps={gaps.filter((g) => g.kind !== 'missing role')} />
          <StakeholderMap people={people} gaps={gaps} sides={sides} onAdd={add} onEdit={edit} />
        </>
      )}
      {editing && <PersonDialog editing={editing} partnershipId={partnership.id} sides={sides} onClose={() => setEditing(undefined)} />}
    </div>
  );
}
