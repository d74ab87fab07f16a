// The touchpoint form's draft: the touchpoint with its decision and follow-up rows, and
// its translation into logTouchpoint's input. Row keys keep React's identity stable
// while rows are added and removed; errors come back by row index.
import type { LogTouchpointInput } from '../../../db/touchpoints';
import type { OwedBy, Touchpoint, TouchpointInput, TouchpointKind } from '@shared/domain';
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
