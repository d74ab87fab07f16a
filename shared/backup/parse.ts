// Reads a backup file's text and decides, before anything is written, whether it
// can be restored (DESIGN.md principle 1: an import lands whole or not at all).
// Every refusal is a sentence the user can act on; record errors name the table,
// the record's index and id, and the field.
import type { z } from 'zod';
import type { BackupData, BackupFile, BackupSummary, BackupTable } from './format';
import { assignGoalIds, cadenceFieldsSchema, daySchema, localDateTimeSchema, scheduleProblem, timeZoneSchema, withRolesList } from '../domain';
import { createExpansionCache } from '../recurrence';
import type { RecordCheck } from './recordCheck';
import { compileRecordCheck } from './recordCheck';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BACKUP_SCHEMA_VERSION,
  OLDEST_BACKUP_SCHEMA_VERSION,
  MEETING_PREPS_SINCE,
  ROLE_LIST_SINCE,
  GOAL_IDS_SINCE,
  REVIEW_SUMMARIES_SINCE,
  VALUE_TABLES,
  BACKUP_TABLES,
  BACKUP_TABLE_SCHEMAS,
  DEFAULT_MAX_BACKUP_BYTES,
  PARTNERSHIP_CHILD_BACKUP_TABLES,
  backupMetaSchema,
  summarise,
} from './format';

export type ParseBackupResult =
  | { readonly ok: true; readonly backup: BackupFile; readonly summary: BackupSummary; readonly exportedAt: string }
  | {
      readonly ok: false;
      /** The first MAX_ERRORS problems, then "…and N more problems." when there are more. */
      readonly errors: readonly string[];
      /** Every problem found, counted truly (the list above stops at MAX_ERRORS). */
      readonly problemCount: number;
    };

export interface ParseBackupOptions {
  /** Refuse files larger than this many bytes (UTF-8). Default 200 MB. */
  readonly maxBytes?: number;
}

/** Beyond this many problems the list stops (the count does not): a wrong file would otherwise print thousands. */
const MAX_ERRORS = 50;
/** Keys that could reach an object's prototype if the data were ever merged naively. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

type Fail = { readonly ok: false; readonly errors: readonly string[]; readonly problemCount: number };
const fail = (...errors: string[]): Fail => ({ ok: false, errors, problemCount: errors.length });

export function parseBackup(text: string, options: ParseBackupOptions = {}): ParseBackupResult {
  return parseBackupText(text, options, quickChecks());
}

/**
 * parseBackup with every record parsed by its schema, without the quick checks: the reference
 * the quick path is proven against (tests/unit/shared/backup/recordCheck.test.ts); the app calls parseBackup.
 */
export function parseBackupBySchemas(text: string, options: ParseBackupOptions = {}): ParseBackupResult {
  return parseBackupText(text, options, undefined);
}

type QuickChecks = Readonly<Record<BackupTable, RecordCheck>>;

/**
 * Each table's quick check (recordCheck.ts), for one file: what it remembers (zones, days,
 * compiled rules) lives as long as the parse. A cadence's schedule is judged as its schema
 * judges it (cadenceSchema is cadenceFieldsSchema and scheduleProblem), with one cache for the file.
 */
function quickChecks(): QuickChecks {
  const remembered = new Set<z.core.$ZodType>([timeZoneSchema, daySchema, localDateTimeSchema]);
  const checks = Object.fromEntries(BACKUP_TABLES.map((t) => [t, compileRecordCheck(BACKUP_TABLE_SCHEMAS[t], { remembered })])) as Record<BackupTable, RecordCheck>;
  const cadenceFields = compileRecordCheck(cadenceFieldsSchema, { remembered });
  const cache = createExpansionCache();
  checks.cadences = (row) => cadenceFields(row) && scheduleProblem(row as Parameters<typeof scheduleProblem>[0], cache) === undefined;
  return checks;
}

