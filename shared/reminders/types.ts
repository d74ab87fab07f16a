// The shapes the reminder planner hands out, and the candidates its sources raise
// before the ledger, the clock and quiet hours have their say.
import type { AttentionTab } from '../attention';
import type { ReminderFacts, ReminderSource, ReminderState } from '../domain';
import type { DateFormat } from '../dates';
import type { ExpansionCache } from '../recurrence';
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
  /** The words at the moment it is delivered (reminderText of `facts` at the plan's `now`). */
  readonly title: string;
  /** Names the partnership. */
  readonly body: string;
  readonly target: ReminderTarget;
  /** What it is about: the centre recomputes the words from these whenever it is read. */
  readonly facts: ReminderFacts;
}

/** One notification standing for several reminders; the in-app centre still lists each. */
export interface ReminderDigest {
  readonly title: string;
  readonly body: string;
  readonly keys: readonly string[];
}

/**
 * One native notification: a single reminder (keyed by its ledger key), a partnership's
 * reminders released together, or the overall digest (both keyed `digest:<first key>`,
 * and opening the centre when clicked).
 */
export interface ReminderNotification extends ReminderDigest {
  readonly key: string;
}

/**
 * Why reminders are held now: quiet hours, a day that is not a working day, or the morning
 * after days off before the working day opens (then only what waited over them is held).
 */
export type HeldBy = 'quiet hours' | 'day off' | 'before hours';

export interface ReminderPlan {
  /** Deliver these now, sorted by fireAt then key; empty during quiet hours. */
  readonly due: readonly PlannedReminder[];
  /** What to show for `due`: one per partnership, or one overall digest when more than DIGEST_AFTER partnerships. */
  readonly notifications: readonly ReminderNotification[];
  /** Present when the notifications collapsed into one overall digest (it is then `notifications[0]`). */
  readonly digest?: ReminderDigest;
  /**
   * When the caller should plan again at the latest: the earliest later instant something
   * may become deliverable (a fire time, a snooze's end, the release after quiet hours or
   * days off), or sooner when the planner cannot yet see it (the midnight before a working
   * morning after days off).
   */
  readonly nextAt?: string;
  /** The earliest later delivery the planner sees: what "the next reminder is due…" may promise. */
  readonly nextDeliveryAt?: string;
  /**
   * Outside working time now (quiet hours, or a non-working day until the next working day
   * opens): nothing is delivered and, for the caller, this tick does not count as `lastTickAt`.
   */
  readonly isQuiet: boolean;
  /** How many reminders are due but held back (0 in working time). */
  readonly heldCount: number;
  /** While held: why. */
  readonly heldBy?: HeldBy;
  /** While held: when working time resumes and what is held is released (the start of the next working day's hours). */
  readonly releaseAt?: string;
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
  /** The first instant of `day` (local midnight) in the user's zone: where a superseded stage stops. */
  readonly dayStart: (day: string) => number;
  readonly partnershipName: string;
  readonly ledger: ReminderLedgerView;
  /** How dates in the text are written (Settings); the locale-free "19 Nov 2026" when absent. */
  readonly dateFormat?: DateFormat;
  /** The planner's expansion and zone cache (its caller's, or one for the call). */
  readonly cache: ExpansionCache;
}

/**
 * An event (a meeting) is caught up only inside the catch-up window. A state (a commitment
 * due today, a renewal within 30 days) reminds while it is current, however long ago it
 * began, and stops at `untilMs`, where the next stage takes over.
 */
export interface Candidate extends Omit<PlannedReminder, 'fireAt' | 'title' | 'body'> {
  readonly fireMs: number;
  readonly untilMs?: number;
  readonly kind: 'event' | 'state';
}
