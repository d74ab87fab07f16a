// Settling a conflict from its card: put the other value back (undoable: the kept value goes
// back the same way), or close it keeping what the record holds. A failure says why in a toast.
import { useCallback } from 'react';
import { appContext } from '../../../db/db';
import { dismissConflict, restoreConflictValue, undoConflictRestore } from '../../../db/sync/conflicts';
import { failureMessage } from '../../components/failureMessage';
import { useToast } from '../../components/ToastProvider';

export type ConflictAction = 'restore' | 'undo' | 'dismiss';

const RUN: Readonly<Record<ConflictAction, (id: string) => Promise<void>>> = {
  restore: (id) => restoreConflictValue(appContext, id),
  undo: (id) => undoConflictRestore(appContext, id),
  dismiss: (id) => dismissConflict(appContext, id),
};

const FAILED: Readonly<Record<ConflictAction, string>> = { restore: 'Could not restore the value', undo: 'Could not undo the restore', dismiss: 'Could not close the conflict' };

export function useConflictActions(): (action: ConflictAction, conflictId: string) => Promise<void> {
  const toast = useToast();
  return useCallback(
    async (action, conflictId) => {
      try {
        await RUN[action](conflictId);
      } catch (error) {
        toast({ message: failureMessage(FAILED[action], error), tone: 'error' });
      }
    },
    [toast],
  );
}
