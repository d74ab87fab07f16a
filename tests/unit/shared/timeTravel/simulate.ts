// The time-travel simulation (issue 12): a portfolio stepped day by day, a morning and an
// evening in the user's zone, with the reminder heartbeat running while the app is open,
// the machine asleep at night and the app closed over a weekend and a holiday. On every
// step every invariant is checked over what the pure functions say; violations are
// collected by invariant with their first examples.
import type { AttentionItem } from '@shared/attention';
import { rankAttention } from '@shared/attention';
import { occurrenceStatus } from '@shared/cadenceSchedule';
import type { Cadence, OccurrenceRecord, PortfolioSnapshot, Touchpoint } from '@shared/domain';
import { buildPortfolioRollup } from '@shared/exports/portfolioRollup';
import { buildQuarterlyReview } from '@shared/exports/quarterlyReview';
import type { QuarterlyReview } from '@shared/exports/quarterlyReview';
import { formatQuarter, quarterOfDay, quarterRange } from '@shared/exports/quarter';
import { summarisePartnerships } from '@shared/portfolioSummary';
import { localToUtc } from '@shared/timezones';
import type { HistoryLookup, Invariant, QuarterContext, Violation } from './invariants';
import {
  attentionViolations,
  deliveryViolations,
  heldViolations,
  inboxViolations,
  nextDueViolations,
  notificationViolations,
  occurrenceViolations,
  reviewViolations,
  rollupViolations,
  summaryViolations,
} from './invariants';
import type { Step } from './schedule';
import { runPlan, stepsOf } from './schedule';
import { actInTheMorning, newMemory } from './user';
import type { ReadPath, Tick, World } from './world';
import { createWorld, livePartnerships, screenSnapshot, shareExpansions, tick } from './world';

const DAY_MS = 86_400_000;
/** The heartbeat never waits less than this between two ticks of one open spell. */
const MIN_GAP_MS = 60_000;
/** A guard against a planner whose nextAt never moves on. */
const MAX_TICKS_PER_DAY = 200;

export interface RunOptions {
  readonly label: string;
  readonly snapshot: PortfolioSnapshot;
  readonly zone: string;
  readonly seed: number;
  readonly readPath: ReadPath;
  readonly days?: number;
  /**
   * Each partnership's current-quarter review is built and checked every `reviewEvery`
   * evenings (default 1), in turns, and all of them with the roll-up on roll-up days.
   */
  readonly reviewEvery?: number;
}

/** Whole-run expansions reach this far back (the missed-meeting look-back from the first day) and ahead (a year past the last). */
const SHARED_FROM_DAYS = 400;
const SHARED_AHEAD_DAYS = 800;

export interface Finding {
  count: number;
  readonly examples: string[];
}

export interface RunReport {
  readonly label: string;
  steps: number;
  ticks: number;
  delivered: number;
  reviews: number;
  readonly findings: Map<Invariant, Finding>;
  /** At the end of the run: what became of every occurrence planned in it, by status. */
  readonly outcomes: Map<string, number>;
  /** Milliseconds spent per phase, for the log only (never asserted: the machine is shared). */
  readonly spent: Map<string, number>;
}

function timed<T>(report: RunReport, phase: string, run: () => T): T {
  const started = performance.now();
  try {
    return run();
  } finally {
    report.spent.set(phase, (report.spent.get(phase) ?? 0) + performance.now() - started);
  }
}

const EXAMPLES_KEPT = 3;

function note(report: RunReport, violations: readonly Violation[]): void {
  for (const v of violations) {
    const finding = report.findings.get(v.invariant) ?? { count: 0, examples: [] };
    finding.count += 1;
    if (finding.examples.length < EXAMPLES_KEPT) finding.examples.push(`[${report.label}] ${v.message}`);
    report.findings.set(v.invariant, finding);
  }
}

function checkTick(world: World, report: RunReport, t: Tick): void {
  report.ticks += 1;
  report.delivered += t.delivered.length;
  for (const reminder of t.delivered) note(report, deliveryViolations(world, reminder, t.at));
  note(report, heldViolations(world, t.at, t.plan));
  note(report, notificationViolations(world, t.at, t.plan));
}

/** Attention and the Portfolio, as the screens read them. */
function checkScreens(world: World, report: RunReport, step: Step): AttentionItem[] {
  const snapshot = screenSnapshot(world);
  // The user's zone, in which meetings are named by their day (AttentionClock.zone).
  const clock = { now: step.at, today: step.today, healthCheckIntervalDays: world.settings.healthCheckIntervalDays, zone: world.zone, cache: world.cache };
  const items = rankAttention(snapshot, clock);
  const history: HistoryLookup = () => [snapshot.occurrences, snapshot.touchpoints];
  note(report, attentionViolations(world, items, step.at, step.today, history));
  note(report, summaryViolations(world, summarisePartnerships(snapshot, clock), step.at));
  note(report, inboxViolations(world, step.at));
  return items;
}

