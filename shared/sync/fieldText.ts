// A synced record's fields and values in the words the app's forms use, for what a team
// member is shown about a change made on another machine (a conflict's two values): "Due on:
// 14 Jan 2027", "Owed by: They owe", never "dueOn: 2027-01-14". Pure: dates and names are
// written by functions the caller gives (the user's date format, the partnership's people).
import { OWED_BY_LABELS } from '../commitments';
import { INTENT_SECTION_LABELS } from '../intentDiff';
import type { SyncedTable } from './fields';

type Labels = Readonly<Record<string, string>>;

/** The label each table's form gives a field (fields no form shows get a plain name too). */
export const FIELD_LABELS: Readonly<Record<SyncedTable, Labels>> = {
  partnerships: { name: 'Name', partnerOrg: 'Partner organisation', type: 'Type', status: 'Status', signedOn: 'Signed on', termEndsOn: 'Term ends on', owner: 'Our owner', tags: 'Tags', shareOpportunityAmounts: 'Share opportunity amounts' },
  intentVersions: {
    ...INTENT_SECTION_LABELS,
    version: 'Version',
    status: 'Status',
    agreement: 'Agreement',
  },
  stakeholders: { side: 'Side', name: 'Name', title: 'Title', function: 'Function', roles: 'Alliance roles', approvalAuthority: 'Approval authority', contact: 'Contact', internalNotes: 'Internal notes' },
  cadences: {
    name: 'Name',
    kind: 'Kind',
    mode: 'Repeats',
    rrule: 'Recurrence rule',
    start: 'Starts',
    zone: 'Time zone',
    durationMinutes: 'Length (minutes)',
    channel: 'Channel',
    participantIds: 'Participants',
    agendaTemplate: 'Agenda template',
    leadMinutes: 'Reminder lead time (minutes)',
    idealIntervalDays: 'Ideal interval (days)',
    maxIntervalDays: 'Maximum interval (days)',
    status: 'Status',
  },
  occurrences: { cadenceId: 'Cadence', occurrence: 'Planned for', outcome: 'Outcome', movedTo: 'Moved to', note: 'Note', touchpointId: 'Touchpoint' },
  touchpoints: { kind: 'Kind', occurredOn: 'Date', title: 'Title', attendeeIds: 'Attendees', summary: 'Summary', internalNotes: 'Internal notes', cadenceId: 'Cadence', occurrence: 'Meeting' },
  decisions: { decidedOn: 'Decided on', statement: 'Statement', rationale: 'Rationale', touchpointId: 'Touchpoint' },
  commitments: { title: 'Title', detail: 'Detail', owedBy: 'Owed by', ownerId: 'Owner', dueOn: 'Due on', status: 'Status', doneOn: 'Done on', source: 'Source', sourceId: 'Source record', goalId: 'Serves the goal' },
  healthChecks: { assessedOn: 'Date', perspective: 'Perspective', respondent: 'Respondent', scores: 'Scores', internalNotes: 'Internal notes' },
  meetingPreps: { cadenceId: 'Cadence', occurrence: 'Meeting', title: 'Title', agenda: 'Agenda', notes: 'Notes' },
  goalMeasurements: { goalId: 'Goal', value: 'Value', asOf: 'As of', source: 'Source', note: 'Note' },
  opportunities: { account: 'Account', amount: 'Amount', currency: 'Currency', stage: 'Stage', outcome: 'Outcome', sourced: 'Sourced', openedOn: 'Opened on', expectedCloseOn: 'Expected close', closedOn: 'Closed on', owner: 'Owner', externalId: 'CRM id' },
  valueEvents: { kind: 'Kind', description: 'What happened', amount: 'Amount', currency: 'Currency', occurredOn: 'Date' },
  reviewSummaries: { quarter: 'Quarter', wins: 'Wins', risks: 'Risks', asks: 'Asks' },
  activity: { description: 'Description' },
};

const ENVELOPE_LABELS: Labels = { deletedAt: 'Deleted', createdAt: 'Created', updatedAt: 'Last changed' };

