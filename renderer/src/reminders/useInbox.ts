import { useSyncExternalStore } from 'react';
import { useLiveQuery } from '../../db/live';
import { db } from '../../db/db';
import type { InboxItem } from '../../db/reminders';
import { listInbox } from '../../db/reminders';
import type { ReminderStatus } from './reminderStatus';
import { centreOpen, reminderStatus } from './reminderStatus';

/** The notification centre's items, live: every window updates after any delivery or action. */
export function useInbox(): readonly InboxItem[] | undefined {
  return useLiveQuery(() => listInbox(db), []);
}

export function useReminderStatus(): ReminderStatus {
  return useSyncExternalStore(reminderStatus.subscribe, reminderStatus.get);
}

export function useCentreOpen(): boolean {
  return useSyncExternalStore(centreOpen.subscribe, centreOpen.get);
}
