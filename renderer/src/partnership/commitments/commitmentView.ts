// How a commitment reads on screen: its derived state in words, where it came from,
// and which people may own it. Formatting only; the rules live in shared/commitments.ts.
import type { Commitment, HealthCheck, OwedBy, Stakeholder, Touchpoint } from '@shared/domain';
import type { CommitmentState } from '@shared/commitments';
import { daysBetween } from '@shared/dates';

export const STATUS_FILTERS = ['open', 'done', 'dropped', 'all'] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

export const VIEW_LABELS = { us: 'We owe', partner: 'They owe', joint: 'Joint' } as const satisfies Record<OwedBy, string>;

export const OWED_BY_OPTIONS = {
  us: 'Us (we owe it)',
  partner: 'The partner (they owe it)',
  joint: 'Both sides (joint)',
} as const satisfies Record<OwedBy, string>;

function days(n: number): string {
  return `${n} ${n === 1 ? 'day' : 'days'}`;
}

/** The badge text for a derived state: overdue says by how long, due soon says when. */
export function stateText(state: CommitmentState, c: Commitment, today: string): string {
  switch (state) {
    case 'overdue':
      return `Overdue by ${days(daysBetween(c.dueOn, today))}`;
    case 'due soon': {
      const left = daysBetween(today, c.dueOn);
      return left === 0 ? 'Due today' : left === 1 ? 'Due tomorrow' : `Due in ${days(left)}`;
    }
    case 'done late':
      return c.doneOn ? `Done ${days(daysBetween(c.dueOn, c.doneOn))} late` : 'Done late';
    case 'done on time':
      return 'Done on time';
    case 'dropped':
      return 'Dropped';
    default:
      return 'Open';
  }
}

export interface SourceLookup {
  readonly touchpoints: ReadonlyMap<string, Touchpoint>;
  readonly checks: ReadonlyMap<string, HealthCheck>;
}

/** "from meeting 12 Jan 2027", "health check action (14 Feb 2027)"; empty for manual entries. */
export function sourceText(c: Commitment, lookup: SourceLookup, formatDay: (day: string) => string): string {
  switch (c.source) {
    case 'touchpoint': {
      const t = lookup.touchpoints.get(c.sourceId);
      return t ? `from ${t.kind} ${formatDay(t.occurredOn)}` : 'from a touchpoint';
    }
    case 'health check action': {
      const check = lookup.checks.get(c.sourceId);
      return check ? `health check action (check of ${formatDay(check.assessedOn)})` : 'health check action';
    }
    case 'intent goal':
      return 'from an intent goal';
    default:
      return '';
  }
}

export function matchesStatus(c: Commitment, filter: StatusFilter): boolean {
  return filter === 'all' || c.status === filter;
}

/** Who may own a commitment: people on the owing side, anyone for joint work. */
export function ownerCandidates(stakeholders: readonly Stakeholder[], owedBy: string): Stakeholder[] {
  if (owedBy === 'us' || owedBy === 'partner') return stakeholders.filter((s) => s.side === owedBy);
  return [...stakeholders];
}

export function isOwedBy(value: string): value is OwedBy {
  return value === 'us' || value === 'partner' || value === 'joint';
}
