// The measurable goals of a partnership's current intent with their measurements, slim:
// what Attention's "goal off track" and "goal measurement due" need, and all a partnership's
// excerpt keeps of its goals (shared/partnershipExcerpt.ts). Time-free: the status and the
// due day are worked out from these at read time (shared/attention.ts).
import type { Goal, GoalMeasurement, IntentVersion } from '../domain';
import { latestAgreedVersion, pendingDraft } from '../intentDiff';

/** A measurement as [the day it was true on, its value]. */
export type MeasuredPoint = readonly [string, number];

export interface MeasuredGoal extends Pick<Goal, 'statement' | 'unit' | 'currency' | 'direction' | 'baseline' | 'dueBy' | 'measureEveryDays'> {
  readonly partnershipId: string;
  readonly goalId: string;
  readonly targetValue: number;
  /** The current version's day (agreed on, else written on): a goal never measured is due from it. */
  readonly since: string;
  /** Its live measurements, oldest first (by day, then as entered). */
  readonly measurements: readonly MeasuredPoint[];
}

/** The version the charter reads as current: the one in force, else the only draft (as the Intent tab shows). */
export function currentIntentVersion(versions: readonly IntentVersion[]): IntentVersion | undefined {
  return latestAgreedVersion(versions) ?? pendingDraft(versions);
}

/**
 * The measurable goals (an id and a target value, as the goal cards show them) of the
 * partnership's current intent, each with its live measurements; measurements of goals not
 * in it are left out. `versions` and `measurements` may hold other partnerships' records.
 */
export function measuredGoalsOf(partnershipId: string, versions: readonly IntentVersion[], measurements: readonly GoalMeasurement[]): MeasuredGoal[] {
  const current = currentIntentVersion(versions.filter((v) => v.partnershipId === partnershipId && !v.deletedAt));
  if (!current) return [];
  const since = current.agreement?.agreedOn ?? current.createdAt.slice(0, 10);
  const live = measurements.filter((m) => m.partnershipId === partnershipId && !m.deletedAt);
  return current.goals.flatMap((goal): MeasuredGoal[] => {
    if (!goal.id || goal.targetValue === undefined) return [];
    const points = live
      .filter((m) => m.goalId === goal.id)
      .sort((a, b) => a.asOf.localeCompare(b.asOf) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
      .map((m): MeasuredPoint => [m.asOf, m.value]);
    return [{ partnershipId, goalId: goal.id, ...metricOf(goal), targetValue: goal.targetValue, since, measurements: points }];
  });
}

/** The goal's statement and numbers, without the absent ones (a row holds a field or nothing). */
function metricOf(goal: Goal): Pick<MeasuredGoal, 'statement' | 'unit' | 'currency' | 'direction' | 'baseline' | 'dueBy' | 'measureEveryDays'> {
  const { statement, unit, currency, direction, baseline, dueBy, measureEveryDays } = goal;
  const fields = { statement, unit, currency, direction, baseline, dueBy, measureEveryDays };
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined && v !== '')) as Pick<MeasuredGoal, 'statement'>;
}

/** The goal's measurements as shared/value/goals.ts reads them. */
export const measurementsOf = (goal: MeasuredGoal) => goal.measurements.map(([asOf, value]) => ({ asOf, value }));

/**
 * "1,200,000 USD", "88%", "12.5": a goal's value in its unit, the same on every machine (the
 * goal cards format in the user's locale; a ranking must not depend on one).
 */
// Built once: a formatter costs Intl about a tenth of a millisecond, and a cold Attention pass at
// 100x wrote hundreds of goal values (a CPU profile found this the second-largest cost there).
const WHOLE = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const TWO_PLACES = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

export function goalValueText(goal: Pick<MeasuredGoal, 'unit' | 'currency'>, value: number): string {
  const text = (Math.abs(value) >= 100 ? WHOLE : TWO_PLACES).format(value);
  if (goal.unit === 'currency' && goal.currency) return `${text} ${goal.currency}`;
  return goal.unit === 'percent' ? `${text}%` : text;
}
