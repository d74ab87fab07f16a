// The reminder planner: a pure function of the data, the delivery ledger, the settings
// and `now` that says what to deliver now and when the next thing falls due. The caller
// (a heartbeat of at most 60 s) delivers, records `deliveredAt` per key, and never sets
// a timer further out than its heartbeat; the ledger is what makes delivery idempotent.
import type { DateFormat } from './dates';
import type { AttentionSnapshot } from './attention';
import { cadenceHistory } from './attention';
import type { ReminderState } from './domain';
import { byPartnership, groupLive } from './grouping';
import { addDays } from './dates';
import type { ExpansionCache } from './recurrence';
import { createExpansionCache } from './recurrence';
import type { ZoneCache } from './timezones';
import { DAY_MS, parseInstant } from './timezones';
import type { ReminderSettings } from './reminders/clock';
import { dayAt, heldByAt, instantOrUndefined, isWorkingDay, localDay, quietStartedAt, toIso, withKnownZone, workdayStartOn, workingTimeFrom } from './reminders/clock';
import { cadenceCandidates } from './reminders/cadenceReminders';
import { commitmentCandidates, healthCandidates, intentCandidates, renewalCandidates } from './reminders/dayReminders';
import { groupNotifications, overallDigest } from './reminders/notifications';
import { reminderTextAt } from './reminders/text';
import type { Candidate, PlannedReminder, ReminderLedgerView, ReminderPlan, SourceContext } from './reminders/types';

export type { ReminderSettings, SnoozeOption } from './reminders/clock';
export { isQuietTime, isWorkingTime, nextWorkingTime, snoozeUntil } from './reminders/clock';
export { INTENT_REVIEW_AFTER_DAYS, RENEWAL_REMINDER_DAYS } from './reminders/dayReminders';
export { DIGEST_AFTER, DIGEST_KEY_PREFIX, groupNotifications, overallDigest } from './reminders/notifications';
export type { ReminderText, ReminderTextView } from './reminders/text';
export { reminderText } from './reminders/text';
export type { HeldBy, PlannedReminder, ReminderDigest, ReminderNotification, ReminderPlan, ReminderTarget } from './reminders/types';

export interface ReminderInput {
  readonly snapshot: AttentionSnapshot;
  readonly ledger: readonly ReminderState[];
  readonly settings: ReminderSettings;
  /** ISO UTC. */
  readonly now: string;
  /**
   * The `now` of the previous call outside quiet hours (`plan.isQuiet` false): event
   * reminders (meetings) that fired after it and were missed are caught up. Defaults to
   * CATCH_UP_DAYS ago, which is also the furthest back anything is caught up.
   */
  readonly lastTickAt?: string;
  /** How dates in the text are written (Settings); the locale-free "19 Nov 2026" when absent. */
  readonly dateFormat?: DateFormat;
  /** Where rule expansions and zone conversions are remembered between calls (the caller's); without one, only within this call. */
  readonly cache?: ExpansionCache;
}

/** Missed meeting reminders older than this are not delivered (a fresh install does not replay history). */
export const CATCH_UP_DAYS = 7;
/** Slack behind `lastTickAt`, for a tick that ran late or a write that landed between ticks. */
export const CATCH_UP_MARGIN_MS = 2 * 60_000;

type LedgerStatus = { readonly kind: 'fresh' } | { readonly kind: 'closed' } | { readonly kind: 'snoozed'; readonly untilMs: number };

/** Dismissed or done: never again. Snoozed: back once when the snooze ends. Delivered: never again. */
function ledgerStatus(state: ReminderState | undefined): LedgerStatus {
  if (!state) return { kind: 'fresh' };
  if (state.dismissedAt || state.doneAt) return { kind: 'closed' };
  const deliveredMs = instantOrUndefined(state.deliveredAt);
  const untilMs = instantOrUndefined(state.snoozedUntil);
  if (untilMs !== undefined) return deliveredMs !== undefined && deliveredMs >= untilMs ? { kind: 'closed' } : { kind: 'snoozed', untilMs };
  return deliveredMs === undefined ? { kind: 'fresh' } : { kind: 'closed' };
}

function ledgerView(rows: readonly ReminderState[]): ReminderLedgerView {
  const byKey = new Map(rows.map((row) => [row.key, row]));
  const snoozedKeys = [...byKey.values()].filter((row) => ledgerStatus(row).kind === 'snoozed').map((row) => row.key);
  return { get: (key) => byKey.get(key), snoozedKeys, isOpen: (key) => ledgerStatus(byKey.get(key)).kind !== 'closed' };
}

