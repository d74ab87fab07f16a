// What needs the user now, across every partnership, each item with its reason.
// Pure and deterministic: the same snapshot, `now` and `today` always give the
// same list in the same order (urgency, then partnership name, then key).
import type { Cadence, Commitment, GoalMeasurement, HealthCheck, IntentVersion, OccurrenceRecord, Partnership, Touchpoint } from './domain';
import type { UnrecordedOccurrence } from './cadenceSchedule';
import type { ExpansionCache } from './recurrence';
import { createExpansionCache } from './recurrence';
import { nextDue, unrecordedOccurrences } from './cadenceSchedule';
import { commitmentState } from './commitments';
import type { DateFormat } from './dates';
import { addDays, daysBetween, formatDayText as day } from './dates';
import { utcToLocal } from './timezones';
import { flexibleMeetingAt } from './brief/flexibleMeeting';
import { byCadence, byPartnership, groupLive } from './grouping';
import { healthCheckDue, healthDropped } from './health';
import { intentChangedSinceAgreed, isIntentNeverAgreed } from './intentDiff';
import { assessGoal, measurementDue } from './value/goals';
import type { MeasuredGoal } from './value/measuredGoals';
import { goalValueText, measuredGoalsOf, measurementsOf } from './value/measuredGoals';

export type AttentionReason =
  | 'cadence overdue'
  | 'cadence due soon'
  | 'meeting not recorded'
  | 'commitment overdue'
  | 'health check due'
  | 'health dropped'
  | 'renewal'
  | 'at risk'
  | 'intent never agreed'
  | 'intent changed'
  | 'goal off track'
  | 'goal at risk'
  | 'goal measurement due';

/** The workspace tab an item opens. */
export type AttentionTab = 'overview' | 'intent' | 'cadences' | 'commitments' | 'health' | 'value';

export interface AttentionItem {
  readonly key: string;
  readonly partnershipId: string;
  readonly partnershipName: string;
  readonly reason: AttentionReason;
  readonly title: string;
  readonly detail: string;
  readonly tab: AttentionTab;
  /** Higher is more urgent. */
  readonly urgency: number;
  /** A 'meeting not recorded' item: the occurrence it asks about (the oldest) and how many are unrecorded. */
  readonly unrecorded?: AttentionUnrecorded;
  /** A 'commitment overdue' item: which commitment, and which side owes it (what can be done about it differs). */
  readonly commitment?: AttentionCommitment;
  /** A cadence's next meeting coming due: the instant its brief prepares ("Prepare"); a flexible cadence's from flexibleMeetingAt. */
  readonly upcoming?: { readonly cadenceId: string; readonly occurrence: string };
  /** A goal's item ('goal off track', 'goal at risk', 'goal measurement due'): which goal of the current intent. */
  readonly goal?: { readonly goalId: string };
}

export interface AttentionCommitment {
  readonly commitmentId: string;
  readonly owedBy: Commitment['owedBy'];
}

export interface AttentionUnrecorded {
  readonly cadenceId: string;
  /** The planned instant (ISO UTC) of the oldest unrecorded occurrence: the key to hold, skip or move it by. */
  readonly occurrence: string;
  /** When it took place: the planned instant, or where it was moved to. */
  readonly at: string;
  /** How many of the cadence's meetings are over and unrecorded, this one included. */
  readonly count: number;
}

export interface AttentionSnapshot {
  readonly partnerships: readonly Partnership[];
  readonly cadences?: readonly Cadence[];
  readonly occurrences?: readonly OccurrenceRecord[];
  readonly touchpoints?: readonly Touchpoint[];
  readonly commitments?: readonly Commitment[];
  readonly healthChecks?: readonly HealthCheck[];
  readonly intentVersions?: readonly IntentVersion[];
}

/** What the goals' items read besides an AttentionSnapshot. */
export interface GoalSources {
  /** Every measurement, from which the current intent's goals are measured when `goals` is absent. */
  readonly goalMeasurements?: readonly GoalMeasurement[];
  /**
   * The current intents' measurable goals with their measurements (measuredGoalsOf), as the
   * excerpts keep them; when present, read instead of intentVersions and goalMeasurements.
   */
  readonly goals?: readonly MeasuredGoal[];
}

