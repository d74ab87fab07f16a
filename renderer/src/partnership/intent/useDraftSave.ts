import type { IntentVersion } from '@shared/domain';
import { intentContentSchema, validate } from '@shared/domain';
import type { IntentForm } from '@shared/intentView';
import { intentInputFrom } from '@shared/intentView';
import { appContext } from '../../../db/db';
import { saveIntentDraft, updateIntentDraft } from '../../../db/intents';
import { useFormSave } from '../../components/useFormSave';

/**
 * Validates and saves the editor's form through the shared save path: the open draft in
 * place, or a new draft when there is none. Field errors come back keyed by path
 * ("goals.0.statement"); the form itself is never touched, so nothing typed is lost.
 */
export function useDraftSave(partnershipId: string, draft: IntentVersion | undefined) {
  const { save: saveForm, ...state } = useFormSave('Could not save the draft');

  async function save(form: IntentForm): Promise<IntentVersion | undefined> {
    const input = intentInputFrom(form);
    const checked = validate(intentContentSchema, input);
    const outcome = await saveForm(checked.ok ? {} : checked.errors, () =>
      draft ? updateIntentDraft(appContext, draft.id, input) : saveIntentDraft(appContext, partnershipId, input),
    );
    return outcome.saved ? outcome.value : undefined;
  }

  return { ...state, save };
}