function parseBackupText(text: string, options: ParseBackupOptions, quick: QuickChecks | undefined): ParseBackupResult {
  const tooBig = checkSize(text, options.maxBytes ?? DEFAULT_MAX_BACKUP_BYTES);
  if (tooBig) return fail(tooBig);
  const json = parseJson(text);
  if (!json.ok) return json;
  const hostile = findForbiddenKey(json.value);
  if (hostile) return fail(`Refused: the file contains the key "${hostile.key}" at ${hostile.path}, which a backup never has (it could tamper with the app).`);
  const envelope = checkEnvelope(json.value);
  if (!envelope.ok) return envelope;
  const problems = new Problems();
  const data = parseTables(upgradeRecords(envelope.data, envelope.schemaVersion), problems, quick);
  // References are checked among the records that parsed, so one bad record is one problem.
  checkIntegrity(data, ownersOf(envelope.data), problems);
  if (problems.count > 0) return problems.failure();
  const backup: BackupFile = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    schemaVersion: BACKUP_SCHEMA_VERSION,
    exportedAt: envelope.meta.exportedAt,
    app: envelope.meta.app,
    data,
  };
  return { ok: true, backup, summary: summarise(data), exportedAt: backup.exportedAt };
}

function formatMegabytes(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}

function checkSize(text: string, maxBytes: number): string | undefined {
  // A UTF-8 byte count is at least the UTF-16 length, so most files need no encoding.
  if (text.length * 3 <= maxBytes) return undefined;
  const bytes = text.length > maxBytes ? text.length : new TextEncoder().encode(text).length;
  if (bytes <= maxBytes) return undefined;
  return `The file is too large (${formatMegabytes(bytes)}); a backup may be at most ${formatMegabytes(maxBytes)}.`;
}

function parseJson(text: string): { ok: true; value: unknown } | Fail {
  if (text.trim() === '') return fail('The file is empty.');
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    // The parser stopped at the very end of the text: the JSON was cut off, not mistyped.
    const position = /at position (\d+)/.exec(reason)?.[1];
    const endsEarly = /end of JSON input/i.test(reason) || (position !== undefined && Number(position) >= text.trimEnd().length);
    if (endsEarly) return fail(`The file is incomplete JSON: it ends too early (was it cut off while copying?). ${reason}`);
    return fail(`The file is not JSON: ${reason}`);
  }
}

/** Where a value sits: its parent's place and its key or index there (the top level has none). */
interface Place {
  readonly parent: Place | undefined;
  readonly step: string | number;
}

/** "data.touchpoints[3].note"; '(top level)' for the root. Spelled out only for the key found, not for every value walked. */
function pathOf(place: Place | undefined): string {
  let path = '';
  for (let at = place; at; at = at.parent) path = typeof at.step === 'number' ? `[${at.step}]${path}` : at.parent ? `.${at.step}${path}` : `${at.step}${path}`;
  return path === '' ? '(top level)' : path;
}

/** Walks the parsed value without recursion (a hostile file may nest deeply). */
function findForbiddenKey(root: unknown): { key: string; path: string } | undefined {
  const values: unknown[] = [root];
  const places: Array<Place | undefined> = [undefined];
  while (values.length > 0) {
    const value = values.pop();
    const place = places.pop();
    if (typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i += 1) {
        // Strings and numbers hold no keys: not worth a place on the stack.
        if (typeof value[i] !== 'object' || value[i] === null) continue;
        values.push(value[i]);
        places.push({ parent: place, step: i });
      }
      continue;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) return { key, path: pathOf(place) };
      const child = (value as Record<string, unknown>)[key];
      if (typeof child !== 'object' || child === null) continue;
      values.push(child);
      places.push({ parent: place, step: key });
    }
  }
  return undefined;
}