export interface AttentionClock {
  /** The current instant, ISO UTC. */
  readonly now: string;
  /** Today in the user's zone, yyyy-MM-dd. */
  readonly today: string;
  readonly healthCheckIntervalDays: number;
  /** The user's IANA zone, in which meetings are named by their day; each cadence's own zone when absent. */
  readonly zone?: string;
  /** How dates in the text are written (Settings); the locale-free "19 Nov 2026" when absent. */
  readonly dateFormat?: DateFormat;
  /** Where rule expansions and zone conversions are remembered (the caller's; none: nothing is). Never changes an answer. */
  readonly cache?: ExpansionCache;
}

export const RENEWAL_WINDOW_DAYS = 90;
/** Smaller moves in the overall score are noise between two people's scoring. */
export const HEALTH_DROP_WORTH_FLAGGING = 0.5;

type Draft = Omit<AttentionItem, 'partnershipName'>;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export interface CadenceHistory {
  readonly records: ReadonlyMap<string, readonly OccurrenceRecord[]>;
  readonly touchpoints: ReadonlyMap<string, readonly Touchpoint[]>;
}

export function cadenceHistory(snapshot: Pick<AttentionSnapshot, 'occurrences' | 'touchpoints'>): CadenceHistory {
  const linked = (snapshot.touchpoints ?? []).filter((t) => t.cadenceId);
  return { records: groupLive(snapshot.occurrences, byCadence), touchpoints: groupLive(linked, byCadence) };
}

function renewalItems(p: Partnership, clock: AttentionClock): Draft[] {
  if (!p.termEndsOn || p.status === 'ended') return [];
  const days = daysBetween(clock.today, p.termEndsOn);
  if (days > RENEWAL_WINDOW_DAYS) return [];
  const when = days < 0 ? `ended ${plural(-days, 'day')} ago` : days === 0 ? 'ends today' : `ends in ${plural(days, 'day')}`;
  return [
    {
      key: `renewal:${p.id}`,
      partnershipId: p.id,
      reason: 'renewal',
      title: `Renewal: the term ${when}`,
      detail: `The term ends on ${day(p.termEndsOn, clock.dateFormat, clock.cache)}. Decide whether to renew, renegotiate or exit, and tell the partner.`,
      tab: 'overview',
      urgency: days <= 30 ? 88 - Math.max(days, 0) / 10 : 60 + (RENEWAL_WINDOW_DAYS - days) / 3,
    },
  ];
}

function atRiskItems(p: Partnership): Draft[] {
  if (p.status !== 'at risk') return [];
  const detail = 'You marked this partnership at risk. Agree a recovery plan with the partner.';
  return [{ key: `at-risk:${p.id}`, partnershipId: p.id, reason: 'at risk', title: 'Marked at risk', detail, tab: 'overview', urgency: 70 }];
}

/** The day a meeting takes place on, as the user reads it. */
const meetingDay = (at: string, cadence: Cadence, clock: AttentionClock) => utcToLocal(at, clock.zone ?? cadence.zone, clock.cache).slice(0, 10);

function dueItems(cadence: Cadence, records: readonly OccurrenceRecord[], touchpoints: readonly Touchpoint[], clock: AttentionClock): Draft[] {
  const due = nextDue(cadence, records, touchpoints, clock.now, clock.cache);
  if (!due || due.band === 'ok') return [];
  const isOverdue = due.band === 'overdue';
  const late = Math.max(0, daysBetween(due.dueOn, clock.today));
  const detail =
    due.mode === 'fixed'
      ? `Next on ${day(meetingDay(due.at, cadence, clock), clock.dateFormat, clock.cache)}. Send the agenda and confirm attendance.`
      : isOverdue
        ? `Last held ${due.lastHeldOn ? day(due.lastHeldOn, clock.dateFormat, clock.cache) : 'never'}; the longest gap you allow ended on ${day(due.maxOn, clock.dateFormat, clock.cache)}.`
        : `Ideally held by ${day(due.idealOn, clock.dateFormat, clock.cache)}, at the latest ${day(due.maxOn, clock.dateFormat, clock.cache)}.`;
  return [
    {
      key: `cadence:${cadence.id}`,
      partnershipId: cadence.partnershipId,
      reason: isOverdue ? 'cadence overdue' : 'cadence due soon',
      title: isOverdue ? `${cadence.name} is overdue` : `${cadence.name} is due soon`,
      detail,
      tab: 'cadences',
      urgency: isOverdue ? 84 + Math.min(late, 30) / 3 : 55,
      // Prepare: a fixed cadence's next occurrence; a flexible one's next meeting on its ideal day (or the next one ahead).
      upcoming: { cadenceId: cadence.id, occurrence: due.mode === 'fixed' ? due.occurrence : flexibleMeetingAt(cadence, due.idealOn, clock.now, clock.cache) },
    },
  ];
}

