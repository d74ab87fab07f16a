// The simulated world: a portfolio that changes as the simulated user acts, the excerpts the
// app's screens read it through, and the reminder ledger the scheduler keeps. Plain data in
// place of Dexie; each piece mirrors what the renderer does (renderer/db/excerpts.ts,
// renderer/db/reminders.ts, renderer/src/reminders/scheduler.ts) so that the pure functions
// see what they see in the app.
import type { AttentionSnapshot } from '@shared/attention';
import type { PartnershipExcerpt } from '@shared/partnershipExcerpt';
import { excerptPartnership, rememberPlans, snapshotOfExcerpts } from '@shared/partnershipExcerpt';
import type { Partnership, PortfolioSnapshot, ReminderState } from '@shared/domain';
import { defaultSettings } from '@shared/domain';
import type { PlannedReminder, ReminderPlan } from '@shared/reminders';
import { planReminders } from '@shared/reminders';
import type { ExpansionCache, RecurrenceRule } from '@shared/recurrence';
import { createExpansionCache, expandOccurrences, rememberExpansion } from '@shared/recurrence';

export type Settings = ReturnType<typeof defaultSettings>;

/** How the screens read the portfolio: through the stored excerpts (as the app does) or whole. */
export type ReadPath = 'excerpts' | 'whole';

export interface World {
  readonly label: string;
  readonly zone: string;
  readonly seed: number;
  readonly snapshot: PortfolioSnapshot;
  readonly settings: Settings;
  readonly readPath: ReadPath;
  readonly ledger: Map<string, ReminderState>;
  lastTickAt?: string;
  readonly excerpts: Map<string, PartnershipExcerpt>;
  /** Partnerships written since their excerpt was built. */
  readonly dirty: Set<string>;
  /** Counter for ids of records the simulated user creates. */
  created: number;
  /** Whole-run expansions of every fixed rule, handed to the expansion cache (see shareExpansions). */
  readonly shared: SharedExpansion[];
  /** The run's expansion cache, as the renderer keeps one for the page (renderer/db/calendarCache.ts). */
  readonly cache: ExpansionCache;
  /**
   * The checks' and the simulated user's own expansion cache: it holds the whole-run
   * expansions and never an excerpt's plan (the screens' cache gets those on every read and
   * keeps one covering per rule, so the whole-run one was gone after the first step and every
   * check's window went back to ical.js). The schedule the invariants hold the screens to thus
   * comes from the rules alone, not from the plans the screens were handed.
   */
  readonly truth: ExpansionCache;
}

interface SharedExpansion {
  readonly rule: RecurrenceRule;
  readonly fromIso: string;
  readonly toIso: string;
  readonly instants: readonly string[];
}

/** A deep copy: the simulation writes into its own arrays. */
function copyOf(snapshot: PortfolioSnapshot): PortfolioSnapshot {
  return structuredClone(snapshot);
}

export function createWorld(label: string, snapshot: PortfolioSnapshot, zone: string, seed: number, readPath: ReadPath): World {
  return {
    label,
    zone,
    seed,
    snapshot: copyOf(snapshot),
    settings: defaultSettings(zone),
    readPath,
    ledger: new Map(),
    excerpts: new Map(),
    dirty: new Set(),
    created: 0,
    shared: [],
    cache: createExpansionCache(),
    truth: createExpansionCache(),
  };
}

/**
 * Expands every fixed rule once over the whole run, as expandOccurrences gives it, and hands it
 * to the run's expansion caches: each later window of the checks is then a filter, not an
 * ical.js walk (and so is the screens' until an excerpt's plan takes its place).
 */
export function shareExpansions(world: World, fromIso: string, toIso: string): void {
  for (const cadence of world.snapshot.cadences) {
    if (cadence.mode !== 'fixed' || cadence.rrule.trim() === '') continue;
    const rule = { rrule: cadence.rrule, start: cadence.start, zone: cadence.zone };
    world.shared.push({ rule, fromIso, toIso, instants: expandOccurrences(rule, fromIso, toIso, world.cache) });
  }
  for (const cache of [world.cache, world.truth]) for (const e of world.shared) rememberExpansion(cache, e.rule, e.fromIso, e.toIso, e.instants);
}

export const livePartnerships = (world: World): Partnership[] => world.snapshot.partnerships.filter((p) => !p.deletedAt);

/**
 * What Attention, the Portfolio and the planner read at `now`: each partnership's excerpt,
 * built again only when the user wrote to it (the app does so in the write's transaction;
 * nothing between that write and this read changes the records), never because time passed.
 */
