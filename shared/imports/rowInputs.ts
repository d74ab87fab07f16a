// One CSV row's cells (already mapped to fields) as the input a repository takes:
// list values matched, dates read, names resolved to ids. What cannot be converted is
// an error on that field; the domain schema then checks the rest (planImport.ts).
import type { OpportunitySource, OwedBy, Side, Stage } from '../domain';
import { ALLIANCE_ROLES, COMMITMENT_STATUSES, FUNCTIONS, OPPORTUNITY_SOURCES, OWED_BY, PARTNERSHIP_STATUSES, PARTNERSHIP_TYPES, SIDES } from '../domain';
import type { StageMap } from './crm';
import { parseAmount, parseExportDay, stageKey } from './crm';
import type { ImportKind } from './fields';
import type { Lookups, PartnershipRef } from './lookups';
import { nameKey } from './lookups';
import type { DateOrder } from './values';
import { matchChoice, parseImportDay, splitTags } from './values';

/** What an opportunity import asks the user besides the columns (the mapping step). */
export interface OpportunityChoices {
  /** CRM stage → Steward stage, for every stage the file holds. */
  readonly stageMap: StageMap;
  /** For rows without a currency. */
  readonly currency: string;
  /** For rows whose source column is empty or names no source (Web, Trade show…). */
  readonly sourced: OpportunitySource;
}

export interface RowContext {
  readonly lookups: Lookups;
  readonly dateOrder: DateOrder;
  /** The partnership every row goes to, when the user chose one. */
  readonly partnershipId?: string;
  /** Opportunities: the stage list (Settings) and the user's choices. */
  readonly stages?: readonly Stage[];
  readonly opportunity?: OpportunityChoices;
}

export interface Converted {
  /** The candidate input, checked next by the domain schema. */
  readonly candidate: Record<string, unknown>;
  /** Field key → message, for what could not be converted. */
  readonly errors: Record<string, string>;
}

type Cells = Readonly<Record<string, string>>;

const SIDE_ALIASES: Readonly<Record<string, Side>> = {
  we: 'us', our: 'us', ours: 'us', 'our side': 'us', internal: 'us', own: 'us',
  them: 'partner', they: 'partner', their: 'partner', theirs: 'partner', 'partner side': 'partner', external: 'partner',
};
const OWED_ALIASES: Readonly<Record<string, OwedBy>> = { ...SIDE_ALIASES, both: 'joint', shared: 'joint', mutual: 'joint', together: 'joint' };
const TYPE_ALIASES = { cosell: 'co-sell', jv: 'joint venture', resale: 'reseller', distributor: 'distribution', tech: 'technology' } as const;
const STATUS_ALIASES = { risk: 'at risk', 'on hold': 'paused', closed: 'ended', inactive: 'paused' } as const;
const ROLE_ALIASES = { 'day to day': 'day-to-day lead', lead: 'day-to-day lead', decider: 'decision maker' } as const;
const COMMITMENT_STATUS_ALIASES = { completed: 'done', complete: 'done', closed: 'done', cancelled: 'dropped', canceled: 'dropped', todo: 'open', 'in progress': 'open' } as const;

function orList(values: readonly string[]): string {
  return `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`;
}

interface Choice<T extends string> {
  readonly key: string;
  readonly options: readonly T[];
  readonly aliases: Readonly<Record<string, T>>;
  /** What an empty cell becomes; without one, the value is required and named by `label`. */
  readonly fallback?: T;
  readonly label?: string;
}

/** Reads a list value; empty takes the default, anything unknown is an error naming the choices. */
function choose<T extends string>(cells: Cells, errors: Record<string, string>, choice: Choice<T>): T | string {
  const value = cells[choice.key] ?? '';
  if (value === '' && choice.fallback !== undefined) return choice.fallback;
  const match = value === '' ? undefined : matchChoice(value, choice.options, choice.aliases);
  if (match === undefined) errors[choice.key] = value === '' ? `${choice.label ?? 'A value'} is required.` : `“${value}” is not one of ${orList(choice.options)}.`;
  return match ?? value;
}

/**
 * A Roles cell: one alliance role or several, separated by commas or semicolons (the rule
 * of Tags); empty means contributor, a role named twice counts once, order is kept.
 */
