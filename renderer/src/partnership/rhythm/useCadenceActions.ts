import { useCallback, useMemo } from 'react';
import type { Cadence, CadenceInput } from '@shared/domain';
import { appContext } from '../../../db/db';
import { createCadence, deleteCadence, pauseCadence, restoreCadence, resumeCadence, updateCadence } from '../../../db/cadences';
import { useToast } from '../../components/ToastProvider';
import { useUndoableDelete } from '../../components/useUndoableDelete';
import { failureMessage } from '../../components/failureMessage';

/** Writes behind the Cadences tab, each with its toast; save lets ValidationError through to the form. */
export function useCadenceActions() {
  const toast = useToast();
  const undoableDelete = useUndoableDelete();

  const save = useCallback(
    async (input: CadenceInput, editing?: Cadence) => {
      const saved = editing ? await updateCadence(appContext, editing.id, input) : await createCadence(appContext, input);
      toast({ message: editing ? `Saved “${saved.name}”.` : `Added the cadence “${saved.name}”.` });
    },
    [toast],
  );

  const togglePause = useCallback(
    async (cadence: Cadence) => {
      const isPaused = cadence.status === 'paused';
      try {
        await (isPaused ? resumeCadence(appContext, cadence.id) : pauseCadence(appContext, cadence.id));
        toast({ message: isPaused ? `Resumed “${cadence.name}”.` : `Paused “${cadence.name}”: no reminders until you resume it.` });
      } catch (error) {
        toast({ message: failureMessage(`Could not ${isPaused ? 'resume' : 'pause'} “${cadence.name}”`, error), tone: 'error' });
      }
    },
    [toast],
  );

  const remove = useCallback(
    (cadence: Cadence) => undoableDelete(`the cadence “${cadence.name}”`, () => deleteCadence(appContext, cadence.id), () => restoreCadence(appContext, cadence.id)),
    [undoableDelete],
  );

  return useMemo(() => ({ save, togglePause, remove }), [save, togglePause, remove]);
}
