// Which tables travel in a partnership's Yjs documents, and which document each field of a
// record lives in. The line between the shared and the internal document is the one the
// partner-safe exports draw (the *_VISIBILITY maps): a guest given the shared document alone
// must never read what a partner-safe export would leave out.
import type { Visibility } from '../domain';
import {
  CADENCE_VISIBILITY,
  COMMITMENT_VISIBILITY,
  DECISION_VISIBILITY,
  GOAL_MEASUREMENT_VISIBILITY,
  HEALTH_VISIBILITY,
  INTENT_VISIBILITY,
  MEETING_PREP_VISIBILITY,
  OPPORTUNITY_VISIBILITY,
  PARTNERSHIP_CHILD_TABLES,
  PARTNERSHIP_VISIBILITY,
  REVIEW_SUMMARY_VISIBILITY,
  STAKEHOLDER_VISIBILITY,
  TOUCHPOINT_VISIBILITY,
  VALUE_EVENT_VISIBILITY,
} from '../domain';

/**
 * The tables a partnership's documents hold: the partnership itself, every table of its
 * records, and its activity entries (append-only, so they only ever add). Never synced:
 * partnershipExcerpts and excerptRevisions (derived, rebuilt from the records on every write), settings, the
 * reminder ledger and attention snoozes (this machine's notifications and this user's
 * choices), exchangeRates (portfolio-wide, not a partnership's: the portfolio index
 * document's, later), meta (this database's own id) and the sync tables themselves.
 */
export const SYNCED_TABLES = ['partnerships', ...PARTNERSHIP_CHILD_TABLES, 'activity'] as const;
export type SyncedTable = (typeof SYNCED_TABLES)[number];

export const isSyncedTable = (name: string): name is SyncedTable => (SYNCED_TABLES as readonly string[]).includes(name);

/**
 * Ends the id of an activity entry that only this machine keeps: "received from Alice", a
 * conflict seen here. Every machine writes its own when a change reaches it, so sending them
 * on would multiply them by the team's size.
 */
export const LOCAL_ACTIVITY_SUFFIX = '~here';
export const isLocalActivityId = (id: string): boolean => id.endsWith(LOCAL_ACTIVITY_SUFFIX);

/** Which of a partnership's two documents: the one a partner guest may one day get, or ours alone. */
export type DocKind = Visibility;

/** Fields every record needs to be found and ordered at all: in the shared document. */
const ENVELOPE = { id: 'shared', createdAt: 'shared', updatedAt: 'shared', deletedAt: 'shared', partnershipId: 'shared' } as const;

type FieldMap = Readonly<Record<string, Visibility>>;

/**
 * Per table, the document of each field. The visibility maps cover the input fields; what
 * only the stored record has is placed here. A field that carries internal parts inside a
 * shared one (an intent's tradeoffs hold our weights) goes to the internal document whole,
 * and a field named nowhere is internal: a field added to an entity stays out of the shared
 * document until someone marks it shared, as with the partner-safe exports.
 */
const FIELD_DOCS: Readonly<Record<SyncedTable, FieldMap>> = {
  partnerships: { ...PARTNERSHIP_VISIBILITY },
  intentVersions: { ...INTENT_VISIBILITY, tradeoffs: 'internal', version: 'shared', status: 'shared', agreement: 'shared' },
  stakeholders: STAKEHOLDER_VISIBILITY,
  cadences: CADENCE_VISIBILITY,
  // An occurrence's outcome is what the calendar shows both sides; the note and the link to
  // our touchpoint are ours (a touchpoint's link fields are internal too).
  occurrences: { cadenceId: 'shared', occurrence: 'shared', outcome: 'shared', movedTo: 'shared', note: 'internal', touchpointId: 'internal' },
  touchpoints: TOUCHPOINT_VISIBILITY,
  decisions: DECISION_VISIBILITY,
  commitments: COMMITMENT_VISIBILITY,
  healthChecks: HEALTH_VISIBILITY,
  meetingPreps: MEETING_PREP_VISIBILITY,
  goalMeasurements: GOAL_MEASUREMENT_VISIBILITY,
  opportunities: { ...OPPORTUNITY_VISIBILITY, outcome: 'shared' },
  valueEvents: VALUE_EVENT_VISIBILITY,
  reviewSummaries: REVIEW_SUMMARY_VISIBILITY,
  // An entry's description quotes the values it changed, internal ones included.
  activity: { id: 'internal', at: 'internal', entity: 'internal', entityId: 'internal', partnershipId: 'internal', action: 'internal', description: 'internal' },
};

/** The document a field of a record of `table` lives in. */
export function docOfField(table: SyncedTable, field: string): DocKind {
  if (table === 'activity') return 'internal';
  if (field in ENVELOPE) return 'shared';
  return FIELD_DOCS[table][field] ?? 'internal';
}

/** The partnership a record of `table` belongs to. */
export function partnershipOfRecord(table: SyncedTable, record: Readonly<Record<string, unknown>>): string {
  return String(table === 'partnerships' ? record.id : record.partnershipId);
}