/** Event reminders firing after this are caught up; a tick in quiet hours delivered nothing, so its spell is still owed. */
function catchUpFrom(nowMs: number, lastTickAt: string | undefined, settings: ReminderSettings, cache: ZoneCache): number {
  const floor = nowMs - CATCH_UP_DAYS * DAY_MS;
  const lastMs = instantOrUndefined(lastTickAt);
  if (lastMs === undefined) return floor;
  const seenMs = Math.min(quietStartedAt(lastMs, settings, cache), nowMs);
  return Math.max(floor, seenMs - CATCH_UP_MARGIN_MS);
}

/** One broken record (a rule that no longer expands) must not silence every other reminder. */
function safely(build: () => Candidate[]): Candidate[] {
  try {
    return build();
  } catch {
    return [];
  }
}

function collectCandidates(snapshot: AttentionSnapshot, base: Omit<SourceContext, 'partnershipName'>): Candidate[] {
  const muted = new Set(base.settings.mutedPartnershipIds ?? []);
  const live = snapshot.partnerships.filter((p) => !p.deletedAt && p.status !== 'ended' && !muted.has(p.id));
  const cadences = groupLive(snapshot.cadences, byPartnership);
  const commitments = groupLive(snapshot.commitments, byPartnership);
  const checks = groupLive(snapshot.healthChecks, byPartnership);
  const versions = groupLive(snapshot.intentVersions, byPartnership);
  const history = cadenceHistory(snapshot);
  return live.flatMap((p) => {
    const ctx = { ...base, partnershipName: p.name };
    return [
      ...safely(() => renewalCandidates(p, ctx)),
      ...safely(() => healthCandidates(p, checks.get(p.id) ?? [], ctx)),
      ...safely(() => intentCandidates(p, versions.get(p.id) ?? [], ctx)),
      ...(commitments.get(p.id) ?? []).flatMap((c) => safely(() => commitmentCandidates(c, ctx))),
      ...(cadences.get(p.id) ?? []).flatMap((c) =>
        safely(() => cadenceCandidates(c, history.records.get(c.id) ?? [], history.touchpoints.get(c.id) ?? [], ctx)),
      ),
    ];
  });
}

type Verdict = { readonly kind: 'due'; readonly atMs: number } | { readonly kind: 'later'; readonly atMs: number } | { readonly kind: 'never' };
const NEVER: Verdict = { kind: 'never' };

function assess(c: Candidate, status: LedgerStatus, nowMs: number, fromMs: number): Verdict {
  if (status.kind === 'closed') return NEVER;
  const isSnoozed = status.kind === 'snoozed';
  const atMs = isSnoozed ? Math.max(c.fireMs, status.untilMs) : c.fireMs;
  const untilMs = c.untilMs ?? Number.POSITIVE_INFINITY;
  if (atMs > nowMs) return atMs < untilMs ? { kind: 'later', atMs } : NEVER;
  if (nowMs >= untilMs) return NEVER;
  // A snoozed reminder was asked back: it returns however long the snooze was.
  if (!isSnoozed && c.kind === 'event' && c.fireMs <= fromMs) return NEVER;
  return { kind: 'due', atMs };
}

/** Its words as of `nowMs`: a meeting already started is asked about, not prepared for. */
function toPlanned(c: Candidate, atMs: number, nowMs: number, today: string, zone: string, cache: ZoneCache, format?: DateFormat): PlannedReminder {
  const { fireMs: _fire, untilMs: _until, kind: _kind, ...rest } = c;
  return { ...rest, ...reminderTextAt(c.facts, c.partnershipName, nowMs, today, zone, format, cache), fireAt: toIso(atMs) };
}

/** When a reminder firing at `atMs` is delivered: at once in working time or on its own working morning, else at the release. */
function goesAt(atMs: number, settings: ReminderSettings, cache: ZoneCache): number {
  const held = heldByAt(atMs, settings, cache);
  if (held === undefined || held === 'before hours') return atMs;
  return workingTimeFrom(atMs, settings, cache);
}

/**
 * The earliest delivery among later fire times (never before its fire time, so the scan
 * stops once the fire times pass the best found), or `bestMs` when that is sooner.
 */
interface Next {
  /** The earliest delivery among what is seen. */
  readonly deliveryMs?: number;
  /** When to look again: the delivery, or sooner (see below). */
  readonly lookMs?: number;
}