function quarterOf(step: Step): QuarterContext {
  const quarter = quarterOfDay(step.today);
  const range = quarterRange(quarter);
  return { quarter: formatQuarter(quarter), first: range.first, last: range.last, now: step.at, today: step.today };
}

/**
 * One partnership's records as its current-quarter review needs them: the builder filters by
 * partnership itself, and meetings from before the quarter (less two days for time zones)
 * count in none of its figures, so leaving them out changes no answer and saves parsing
 * years of history on every evening.
 */
function reviewSlice(snapshot: PortfolioSnapshot, id: string, q: QuarterContext): PortfolioSnapshot {
  const own = <T extends { readonly partnershipId: string }>(list: readonly T[]) => list.filter((r) => r.partnershipId === id);
  const sinceMs = Date.parse(`${q.first}T00:00:00.000Z`) - 2 * DAY_MS;
  const since = new Date(sinceMs).toISOString().slice(0, 10);
  const isSince = (instant: string | undefined) => Boolean(instant) && Date.parse(instant ?? '') >= sinceMs;
  return {
    partnerships: snapshot.partnerships.filter((p) => p.id === id),
    intentVersions: own(snapshot.intentVersions),
    stakeholders: own(snapshot.stakeholders),
    cadences: own(snapshot.cadences),
    occurrences: own(snapshot.occurrences).filter((r) => isSince(r.occurrence) || isSince(r.movedTo)),
    touchpoints: own(snapshot.touchpoints).filter((t) => t.occurredOn >= since || isSince(t.occurrence)),
    decisions: own(snapshot.decisions),
    commitments: own(snapshot.commitments),
    healthChecks: own(snapshot.healthChecks),
    goalMeasurements: own(snapshot.goalMeasurements),
    opportunities: own(snapshot.opportunities),
    valueEvents: own(snapshot.valueEvents),
    reviewSummaries: own(snapshot.reviewSummaries),
    meetingPreps: own(snapshot.meetingPreps),
    activity: [],
  };
}

/** The roll-up is checked once a week and on the last day of each quarter. */
const isRollupDay = (step: Step, q: QuarterContext) => step.dayIndex % 7 === 0 || step.today === q.last;

/** The current quarter's reviews (internal edition) and, on roll-up days when all are reviewed, the roll-up. */
function checkReviews(world: World, report: RunReport, step: Step, options: RunOptions): void {
  const q = quarterOf(step);
  const ids = livePartnerships(world).map((p) => p.id as string);
  const every = options.reviewEvery ?? 1;
  const chosen = isRollupDay(step, q) ? ids : ids.filter((_, i) => (i + step.dayIndex) % every === 0);
  const reviews = new Map<string, QuarterlyReview>();
  // Days (today, due days, the quarter's bounds) are read in the user's zone.
  const reviewOptions = { edition: 'internal' as const, now: step.at, zone: world.zone, cache: world.cache };
  for (const id of chosen) {
    const records = reviewSlice(world.snapshot, id, q);
    const review = buildQuarterlyReview(records, id, q.quarter, reviewOptions);
    reviews.set(id, review);
    report.reviews += 1;
    note(report, reviewViolations(world, records, id, review, q));
  }
  if (chosen.length === ids.length && isRollupDay(step, q)) note(report, rollupViolations(world, buildPortfolioRollup(world.snapshot, q.quarter, step.at, world.zone, world.cache), reviews, q));
}

const isWorkedFixed = (world: World, c: Cadence) => {
  const p = world.snapshot.partnerships.find((x) => x.id === c.partnershipId);
  return !c.deletedAt && c.status === 'active' && c.mode === 'fixed' && p !== undefined && !p.deletedAt && p.status !== 'ended';
};

/** Each worked fixed cadence's records from a day before `fromIso`: all its occurrence statuses there can depend on. */
function recentHistory(world: World, fromIso: string): Map<string, { occurrences: OccurrenceRecord[]; touchpoints: Touchpoint[] }> {
  const sinceMs = Date.parse(fromIso) - DAY_MS;
  const byCadence = new Map<string, { occurrences: OccurrenceRecord[]; touchpoints: Touchpoint[] }>();
  const entry = (id: string) => byCadence.get(id) ?? byCadence.set(id, { occurrences: [], touchpoints: [] }).get(id)!;
  for (const r of world.snapshot.occurrences) if (!(Date.parse(r.occurrence) < sinceMs)) entry(r.cadenceId).occurrences.push(r);
  for (const t of world.snapshot.touchpoints) if (t.cadenceId && !(Date.parse(t.occurrence) < sinceMs)) entry(t.cadenceId).touchpoints.push(t);
  return byCadence;
}

