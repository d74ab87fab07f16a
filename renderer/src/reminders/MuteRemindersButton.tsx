// Mutes one partnership's reminders (a paused relationship, a deal in legal review):
// the planner skips it until unmuted. Already delivered reminders stay in the centre.
import { useState } from 'react';
import type { Partnership } from '@shared/domain';
import { appContext } from '../../db/db';
import { useSettings } from '../../db/hooks';
import { setPartnershipMuted } from '../../db/settings';
import { useToast } from '../components/ToastProvider';
import { failureMessage } from '../components/failureMessage';

export function MuteRemindersButton({ partnership }: { readonly partnership: Partnership }) {
  const settings = useSettings();
  const toast = useToast();
  const [isBusy, setBusy] = useState(false);
  if (!settings) return null;
  const isMuted = settings.mutedPartnershipIds.includes(partnership.id);

  async function toggle() {
    setBusy(true);
    try {
      await setPartnershipMuted(appContext, partnership.id, !isMuted);
      toast({ message: isMuted ? `Reminders for ${partnership.name} are back on.` : `Reminders for ${partnership.name} are muted.` });
    } catch (error) {
      toast({ message: failureMessage('Could not change the reminders', error), tone: 'error' });
    } finally {
      setBusy(false);
    }
  }

  return (
    <button
      type="button"
      className="button"
      disabled={isBusy}
      title={isMuted ? 'Reminders for this partnership are muted' : 'Stop reminders for this partnership'}
      onClick={() => void toggle()}
    >
      {isMuted ? 'Unmute reminders' : 'Mute reminders'}
    </button>
  );
}