/**
 * One question per cadence about its meetings that are over with nothing recorded: the
 * oldest first (answering it brings up the next), with how many more are waiting.
 * A meeting still under way is not asked about yet.
 */
function unrecordedItems(cadence: Cadence, records: readonly OccurrenceRecord[], touchpoints: readonly Touchpoint[], clock: AttentionClock): Draft[] {
  const over = unrecordedOccurrences(cadence, records, touchpoints, clock.now, clock.cache).filter((o) => o.endsAt <= clock.now);
  const [oldest, latest] = [over[0], over.at(-1)];
  if (!oldest || !latest) return [];
  const on = meetingDay(oldest.at, cadence, clock);
  const late = Math.max(0, daysBetween(on, clock.today));
  return [
    {
      key: `unrecorded:${cadence.id}`,
      partnershipId: cadence.partnershipId,
      reason: 'meeting not recorded',
      title: `Was “${cadence.name}” on ${day(on, clock.dateFormat, clock.cache)} held?`,
      detail: unrecordedDetail(over, latest, cadence, clock),
      tab: 'cadences',
      urgency: 78 + Math.min(late, 30) / 3 + Math.min(over.length - 1, 6),
      unrecorded: { cadenceId: cadence.id, occurrence: oldest.occurrence, at: oldest.at, count: over.length },
    },
  ];
}

function unrecordedDetail(over: readonly UnrecordedOccurrence[], latest: UnrecordedOccurrence, cadence: Cadence, clock: AttentionClock): string {
  const more = over.length - 1;
  if (more === 0) return 'Nothing was recorded for it: log it as held, or mark it skipped or moved.';
  const since = `${plural(more, 'more meeting')} since then ${more === 1 ? 'is' : 'are'} not recorded either (the last on ${day(meetingDay(latest.at, cadence, clock), clock.dateFormat, clock.cache)})`;
  return `${since}; settle several at once on the Cadences tab.`;
}

function cadenceItems(cadences: readonly Cadence[], history: CadenceHistory, clock: AttentionClock): Draft[] {
  return cadences.flatMap((cadence): Draft[] => {
    if (cadence.status !== 'active') return [];
    const records = history.records.get(cadence.id) ?? [];
    const touchpoints = history.touchpoints.get(cadence.id) ?? [];
    return [...unrecordedItems(cadence, records, touchpoints, clock), ...dueItems(cadence, records, touchpoints, clock)];
  });
}

const SIDE_WORDS = { us: 'We owe', partner: 'The partner owes', joint: 'Both sides owe' } as const;
const SIDE_URGENCY = { us: 82, joint: 79, partner: 76 } as const;

function commitmentItems(commitments: readonly Commitment[], clock: AttentionClock): Draft[] {
  return commitments
    .filter((c) => commitmentState(c, clock.today) === 'overdue')
    .map((c) => {
      const late = daysBetween(c.dueOn, clock.today);
      return {
        key: `commitment:${c.id}`,
        partnershipId: c.partnershipId,
        reason: 'commitment overdue' as const,
        title: `${SIDE_WORDS[c.owedBy]}: ${c.title}`,
        detail: `Overdue by ${plural(late, 'day')} (due ${day(c.dueOn, clock.dateFormat, clock.cache)}).${c.owedBy === 'partner' ? ' Chase it with the partner.' : ''}`,
        tab: 'commitments' as const,
        urgency: SIDE_URGENCY[c.owedBy] + Math.min(late, 30) / 5,
        commitment: { commitmentId: c.id, owedBy: c.owedBy },
      };
    });
}