function checkOccurrences(world: World, report: RunReport, step: Step, items: readonly AttentionItem[], fromIso: string): void {
  const history = recentHistory(world, fromIso);
  for (const cadence of world.snapshot.cadences) {
    const own = history.get(cadence.id) ?? { occurrences: [], touchpoints: [] };
    if (!isWorkedFixed(world, cadence)) continue;
    note(report, occurrenceViolations(cadence, own, fromIso, step.at, items, world.truth));
    note(report, nextDueViolations(cadence, own, step.at, world.truth));
  }
}

/** The app open from a morning to the evening: the heartbeat ticks whenever the planner says something becomes deliverable. */
function runOpenSpell(world: World, report: RunReport, fromIso: string, untilIso: string): void {
  let at = fromIso;
  for (let n = 0; n < MAX_TICKS_PER_DAY; n += 1) {
    const t = tick(world, at);
    checkTick(world, report, t);
    const nextMs = t.plan.nextAt ? Math.max(Date.parse(t.plan.nextAt), Date.parse(at) + MIN_GAP_MS) : Number.POSITIVE_INFINITY;
    if (nextMs >= Date.parse(untilIso)) return;
    at = new Date(nextMs).toISOString();
  }
}

export function simulate(options: RunOptions): RunReport {
  const plan = runPlan(options.zone, options.days);
  const world = createWorld(options.label, options.snapshot, options.zone, options.seed, options.readPath);
  const memory = newMemory();
  const startMs = Date.parse(localToUtc(`${plan.startDay}T00:00`, plan.zone));
  shareExpansions(world, new Date(startMs - SHARED_FROM_DAYS * DAY_MS).toISOString(), new Date(startMs + SHARED_AHEAD_DAYS * DAY_MS).toISOString());
  const report: RunReport = { label: options.label, steps: 0, ticks: 0, delivered: 0, reviews: 0, findings: new Map(), outcomes: new Map(), spent: new Map() };
  const steps = stepsOf(plan);
  const runStartIso = new Date(startMs).toISOString();
  const historyFrom = new Date(Date.parse(runStartIso) - 30 * DAY_MS).toISOString();
  steps.forEach((step, i) => {
    report.steps += 1;
    if (step.kind === 'morning') {
      timed(report, 'wake tick', () => checkTick(world, report, tick(world, step.at)));
      timed(report, 'screens', () => checkScreens(world, report, step));
      timed(report, 'user', () => actInTheMorning(world, memory, step.at, step.today, plan.startDay));
      const evening = steps[i + 1];
      // After the user's writes the heartbeat runs again (AFTER_WRITE_MS later), then follows nextAt until the evening.
      if (evening) timed(report, 'open spell', () => runOpenSpell(world, report, new Date(Date.parse(step.at) + 1_000).toISOString(), evening.at));
      return;
    }
    timed(report, 'quiet tick', () => checkTick(world, report, tick(world, step.at)));
    const items = timed(report, 'screens', () => checkScreens(world, report, step));
    timed(report, 'reviews', () => checkReviews(world, report, step, options));
    timed(report, 'occurrences', () => checkOccurrences(world, report, step, items, historyFrom));
  });
  const last = steps.at(-1);
  if (last) finalSweep(world, report, historyFrom, last.at);
  return report;
}

/** Every occurrence of the run, at its end: held, skipped, moved, or not recorded; never still "upcoming" in the past. */
function finalSweep(world: World, report: RunReport, fromIso: string, endIso: string): void {
  // Moves the user made (a move whose new time passed unheld reads "not recorded" since the unrecorded fix).
  report.outcomes.set('moves made', world.snapshot.occurrences.filter((r) => r.id.startsWith('sim-') && (r.outcome === 'moved' || r.movedTo)).length);
  for (const cadence of world.snapshot.cadences) {
    if (!isWorkedFixed(world, cadence)) continue;
    const toIso = new Date(Date.parse(endIso) - cadence.durationMinutes * 60_000 - DAY_MS).toISOString();
    for (const o of occurrenceStatus(cadence, world.snapshot.occurrences, world.snapshot.touchpoints, fromIso, toIso, endIso, world.truth)) {
      report.outcomes.set(o.status, (report.outcomes.get(o.status) ?? 0) + 1);
      if (!['held', 'skipped', 'moved', 'missed', 'unrecorded', 'not recorded'].includes(o.status))
        note(report, [{ invariant: 'past occurrence is held, skipped, moved or unrecorded', message: `At the end (${endIso}): "${cadence.name}" of ${o.occurrence} is "${o.status}"` }]);
    }
  }
}
