// When the simulated user looks at Steward: a morning and an evening on every day of the
// run, in the user's zone, except on days the app is closed (a weekend and a holiday).
// Between the morning and the evening the app is open and the reminder heartbeat runs;
// between the evening and the next morning the machine sleeps; on closed days nothing runs.
import { addDays } from '@shared/dates';
import { localToUtc } from '@shared/timezones';

export type StepKind = 'morning' | 'evening';

export interface Step {
  /** ISO UTC. */
  readonly at: string;
  /** The user's local day. */
  readonly today: string;
  readonly kind: StepKind;
  /** The first step after the app was closed or the machine slept. */
  readonly isWake: boolean;
  readonly dayIndex: number;
}

export interface RunPlan {
  readonly zone: string;
  readonly startDay: string;
  readonly days: number;
  /** Local HH:mm: after quiet hours end (08:00) and before the working day starts (09:00). */
  readonly morning: string;
  /** Local HH:mm: inside quiet hours (20:00–08:00). */
  readonly evening: string;
  /** Days (inclusive ranges) with no step at all: the app is closed. */
  readonly closed: readonly (readonly [string, string])[];
}

export const RUN_START = '2026-12-05';
export const RUN_DAYS = 400;

/**
 * A closed weekend (Friday evening to Monday morning: Saturday and Sunday have no step) and
 * a closed holiday of sixteen days, both inside the run; New York and Sydney change their
 * clocks during the run (14 Mar / 7 Nov 2027, 4 Apr / 3 Oct 2027), Kolkata never does.
 */
export const CLOSED: readonly (readonly [string, string])[] = [
  ['2027-02-13', '2027-02-14'],
  ['2027-07-24', '2027-08-08'],
];

export const ZONES = ['America/New_York', 'Asia/Kolkata', 'Australia/Sydney'] as const;

export function runPlan(zone: string, days = RUN_DAYS): RunPlan {
  return { zone, startDay: RUN_START, days, morning: '08:30', evening: '21:00', closed: CLOSED };
}

const isClosed = (day: string, plan: RunPlan) => plan.closed.some(([from, to]) => day >= from && day <= to);

export function stepsOf(plan: RunPlan): Step[] {
  const steps: Step[] = [];
  for (let dayIndex = 0; dayIndex < plan.days; dayIndex += 1) {
    const today = addDays(plan.startDay, dayIndex);
    if (isClosed(today, plan)) continue;
    steps.push({ at: localToUtc(`${today}T${plan.morning}`, plan.zone), today, kind: 'morning', isWake: true, dayIndex });
    steps.push({ at: localToUtc(`${today}T${plan.evening}`, plan.zone), today, kind: 'evening', isWake: false, dayIndex });
  }
  return steps;
}
