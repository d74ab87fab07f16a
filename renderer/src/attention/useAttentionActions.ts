// The Attention actions that need no dialog: Mark done (with Undo) and Chase (a polite,
// partner-safe reminder copied for an email). Each failure is told in a toast, never thrown.
import { useMemo } from 'react';
import type { AttentionItem } from '@shared/attention';
import { chaseText } from '@shared/chase';
import { dayInZone } from '@shared/dates';
import { readChaseSubject } from '../../db/chaseQuery';
import { completeCommitment, reopenCommitment } from '../../db/commitments';
import { appContext, db } from '../../db/db';
import { useSettings } from '../../db/hooks';
import { useDateText } from '../clock/useDateText';
import { failureMessage } from '../components/failureMessage';
import { useToast } from '../components/ToastProvider';
import { usePlatform } from '../platform/PlatformContext';

export function useAttentionActions() {
  const toast = useToast();
  const platform = usePlatform();
  const settings = useSettings();
  const { format } = useDateText();
  return useMemo(() => {
    const today = () => dayInZone(appContext.now(), settings?.timeZone ?? 'UTC');
    const attempt = async (what: string, run: () => Promise<void>) => {
      try {
        await run();
      } catch (error) {
        toast({ message: failureMessage(`Could not ${what}`, error), tone: 'error' });
      }
    };
    return {
      markDone: (item: AttentionItem) =>
        attempt('mark it done', async () => {
          const id = item.commitment?.commitmentId;
          if (!id) return;
          const done = await completeCommitment(appContext, id, today());
          toast({ message: `Marked “${done.title}” done.`, action: { label: 'Undo', run: async () => void (await reopenCommitment(appContext, id)) } });
        }),
      chase: (item: AttentionItem) =>
        attempt('copy the reminder', async () => {
          const subject = item.commitment ? await readChaseSubject(db, item.commitment.commitmentId) : undefined;
          if (!subject) throw new Error('that commitment is no longer there.');
          await platform.copyText(chaseText(subject.commitment, subject.owner, subject.partnership, { today: today(), senderName: settings?.userName ?? '', dateFormat: format }));
          const to = subject.owner?.name ?? subject.partnership.partnerOrg;
          toast({ message: `Copied a reminder to ${to || 'the partner'} about “${subject.commitment.title}”: paste it into an email.` });
        }),
    };
  }, [toast, platform, settings, format]);
}
