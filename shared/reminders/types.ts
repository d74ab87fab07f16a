// The shapes the reminder planner hands out, and the candidates its sources raise
// before the ledger, the clock and quiet hours have their say.
import type { AttentionTab } from '../attention';
import type { ReminderSource, ReminderState } from '../domain';
import type { DateFormat } from '../dates';
import type { ReminderSettings } from './clock';

/** What clicking a reminder opens. */
export interface ReminderTarget {
  readonly partnershipId: string;
  readonly tab: AttentionTab;
  /** The cadence or commitment, for reminders about one. */
  readonly itemId?: string;
}

export interface PlannedReminder {
  /** `reminderKey(source, sourceId, occurrence)`: the ledger row that records its delivery. */
  readonly key: string;
  readonly partnershipId: string;
  readonly partnershipName: string;
  readonly source: ReminderSource;
  readonly sourceId: string;
  /** ISO UTC: when it became due (for a snoozed one, when the snooze ended). */
  readonly fireAt: string;
  readonly title: string;
  /** Names the partnership. */
  readonly body: string;
  readonly target: ReminderTarget;
}

/** One notification standing for several reminders; the in-app centre still lists each. */
export interface ReminderDigest {
  readonly title: string;
  readonly body: string;
  readonly keys: readonly string[];
}

export interface ReminderPlan {
  /** Deliver these now, sorted by fireAt then key; empty during quiet hours. */
  readonly due: readonly PlannedReminder[];
  /** Present when more than DIGEST_AFTER are due: send this one notification instead. */
  readonly digest?: ReminderDigest;
  /** The earliest later instant something becomes deliverable (a fire time, a snooze's end, quiet hours' end). */
  readonly nextAt?: string;
  /** Quiet hours now: nothing is delivered and, for the caller, this tick does not count as `lastTickAt`. */
  readonly isQuiet: boolean;
}

export interface ReminderLedgerView {
  readonly get: (key: string) => ReminderState | undefined;
  /** Keys with a snooze still to come back. */
  readonly snoozedKeys: readonly string[];
  /** False once the key was delivered (and not snoozed since), dismissed or done. */
  readonly isOpen: (key: string) => boolean;
}

/** What a source needs besides its own records. */
export interface SourceContext {
  readonly nowMs: number;
  /** The local day of `nowMs` in the settings' zone. */
  readonly today: string;
  /** Event reminders firing at or before this were either delivered or are too old to catch up. */
  readonly fromMs: number;
  readonly settings: ReminderSettings;
  /** When a day-based reminder for `day` fires: the start of the working day in the user's zone. */
  readonly workdayStart: (day: string) => number;
  readonly partnershipName: string;
  readonly ledger: ReminderLedgerView;
  /** How dates in the text are written (Settings); the locale-free "19 Nov 2026" when absent. */
  readonly dateFormat?: DateFormat;
}

/**
 * An event (a meeting) is caught up only inside the catch-up window. A state (a commitment
 * due today, a renewal within 30 days) reminds while it is current, however long ago it
 * began, and stops at `untilMs`, where the next stage takes over.
 */
export interface Candidate extends Omit<PlannedReminder, 'fireAt'> {
  readonly fireMs: number;
  readonly untilMs?: number;
  readonly kind: 'event' | 'state';
}
