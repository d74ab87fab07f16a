// What the scheduler last learned that the notification centre shows besides the
// inbox: whether quiet hours or a day off are holding reminders back and until when,
// and when the next is due.
import type { HeldBy } from '@shared/reminders';
import { createStore } from './store';

export interface ReminderStatus {
  /** The last tick fell outside working time (quiet hours, a day off): what was due waits. */
  readonly isQuiet: boolean;
  /** How many reminders are held back (0 in working time). */
  readonly heldCount: number;
  /** While held: why. */
  readonly heldBy?: HeldBy;
  /** ISO, while held: when working time resumes and what waits is delivered. */
  readonly releaseAt?: string;
  /** ISO: when the next reminder becomes deliverable, if anything is scheduled. */
  readonly nextAt?: string;
  /** ISO: when the scheduler last checked; absent until its first tick. */
  readonly checkedAt?: string;
}

export const reminderStatus = createStore<ReminderStatus>({ isQuiet: false, heldCount: 0 });

/** Whether the notification centre is open: a digest notification's click opens it. */
export const centreOpen = createStore<boolean>(false);
