import { useCallback } from 'react';
import type { IntentVersion } from '@shared/domain';
import { appContext } from '../../../db/db';
import { deleteIntentDraft, restoreIntentDraft, startDraftFromAgreed } from '../../../db/intents';
import { useToast } from '../../components/ToastProvider';
import { useUndoableDelete } from '../../components/useUndoableDelete';
import { failureMessage } from '../../components/failureMessage';

/** The charter's one-click writes, each reporting its failure in a toast. */
export function useIntentActions(partnershipId: string) {
  const toast = useToast();
  const undoableDelete = useUndoableDelete();

  const startDraft = useCallback(async (): Promise<IntentVersion | undefined> => {
    try {
      return await startDraftFromAgreed(appContext, partnershipId);
    } catch (error) {
      toast({ message: failureMessage('Could not start a new draft', error), tone: 'error' });
      return undefined;
    }
  }, [partnershipId, toast]);

  const discard = useCallback(
    (draft: IntentVersion) =>
      undoableDelete(
        `draft v${draft.version}`,
        () => deleteIntentDraft(appContext, draft.id),
        () => restoreIntentDraft(appContext, draft.id),
      ),
    [undoableDelete],
  );

  return { startDraft, discard };
}
