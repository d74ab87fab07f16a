// The touchpoint form's draft: the touchpoint with its decision and follow-up rows, and
// its translation into logTouchpoint's input. Row keys keep React's identity stable
// while rows are added and removed; errors come back by row index.
import type { LogTouchpointInput } from '../../../db/touchpoints';
import type { CommitmentUpdate } from '../../../db/recordMeeting';
import type { Commitment, OwedBy, Touchpoint, TouchpointInput, TouchpointKind } from '@shared/domain';
import { addDays } from '@shared/dates';

export interface DecisionRow {
  readonly key: string;
  readonly statement: string;
  readonly rationale: string;
}

export interface FollowUpRow {
  readonly key: string;
  readonly title: string;
  readonly owedBy: OwedBy;
  readonly ownerId: string;
  readonly dueOn: string;
}

export interface TouchpointDraft {
  readonly kind: TouchpointKind;
  readonly occurredOn: string;
  readonly title: string;
  readonly attendeeIds: readonly string[];
  readonly summary: string;
  readonly internalNotes: string;
  readonly decisions: readonly DecisionRow[];
  readonly followUps: readonly FollowUpRow[];
  /** Recording a meeting: the open commitments it went through, each with what became of it. */
  readonly discussed?: readonly DiscussedRow[];
}

/** What the meeting did to an open commitment: nothing ("still open"), done, or a new due date. */
export type DiscussedChoice = 'open' | 'done' | 'redate';

export interface DiscussedRow {
  readonly commitment: Commitment;
  readonly isOverdue: boolean;
  readonly choice: DiscussedChoice;
  /** The new due date while the choice is 'redate'. */
  readonly newDueOn: string;
}

/** What the touchpoint is for, when it is logged from a cadence. */
export interface CadenceLink {
  readonly cadenceId: string;
  /** The planned instant it holds; '' for a flexible cadence. */
  readonly occurrence: string;
}

let rowSerial = 0;
const rowKey = () => `row-${++rowSerial}`;

export function blankTouchpointDraft(today: string, prefill: Partial<TouchpointDraft> = {}): TouchpointDraft {
  return { kind: 'meeting', occurredOn: today, title: '', attendeeIds: [], summary: '', internalNotes: '', decisions: [], followUps: [], ...prefill };
}

export function draftFromTouchpoint(t: Touchpoint): TouchpointDraft {
  return { ...blankTouchpointDraft(t.occurredOn), kind: t.kind, title: t.title, attendeeIds: t.attendeeIds, summary: t.summary, internalNotes: t.internalNotes };
}

export const newDecisionRow = (): DecisionRow => ({ key: rowKey(), statement: '', rationale: '' });

/** A follow-up is due a week after the touchpoint unless the user says otherwise. */
export const newFollowUpRow = (occurredOn: string): FollowUpRow => ({
  key: rowKey(),
  title: '',
  owedBy: 'us',
  ownerId: '',
  dueOn: /^\d{4}-\d{2}-\d{2}$/.test(occurredOn) ? addDays(occurredOn, 7) : '',
});

/** Rows the user added but left empty are dropped rather than reported as errors. */
export function withoutBlankRows(d: TouchpointDraft): TouchpointDraft {
  return {
    ...d,
    decisions: d.decisions.filter((r) => r.statement.trim() || r.rationale.trim()),
    followUps: d.followUps.filter((r) => r.title.trim() || r.ownerId),
  };
}

export function touchpointInputFrom(d: TouchpointDraft, partnershipId: string, link?: CadenceLink): TouchpointInput {
  return {
    partnershipId,
    kind: d.kind,
    occurredOn: d.occurredOn,
    title: d.title,
    attendeeIds: [...d.attendeeIds],
    summary: d.summary,
    internalNotes: d.internalNotes,
    cadenceId: link?.cadenceId ?? '',
    occurrence: link?.occurrence ?? '',
  };
}

export function logInputFrom(d: TouchpointDraft, partnershipId: string, link?: CadenceLink): LogTouchpointInput {
  return {
    touchpoint: touchpointInputFrom(d, partnershipId, link),
    decisions: d.decisions.map((r) => ({ statement: r.statement, rationale: r.rationale })),
    followUps: d.followUps.map((r) => ({ title: r.title, owedBy: r.owedBy, ownerId: r.ownerId, dueOn: r.dueOn })),
  };
}

/** The partnership's open commitments as rows to go through, overdue first, then by due date. */
export function discussedRows(commitments: readonly Commitment[], today: string): DiscussedRow[] {
  return commitments
    .filter((c) => !c.deletedAt && c.status === 'open')
    .map((c) => ({ commitment: c, isOverdue: c.dueOn < today, choice: 'open' as const, newDueOn: c.dueOn }))
    .sort((a, b) => Number(b.isOverdue) - Number(a.isOverdue) || a.commitment.dueOn.localeCompare(b.commitment.dueOn) || a.commitment.title.localeCompare(b.commitment.title));
}

/** The updates the rows ask for; "still open" asks for none. */
export function commitmentUpdatesFrom(rows: readonly DiscussedRow[]): CommitmentUpdate[] {
  return rows.flatMap((row): CommitmentUpdate[] => {
    if (row.choice === 'done') return [{ commitmentId: row.commitment.id, action: 'done' }];
    if (row.choice === 'redate') return [{ commitmentId: row.commitment.id, action: 'redate', dueOn: row.newDueOn }];
    return [];
  });
}

/** Agenda items as the notes' discussion points, one per line. */
export function discussionPoints(items: readonly string[]): string {
  const points = items.map((item) => item.trim()).filter(Boolean);
  return points.length === 0 ? '' : `Discussion points:\n${points.map((p) => `- ${p}`).join('\n')}\n`;
}