function rolesOf(cells: Cells, errors: Record<string, string>): string[] {
  const named = splitTags(cells.roles ?? '');
  if (named.length === 0) return ['contributor'];
  const matched = named.map((name) => matchChoice(name, ALLIANCE_ROLES, ROLE_ALIASES));
  const unknown = named.filter((_, i) => matched[i] === undefined);
  if (unknown.length > 0) {
    const quoted = unknown.map((name) => `“${name}”`).join(', ');
    errors.roles = `${quoted} ${unknown.length === 1 ? 'is not an alliance role' : 'are not alliance roles'}: use ${orList(ALLIANCE_ROLES)}, several separated by commas or semicolons.`;
    return named;
  }
  return [...new Set(matched.filter((role) => role !== undefined))];
}

function day(cells: Cells, errors: Record<string, string>, key: string, context: RowContext, parse = parseImportDay): string {
  const value = cells[key] ?? '';
  if (value === '') return '';
  const parsed = parse(value, context.dateOrder);
  if (parsed === undefined) errors[key] = parse === parseImportDay ? 'Enter a date as YYYY-MM-DD.' : 'Enter a date such as 2027-03-15 or 3/15/2027.';
  return parsed ?? value;
}

function partnershipOf(cells: Cells, errors: Record<string, string>, context: RowContext): PartnershipRef | undefined {
  const resolved = context.lookups.resolvePartnership(context.partnershipId, cells.partnership ?? '');
  if ('error' in resolved) errors.partnership = resolved.error;
  return 'error' in resolved ? undefined : resolved.partnership;
}

function partnershipRow(cells: Cells, context: RowContext): Converted {
  const errors: Record<string, string> = {};
  const candidate = {
    name: cells.name ?? '',
    partnerOrg: cells.partnerOrg ?? '',
    type: choose(cells, errors, { key: 'type', options: PARTNERSHIP_TYPES, aliases: TYPE_ALIASES, fallback: 'other' }),
    status: choose(cells, errors, { key: 'status', options: PARTNERSHIP_STATUSES, aliases: STATUS_ALIASES, fallback: 'active' }),
    signedOn: day(cells, errors, 'signedOn', context),
    termEndsOn: day(cells, errors, 'termEndsOn', context),
    owner: cells.owner ?? '',
    tags: splitTags(cells.tags ?? ''),
  };
  return { candidate, errors };
}

/** Besides us/partner, a Side cell may name the organisation: ours (Settings) or the partner's. */
function sideOf(cells: Cells, errors: Record<string, string>, context: RowContext, partnerOrg: string | undefined): string {
  const value = nameKey(cells.side ?? '');
  const orgs: Record<string, Side> = {};
  if (partnerOrg) orgs[nameKey(partnerOrg)] = 'partner';
  if (context.lookups.organisationName.trim()) orgs[nameKey(context.lookups.organisationName)] = 'us';
  if (value !== '' && orgs[value]) return orgs[value];
  return choose(cells, errors, { key: 'side', options: SIDES, aliases: SIDE_ALIASES, label: 'Side' });
}

function stakeholderRow(cells: Cells, context: RowContext): Converted {
  const errors: Record<string, string> = {};
  const partnership = partnershipOf(cells, errors, context);
  const candidate = {
    partnershipId: partnership?.id ?? '',
    side: sideOf(cells, errors, context, partnership?.partnerOrg),
    name: cells.name ?? '',
    title: cells.title ?? '',
    function: choose(cells, errors, { key: 'function', options: FUNCTIONS, aliases: {}, fallback: 'other' }),
    roles: rolesOf(cells, errors),
    approvalAuthority: cells.approvalAuthority ?? '',
    contact: cells.contact ?? '',
    internalNotes: cells.internalNotes ?? '',
  };
  return { candidate, errors };
}

function ownerOf(cells: Cells, errors: Record<string, string>, context: RowContext, partnershipId: string): string {
  const name = cells.owner ?? '';
  if (name === '' || partnershipId === '') return '';
  const id = context.lookups.stakeholderId(partnershipId, name);
  if (id === undefined) errors.owner = `No stakeholder of this partnership is named “${name}”: add them first, or leave Owner out.`;
  return id ?? '';
}

function commitmentRow(cells: Cells, context: RowContext): Converted {
  const errors: Record<string, string> = {};
  const partnershipId = partnershipOf(cells, errors, context)?.id ?? '';
  const candidate = {
    partnershipId,
    title: cells.title ?? '',
    detail: cells.detail ?? '',
    owedBy: choose(cells, errors, { key: 'owedBy', options: OWED_BY, aliases: OWED_ALIASES, label: 'Owed by' }),
    ownerId: ownerOf(cells, errors, context, partnershipId),
    dueOn: day(cells, errors, 'dueOn', context),
    status: choose(cells, errors, { key: 'status', options: COMMITMENT_STATUSES, aliases: COMMITMENT_STATUS_ALIASES, fallback: 'open' }),
    doneOn: day(cells, errors, 'doneOn', context),
    source: 'manual',
  };
  return { candidate, errors };
}