/** A first health check is asked for a month into the partnership, not on day one. */
export const FIRST_HEALTH_CHECK_AFTER_DAYS = 30;

function healthItems(p: Partnership, checks: readonly HealthCheck[], clock: AttentionClock): Draft[] {
  const partnershipId = p.id;
  const items: Draft[] = [];
  for (const perspective of ['ours', 'partner'] as const) {
    const drop = healthDropped(checks, perspective);
    if (!drop.isDropped || drop.by < HEALTH_DROP_WORTH_FLAGGING) continue;
    const whose = perspective === 'ours' ? 'Our' : "The partner's";
    items.push({
      key: `health-drop:${partnershipId}:${perspective}`,
      partnershipId,
      reason: 'health dropped',
      title: `${whose} health score dropped by ${drop.by}`,
      detail: `From ${drop.previous} to ${drop.latest} since the previous check. Look at the lowest dimensions and act on them.`,
      tab: 'health',
      urgency: 70 + Math.min(drop.by, 4) * 4,
    });
  }
  const due = healthCheckDue(checks, clock.today, clock.healthCheckIntervalDays);
  const firstDueOn = addDays(p.signedOn ?? p.createdAt.slice(0, 10), FIRST_HEALTH_CHECK_AFTER_DAYS);
  const isTooEarly = checks.length === 0 && clock.today < firstDueOn;
  if (due.isDue && !isTooEarly) {
    const late = Math.max(0, daysBetween(due.dueOn, clock.today));
    items.push({
      key: `health-due:${partnershipId}`,
      partnershipId,
      reason: 'health check due',
      title: due.lastOn ? 'A health check is due' : 'No health check yet',
      detail: due.lastOn ? `The last one was on ${day(due.lastOn, clock.dateFormat, clock.cache)}. Score the relationship, and ask the partner for theirs.` : 'Score the relationship from both sides to see how it is really going.',
      tab: 'health',
      urgency: 50 + Math.min(late, 60) / 6,
    });
  }
  return items;
}

function intentItems(partnershipId: string, versions: readonly IntentVersion[]): Draft[] {
  if (isIntentNeverAgreed(versions)) {
    const detail = versions.length === 0 ? 'Write down what both sides want from the partnership and agree it.' : 'A draft exists but was never agreed with the partner.';
    return [{ key: `intent-unagreed:${partnershipId}`, partnershipId, reason: 'intent never agreed', title: 'Intent never agreed', detail, tab: 'intent', urgency: 45 }];
  }
  if (intentChangedSinceAgreed(versions)) {
    const detail = 'The draft differs from the agreed version. Review the changes with the partner and agree them.';
    return [{ key: `intent-changed:${partnershipId}`, partnershipId, reason: 'intent changed', title: 'Intent changed since it was agreed', detail, tab: 'intent', urgency: 42 }];
  }
  return [];
}

/**
 * A goal projected to miss its target by its due date. One at risk (AT_RISK_FROM of the way
 * or more) is shown too, less urgent than one off track: there is still time to close the gap.
 */
function goalStatusItems(goal: MeasuredGoal, clock: AttentionClock): Draft[] {
  // Past its due date a goal is reported on (the quarterly review), no longer steered.
  if (!goal.dueBy || clock.today > goal.dueBy) return [];
  const assessment = assessGoal(goal, measurementsOf(goal));
  if ((assessment.status !== 'off track' && assessment.status !== 'at risk') || assessment.projected === undefined) return [];
  const isOff = assessment.status === 'off track';
  const share = Math.round((assessment.projectedProgress ?? 0) * 100);
  const daysLeft = daysBetween(clock.today, goal.dueBy);
  return [
    {
      key: `goal-status:${goal.goalId}`,
      partnershipId: goal.partnershipId,
      reason: isOff ? 'goal off track' : 'goal at risk',
      title: `Goal ${isOff ? 'off track' : 'at risk'}: ${goal.statement}`,
      detail: `Projected ${goalValueText(goal, assessment.projected)} by ${day(goal.dueBy, clock.dateFormat, clock.cache)} against a target of ${goalValueText(goal, goal.targetValue)} (${share}% of the way). Agree with the partner how to close the gap.`,
      tab: 'value',
      // Off track: the further from the target and the nearer the due date, the more urgent.
      urgency: isOff ? 62 + Math.min(Math.max(0, 100 - share), 100) / 10 - Math.min(daysLeft, 180) / 60 : 46,
      goal: { goalId: goal.goalId },
    },
  ];
}