/** "Due on" for commitments.dueOn; a field no table names reads as words ("someNewField" → "Some new field"). */
export function fieldLabel(table: SyncedTable, field: string): string {
  const known = FIELD_LABELS[table][field] ?? ENVELOPE_LABELS[field];
  if (known) return known;
  const words = field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Enum values whose stored word is not what the screens say (the rest are words already: "at risk", "ops sync"). */
const VALUE_LABELS: Readonly<Partial<Record<string, Labels>>> = {
  'commitments.owedBy': OWED_BY_LABELS,
  'stakeholders.side': { us: 'Our side', partner: 'Partner side' },
  'healthChecks.perspective': { ours: 'Ours', partner: 'Partner’s' },
  'opportunities.sourced': { us: 'By us', partner: 'By the partner', joint: 'Joint', influenced: 'Influenced' },
  'goalMeasurements.source': { us: 'Us', partner: 'The partner', import: 'Import' },
};

/** Fields holding ids of the partnership's records (people, a cadence, a goal): shown by name. */
const ID_FIELDS = new Set(['ownerId', 'participantIds', 'attendeeIds', 'goalId', 'cadenceId', 'touchpointId', 'sourceId']);

export interface ValueWriters {
  /** A yyyy-MM-dd day in the user's date format. */
  readonly day: (day: string) => string;
  /** An ISO instant in the user's zone and date format. */
  readonly instant: (iso: string) => string;
  /** A record id of the partnership (a stakeholder, a cadence, a goal) by its name, when known. */
  readonly nameOf: (id: string) => string | undefined;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/;
const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2})?$/;

/** What a field holds, as the user reads it: "(empty)" for nothing. */
export function valueText(table: SyncedTable, field: string, value: unknown, writers: ValueWriters): string {
  if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) return '(empty)';
  if (ID_FIELDS.has(field)) return idsText(value, writers);
  return anyText(value, VALUE_LABELS[`${table}.${field}`], writers);
}

function idsText(value: unknown, writers: ValueWriters): string {
  const ids = Array.isArray(value) ? value.map(String) : [String(value)];
  return ids.map((id) => writers.nameOf(id) ?? 'someone no longer listed').join(', ');
}

function anyText(value: unknown, labels: Labels | undefined, writers: ValueWriters): string {
  if (typeof value === 'string') return stringText(value, labels, writers);
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map((v) => anyText(v, labels, writers)).join(typeof value[0] === 'object' ? '; ' : ', ');
  if (typeof value === 'object') return objectText(value as Readonly<Record<string, unknown>>, writers);
  return String(value);
}

function stringText(value: string, labels: Labels | undefined, writers: ValueWriters): string {
  if (labels?.[value]) return labels[value];
  if (DAY.test(value)) return writers.day(value);
  if (INSTANT.test(value)) return writers.instant(value);
  const local = LOCAL_DATE_TIME.exec(value);
  if (local) return `${writers.day(local[1]!)} ${local[2]}`;
  return value;
}

/** An object inside a field (a goal, a score, a tradeoff, an agreement): its values, named, empty ones left out. */
function objectText(value: Readonly<Record<string, unknown>>, writers: ValueWriters): string {
  // A health score reads as "trust 4 (comment)"; anything else as its non-empty parts.
  if (typeof value.dimension === 'string' && typeof value.score === 'number') return `${value.dimension} ${value.score}${value.comment ? ` (${String(value.comment)})` : ''}`;
  const parts = Object.entries(value)
    .filter(([key, v]) => key !== 'id' && v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0))
    .map(([key, v]) => `${fieldWords(key)}: ${anyText(v, undefined, writers)}`);
  return parts.join(', ');
}

const fieldWords = (key: string): string => key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();

/** Longer than this, a value is shown cut with a way to read it whole. */
export const SHORT_VALUE_LENGTH = 140;

/** The text cut at a word near `max` characters with "…", or undefined when it fits. */
export function shortened(text: string, max = SHORT_VALUE_LENGTH): string | undefined {
  if (text.length <= max) return undefined;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
