// The words of one conflict on the Activity tab, from the conflict and the record as it is
// now: which record and field, who changed it and when, the two values under whose names, and
// what the buttons say. Pure, so they are tested apart from the screen.
import type { SyncedTable } from '@shared/sync/fields';
import type { ValueWriters } from '@shared/sync/fieldText';
import { fieldLabel, valueText } from '@shared/sync/fieldText';
import { isSameValue } from '@shared/sync/documents';
import type { SyncConflict } from '../../../db/sync/rows';

/** What each table's records are called in a sentence. */
const NOUNS: Readonly<Record<SyncedTable, string>> = {
  partnerships: 'Partnership',
  intentVersions: 'Intent',
  stakeholders: 'Stakeholder',
  cadences: 'Cadence',
  occurrences: 'Meeting',
  touchpoints: 'Touchpoint',
  decisions: 'Decision',
  commitments: 'Commitment',
  healthChecks: 'Health check',
  meetingPreps: 'Meeting preparation',
  goalMeasurements: 'Goal measurement',
  opportunities: 'Opportunity',
  valueEvents: 'Value event',
  reviewSummaries: 'Review summary',
  activity: 'Activity entry',
};

/** "Commitment “Send the deck”", from whichever naming field the record has. */
export function recordWords(table: SyncedTable, record: Readonly<Record<string, unknown>> | undefined): string {
  const name = ['name', 'title', 'statement', 'account', 'description', 'quarter'].map((f) => record?.[f]).find((v) => typeof v === 'string' && v.length > 0);
  if (table === 'intentVersions' && typeof record?.version === 'number') return `Intent version ${record.version}`;
  return name === undefined ? NOUNS[table] : `${NOUNS[table]} “${String(name)}”`;
}

export type ConflictState = 'open' | 'restored' | 'not restorable' | 'record gone';

export interface ConflictWords {
  /** "Due on" */
  readonly field: string;
  /** "Commitment “Send the deck”" */
  readonly record: string;
  /** "Changed by Bob at 6 Dec 2026, 10:02 while you were offline; the merge kept Bob’s value." */
  readonly sentence: string;
  /** The value the record holds after the merge, and whose it is. */
  readonly kept: { readonly owner: string; readonly text: string };
  /** The value the merge dropped, and whose it is. */
  readonly other: { readonly owner: string; readonly text: string };
  readonly state: ConflictState;
  /** "Restore Bob’s value" / "Restore your value". */
  readonly restoreLabel: string;
  /** "Keep Bob’s value" / "Keep your value": close the conflict as the merge left it. */
  readonly keepLabel: string;
  /** Once restored: "Restored your value at 6 Dec 2026, 10:05." */
  readonly restoredText?: string;
  /** Why the other value cannot be put back here, when it cannot. */
  readonly notRestorable?: string;
  /** The field's value now, when neither value of the conflict is what the record holds any more. */
  readonly since?: string;
}

/** The other member's name, possessive: "Bob’s"; "the other member’s" when their document named nobody. */
const theirs = (by: string | undefined): string => (by ? `${by}’s` : 'the other member’s');

const capital = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

function sentenceOf(conflict: SyncConflict, writers: ValueWriters): string {
  const who = conflict.by ?? 'another member';
  const when = conflict.changedAt ? ` at ${writers.instant(conflict.changedAt)}` : '';
  const keptOwner = conflict.kept === 'theirs' ? theirs(conflict.by) : 'your';
  const arrived = conflict.changedAt ? '' : ` (it arrived here at ${writers.instant(conflict.at)})`;
  return `Changed by ${who}${when} while you were offline and had changed it too${arrived}; the merge kept ${keptOwner} value.`;
}

function notRestorableText(conflict: SyncConflict, keptValue: unknown): string | undefined {
  if (conflict.table === 'activity') return 'Activity entries are kept as written: there is nothing to restore.';
  if (conflict.field !== 'deletedAt') return undefined;
  return keptValue === undefined
    ? 'A delete cannot be undone or redone field by field here. The record is not deleted now: delete it from its tab if it should go.'
    : conflict.table === 'partnerships'
      ? 'A delete cannot be undone field by field here. The partnership is archived now: restore it from the portfolio’s archived list if it is still needed.'
      : 'A delete cannot be undone field by field here. The record is deleted now: add it again if it is still needed.';
}

/** Everything the conflict's card says. */
export function conflictWords(conflict: SyncConflict, record: Readonly<Record<string, unknown>> | undefined, writers: ValueWriters): ConflictWords {
  const text = (value: unknown) => valueText(conflict.table, conflict.field, value, writers);
  const [keptValue, otherValue] = conflict.kept === 'theirs' ? [conflict.theirs, conflict.ours] : [conflict.ours, conflict.theirs];
  const [keptOwner, otherOwner] = conflict.kept === 'theirs' ? [theirs(conflict.by), 'your'] : ['your', theirs(conflict.by)];
  const notRestorable = notRestorableText(conflict, keptValue);
  const state: ConflictState = notRestorable ? 'not restorable' : !record ? 'record gone' : conflict.restoredAt ? 'restored' : 'open';
  const now = record?.[conflict.field];
  const expected = conflict.restoredAt ? otherValue : keptValue;
  return {
    field: fieldLabel(conflict.table, conflict.field),
    record: recordWords(conflict.table, record),
    sentence: sentenceOf(conflict, writers),
    kept: { owner: capital(`${keptOwner} value`), text: text(keptValue) },
    other: { owner: capital(`${otherOwner} value`), text: text(otherValue) },
    state,
    restoreLabel: `Restore ${otherOwner} value`,
    keepLabel: `Keep ${keptOwner} value`,
    ...(conflict.restoredAt ? { restoredText: `Restored ${otherOwner} value at ${writers.instant(conflict.restoredAt)}.` } : {}),
    ...(notRestorable ? { notRestorable } : {}),
    ...(record && !notRestorable && !isSameValue(now, expected) ? { since: text(now) } : {}),
  };
}