/** A goal whose next measurement is due by its interval (measurementDue). */
function goalDueItems(goal: MeasuredGoal, clock: AttentionClock): Draft[] {
  const measurements = measurementsOf(goal);
  const due = measurementDue(goal, measurements, goal.since, clock.today);
  if (!due) return [];
  const last = measurements.at(-1);
  const lastText = last
    ? `Last measured on ${day(last.asOf, clock.dateFormat, clock.cache)} (${goalValueText(goal, last.value)})`
    : `Not measured since the intent of ${day(goal.since, clock.dateFormat, clock.cache)}`;
  return [
    {
      key: `goal-due:${goal.goalId}`,
      partnershipId: goal.partnershipId,
      reason: 'goal measurement due',
      title: `Measure the goal: ${goal.statement}`,
      detail: `${lastText}; it is measured every ${plural(goal.measureEveryDays ?? 0, 'day')}. Add the latest value.`,
      tab: 'value',
      urgency: 44 + Math.min(due.daysLate, 60) / 6,
      goal: { goalId: goal.goalId },
    },
  ];
}

function goalItems(goals: readonly MeasuredGoal[], clock: AttentionClock): Draft[] {
  return goals.flatMap((goal) => [...goalStatusItems(goal, clock), ...goalDueItems(goal, clock)]);
}

/** Each partnership's measured goals: as given (the excerpts'), or measured from its records. */
function goalsByPartnership(snapshot: GoalSources, versions: ReadonlyMap<string, readonly IntentVersion[]>, live: readonly Partnership[]): Map<string, readonly MeasuredGoal[]> {
  if (snapshot.goals) {
    const given = new Map<string, MeasuredGoal[]>();
    for (const goal of snapshot.goals) given.set(goal.partnershipId, [...(given.get(goal.partnershipId) ?? []), goal]);
    return given;
  }
  const measurements = groupLive(snapshot.goalMeasurements, byPartnership);
  return new Map(live.map((p) => [p.id as string, measuredGoalsOf(p.id, versions.get(p.id) ?? [], measurements.get(p.id) ?? [])]));
}

export function rankAttention(snapshot: AttentionSnapshot & GoalSources, given: AttentionClock): AttentionItem[] {
  const clock = given.cache ? given : { ...given, cache: createExpansionCache() };
  const live = snapshot.partnerships.filter((p) => !p.deletedAt && p.status !== 'ended');
  const names = new Map(live.map((p) => [p.id as string, p.name]));
  const cadences = groupLive(snapshot.cadences, byPartnership);
  const commitments = groupLive(snapshot.commitments, byPartnership);
  const checks = groupLive(snapshot.healthChecks, byPartnership);
  const versions = groupLive(snapshot.intentVersions, byPartnership);
  const history = cadenceHistory(snapshot);
  const goals = goalsByPartnership(snapshot, versions, live);
  const drafts = live.flatMap((p) => [
    ...renewalItems(p, clock),
    ...atRiskItems(p),
    ...cadenceItems(cadences.get(p.id) ?? [], history, clock),
    ...commitmentItems(commitments.get(p.id) ?? [], clock),
    ...healthItems(p, checks.get(p.id) ?? [], clock),
    ...intentItems(p.id, versions.get(p.id) ?? []),
    ...goalItems(goals.get(p.id) ?? [], clock),
  ]);
  return drafts.map((d) => ({ ...d, partnershipName: names.get(d.partnershipId) ?? '', urgency: Math.round(d.urgency * 100) / 100 })).sort(compareAttention);
}

/**
 * The ranking's order: most urgent first, then by partnership name, then key. Total (keys
 * are unique), so ranking partnerships apart and merging in this order gives the same list.
 */
export function compareAttention(a: AttentionItem, b: AttentionItem): number {
  return b.urgency - a.urgency || a.partnershipName.localeCompare(b.partnershipName) || a.key.localeCompare(b.key);
}
