// A parsed CSV file and the user's column mapping, checked row by row against the
// domain schemas and what is already stored: each row is either a valid input or a
// list of {row, column, message}. The preview shows this plan, and the write path
// (renderer/db/imports.ts) builds it again inside its transaction before writing.
import type { z } from 'zod';
import { commitmentInputSchema, opportunityWriteSchema, partnershipInputSchema, stakeholderInputSchema, validate } from '../domain';
import { datePart } from './crm';
import type { CsvTable } from './csvParse';
import type { ColumnMapping, ImportField, ImportKind } from './fields';
import { IMPORT_FIELDS } from './fields';
import type { ImportReference, Lookups } from './lookups';
import { buildLookups, commitmentKey, nameKey, opportunityKey, stakeholderKey } from './lookups';
import { sameOpportunity } from './opportunityChanges';
import type { OpportunityChoices, RowContext } from './rowInputs';
import { ROW_CONVERTERS } from './rowInputs';
import type { DateOrder } from './values';
import { cleanCell, looksLikeFormula } from './values';

export interface ImportOptions {
  readonly kind: ImportKind;
  readonly mapping: ColumnMapping;
  /** Stakeholders and commitments: every row goes to this partnership; else a Partnership column names it. */
  readonly partnershipId?: string;
  readonly dateOrder: DateOrder;
  /** Opportunities only: the stage matches, and the defaults for rows without a currency or a source. */
  readonly opportunity?: OpportunityChoices;
}

const SCHEMAS = { partnerships: partnershipInputSchema, stakeholders: stakeholderInputSchema, commitments: commitmentInputSchema, opportunities: opportunityWriteSchema } as const;

export type ImportInput = z.output<(typeof SCHEMAS)[ImportKind]>;

export interface PlannedRow {
  /** The row as a spreadsheet numbers it (the header is row 1). */
  readonly row: number;
  /** Each imported field's cell as read: a date as yyyy-MM-dd, a list value as stored, a bad cell as typed. */
  readonly values: Readonly<Record<string, string>>;
  /** Field key → message; '_' for a problem with the whole row. */
  readonly errors: Readonly<Record<string, string>>;
  /** The checked input, when the row has no errors. */
  readonly input?: ImportInput;
  /** Opportunities: whether a valid row adds one, changes the one with its external id, or finds it as it is. */
  readonly action?: RowAction;
  /** The stored opportunity an update or unchanged row matched. */
  readonly existingId?: string;
}

export type RowAction = 'create' | 'update' | 'unchanged';

export interface RowError {
  readonly row: number;
  /** The file's column the problem is in ('' for the whole row). */
  readonly column: string;
  readonly message: string;
}

export interface ImportPlan {
  readonly kind: ImportKind;
  readonly rows: readonly PlannedRow[];
  readonly errors: readonly RowError[];
  readonly validCount: number;
  readonly invalidCount: number;
  /** Valid rows by what importing them does (every valid row is a create, except for opportunities). */
  readonly actions: Readonly<Record<RowAction, number>>;
  /** Cells starting with =, +, - or @: stored as plain text, never evaluated. */
  readonly formulaCells: number;
}

/** The fields that take a column with this mapping (the Partnership column only when no partnership is chosen). */
export function mappedFields(options: Pick<ImportOptions, 'kind' | 'mapping' | 'partnershipId'>): ImportField[] {
  return IMPORT_FIELDS[options.kind].filter((f) => options.mapping[f.key] !== undefined && !(f.key === 'partnership' && options.partnershipId !== undefined));
}

/** Field key → message for each required field without a column; empty when the mapping can be previewed. */
export function mappingProblems(options: Pick<ImportOptions, 'kind' | 'mapping' | 'partnershipId'>): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const field of IMPORT_FIELDS[options.kind]) {
    if (!field.required || options.mapping[field.key] !== undefined) continue;
    if (field.key === 'partnership' && options.partnershipId !== undefined) continue;
    problems[field.key] =
      field.key === 'partnership' && options.kind === 'opportunities'
        ? 'Choose the partnership the opportunities belong to.'
        : field.key === 'partnership' ? 'Choose the column that names the partnership, or one partnership for every row.' : `Choose the column that holds ${field.label}.`;
  }
  return problems;
}

