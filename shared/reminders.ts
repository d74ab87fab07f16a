// The reminder planner: a pure function of the data, the delivery ledger, the settings
// and `now` that says what to deliver now and when the next thing falls due. The caller
// (a heartbeat of at most 60 s) delivers, records `deliveredAt` per key, and never sets
// a timer further out than its heartbeat; the ledger is what makes delivery idempotent.
import type { DateFormat } from './dates';
import type { AttentionSnapshot } from './attention';
import { cadenceHistory } from './attention';
import type { ReminderState } from './domain';
import { byPartnership, groupLive } from './grouping';
import { DAY_MS, parseInstant } from './timezones';
import type { ReminderSettings } from './reminders/clock';
import { instantOrUndefined, isQuietAt, localDay, quietEndsAt, quietStartedAt, toIso, withKnownZone, workdayStartOn } from './reminders/clock';
import { cadenceCandidates } from './reminders/cadenceReminders';
import { commitmentCandidates, healthCandidates, intentCandidates, renewalCandidates } from './reminders/dayReminders';
import type { Candidate, PlannedReminder, ReminderDigest, ReminderLedgerView, ReminderPlan, SourceContext } from './reminders/types';

export type { ReminderSettings, SnoozeOption } from './reminders/clock';
export { isQuietTime, snoozeUntil } from './reminders/clock';
export { INTENT_REVIEW_AFTER_DAYS, RENEWAL_REMINDER_DAYS } from './reminders/dayReminders';
export type { PlannedReminder, ReminderDigest, ReminderPlan, ReminderTarget } from './reminders/types';

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
}

/** Missed meeting reminders older than this are not delivered (a fresh install does not replay history). */
export const CATCH_UP_DAYS = 7;
/** Slack behind `lastTickAt`, for a tick that ran late or a write that landed between ticks. */
export const CATCH_UP_MARGIN_MS = 2 * 60_000;
/** More reminders than this at once become one digest notification. */
export const DIGEST_AFTER = 3;
const DIGEST_LINES = 5;

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
function catchUpFrom(nowMs: number, lastTickAt: string | undefined, settings: ReminderSettings): number {
  const floor = nowMs - CATCH_UP_DAYS * DAY_MS;
  const lastMs = instantOrUndefined(lastTickAt);
  if (lastMs === undefined) return floor;
  const seenMs = Math.min(quietStartedAt(lastMs, settings), nowMs);
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

function toPlanned(c: Candidate, atMs: number): PlannedReminder {
  const { fireMs: _fire, untilMs: _until, kind: _kind, ...rest } = c;
  return { ...rest, fireAt: toIso(atMs) };
}

function digestOf(due: readonly PlannedReminder[]): ReminderDigest {
  const lines = due.slice(0, DIGEST_LINES).map((r) => `${r.partnershipName}: ${r.title}`);
  if (due.length > DIGEST_LINES) lines.push(`…and ${due.length - DIGEST_LINES} more`);
  return { title: `${due.length} reminders`, body: lines.join('\n'), keys: due.map((r) => r.key) };
}

/**
 * What to deliver now. Never before its time; each ledger key at most once, plus once
 * more per snooze; nothing during quiet hours (it waits) and nothing for a muted
 * partnership. Events (meetings) missed while closed or asleep are caught up from
 * `lastTickAt`; states (a commitment's current stage, a renewal, a health check or intent
 * review due, a flexible cadence's band) remind once while they are current.
 */
export function planReminders(input: ReminderInput): ReminderPlan {
  const nowMs = parseInstant(input.now);
  const settings = withKnownZone(input.settings);
  const ledger = ledgerView(input.ledger);
  const fromMs = catchUpFrom(nowMs, input.lastTickAt, settings);
  const workdayStart = (day: string) => workdayStartOn(day, settings);
  const ready = new Map<string, PlannedReminder>();
  let laterMs = Number.POSITIVE_INFINITY;
  for (const c of collectCandidates(input.snapshot, { nowMs, today: localDay(nowMs, settings.timeZone), fromMs, settings, workdayStart, ledger, dateFormat: input.dateFormat })) {
    const verdict = assess(c, ledgerStatus(ledger.get(c.key)), nowMs, fromMs);
    if (verdict.kind === 'due' && !ready.has(c.key)) ready.set(c.key, toPlanned(c, verdict.atMs));
    if (verdict.kind === 'later') laterMs = Math.min(laterMs, verdict.atMs);
  }
  const isQuiet = isQuietAt(nowMs, settings);
  // Held by quiet hours, they become deliverable the moment the spell ends.
  if (isQuiet && ready.size > 0) laterMs = Math.min(laterMs, quietEndsAt(nowMs, settings));
  // Deliverable time never runs backwards (a quiet instant maps to its spell's end), so the minimum maps to the minimum.
  const nextMs = Number.isFinite(laterMs) ? quietEndsAt(laterMs, settings) : undefined;
  const due = isQuiet ? [] : [...ready.values()].sort((a, b) => a.fireAt.localeCompare(b.fireAt) || a.key.localeCompare(b.key));
  return {
    due,
    isQuiet,
    ...(due.length > DIGEST_AFTER ? { digest: digestOf(due) } : {}),
    ...(nextMs === undefined ? {} : { nextAt: toIso(nextMs) }),
  };
}