function firstGoing(laters: number[], bestMs: number, nowMs: number, settings: ReminderSettings, cache: ZoneCache): Next {
  const morning = morningAfterDaysOff(nowMs, settings, cache) ?? Number.POSITIVE_INFINITY;
  let best = bestMs;
  let isDeferredPastMorning = false;
  for (const atMs of laters.sort((a, b) => a - b)) {
    if (atMs >= best) break;
    const goes = goesAt(atMs, settings, cache);
    best = Math.min(best, goes);
    isDeferredPastMorning ||= atMs < morning && goes > morning;
  }
  // Only the next reminder of each source is seen: one held over days off and released after
  // the morning that follows them hides a later one of that morning, which goes at once. Look again then.
  const look = isDeferredPastMorning && morning < best ? morning : best;
  return { ...(Number.isFinite(best) ? { deliveryMs: best } : {}), ...(Number.isFinite(look) ? { lookMs: look } : {}) };
}

/** Local midnight of the next working day after a day off, after `nowMs` and within a week. */
function morningAfterDaysOff(nowMs: number, settings: ReminderSettings, cache: ZoneCache): number | undefined {
  const today = localDay(nowMs, settings.timeZone, cache);
  for (let offset = 1; offset <= 7; offset += 1) {
    const day = addDays(today, offset);
    if (isWorkingDay(day, settings) && !isWorkingDay(addDays(day, -1), settings)) return dayAt(day, '00:00', settings.timeZone, cache);
  }
  return undefined;
}

/**
 * What to deliver now. Never before its time; each ledger key at most once, plus once
 * more per snooze; nothing outside working time (quiet hours, or a non-working day until
 * the next working day opens: it waits, and is released together, grouped per partnership, when
 * working time resumes) and nothing for a muted partnership. Events (meetings) missed while
 * closed or asleep are caught up from `lastTickAt`, and one delivered after the meeting
 * started asks whether it was held; states (a commitment's current stage, a renewal, a
 * health check or intent review due, a flexible cadence's band) remind once while current.
 * Every title and body is computed for `now`.
 */
export function planReminders(input: ReminderInput): ReminderPlan {
  const nowMs = parseInstant(input.now);
  const cache = input.cache ?? createExpansionCache();
  const settings = withKnownZone(input.settings, cache);
  const ledger = ledgerView(input.ledger);
  const fromMs = catchUpFrom(nowMs, input.lastTickAt, settings, cache);
  const today = localDay(nowMs, settings.timeZone, cache);
  const workdayStart = (day: string) => workdayStartOn(day, settings, cache);
  const dayStart = (day: string) => dayAt(day, '00:00', settings.timeZone, cache);
  const ready = new Map<string, { readonly candidate: Candidate; readonly atMs: number }>();
  const laters: number[] = [];
  for (const c of collectCandidates(input.snapshot, { nowMs, today, fromMs, settings, workdayStart, dayStart, ledger, cache })) {
    const verdict = assess(c, ledgerStatus(ledger.get(c.key)), nowMs, fromMs);
    if (verdict.kind === 'due' && !ready.has(c.key)) ready.set(c.key, { candidate: c, atMs: verdict.atMs });
    if (verdict.kind === 'later') laters.push(verdict.atMs);
  }
  const heldBy = heldByAt(nowMs, settings, cache);
  // The morning of a working day after days off, before it opens: what waited over the days
  // off waits for the opening, but a reminder of this morning's own (a 09:00 meeting's
  // preparation) goes now.
  const todayStartMs = dayStart(today);
  const mayGo = (atMs: number) => heldBy === undefined || (heldBy === 'before hours' && atMs >= todayStartMs);
  const going = [...ready.values()].filter((r) => mayGo(r.atMs));
  const heldCount = ready.size - going.length;
  const releaseMs = heldBy === undefined ? undefined : workingTimeFrom(nowMs, settings, cache);
  // Held back, they become deliverable the moment working time resumes.
  const next = firstGoing(laters, heldCount > 0 && releaseMs !== undefined ? releaseMs : Number.POSITIVE_INFINITY, nowMs, settings, cache);
  const due = going.map((r) => toPlanned(r.candidate, r.atMs, nowMs, today, settings.timeZone, cache, input.dateFormat)).sort((a, b) => a.fireAt.localeCompare(b.fireAt) || a.key.localeCompare(b.key));
  const digest = overallDigest(due);
  return {
    due,
    notifications: groupNotifications(due),
    isQuiet: heldBy !== undefined,
    heldCount,
    ...(digest ? { digest } : {}),
    ...(heldBy === undefined ? {} : { heldBy }),
    ...(releaseMs === undefined ? {} : { releaseAt: toIso(releaseMs) }),
    ...(next.lookMs === undefined ? {} : { nextAt: toIso(next.lookMs) }),
    ...(next.deliveryMs === undefined ? {} : { nextDeliveryAt: toIso(next.deliveryMs) }),
  };
}
