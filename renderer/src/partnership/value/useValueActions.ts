// Value writes as the tab uses them: saves report in a toast and throw on failure (so the
// form shows the errors beside its fields); deletes offer Undo (also Ctrl/⌘+Z).
import { useCallback, useMemo } from 'react';
import type { GoalMeasurement, Opportunity, ValueEvent } from '@shared/domain';
import { appContext } from '../../../db/db';
import {
  createOpportunity,
  createValueEvent,
  deleteGoalMeasurement,
  deleteOpportunity,
  deleteValueEvent,
  restoreGoalMeasurement,
  restoreOpportunity,
  restoreValueEvent,
  updateOpportunity,
  updateValueEvent,
} from '../../../db/value';
import { useToast } from '../../components/ToastProvider';
import { useUndoableDelete } from '../../components/useUndoableDelete';

export function useValueActions() {
  const toast = useToast();
  const undoableDelete = useUndoableDelete();

  const saveOpportunity = useCallback(
    async (input: unknown, initial?: Opportunity) => {
      const saved = initial ? await updateOpportunity(appContext, initial.id, input) : await createOpportunity(appContext, input);
      toast({ message: initial ? `Saved “${saved.account}”.` : `Added “${saved.account}”.` });
      return saved;
    },
    [toast],
  );
  const removeOpportunity = useCallback(
    (o: Opportunity) =>
      undoableDelete(
        `“${o.account}”`,
        () => deleteOpportunity(appContext, o.id),
        () => restoreOpportunity(appContext, o.id),
      ),
    [undoableDelete],
  );
  const saveEvent = useCallback(
    async (input: unknown, initial?: ValueEvent) => {
      const saved = initial ? await updateValueEvent(appContext, initial.id, input) : await createValueEvent(appContext, input);
      toast({ message: initial ? `Saved “${saved.description}”.` : `Added “${saved.description}”.` });
      return saved;
    },
    [toast],
  );
  const removeEvent = useCallback(
    (e: ValueEvent) =>
      undoableDelete(
        `“${e.description}”`,
        () => deleteValueEvent(appContext, e.id),
        () => restoreValueEvent(appContext, e.id),
      ),
    [undoableDelete],
  );
  const removeMeasurement = useCallback(
    (m: GoalMeasurement, label: string) =>
      undoableDelete(
        `the measurement ${label}`,
        () => deleteGoalMeasurement(appContext, m.id),
        () => restoreGoalMeasurement(appContext, m.id),
      ),
    [undoableDelete],
  );
  return useMemo(() => ({ saveOpportunity, removeOpportunity, saveEvent, removeEvent, removeMeasurement }), [saveOpportunity, removeOpportunity, saveEvent, removeEvent, removeMeasurement]);
}
