// Health writes as the tab uses them: save a check, delete one with Undo, and turn
// suggested actions into commitments in one step.
import { useCallback, useMemo } from 'react';
import type { HealthCheck } from '@shared/domain';
import type { CommitmentDraft } from '../../../db/commitments';
import { createCommitments } from '../../../db/commitments';
import { appContext } from '../../../db/db';
import { createHealthCheck, deleteHealthCheck, restoreHealthCheck, updateHealthCheck } from '../../../db/healthChecks';
import { useToast } from '../../components/ToastProvider';
import { useUndoableDelete } from '../../components/useUndoableDelete';
import { useDateText } from '../../clock/useDateText';

function checkLabel(check: HealthCheck, formatDay: (day: string) => string): string {
  return `${check.perspective === 'ours' ? 'our' : 'the partner’s'} health check of ${formatDay(check.assessedOn)}`;
}

export function useHealthActions(partnershipId: string) {
  const toast = useToast();
  const undoableDelete = useUndoableDelete();
  const { formatDay } = useDateText();

  /** Throws on failure so the form can show the errors beside its fields. */
  const save = useCallback(
    async (input: unknown, initial?: HealthCheck) => {
      const saved = initial ? await updateHealthCheck(appContext, initial.id, input) : await createHealthCheck(appContext, input);
      toast({ message: initial ? `Saved ${checkLabel(saved, formatDay)}.` : `Recorded ${checkLabel(saved, formatDay)}.` });
      return saved;
    },
    [toast, formatDay],
  );

  const remove = useCallback(
    (check: HealthCheck) =>
      undoableDelete(
        checkLabel(check, formatDay),
        () => deleteHealthCheck(appContext, check.id),
        () => restoreHealthCheck(appContext, check.id),
      ),
    [undoableDelete, formatDay],
  );

  /** Throws a ValidationError keyed "<index>.<field>" so each action can show its own. */
  const commit = useCallback(
    async (drafts: readonly CommitmentDraft[]) => {
      const created = await createCommitments(appContext, partnershipId, drafts);
      toast({ message: created.length === 1 ? 'Created 1 commitment.' : `Created ${created.length} commitments.` });
      return created;
    },
    [partnershipId, toast],
  );

  return useMemo(() => ({ save, remove, commit }), [save, remove, commit]);
}