type Envelope = { ok: true; meta: z.output<typeof backupMetaSchema>; schemaVersion: number; data: Record<string, unknown> } | Fail;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkEnvelope(value: unknown): Envelope {
  if (!isObject(value)) return fail('This is not a Steward backup: the file holds JSON, but not an object with "format": "steward-backup".');
  if (value.format !== BACKUP_FORMAT)
    return fail(
      value.format === undefined
        ? `This is not a Steward backup: it has no "format": "${BACKUP_FORMAT}".`
        : `This is not a Steward backup: its format is ${JSON.stringify(value.format)}, expected "${BACKUP_FORMAT}".`,
    );
  const version = checkVersion('backup format', value.formatVersion, BACKUP_FORMAT_VERSION) ?? checkVersion('database schema', value.schemaVersion, BACKUP_SCHEMA_VERSION, OLDEST_BACKUP_SCHEMA_VERSION);
  if (version) return fail(version);
  const meta = backupMetaSchema.safeParse(value);
  if (!meta.success) return fail(...meta.error.issues.map((i) => `The backup's ${i.path.join('.') || 'header'} is invalid: ${i.message}`));
  if (!isObject(value.data)) return fail('The backup has no "data" object holding the tables.');
  // checkVersion has just made sure the schema version is a whole number in the supported range.
  const data = withTablesOfVersion(value.data, value.schemaVersion as number);
  const missing = BACKUP_TABLES.filter((t) => !Array.isArray(data[t]));
  if (missing.length > 0) return fail(...missing.map((t) => `The backup's table "${t}" is missing or is not a list of records.`));
  const unknown = Object.keys(data).filter((k) => !BACKUP_TABLES.includes(k as BackupTable));
  if (unknown.length > 0) return fail(`The backup holds tables this version does not know: ${unknown.join(', ')}.`);
  // checkVersion has just made sure it is a whole number in the supported range.
  return { ok: true, meta: meta.data, schemaVersion: value.schemaVersion as number, data };
}

/** The raw tables of a file written at an older schema version, in today's record shapes. */
function upgradeRecords(data: Record<string, unknown>, schemaVersion: number): Record<string, unknown> {
  const withRoles = schemaVersion >= ROLE_LIST_SINCE ? data : { ...data, stakeholders: (data.stakeholders as unknown[]).map(withRolesList) };
  if (schemaVersion >= GOAL_IDS_SINCE) return withRoles;
  return { ...withRoles, intentVersions: withGoalIds(withRoles.intentVersions as unknown[]) };
}

/** assignGoalIds over the rows shaped like intent versions; any other row is left for its schema to refuse. */
function withGoalIds(rows: readonly unknown[]): unknown[] {
  const shaped = (row: unknown): row is Parameters<typeof assignGoalIds>[0][number] =>
    isObject(row) && typeof row.id === 'string' && typeof row.partnershipId === 'string' && typeof row.version === 'number' && Array.isArray(row.goals) && row.goals.every((g) => isObject(g) && typeof g.statement === 'string');
  const upgraded = assignGoalIds(rows.filter(shaped));
  const byRow = new Map<unknown, unknown>(rows.filter(shaped).map((row, i) => [row, upgraded[i]]));
  return rows.map((row) => byRow.get(row) ?? row);
}

/** A file from before version 8 has no meetingPreps table, one from before 9 no value tables, one from before 10 no reviewSummaries: it held none. */
function withTablesOfVersion(data: Record<string, unknown>, schemaVersion: number): Record<string, unknown> {
  const withPreps = schemaVersion < MEETING_PREPS_SINCE && data.meetingPreps === undefined ? { ...data, meetingPreps: [] } : data;
  const withValue = schemaVersion < GOAL_IDS_SINCE ? { ...Object.fromEntries(VALUE_TABLES.map((t) => [t, []])), ...withPreps } : withPreps;
  return schemaVersion < REVIEW_SUMMARIES_SINCE && withValue.reviewSummaries === undefined ? { ...withValue, reviewSummaries: [] } : withValue;
}

function checkVersion(what: string, version: unknown, supported: number, oldest = supported): string | undefined {
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) return `The backup's ${what} version is missing or is not a whole number.`;
  if (version > supported) return `This backup was made by a newer Steward (${what} version ${version}; this Steward reads version ${supported}). Update Steward to restore it.`;
  if (version < oldest) return `This backup's ${what} version ${version} is older than this Steward supports (version ${oldest} or later).`;
  return undefined;
}

/** Counts every problem and keeps the text of the first MAX_ERRORS (a 20,000-record mess costs no memory). */
class Problems {
  count = 0;
  private readonly listed: string[] = [];

