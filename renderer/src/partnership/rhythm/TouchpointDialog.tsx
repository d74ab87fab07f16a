// The touchpoint form in a dialog, wired to the repository: logging a new touchpoint
// (optionally for a cadence occurrence, which it marks held) or editing one.
import type { Partnership, Stakeholder, Touchpoint } from '@shared/domain';
import { ValidationError } from '@shared/domain';
import { appContext } from '../../../db/db';
import type { LoggedTouchpoint } from '../../../db/touchpoints';
import { logTouchpoint, updateTouchpoint } from '../../../db/touchpoints';
import { Dialog } from '../../components/Dialog';
import { useToast } from '../../components/ToastProvider';
import type { CadenceLink, TouchpointDraft } from './touchpointDraft';
import { logInputFrom, touchpointInputFrom } from './touchpointDraft';
import { TouchpointForm } from './TouchpointForm';

interface Props {
  readonly title: string;
  readonly partnership: Partnership;
  readonly stakeholders: readonly Stakeholder[];
  readonly initial: TouchpointDraft;
  readonly link?: CadenceLink;
  readonly editing?: Touchpoint;
  readonly context?: string;
  readonly onClose: () => void;
}

export function TouchpointDialog({ title, partnership, stakeholders, initial, link, editing, context, onClose }: Props) {
  const toast = useToast();

  async function save(draft: TouchpointDraft) {
    if (editing) {
      await saveEdit(editing, draft, partnership.id);
      toast({ message: `Saved “${draft.title.trim()}”.` });
    } else {
      const logged = await logTouchpoint(appContext, logInputFrom(draft, partnership.id, link));
      toast({ message: loggedMessage(logged) });
    }
    onClose();
  }

  return (
    <Dialog title={title} onClose={onClose} wide>
      <TouchpointForm partnership={partnership} stakeholders={stakeholders} initial={initial} isEditing={Boolean(editing)} context={context} onSave={save} onCancel={onClose} />
    </Dialog>
  );
}

/** Edits keep the touchpoint's cadence link; updateTouchpoint's keys are unprefixed, the form's are touchpoint.*. */
async function saveEdit(editing: Touchpoint, draft: TouchpointDraft, partnershipId: string): Promise<void> {
  const input = touchpointInputFrom(draft, partnershipId, { cadenceId: editing.cadenceId, occurrence: editing.occurrence });
  try {
    await updateTouchpoint(appContext, editing.id, input);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    throw new ValidationError(Object.fromEntries(Object.entries(error.errors).map(([key, message]) => [`touchpoint.${key}`, message])));
  }
}

function loggedMessage(logged: LoggedTouchpoint): string {
  const extras = [
    logged.decisions.length > 0 ? `${logged.decisions.length} decision${logged.decisions.length === 1 ? '' : 's'}` : '',
    logged.commitments.length > 0 ? `${logged.commitments.length} follow-up${logged.commitments.length === 1 ? '' : 's'}` : '',
  ].filter(Boolean);
  const held = logged.occurrence ? ' The occurrence is marked held.' : '';
  return `Logged “${logged.touchpoint.title}”${extras.length > 0 ? ` with ${extras.join(' and ')}` : ''}.${held}`;
}