const DELIMITER_NAMES = { ',': 'comma', ';': 'semicolon', '\t': 'tab' } as const;

/** Too few cells, or extra cells holding something: the row's columns cannot be trusted. */
function raggedMessage(cells: readonly string[], table: CsvTable): string | undefined {
  const width = table.header.length;
  const extra = cells.slice(width);
  if (cells.length >= width && extra.every((c) => c.trim() === '')) return undefined;
  return `This row has ${cells.length} cells but the header has ${width}: look for a missing or extra ${DELIMITER_NAMES[table.delimiter]} or quote.`;
}

/** Schema paths as field keys: partnershipId → partnership, ownerId → owner, tags.2 → tags; a CRM's one close date for the day it filled. */
function fieldOf(path: string, mapping: ColumnMapping): string {
  const head = path.split('.')[0] ?? path;
  if ((head === 'closedOn' || head === 'expectedCloseOn') && mapping[head] === undefined && mapping.closeDate !== undefined) return 'closeDate';
  return head === 'partnershipId' ? 'partnership' : head === 'ownerId' ? 'owner' : head === 'outcome' ? 'stage' : head;
}

/** What makes a row a duplicate, once it is otherwise valid; an opportunity without an external id never is. */
function duplicateKey(kind: ImportKind, input: ImportInput, row: number): string {
  if (kind === 'opportunities') {
    const o = input as z.output<typeof opportunityWriteSchema>;
    return o.externalId === '' ? `row\u0000${row}` : `opportunity\u0000${opportunityKey(o.partnershipId, o.externalId)}`;
  }
  if (kind === 'partnerships') return `partnership\u0000${nameKey((input as z.output<typeof partnershipInputSchema>).name)}`;
  if (kind === 'stakeholders') {
    const s = input as z.output<typeof stakeholderInputSchema>;
    return stakeholderKey(s.partnershipId, s.name);
  }
  const c = input as z.output<typeof commitmentInputSchema>;
  return commitmentKey(c.partnershipId, c.title, c.dueOn);
}

const DUPLICATE_FIELD: Readonly<Record<ImportKind, string>> = { partnerships: 'name', stakeholders: 'name', commitments: 'title', opportunities: 'externalId' };
const DUPLICATE_OF: Readonly<Record<ImportKind, string>> = {
  partnerships: 'Same name as row',
  stakeholders: 'Same person as row',
  commitments: 'Same title and due date as row',
  opportunities: 'Same external id as row',
};

interface PlanState {
  readonly options: ImportOptions;
  readonly context: RowContext;
  readonly lookups: Lookups;
  /** Duplicate key → the first row that had it. */
  readonly seen: Map<string, number>;
}

function planRow(record: CsvTable['records'][number], table: CsvTable, fields: readonly ImportField[], state: PlanState): PlannedRow {
  const { kind, mapping } = state.options;
  const values: Record<string, string> = {};
  for (const field of fields) values[field.key] = cleanCell(record.cells[mapping[field.key]!] ?? '');
  const ragged = raggedMessage(record.cells, table);
  if (ragged) return { row: record.row, values, errors: { _: ragged } };
  const { candidate, errors } = ROW_CONVERTERS[kind](values, state.context);
  const checked = validate(SCHEMAS[kind], candidate);
  if (!checked.ok) for (const [path, message] of Object.entries(checked.errors)) errors[fieldOf(path, mapping)] ??= message;
  const shown = asRead(values, candidate, errors);
  if (Object.keys(errors).length > 0 || !checked.ok) return { row: record.row, values: shown, errors };
  const key = duplicateKey(kind, checked.value, record.row);
  const firstRow = state.seen.get(key);
  const duplicate = state.lookups.existing(key) ?? (firstRow !== undefined ? `${DUPLICATE_OF[kind]} ${firstRow}.` : undefined);
  if (duplicate) return { row: record.row, values: shown, errors: { [DUPLICATE_FIELD[kind]]: duplicate } };
  state.seen.set(key, record.row);
  return { row: record.row, values: shown, errors, input: checked.value, ...actionOf(kind, checked.value, state.lookups) };
}