  add(describe: () => string): void {
    this.count += 1;
    if (this.listed.length < MAX_ERRORS) this.listed.push(describe());
  }

  failure(): Fail {
    const more = this.count - this.listed.length;
    return { ok: false, errors: more > 0 ? [...this.listed, `…and ${more} more ${more === 1 ? 'problem' : 'problems'}.`] : [...this.listed], problemCount: this.count };
  }
}

/**
 * Every table's records that pass their domain schema; each failing record adds its problems.
 * A record the quick check vouches for is taken as it is (the schema would return it unchanged);
 * any other is parsed by the schema, which says what is wrong.
 */
function parseTables(raw: Record<string, unknown>, problems: Problems, quick: QuickChecks | undefined): BackupData {
  const data: Record<string, unknown[]> = {};
  for (const table of BACKUP_TABLES) {
    const schema: z.ZodType = BACKUP_TABLE_SCHEMAS[table];
    const isSure = quick?.[table];
    const rows = raw[table] as unknown[];
    const parsed: unknown[] = [];
    for (let index = 0; index < rows.length; index += 1) {
      const row = rows[index];
      if (isSure?.(row)) {
        parsed.push(row);
        continue;
      }
      const result = schema.safeParse(row);
      if (result.success) parsed.push(result.data);
      else for (const issue of result.error.issues) problems.add(() => recordError(table, index, row, issue));
    }
    data[table] = parsed;
  }
  // Each table was just parsed by its domain schema; the domain types only add id brands.
  return data as unknown as BackupData;
}

function recordKey(row: unknown): string | undefined {
  if (!isObject(row)) return undefined;
  const key = row.id ?? row.key;
  return typeof key === 'string' ? key : undefined;
}

function recordName(table: string, index: number, row: unknown): string {
  const key = recordKey(row);
  return `Table ${table}, record ${index}${key === undefined ? '' : ` (id ${JSON.stringify(key)})`}`;
}

function recordError(table: string, index: number, row: unknown, issue: z.core.$ZodIssue): string {
  if (!isObject(row)) return `${recordName(table, index, row)}: expected a record (an object), found ${row === null ? 'null' : typeof row}.`;
  const field = issue.path.map(String).join('.');
  return `${recordName(table, index, row)}${field ? `, field ${field}` : ''}: ${issue.message}`;
}

/** A reference from one field of a table's records to another table, resolved within the file. */
interface Reference {
  readonly from: BackupTable;
  readonly field: string;
  readonly to: 'stakeholders' | 'cadences' | 'touchpoints';
  readonly noun: string;
}

/**
 * References that must resolve. Deletes are soft and a backup holds deleted records too, so
 * a reference to a deleted record still resolves; only a hand-edited or damaged file dangles.
 * Left free on purpose: activity (a log of what was, outliving what it names), the reminder
 * ledger's keys (delivery history), and a commitment's sourceId (it may name an intent goal
 * inside a version, not a record).
 */
const REFERENCES: readonly Reference[] = [
  { from: 'cadences', field: 'participantIds', to: 'stakeholders', noun: 'stakeholder' },
  { from: 'occurrences', field: 'cadenceId', to: 'cadences', noun: 'cadence' },
  { from: 'occurrences', field: 'touchpointId', to: 'touchpoints', noun: 'touchpoint' },
  { from: 'touchpoints', field: 'cadenceId', to: 'cadences', noun: 'cadence' },
  { from: 'touchpoints', field: 'attendeeIds', to: 'stakeholders', noun: 'stakeholder' },
  { from: 'decisions', field: 'touchpointId', to: 'touchpoints', noun: 'touchpoint' },
  { from: 'commitments', field: 'ownerId', to: 'stakeholders', noun: 'stakeholder' },
  { from: 'meetingPreps', field: 'cadenceId', to: 'cadences', noun: 'cadence' },
];

/** Table → record id → its partnershipId ('' for none), from every record in the file, valid or not. */
type Owners = ReadonlyMap<OwnerTable, ReadonlyMap<string, string>>;

/** The tables references point at: only their owners are looked up. */
type OwnerTable = 'partnerships' | Reference['to'];
const OWNER_TABLES: readonly OwnerTable[] = ['partnerships', ...new Set(REFERENCES.map((r) => r.to))];

