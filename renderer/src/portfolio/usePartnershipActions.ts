// Partnership writes as the screens use them: each reports its outcome in a
// toast, and archiving offers Undo.
import { useCallback } from 'react';
import type { Partnership, PartnershipInput } from '@shared/domain';
import { appContext } from '../../db/db';
import { archivePartnership, createPartnership, restorePartnership, updatePartnership } from '../../db/partnerships';
import { useToast } from '../components/ToastProvider';
import { failureMessage } from '../components/failureMessage';

export function usePartnershipActions() {
  const toast = useToast();

  const create = useCallback(async (input: PartnershipInput) => {
    const created = await createPartnership(appContext, input);
    toast({ message: `Created “${created.name}”.` });
    return created;
  }, [toast]);

  const update = useCallback(async (id: string, input: PartnershipInput) => {
    const updated = await updatePartnership(appContext, id, input);
    toast({ message: `Saved “${updated.name}”.` });
    return updated;
  }, [toast]);

  const restore = useCallback(async (p: Partnership) => {
    await restorePartnership(appContext, p.id);
    toast({ message: `Restored “${p.name}”.` });
  }, [toast]);

  const archive = useCallback(async (p: Partnership) => {
    try {
      await archivePartnership(appContext, p.id);
      toast({ message: `Archived “${p.name}”.`, action: { label: 'Undo', run: () => restore(p) } });
    } catch (error) {
      toast({ message: failureMessage('Could not archive', error), tone: 'error' });
    }
  }, [toast, restore]);

  return { create, update, archive, restore };
}
