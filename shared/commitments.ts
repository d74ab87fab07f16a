// What a commitment's status means on a given day (overdue, due soon, done late), which
// side owes what, and whether promises are kept on both sides. All derived, never stored;
// soft-deleted commitments are ignored everywhere except `commitmentState`.
import type { Commitment, OwedBy } from './domain';
import { OWED_BY } from './domain';
import { daysBetween } from './dates';

export type CommitmentState = 'overdue' | 'due soon' | 'open' | 'done on time' | 'done late' | 'dropped';

export const DUE_SOON_DAYS = 7;

/** Headings for the per-side groups: joint commitments are a group of their own. */
export const OWED_BY_LABELS = {
  us: 'We owe',
  partner: 'They owe',
  joint: 'We owe together',
} as const satisfies Record<OwedBy, string>;

export interface SideCounts {
  /** Every open commitment, overdue and due soon included. */
  readonly open: number;
  readonly overdue: number;
  readonly dueSoon: number;
}

export interface SideReciprocity {
  readonly total: number;
  readonly onTime: number;
  readonly late: number;
  /** Still open, whether its due day has passed or not. */
  readonly open: number;
  readonly dropped: number;
}

export type BySide<T> = Readonly<Record<OwedBy, T>>;

/**
 * Open and due within `dueSoonDays` (due today up to due in `dueSoonDays` days) is due
 * soon; open past its due day is overdue. Done with no `doneOn` (the input schema
 * forbids it) counts as on time: lateness is never claimed without a date to prove it.
 */
export function commitmentState(c: Commitment, today: string, dueSoonDays = DUE_SOON_DAYS): CommitmentState {
  if (c.status === 'dropped') return 'dropped';
  if (c.status === 'done') return c.doneOn && c.doneOn > c.dueOn ? 'done late' : 'done on time';
  const daysLeft = daysBetween(today, c.dueOn);
  if (daysLeft < 0) return 'overdue';
  return daysLeft <= dueSoonDays ? 'due soon' : 'open';
}

function isLive(c: Commitment): boolean {
  return !c.deletedAt;
}

function bySide<T>(make: () => T): Record<OwedBy, T> {
  return { us: make(), partner: make(), joint: make() };
}

/** Open, overdue and due-soon counts for each side. */
export function countBySide(commitments: readonly Commitment[], today: string, dueSoonDays = DUE_SOON_DAYS): BySide<SideCounts> {
  const counts = bySide(() => ({ open: 0, overdue: 0, dueSoon: 0 }));
  for (const c of commitments.filter(isLive)) {
    if (c.status !== 'open') continue;
    const side = counts[c.owedBy];
    const state = commitmentState(c, today, dueSoonDays);
    side.open += 1;
    if (state === 'overdue') side.overdue += 1;
    if (state === 'due soon') side.dueSoon += 1;
  }
  return counts;
}

const STATE_ORDER: Readonly<Record<CommitmentState, number>> = {
  overdue: 0,
  'due soon': 1,
  open: 2,
  'done late': 3,
  'done on time': 3,
  dropped: 4,
};

/** Most pressing first: overdue, due soon, open (each by due day), then done, then dropped. */
export function compareCommitments(a: Commitment, b: Commitment, today: string): number {
  return (
    STATE_ORDER[commitmentState(a, today)] - STATE_ORDER[commitmentState(b, today)] ||
    a.dueOn.localeCompare(b.dueOn) ||
    a.title.localeCompare(b.title) ||
    a.id.localeCompare(b.id)
  );
}

/**
 * "We owe" / "they owe" / joint, each sorted by `compareCommitments`. Joint work is its
 * own group rather than counted on both sides, so no commitment is listed twice and the
 * per-side totals still add up to the whole.
 */
export function groupByOwedBy(commitments: readonly Commitment[], today: string): BySide<readonly Commitment[]> {
  const groups = bySide<Commitment[]>(() => []);
  for (const c of commitments.filter(isLive)) groups[c.owedBy].push(c);
  for (const side of OWED_BY) groups[side].sort((a, b) => compareCommitments(a, b, today));
  return groups;
}

/** Per side, how the commitments due in [fromDay, toDay] (inclusive) turned out. */
export function reciprocity(commitments: readonly Commitment[], fromDay: string, toDay: string): BySide<SideReciprocity> {
  const sides = bySide(() => ({ total: 0, onTime: 0, late: 0, open: 0, dropped: 0 }));
  const inWindow = commitments.filter((c) => isLive(c) && c.dueOn >= fromDay && c.dueOn <= toDay);
  for (const c of inWindow) {
    const side = sides[c.owedBy];
    side.total += 1;
    if (c.status === 'open') side.open += 1;
    else if (c.status === 'dropped') side.dropped += 1;
    else if (c.doneOn && c.doneOn > c.dueOn) side.late += 1;
    else side.onTime += 1;
  }
  return sides;
}