/**
 * Built from the raw rows, so a record that failed its schema still resolves references to it:
 * its own problem is already counted, and the records pointing at it are not wrong.
 */
function ownersOf(raw: Record<string, unknown>): Owners {
  return new Map(
    OWNER_TABLES.map((table) => {
      const owners = new Map<string, string>();
      for (const row of raw[table] as unknown[]) if (isObject(row) && typeof row.id === 'string') owners.set(row.id, typeof row.partnershipId === 'string' ? row.partnershipId : '');
      return [table, owners];
    }),
  );
}

function checkIntegrity(data: BackupData, owners: Owners, problems: Problems): void {
  for (const table of BACKUP_TABLES) {
    const seen = new Set<string>();
    (data[table] as readonly unknown[]).forEach((row, index) => {
      const key = recordKey(row) ?? '';
      if (seen.has(key)) problems.add(() => `${recordName(table, index, row)}: the id is used twice in this table.`);
      seen.add(key);
    });
  }
  const partnerships = owners.get('partnerships')!;
  for (const table of PARTNERSHIP_CHILD_BACKUP_TABLES) {
    data[table].forEach((row, index) => {
      if (!partnerships.has(row.partnershipId))
        problems.add(() => `${recordName(table, index, row)}, field partnershipId: points at partnership ${JSON.stringify(row.partnershipId)}, which is not in the backup.`);
    });
  }
  for (const reference of REFERENCES) checkReference(data, reference, owners.get(reference.to)!, partnerships, problems);
  if (data.settings.length > 1) problems.add(() => `Table settings holds ${data.settings.length} records; a backup has at most one.`);
}

/** Each id in `field` (one, or a list; empty means none) names a record of `to` in the same partnership. */
function checkReference(data: BackupData, { from, field, noun }: Reference, owners: ReadonlyMap<string, string>, partnerships: ReadonlyMap<string, string>, problems: Problems): void {
  (data[from] as readonly Record<string, unknown>[]).forEach((row, index) => {
    const value = row[field];
    const ids = Array.isArray(value) ? (value as string[]) : [value as string | undefined];
    ids.forEach((id, position) => {
      if (id === undefined || id === '') return;
      const where = () => `${recordName(from, index, row)}, field ${Array.isArray(value) ? `${field}.${position}` : field}`;
      const owner = owners.get(id);
      if (owner === undefined) problems.add(() => `${where()}: points at ${noun} ${JSON.stringify(id)}, which is not in the backup.`);
      // A side whose own partnership is missing is already counted; it is not a second problem.
      else if (owner !== row.partnershipId && partnerships.has(owner) && partnerships.has(row.partnershipId as string)) problems.add(() => `${where()}: points at ${noun} ${JSON.stringify(id)} of another partnership.`);
    });
  });
}

export type BackupEnvelopeResult =
  | { readonly ok: true; readonly exportedAt: string; readonly counts: BackupSummary }
  | { readonly ok: false; readonly errors: readonly string[] };

/**
 * The envelope only - size, JSON, no prototype keys, format, versions, header and every
 * table a list - with each table's record count, without checking the records. Main
 * uses it to refuse anything that is not a Steward backup before it writes a file.
 */
export function parseBackupEnvelope(text: string, options: ParseBackupOptions = {}): BackupEnvelopeResult {
  const tooBig = checkSize(text, options.maxBytes ?? DEFAULT_MAX_BACKUP_BYTES);
  if (tooBig) return fail(tooBig);
  const json = parseJson(text);
  if (!json.ok) return json;
  const hostile = findForbiddenKey(json.value);
  if (hostile) return fail(`Refused: the file contains the key "${hostile.key}" at ${hostile.path}, which a backup never has.`);
  const envelope = checkEnvelope(json.value);
  if (!envelope.ok) return envelope;
  const counts = Object.fromEntries(BACKUP_TABLES.map((t) => [t, (envelope.data[t] as unknown[]).length])) as Record<BackupTable, number>;
  return { ok: true, exportedAt: envelope.meta.exportedAt, counts };
}
