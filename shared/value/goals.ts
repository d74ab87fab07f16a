// A measured goal: how far it has come from its baseline to its target, where its
// measurements point by the due date, and when it should be measured next. Pure: today is
// always a parameter, and nothing here reads the clock.
import type { Goal, GoalMeasurement } from '../domain';
import { addDays, daysBetween } from '../dates';

export type GoalStatus = 'on track' | 'at risk' | 'off track' | 'not enough data';

/** Projected progress from this share of the way to the target up is "at risk" rather than "off track". */
export const AT_RISK_FROM = 0.8;

/** The rule behind a goal's status, said once wherever a status shows. */
export const GOAL_STATUS_RULE =
  'The status projects a straight line fitted through the measurements to the due date: on track if it reaches the target, at risk if it gets at least 80% of the way from the baseline, off track otherwise.';

type Measured = Pick<GoalMeasurement, 'value' | 'asOf'>;
type MeasurableGoal = Pick<Goal, 'baseline' | 'targetValue' | 'direction' | 'dueBy' | 'measureEveryDays'>;

/** Oldest first, by the day each was true on (ties keep their order). */
export function byAsOf<T extends Measured>(measurements: readonly T[]): T[] {
  return [...measurements].sort((a, b) => a.asOf.localeCompare(b.asOf));
}

/**
 * Where the goal starts from: its baseline, or else its first measurement. Undefined when
 * neither is known.
 */
export function startOf(goal: MeasurableGoal, measurements: readonly Measured[]): number | undefined {
  return goal.baseline ?? byAsOf(measurements)[0]?.value;
}

/**
 * The share of the way from the start to the target `value` stands at: 0 at the start, 1 at
 * the target, beyond 1 past it, below 0 going the wrong way. Works for "lower is better" too
 * (the target is then below the start). Undefined without a target or a start, or when they
 * are equal.
 */
export function progressOf(goal: MeasurableGoal, value: number, measurements: readonly Measured[] = []): number | undefined {
  const start = startOf(goal, measurements);
  if (goal.targetValue === undefined || start === undefined || goal.targetValue === start) return undefined;
  return (value - start) / (goal.targetValue - start);
}

export interface LinearFit {
  /** The day the line is measured from (x = 0). */
  readonly origin: string;
  /** Change in value per day. */
  readonly slope: number;
  /** The value at `origin`. */
  readonly intercept: number;
}

/** The least-squares straight line through the measurements (value against day); undefined with fewer than two distinct days. */
export function fitLine(measurements: readonly Measured[]): LinearFit | undefined {
  const sorted = byAsOf(measurements);
  const origin = sorted[0]?.asOf;
  if (origin === undefined) return undefined;
  const points = sorted.map((m) => ({ x: daysBetween(origin, m.asOf), y: m.value }));
  const n = points.length;
  const meanX = points.reduce((s, p) => s + p.x, 0) / n;
  const meanY = points.reduce((s, p) => s + p.y, 0) / n;
  const sxx = points.reduce((s, p) => s + (p.x - meanX) ** 2, 0);
  if (sxx === 0) return undefined;
  const slope = points.reduce((s, p) => s + (p.x - meanX) * (p.y - meanY), 0) / sxx;
  return { origin, slope, intercept: meanY - slope * meanX };
}

/** The line's value on `day`. */
export function valueOn(fit: LinearFit, day: string): number {
  return fit.intercept + fit.slope * daysBetween(fit.origin, day);
}

export interface GoalAssessment {
  readonly status: GoalStatus;
  /** The latest measurement, if any. */
  readonly latest?: Measured;
  /** Progress of the latest measurement (see progressOf). */
  readonly progress?: number;
  /** The fitted line's value on the due date. */
  readonly projected?: number;
  /** Progress of the projected value. */
  readonly projectedProgress?: number;
  readonly fit?: LinearFit;
}

/**
 * The goal's status by GOAL_STATUS_RULE. "Not enough data" without a target, a due date, or
 * measurements on at least two days. A goal already at or past its target is on track.
 */
export function assessGoal(goal: MeasurableGoal, measurements: readonly Measured[]): GoalAssessment {
  const sorted = byAsOf(measurements);
  const latest = sorted.at(-1);
  const progress = latest ? progressOf(goal, latest.value, sorted) : undefined;
  const fit = fitLine(sorted);
  const base = { ...(latest ? { latest } : {}), ...(progress !== undefined ? { progress } : {}), ...(fit ? { fit } : {}) };
  if (progress !== undefined && progress >= 1) return { ...base, status: 'on track' };
  if (!fit || !goal.dueBy || progress === undefined) return { ...base, status: 'not enough data' };
  const projected = valueOn(fit, goal.dueBy);
  const projectedProgress = progressOf(goal, projected, sorted)!;
  const status: GoalStatus = projectedProgress >= 1 ? 'on track' : projectedProgress >= AT_RISK_FROM ? 'at risk' : 'off track';
  return { ...base, status, projected, projectedProgress };
}

export interface MeasurementDue {
  /** The day the next measurement is due: the last one's day plus the interval, or `since` when there is none. */
  readonly dueOn: string;
  /** Whole days past dueOn (0 on the day). */
  readonly daysLate: number;
}

/**
 * When the goal's next measurement is due, if it is due by `today`: never for a goal without
 * an interval, and not once a whole interval has passed since its due date (a finished goal
 * asks for nothing). `since` is when the goal was set (its version's day).
 */
export function measurementDue(goal: MeasurableGoal, measurements: readonly Measured[], since: string, today: string): MeasurementDue | undefined {
  if (!goal.measureEveryDays) return undefined;
  if (goal.dueBy && today > addDays(goal.dueBy, goal.measureEveryDays)) return undefined;
  const last = byAsOf(measurements).at(-1);
  const dueOn = last ? addDays(last.asOf, goal.measureEveryDays) : since;
  return today >= dueOn ? { dueOn, daysLate: daysBetween(dueOn, today) } : undefined;
}
