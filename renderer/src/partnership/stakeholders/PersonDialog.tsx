import type { Stakeholder } from '@shared/domain';
import { Dialog } from '../../components/Dialog';
import type { SideLabels } from './sideLabels';
import type { NewPersonDefaults } from './StakeholderForm';
import { StakeholderForm } from './StakeholderForm';
import { useStakeholderActions } from './useStakeholderActions';

export type Editing = ({ readonly mode: 'new' } & NewPersonDefaults) | { readonly mode: 'edit'; readonly person: Stakeholder };

interface Props {
  readonly editing: Editing;
  readonly partnershipId: string;
  readonly sides: SideLabels;
  readonly onClose: () => void;
}

/** Adds a person (starting on the side and role they were added from) or edits one. */
export function PersonDialog({ editing, partnershipId, sides, onClose }: Props) {
  const actions = useStakeholderActions();
  const person = editing.mode === 'edit' ? editing.person : undefined;
  return (
    <Dialog title={person ? `Edit ${person.name}` : 'Add a person'} onClose={onClose} wide>
      <StakeholderForm
        partnershipId={partnershipId}
        sides={sides}
        initial={person}
        defaults={editing.mode === 'new' ? editing : { side: editing.person.side }}
        onCancel={onClose}
        onSave={async (input) => {
          if (person) await actions.update(person.id, input);
          else await actions.create(input);
          onClose();
        }}
      />
    </Dialog>
  );
}