/** An opportunity whose external id is stored already is an update, or unchanged when every field is the same. */
function actionOf(kind: ImportKind, input: ImportInput, lookups: Lookups): { action: RowAction; existingId?: string } {
  if (kind !== 'opportunities') return { action: 'create' };
  const o = input as z.output<typeof opportunityWriteSchema>;
  const stored = o.externalId === '' ? undefined : lookups.opportunity(o.partnershipId, o.externalId);
  if (!stored) return { action: 'create' };
  return { action: sameOpportunity(stored, o) ? 'unchanged' : 'update', existingId: stored.id };
}

/** Each cell as Steward read it (31/03/2028 → 2028-03-31, co_sell → co-sell, empty → the default); a bad cell as typed. */
function asRead(values: Record<string, string>, candidate: Record<string, unknown>, errors: Record<string, string>): Record<string, string> {
  const shown = { ...values };
  for (const key of Object.keys(values)) {
    const value = candidate[key];
    if (errors[key] !== undefined) continue;
    if (typeof value === 'string') shown[key] = value;
    else if (typeof value === 'number') shown[key] = String(value);
    else if (Array.isArray(value)) shown[key] = value.join(', ');
  }
  return shown;
}

function columnName(field: string, options: ImportOptions, table: CsvTable): string {
  if (field === '_') return '';
  const index = options.mapping[field];
  if (index !== undefined && !(field === 'partnership' && options.partnershipId !== undefined)) return table.header[index] ?? field;
  return IMPORT_FIELDS[options.kind].find((f) => f.key === field)?.label ?? field;
}

/** Checks every row of `table` for an import of `options.kind`; see ImportPlan. */
export function planImport(table: CsvTable, options: ImportOptions, reference: ImportReference): ImportPlan {
  const lookups = buildLookups(reference);
  const context: RowContext = { lookups, dateOrder: options.dateOrder, partnershipId: options.partnershipId, stages: reference.stages, opportunity: options.opportunity };
  const state: PlanState = { options, lookups, seen: new Map(), context };
  const fields = mappedFields(options);
  const rows = table.records.map((record) => planRow(record, table, fields, state));
  const errors = rows.flatMap((r) => Object.entries(r.errors).map(([field, message]) => ({ row: r.row, column: columnName(field, options, table), message })));
  const validCount = rows.filter((r) => r.input !== undefined).length;
  const formulaCells = rows.reduce((n, r) => n + Object.values(r.values).filter(looksLikeFormula).length, 0);
  const actions = { create: 0, update: 0, unchanged: 0 };
  for (const r of rows) if (r.input && r.action) actions[r.action] += 1;
  return { kind: options.kind, rows, errors, validCount, invalidCount: rows.length - validCount, actions, formulaCells };
}

const DATE_FIELDS: ReadonlySet<string> = new Set(['signedOn', 'termEndsOn', 'dueOn', 'doneOn', 'openedOn', 'closeDate', 'expectedCloseOn', 'closedOn']);

/** Every cell of the columns mapped to date fields (a CRM's time of day dropped): to guess, and to ask about, the date order. */
export function dateCells(table: CsvTable, options: Pick<ImportOptions, 'kind' | 'mapping'>): string[] {
  const columns = IMPORT_FIELDS[options.kind].flatMap((f) => (DATE_FIELDS.has(f.key) && options.mapping[f.key] !== undefined ? [options.mapping[f.key]!] : []));
  const read = options.kind === 'opportunities' ? (cell: string) => datePart(cleanCell(cell)) : cleanCell;
  return table.records.flatMap((r) => columns.map((c) => read(r.cells[c] ?? '')));
}

/** "Row 7, Due date: Enter a date as YYYY-MM-DD." */
export function describeRowError(error: RowError): string {
  return error.column ? `Row ${error.row}, ${error.column}: ${error.message}` : `Row ${error.row}: ${error.message}`;
}
