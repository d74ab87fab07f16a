// A parsed CSV file and the user's column mapping, checked row by row against the
// domain schemas and what is already stored: each row is either a valid input or a
// list of {row, column, message}. The preview shows this plan, and the write path
// (renderer/db/imports.ts) builds it again inside its transaction before writing.
import type { z } from 'zod';
import { commitmentInputSchema, partnershipInputSchema, stakeholderInputSchema, validate } from '../domain';
import type { CsvTable } from './csvParse';
import type { ColumnMapping, ImportField, ImportKind } from './fields';
import { IMPORT_FIELDS } from './fields';
import type { ImportReference, Lookups } from './lookups';
import { buildLookups, commitmentKey, nameKey, stakeholderKey } from './lookups';
import type { RowContext } from './rowInputs';
import { ROW_CONVERTERS } from './rowInputs';
import type { DateOrder } from './values';
import { cleanCell, looksLikeFormula } from './values';

export interface ImportOptions {
  readonly kind: ImportKind;
  readonly mapping: ColumnMapping;
  /** Stakeholders and commitments: every row goes to this partnership; else a Partnership column names it. */
  readonly partnershipId?: string;
  readonly dateOrder: DateOrder;
}

const SCHEMAS = { partnerships: partnershipInputSchema, stakeholders: stakeholderInputSchema, commitments: commitmentInputSchema } as const;

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
}

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
      field.key === 'partnership' ? 'Choose the column that names the partnership, or one partnership for every row.' : `Choose the column that holds ${field.label}.`;
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

/** Schema paths as field keys: partnershipId → partnership, ownerId → owner, tags.2 → tags. */
function fieldOf(path: string): string {
  const head = path.split('.')[0] ?? path;
  return head === 'partnershipId' ? 'partnership' : head === 'ownerId' ? 'owner' : head;
}

/** What makes a row a duplicate, once it is otherwise valid. */
function duplicateKey(kind: ImportKind, input: ImportInput): string {
  if (kind === 'partnerships') return `partnership\u0000${nameKey((input as z.output<typeof partnershipInputSchema>).name)}`;
  if (kind === 'stakeholders') {
    const s = input as z.output<typeof stakeholderInputSchema>;
    return stakeholderKey(s.partnershipId, s.name);
  }
  const c = input as z.output<typeof commitmentInputSchema>;
  return commitmentKey(c.partnershipId, c.title, c.dueOn);
}

const DUPLICATE_FIELD: Readonly<Record<ImportKind, string>> = { partnerships: 'name', stakeholders: 'name', commitments: 'title' };
const DUPLICATE_OF: Readonly<Record<ImportKind, string>> = { partnerships: 'Same name as row', stakeholders: 'Same person as row', commitments: 'Same title and due date as row' };

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
  if (!checked.ok) for (const [path, message] of Object.entries(checked.errors)) errors[fieldOf(path)] ??= message;
  const shown = asRead(values, candidate, errors);
  if (Object.keys(errors).length > 0 || !checked.ok) return { row: record.row, values: shown, errors };
  const key = duplicateKey(kind, checked.value);
  const firstRow = state.seen.get(key);
  const duplicate = state.lookups.existing(key) ?? (firstRow !== undefined ? `${DUPLICATE_OF[kind]} ${firstRow}.` : undefined);
  if (duplicate) return { row: record.row, values: shown, errors: { [DUPLICATE_FIELD[kind]]: duplicate } };
  state.seen.set(key, record.row);
  return { row: record.row, values: shown, errors, input: checked.value };
}

/** Each cell as Steward read it (31/03/2028 → 2028-03-31, co_sell → co-sell, empty → the default); a bad cell as typed. */
function asRead(values: Record<string, string>, candidate: Record<string, unknown>, errors: Record<string, string>): Record<string, string> {
  const shown = { ...values };
  for (const key of Object.keys(values)) {
    const value = candidate[key];
    if (errors[key] !== undefined) continue;
    if (typeof value === 'string') shown[key] = value;
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
  const state: PlanState = { options, lookups, seen: new Map(), context: { lookups, dateOrder: options.dateOrder, partnershipId: options.partnershipId } };
  const fields = mappedFields(options);
  const rows = table.records.map((record) => planRow(record, table, fields, state));
  const errors = rows.flatMap((r) => Object.entries(r.errors).map(([field, message]) => ({ row: r.row, column: columnName(field, options, table), message })));
  const validCount = rows.filter((r) => r.input !== undefined).length;
  const formulaCells = rows.reduce((n, r) => n + Object.values(r.values).filter(looksLikeFormula).length, 0);
  return { kind: options.kind, rows, errors, validCount, invalidCount: rows.length - validCount, formulaCells };
}

const DATE_FIELDS: ReadonlySet<string> = new Set(['signedOn', 'termEndsOn', 'dueOn', 'doneOn']);

/** Every cell of the columns mapped to date fields: to guess, and to ask about, the date order. */
export function dateCells(table: CsvTable, options: Pick<ImportOptions, 'kind' | 'mapping'>): string[] {
  const columns = IMPORT_FIELDS[options.kind].flatMap((f) => (DATE_FIELDS.has(f.key) && options.mapping[f.key] !== undefined ? [options.mapping[f.key]!] : []));
  return table.records.flatMap((r) => columns.map((c) => cleanCell(r.cells[c] ?? '')));
}

/** "Row 7, Due date: Enter a date as YYYY-MM-DD." */
export function describeRowError(error: RowError): string {
  return error.column ? `Row ${error.row}, ${error.column}: ${error.message}` : `Row ${error.row}: ${error.message}`;
}
