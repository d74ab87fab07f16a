// Commitment writes as the tab uses them: each reports its outcome in a toast, and the
// ones that lose something (drop, delete) offer Undo.
import { useCallback, useMemo } from 'react';
import type { Commitment } from '@shared/domain';
import { appContext } from '../../../db/db';
import {
  completeCommitment,
  createCommitment,
  deleteCommitment,
  dropCommitment,
  reopenCommitment,
  restoreCommitment,
  updateCommitment,
} from '../../../db/commitments';
import { useToast } from '../../components/ToastProvider';
import { useUndoableDelete } from '../../components/useUndoableDelete';
import { failureMessage } from '../../components/failureMessage';

export function useCommitmentActions() {
  const toast = useToast();
  const undoableDelete = useUndoableDelete();

  /** Throws on failure so the form can show the errors beside its fields. */
  const save = useCallback(
    async (input: unknown, initial?: Commitment) => {
      const saved = initial ? await updateCommitment(appContext, initial.id, input) : await createCommitment(appContext, input);
      toast({ message: initial ? `Saved “${saved.title}”.` : `Added “${saved.title}”.` });
      return saved;
    },
    [toast],
  );

  /** Throws on failure so the dialog can show the error beside the date. */
  const complete = useCallback(
    async (c: Commitment, doneOn: string) => {
      await completeCommitment(appContext, c.id, doneOn);
      toast({ message: `Marked “${c.title}” done.`, action: { label: 'Undo', run: async () => void (await reopenCommitment(appContext, c.id)) } });
    },
    [toast],
  );

  const reopen = useCallback(
    async (c: Commitment) => {
      try {
        await reopenCommitment(appContext, c.id);
        toast({ message: `Reopened “${c.title}”.` });
      } catch (error) {
        toast({ message: failureMessage('Could not reopen', error), tone: 'error' });
      }
    },
    [toast],
  );

  const drop = useCallback(
    async (c: Commitment) => {
      try {
        await dropCommitment(appContext, c.id);
        toast({ message: `Dropped “${c.title}”.`, action: { label: 'Undo', run: async () => void (await reopenCommitment(appContext, c.id)) } });
      } catch (error) {
        toast({ message: failureMessage('Could not drop', error), tone: 'error' });
      }
    },
    [toast],
  );

  const remove = useCallback(
    (c: Commitment) =>
      undoableDelete(
        `“${c.title}”`,
        () => deleteCommitment(appContext, c.id),
        () => restoreCommitment(appContext, c.id),
      ),
    [undoableDelete],
  );

  return useMemo(() => ({ save, complete, reopen, drop, remove }), [save, complete, reopen, drop, remove]);
}
