import { useState } from 'react';
import type { FieldErrors, IntentVersion } from '@shared/domain';
import { ValidationError, intentContentSchema, validate } from '@shared/domain';
import type { IntentForm } from '@shared/intentView';
import { intentInputFrom } from '@shared/intentView';
import { appContext } from '../../../db/db';
import { saveIntentDraft, updateIntentDraft } from '../../../db/intents';
import { failureMessage } from '../../components/failureMessage';

/**
 * Validates and saves the editor's form: the open draft in place, or a new draft when
 * there is none. Field errors come back keyed by path ("goals.0.statement"); the form
 * itself is never touched, so nothing the user typed is lost.
 */
export function useDraftSave(partnershipId: string, draft: IntentVersion | undefined) {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string>();
  const [isSaving, setSaving] = useState(false);

  async function save(form: IntentForm): Promise<IntentVersion | undefined> {
    const input = intentInputFrom(form);
    const checked = validate(intentContentSchema, input);
    setFailure(undefined);
    if (!checked.ok) {
      setErrors(checked.errors);
      return undefined;
    }
    setErrors({});
    setSaving(true);
    try {
      return draft ? await updateIntentDraft(appContext, draft.id, input) : await saveIntentDraft(appContext, partnershipId, input);
    } catch (error) {
      if (error instanceof ValidationError) setErrors(error.errors);
      else setFailure(failureMessage('Could not save the draft', error));
      return undefined;
    } finally {
      setSaving(false);
    }
  }

  return { errors, failure, isSaving, save };
}
