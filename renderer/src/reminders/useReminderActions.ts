// The notification centre's actions, each caught and told in a toast: a failed write
// never becomes an unhandled rejection, and a dismiss can be undone.
import { useMemo } from 'react';
import { dayInZone } from '@shared/dates';
import type { SnoozeOption } from '@shared/reminders';
import { snoozeUntil } from '@shared/reminders';
import { appContext } from '../../db/db';
import type { InboxItem } from '../../db/reminders';
import { dismissReminder, markReminderDone, markRemindersRead, snoozeReminder, undismissReminder } from '../../db/reminders';
import { useSettings } from '../../db/hooks';
import { useToast } from '../components/ToastProvider';
import { openReminder } from './openReminder';
import { phraseUntil } from './time';
import { failureMessage } from '../components/failureMessage';

export function useReminderActions() {
  const toast = useToast();
  const settings = useSettings();
  return useMemo(() => {
    const zone = settings?.timeZone ?? 'UTC';
    const attempt = async (what: string, run: () => Promise<unknown>) => {
      try {
        await run();
        return true;
      } catch (error) {
        toast({ message: failureMessage(`Could not ${what}`, error), tone: 'error' });
        return false;
      }
    };
    return {
      open: (item: InboxItem) => attempt('open the reminder', () => openReminder(appContext, item.key, item.target)),
      markRead: (keys: readonly string[]) => attempt('mark reminders read', () => markRemindersRead(appContext, keys)),
      /** A preset's failure is toasted; a custom time's is thrown, for the snooze form to show beside its box. */
      async snooze(item: InboxItem, option: SnoozeOption) {
        if (!settings) return false;
        const now = appContext.now();
        try {
          const until = snoozeUntil(option, now.toISOString(), settings);
          await snoozeReminder(appContext, item.key, until);
          toast({ message: `Snoozed until ${phraseUntil(until, now, zone)}.` });
          return true;
        } catch (error) {
          if (typeof option === 'object') throw error;
          toast({ message: failureMessage('Could not snooze the reminder', error), tone: 'error' });
          return false;
        }
      },
      dismiss: (item: InboxItem) =>
        attempt('dismiss the reminder', async () => {
          await dismissReminder(appContext, item.key);
          toast({ message: `Dismissed “${item.title}”.`, action: { label: 'Undo', run: () => undismissReminder(appContext, item.key) } });
        }),
      markDone: (item: InboxItem) =>
        attempt('mark it done', async () => {
          await markReminderDone(appContext, item.key, item.target.itemId ?? '', dayInZone(appContext.now(), zone));
          toast({ message: `Marked the commitment done (${item.partnershipName}).` });
        }),
    };
  }, [settings, toast]);
}
