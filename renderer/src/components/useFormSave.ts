// The save path every form shares: errors found before saving are shown beside
// their fields (focus moves to the first); a repository's ValidationError lands
// there too; any other failure becomes one message; nothing typed is lost.
import { useCallback, useRef, useState } from 'react';
import type { FieldErrors } from '@shared/domain';
import { ValidationError } from '@shared/domain';
import { useFocusFirstError } from './useFocusFirstError';
import { failureMessage } from './failureMessage';

export function useFormSave() {
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string>();
  const [isSaving, setSaving] = useState(false);
  useFocusFirstError(formRef, errors);

  const save = useCallback(async (found: FieldErrors, write: () => Promise<unknown>) => {
    if (Object.keys(found).length > 0) return setErrors(found);
    setErrors({});
    setFailure(undefined);
    setSaving(true);
    try {
      await write();
    } catch (error) {
      if (error instanceof ValidationError) setErrors(error.errors);
      else setFailure(failureMessage('Could not save', error));
    } finally {
      setSaving(false);
    }
  }, []);

  return { formRef, errors, failure, isSaving, save };
}
