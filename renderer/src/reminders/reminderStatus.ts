// What the scheduler last learned that the notification centre shows besides the
// inbox: whether quiet hours are holding reminders back, and when the next is due.
import { createStore } from './store';

export interface ReminderStatus {
  /** The last tick fell in quiet hours: nothing was delivered. */
  readonly isQuiet: boolean;
  /** How many reminders quiet hours are holding back (0 outside them). */
  readonly heldCount: number;
  /** ISO: when the next reminder becomes deliverable, if anything is scheduled. */
  readonly nextAt?: string;
  /** ISO: when the scheduler last checked; absent until its first tick. */
  readonly checkedAt?: string;
}

export const reminderStatus = createStore<ReminderStatus>({ isQuiet: false, heldCount: 0 });

/** Whether the notification centre is open: a digest notification's click opens it. */
export const centreOpen = createStore<boolean>(false);