const SOURCE_ALIASES: Readonly<Record<string, OpportunitySource>> = {
  we: 'us', our: 'us', ours: 'us', internal: 'us', 'self sourced': 'us',
  'partner referral': 'partner', 'partner sourced': 'partner', 'partner led': 'partner', referral: 'partner', channel: 'partner',
  'co sell': 'joint', cosell: 'joint', both: 'joint', shared: 'joint',
  'partner influenced': 'influenced', influence: 'influenced',
};

/** A source column's value, or the default for empty cells and the CRM's other lead sources. */
function sourcedOf(cells: Cells, fallback: OpportunitySource): OpportunitySource {
  const value = cells.sourced ?? '';
  return (value === '' ? undefined : matchChoice(value, OPPORTUNITY_SOURCES, SOURCE_ALIASES)) ?? fallback;
}

function amountOf(cells: Cells, errors: Record<string, string>): { readonly amount: number | string; readonly currency?: string } {
  const value = cells.amount ?? '';
  if (value === '') {
    errors.amount = 'Amount is required.';
    return { amount: value };
  }
  const parsed = parseAmount(value);
  if (parsed === undefined) errors.amount = `“${value}” is not an amount: write it as a number, e.g. 125000 or $125,000.00.`;
  return parsed ?? { amount: value };
}

function stageFor(cells: Cells, errors: Record<string, string>, context: RowContext): Stage | undefined {
  const value = cells.stage ?? '';
  if (value === '') {
    errors.stage = 'Stage is required.';
    return undefined;
  }
  const name = context.opportunity?.stageMap[stageKey(value)];
  const stage = context.stages?.find((s) => s.name === name);
  if (!stage) errors.stage = `“${value}” is not matched to one of your stages: choose one for it under “Stages”.`;
  return stage;
}

/** A CRM's one Close Date is an open deal's expected close and a won or lost one's closing day. */
function closingDays(cells: Cells, errors: Record<string, string>, context: RowContext, stage: Stage | undefined) {
  const close = day(cells, errors, 'closeDate', context, parseExportDay);
  const isOpen = (stage?.outcome ?? 'open') === 'open';
  const expectedCloseOn = day(cells, errors, 'expectedCloseOn', context, parseExportDay) || (isOpen ? close : '');
  const closedOn = day(cells, errors, 'closedOn', context, parseExportDay) || (isOpen ? '' : close);
  if (stage && !isOpen && closedOn === '' && errors.closeDate === undefined && errors.closedOn === undefined) {
    errors[cells.closeDate === undefined ? 'closedOn' : 'closeDate'] = `Say when it was ${stage.outcome}: a ${stage.outcome} deal needs its closing date.`;
  }
  // closeDate is no field of the record (the schema drops it): the preview shows the CRM's date as read.
  return { expectedCloseOn, closedOn: isOpen ? '' : closedOn, closeDate: close };
}

function opportunityRow(cells: Cells, context: RowContext): Converted {
  const errors: Record<string, string> = {};
  const partnershipId = partnershipOf(cells, errors, context)?.id ?? '';
  const choices = context.opportunity;
  const amount = amountOf(cells, errors);
  const stage = stageFor(cells, errors, context);
  const closing = closingDays(cells, errors, context, stage);
  const candidate = {
    partnershipId,
    account: cells.account ?? '',
    amount: amount.amount,
    currency: cells.currency || amount.currency || choices?.currency || '',
    stage: stage?.name ?? cells.stage ?? '',
    outcome: stage?.outcome ?? 'open',
    sourced: sourcedOf(cells, choices?.sourced ?? 'us'),
    openedOn: day(cells, errors, 'openedOn', context, parseExportDay),
    ...closing,
    owner: cells.owner ?? '',
    externalId: cells.externalId ?? '',
  };
  return { candidate, errors };
}

export const ROW_CONVERTERS: Readonly<Record<ImportKind, (cells: Cells, context: RowContext) => Converted>> = {
  partnerships: partnershipRow,
  stakeholders: stakeholderRow,
  commitments: commitmentRow,
  opportunities: opportunityRow,
};
