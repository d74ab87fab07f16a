// Stakeholder writes as the panel uses them: each reports its outcome in a toast, and
// deleting offers Undo. Validation errors are thrown on to the form that shows them.
import { useCallback } from 'react';
import type { Stakeholder, StakeholderInput } from '@shared/domain';
import { appContext } from '../../../db/db';
import { createStakeholder, deleteStakeholder, restoreStakeholder, updateStakeholder } from '../../../db/stakeholders';
import { useToast } from '../../components/ToastProvider';
import { useUndoableDelete } from '../../components/useUndoableDelete';

export function useStakeholderActions() {
  const toast = useToast();
  const undoableDelete = useUndoableDelete();

  const create = useCallback(
    async (input: StakeholderInput) => {
      const created = await createStakeholder(appContext, input);
      toast({ message: `Added “${created.name}”.` });
    },
    [toast],
  );

  const update = useCallback(
    async (id: string, input: StakeholderInput) => {
      const updated = await updateStakeholder(appContext, id, input);
      toast({ message: `Saved “${updated.name}”.` });
    },
    [toast],
  );

  const remove = useCallback(
    (person: Stakeholder) =>
      undoableDelete(
        `“${person.name}”`,
        () => deleteStakeholder(appContext, person.id),
        () => restoreStakeholder(appContext, person.id),
      ),
    [undoableDelete],
  );

  return { create, update, remove };
}
