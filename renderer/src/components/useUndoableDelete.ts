import { useCallback } from 'react';
import { useToast } from './ToastProvider';
import { failureMessage } from './failureMessage';

/**
 * Deletes are soft and undoable (DESIGN.md principle 1): run the delete, then offer
 * Undo in a toast (also Ctrl/⌘+Z) that runs the matching restore.
 */
export function useUndoableDelete() {
  const toast = useToast();
  return useCallback(
    async (label: string, remove: () => Promise<unknown>, restore: () => Promise<unknown>) => {
      try {
        await remove();
        toast({ message: `Deleted ${label}.`, action: { label: 'Undo', run: async () => void (await restore()) } });
      } catch (error) {
        toast({ message: failureMessage(`Could not delete ${label}`, error), tone: 'error' });
      }
    },
    [toast],
  );
}
