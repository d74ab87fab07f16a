// The save path every form shares: errors found before saving are shown beside
// their fields (focus moves to the first); a repository's ValidationError lands
// there too; any other failure becomes one message; nothing typed is lost. While a
// save is pending a second submit is refused, so a double click or Enter pressed
// twice writes once (the flag is a ref: two submits in one task see no re-render).
import { useCallback, useRef, useState } from 'react';
import type { FieldErrors } from '@shared/domain';
import { ValidationError } from '@shared/domain';
import { useFocusFirstError } from './useFocusFirstError';
import { failureMessage } from './failureMessage';

/** What a submit came to: the written value, or nothing (refused, invalid or failed). */
export type SaveOutcome<T> = { readonly saved: true; readonly value: T } | { readonly saved: false };

const NOT_SAVED: SaveOutcome<never> = { saved: false };

/** `failureLead` opens the one-line message for a failure that is not the user's input. */
export function useFormSave(failureLead = 'Could not save') {
  const formRef = useRef<HTMLFormElement>(null);
  const pending = useRef(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string>();
  const [isSaving, setSaving] = useState(false);
  useFocusFirstError(formRef, errors);

  const save = useCallback(
    async <T>(found: FieldErrors, write: () => Promise<T>): Promise<SaveOutcome<T>> => {
      if (pending.current) return NOT_SAVED;
      setFailure(undefined);
      if (Object.keys(found).length > 0) {
        setErrors(found);
        return NOT_SAVED;
      }
      setErrors({});
      pending.current = true;
      setSaving(true);
      try {
        return { saved: true, value: await write() };
      } catch (error) {
        if (error instanceof ValidationError) setErrors(error.errors);
        else setFailure(failureMessage(failureLead, error));
        return NOT_SAVED;
      } finally {
        pending.current = false;
        setSaving(false);
      }
    },
    [failureLead],
  );

  return { formRef, errors, failure, isSaving, save };
}
