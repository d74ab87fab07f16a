// The charter's shared goals as a brief shows them: from the agreed version in force (or
// the draft when none was ever agreed), each with how its due day stands on the brief's day.
import type { IntentVersion } from '../domain';
import { daysBetween } from '../dates';
import { latestAgreedVersion, pendingDraft } from '../intentDiff';

export type GoalTiming = 'past due' | 'due soon' | 'due later' | 'no due date';

/** A goal due within this many days is worth a word at the meeting. */
export const GOAL_DUE_SOON_DAYS = 30;

export interface GoalLine {
  readonly statement: string;
  readonly metric: string;
  readonly target: string;
  readonly dueBy?: string;
  readonly timing: GoalTiming;
}

export interface GoalSection {
  readonly version?: number;
  readonly isAgreed: boolean;
  readonly goals: readonly GoalLine[];
}

function timingOf(dueBy: string | undefined, today: string): GoalTiming {
  if (!dueBy) return 'no due date';
  const days = daysBetween(today, dueBy);
  if (days < 0) return 'past due';
  return days <= GOAL_DUE_SOON_DAYS ? 'due soon' : 'due later';
}

export function goalStatus(versions: readonly IntentVersion[], today: string): GoalSection {
  const agreed = latestAgreedVersion(versions);
  const source = agreed ?? pendingDraft(versions);
  if (!source) return { isAgreed: false, goals: [] };
  const goals = source.goals.map((g) => ({ statement: g.statement, metric: g.metric, target: g.target, ...(g.dueBy ? { dueBy: g.dueBy } : {}), timing: timingOf(g.dueBy || undefined, today) }));
  return { version: source.version, isAgreed: agreed !== undefined, goals };
}
