// What each kind of CSV import can fill in: the target fields, which are required,
// and the header names that map to each one automatically ("Due date" → dueOn), so a
// file exported from Steward or from a typical spreadsheet needs no manual mapping.
import { ALLIANCE_ROLES, COMMITMENT_STATUSES, FUNCTIONS, OPPORTUNITY_SOURCES, PARTNERSHIP_STATUSES, PARTNERSHIP_TYPES } from '../domain';

/** The kinds the general import offers; opportunities come in through "Import from CRM…" of one partnership. */
export const RECORD_IMPORT_KINDS = ['partnerships', 'stakeholders', 'commitments'] as const;
export const IMPORT_KINDS = [...RECORD_IMPORT_KINDS, 'opportunities'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const KIND_LABELS: Readonly<Record<ImportKind, { readonly plural: string; readonly singular: string }>> = {
  partnerships: { plural: 'partnerships', singular: 'partnership' },
  stakeholders: { plural: 'stakeholders', singular: 'stakeholder' },
  commitments: { plural: 'commitments', singular: 'commitment' },
  opportunities: { plural: 'opportunities', singular: 'opportunity' },
};

export interface ImportField {
  readonly key: string;
  readonly label: string;
  /** A value must come from the file (or, for the partnership, be chosen for all rows). */
  readonly required: boolean;
  /** Header names that map here automatically, compared ignoring case, spaces and punctuation. */
  readonly synonyms: readonly string[];
  /** What the cell holds, and what an empty one becomes. */
  readonly hint: string;
  /** An example value for the template file. */
  readonly example: string;
}

const list = (values: readonly string[]) => values.join(', ');

const PARTNERSHIP_COLUMN: ImportField = {
  key: 'partnership',
  label: 'Partnership',
  required: true,
  synonyms: ['partnership', 'partnership name', 'alliance', 'alliance name'],
  hint: 'The name of an existing partnership.',
  example: 'Acme co-sell',
};

export const PARTNERSHIP_FIELDS: readonly ImportField[] = [
  { key: 'name', label: 'Name', required: true, synonyms: ['partnership', 'partnership name', 'alliance', 'alliance name'], hint: 'What you call the partnership.', example: 'Acme co-sell EMEA' },
  {
    key: 'partnerOrg',
    label: 'Partner organisation',
    required: true,
    synonyms: ['partner', 'partner org', 'partner organization', 'organisation', 'organization', 'company', 'partner company', 'account'],
    hint: 'The partner’s company.',
    example: 'Acme Corp',
  },
  { key: 'type', label: 'Type', required: false, synonyms: ['partnership type', 'kind'], hint: `${list(PARTNERSHIP_TYPES)}; empty means other.`, example: 'co-sell' },
  { key: 'status', label: 'Status', required: false, synonyms: ['state'], hint: `${list(PARTNERSHIP_STATUSES)}; empty means active.`, example: 'active' },
  {
    key: 'signedOn',
    label: 'Signed on',
    required: false,
    synonyms: ['signed', 'signed date', 'date signed', 'start', 'start date', 'effective date'],
    hint: 'A date, e.g. 2027-03-14.',
    example: '2026-04-01',
  },
  {
    key: 'termEndsOn',
    label: 'Term ends on',
    required: false,
    synonyms: ['term end', 'term ends', 'renewal', 'renewal date', 'end date', 'expires', 'expiry date', 'expiration date'],
    hint: 'The renewal date, e.g. 2028-03-31.',
    example: '2028-03-31',
  },
  { key: 'owner', label: 'Our owner', required: false, synonyms: ['owner', 'account owner', 'alliance manager', 'managed by'], hint: 'Who looks after it on our side.', example: 'Dana Reyes' },
  { key: 'tags', label: 'Tags', required: false, synonyms: ['tag', 'labels'], hint: 'Separated by commas or semicolons.', example: 'emea, cloud' },
];

export const STAKEHOLDER_FIELDS: readonly ImportField[] = [
  PARTNERSHIP_COLUMN,
  { key: 'name', label: 'Name', required: true, synonyms: ['full name', 'person', 'stakeholder', 'contact name'], hint: 'The person’s name.', example: 'Lee Chen' },
  {
    key: 'side',
    label: 'Side',
    required: true,
    synonyms: ['company side', 'organisation side', 'organization side', 'which side', 'belongs to'],
    hint: 'us / we / ours, or partner / them / theirs (or the organisation’s name).',
    example: 'partner',
  },
  { key: 'title', label: 'Title', required: false, synonyms: ['job title', 'position'], hint: 'Their job title.', example: 'VP Alliances' },
  { key: 'function', label: 'Function', required: false, synonyms: ['department', 'team'], hint: `${list(FUNCTIONS)}; empty means other.`, example: 'executive' },
  {
    key: 'roles',
    label: 'Alliance roles',
    required: false,
    synonyms: ['roles', 'role', 'alliance role', 'partnership role', 'partnership roles'],
    hint: `${list(ALLIANCE_ROLES)}; several separated by commas or semicolons; empty means contributor.`,
    example: 'sponsor; decision maker',
  },
  {
    key: 'approvalAuthority',
    label: 'Approval authority',
    required: false,
    synonyms: ['authority', 'approval', 'signing authority'],
    hint: 'Free text, e.g. “signs up to $250k”.',
    example: 'signs up to $250k',
  },
  { key: 'contact', label: 'Contact', required: false, synonyms: ['email', 'e-mail', 'email address', 'phone', 'contact details'], hint: 'Email or phone.', example: 'lee@acme.example' },
  { key: 'internalNotes', label: 'Internal notes', required: false, synonyms: ['notes', 'note', 'comments'], hint: 'Never shared with the partner.', example: '' },
];

export const COMMITMENT_FIELDS: readonly ImportField[] = [
  PARTNERSHIP_COLUMN,
  { key: 'title', label: 'Title', required: true, synonyms: ['commitment', 'task', 'action', 'item', 'summary'], hint: 'What was promised.', example: 'Send the joint pipeline report' },
  { key: 'detail', label: 'Detail', required: false, synonyms: ['details', 'description', 'notes'], hint: 'More about it.', example: '' },
  { key: 'owedBy', label: 'Owed by', required: true, synonyms: ['side', 'who owes', 'owed', 'owing side'], hint: 'us / we, partner / them, or joint / both.', example: 'us' },
  {
    key: 'owner',
    label: 'Owner',
    required: false,
    synonyms: ['owner name', 'responsible', 'assignee', 'assigned to'],
    hint: 'A stakeholder of the partnership, by name; empty means none.',
    example: 'Lee Chen',
  },
  { key: 'dueOn', label: 'Due on', required: true, synonyms: ['due', 'due date', 'deadline', 'due by'], hint: 'A date, e.g. 2027-03-14.', example: '2027-03-14' },
  { key: 'status', label: 'Status', required: false, synonyms: [], hint: `${list(COMMITMENT_STATUSES)}; empty means open.`, example: 'open' },
  { key: 'doneOn', label: 'Done on', required: false, synonyms: ['done', 'completed', 'completed on', 'done date', 'completion date'], hint: 'Needed when the status is done.', example: '' },
];

/**
 * An opportunity from a CRM export (shared/imports/crm.ts holds the Salesforce and HubSpot
 * column presets). A CRM has one Close Date: for an open stage it is the expected close,
 * for a won or lost one the day it closed; Steward's own export writes the two apart.
 */
export const OPPORTUNITY_FIELDS: readonly ImportField[] = [
  PARTNERSHIP_COLUMN,
  { key: 'account', label: 'Account', required: true, synonyms: ['account name', 'company', 'customer', 'associated company'], hint: 'The customer the deal is with.', example: 'Initech' },
  { key: 'amount', label: 'Amount', required: true, synonyms: ['deal amount', 'value', 'deal value'], hint: 'A number; $, € and thousands separators are fine.', example: '125000' },
  {
    key: 'currency',
    label: 'Currency',
    required: false,
    synonyms: ['opportunity currency', 'amount currency', 'currency code', 'deal currency code', 'currency iso code'],
    hint: 'A code such as USD or EUR; empty means the one chosen below.',
    example: 'USD',
  },
  { key: 'stage', label: 'Stage', required: true, synonyms: ['deal stage', 'stage name', 'opportunity stage'], hint: 'The CRM’s stage; you match its stages to yours below.', example: 'Proposal' },
  {
    key: 'sourced',
    label: 'Sourced by',
    required: false,
    synonyms: ['sourced', 'source', 'partner source'],
    hint: `${list(OPPORTUNITY_SOURCES)} (Partner Referral counts as partner, co-sell as joint); anything else or empty means the default below.`,
    example: 'partner',
  },
  { key: 'openedOn', label: 'Opened on', required: true, synonyms: ['created date', 'create date', 'created', 'opened', 'open date', 'created on'], hint: 'When it entered the pipeline.', example: '2027-01-15' },
  { key: 'closeDate', label: 'Close date', required: false, synonyms: ['close date', 'closing date'], hint: 'An open deal’s expected close, a won or lost one’s closing day.', example: '' },
  { key: 'expectedCloseOn', label: 'Expected close', required: false, synonyms: ['expected close on', 'expected close date'], hint: 'When an open deal should close.', example: '2027-06-30' },
  { key: 'closedOn', label: 'Closed on', required: false, synonyms: ['closed', 'closed date', 'date closed'], hint: 'When it was won or lost.', example: '' },
  { key: 'owner', label: 'Owner', required: false, synonyms: ['opportunity owner', 'deal owner', 'owner name'], hint: 'Free text, e.g. the CRM user’s name.', example: 'Dana Reyes' },
  {
    key: 'externalId',
    label: 'External id',
    required: false,
    synonyms: ['opportunity id', 'record id', 'deal id', 'crm id', 'id'],
    hint: 'The CRM’s id: importing the file again updates these instead of adding them twice.',
    example: '0065g00000AbCdE',
  },
];

export const IMPORT_FIELDS: Readonly<Record<ImportKind, readonly ImportField[]>> = {
  partnerships: PARTNERSHIP_FIELDS,
  stakeholders: STAKEHOLDER_FIELDS,
  commitments: COMMITMENT_FIELDS,
  opportunities: OPPORTUNITY_FIELDS,
};

/** Which file column (by index) fills each field; an absent key is not imported. */
export type ColumnMapping = Readonly<Record<string, number | undefined>>;

/** Lower case, letters and digits only: "Due date" and "due_date" compare equal. */
export function headerKey(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Maps each field to the first unused column whose header is its label or a synonym. */
export function guessMapping(kind: ImportKind, header: readonly string[]): ColumnMapping {
  const keys = header.map(headerKey);
  const used = new Set<number>();
  const mapping: Record<string, number> = {};
  for (const field of IMPORT_FIELDS[kind]) {
    const names = new Set([field.label, field.key, ...field.synonyms].map(headerKey));
    const index = keys.findIndex((key, i) => !used.has(i) && names.has(key));
    if (index >= 0) {
      mapping[field.key] = index;
      used.add(index);
    }
  }
  return mapping;
}