export function screenSnapshot(world: World): Required<AttentionSnapshot> {
  const live = livePartnerships(world);
  if (world.readPath === 'whole') return { ...world.snapshot, partnerships: live };
  for (const p of live) {
    if (world.excerpts.has(p.id) && !world.dirty.has(p.id)) continue;
    world.excerpts.set(p.id, excerptPartnership(p.id, world.snapshot, undefined, world.cache));
    world.dirty.delete(p.id);
  }
  for (const p of live) rememberPlans(world.cache, world.excerpts.get(p.id)!);
  return snapshotOfExcerpts(
    live,
    live.map((p) => world.excerpts.get(p.id)!),
  );
}

/** As renderer/db/reminders.ts loadReminderSnapshot: plus the whole history of cadences with a snoozed meeting reminder. */
function reminderSnapshot(world: World): AttentionSnapshot {
  const base = screenSnapshot(world);
  const snoozed = new Set(
    [...world.ledger.values()].filter((row) => row.snoozedUntil && row.key.startsWith('cadence:') && !row.dismissedAt && !row.doneAt).map((row) => row.key.split(':')[1] ?? ''),
  );
  if (snoozed.size === 0) return base;
  const union = <T extends { readonly id: string; readonly cadenceId: string }>(kept: readonly T[], all: readonly T[]) => {
    const ids = new Set(kept.map((item) => item.id));
    return [...kept, ...all.filter((item) => snoozed.has(item.cadenceId) && !ids.has(item.id))];
  };
  return { ...base, occurrences: union(base.occurrences, world.snapshot.occurrences), touchpoints: union(base.touchpoints, world.snapshot.touchpoints) };
}

// ---- The ledger, as renderer/db/reminders.ts keeps it ----------------------------------

const ms = (iso: string | undefined) => (iso ? Date.parse(iso) : Number.NaN);
const isClosedRow = (row: ReminderState) => Boolean(row.dismissedAt || row.doneAt);
const isPendingSnooze = (row: ReminderState) => Boolean(row.snoozedUntil && (!row.deliveredAt || ms(row.deliveredAt) < ms(row.snoozedUntil)));

function isDeliverable(row: ReminderState | undefined, at: string): boolean {
  if (!row) return true;
  if (isClosedRow(row)) return false;
  if (isPendingSnooze(row)) return ms(row.snoozedUntil) <= ms(at);
  return !row.deliveredAt;
}

/** recordDeliveries: keys already delivered (and not snoozed since), dismissed or done are left alone. */
function recordDeliveries(world: World, due: readonly PlannedReminder[], at: string): PlannedReminder[] {
  const recorded: PlannedReminder[] = [];
  for (const reminder of due) {
    const before = world.ledger.get(reminder.key);
    if (!isDeliverable(before, at) || recorded.some((r) => r.key === reminder.key)) continue;
    const { snoozedUntil: _snoozed, readAt: _read, ...kept } = before ?? { key: reminder.key, partnershipId: reminder.partnershipId };
    // As renderer/db/reminders.ts: what it said, and the facts the centre recomputes its words from.
    const display = { title: reminder.title, body: reminder.body, source: reminder.source, fireAt: reminder.fireAt, target: reminder.target, facts: reminder.facts };
    world.ledger.set(reminder.key, { ...kept, deliveredAt: at, updatedAt: at, display });
    recorded.push(reminder);
  }
  return recorded;
}

export interface Tick {
  readonly at: string;
  readonly plan: ReminderPlan;
  readonly delivered: readonly PlannedReminder[];
}

/** One heartbeat, as the scheduler runs it: plan, record what is delivered, remember the tick unless reminders were held. */
export function tick(world: World, at: string): Tick {
  const snapshot = reminderSnapshot(world);
  const input = { snapshot, ledger: [...world.ledger.values()], settings: world.settings, now: at, cache: world.cache, ...(world.lastTickAt ? { lastTickAt: world.lastTickAt } : {}) };
  const plan = planReminders(input);
  const delivered = recordDeliveries(world, plan.due, at);
  if (!plan.isQuiet) world.lastTickAt = at;
  return { at, plan, delivered };
}

/** The notification centre's rows: delivered, not dismissed or done. */
export function inbox(world: World): ReminderState[] {
  return [...world.ledger.values()].filter((row) => row.deliveredAt && !isClosedRow(row) && !isPendingSnooze(row));
}
