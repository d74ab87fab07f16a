// The full-backup file (DESIGN.md principle 4, "Backups"): one JSON document holding
// every table, named and versioned so a restore can refuse what it does not
// understand. The record schemas are the domain's own; the committed JSON Schema
// (schemas/steward-backup.schema.json) is generated from the same zod schema.
import { z } from 'zod';
import type { ExchangeRate, PortfolioSnapshot, ReminderState, Settings } from '../domain';
import {
  activitySchema,
  cadenceSchema,
  commitmentSchema,
  decisionSchema,
  emptyPortfolioSnapshot,
  exchangeRateSchema,
  goalMeasurementSchema,
  healthCheckSchema,
  meetingPrepSchema,
  instantSchema,
  intentVersionSchema,
  occurrenceRecordSchema,
  opportunitySchema,
  PARTNERSHIP_CHILD_TABLES,
  partnershipSchema,
  reminderStateSchema,
  reviewSummarySchema,
  settingsInputSchema,
  stakeholderSchema,
  touchpointSchema,
  valueEventSchema,
} from '../domain';

export const BACKUP_FORMAT = 'steward-backup';
/** The layout of this file. Bump it (and keep reading the old one) when the envelope changes. */
export const BACKUP_FORMAT_VERSION = 1;
/**
 * The Dexie schema version the records are shaped for. shared/ cannot import the
 * database, so a test asserts this equals renderer/db/schema.ts's SCHEMA_VERSION.
 */
export const BACKUP_SCHEMA_VERSION = 14;
/**
 * The oldest schema version a backup can be restored from. Version 2 only added indexes and
 * versions 3 and 4 the former digest store (derived, never backed up) and an index, and version 5
 * the meta table (never backed up), so records written at versions 1 to 5 have the same
 * shape; version 6 turned a stakeholder's `role` into `roles`, which parseBackup does for
 * files of versions 1 to 5 (ROLE_LIST_SINCE) before it checks their records; version 7
 * put derived excerpts in place of the former digest store (never backed up); version 8 added
 * the meetingPreps table, which files of versions 1 to 7 do not have (read as empty);
 * version 9 gave each goal of the charter a stable `id`, which parseBackup gives the goals
 * of older files (GOAL_IDS_SINCE), and added goal measurements, opportunities, value events
 * and exchange rates (empty in older files); version 10 added the reviewSummaries table (the
 * executive summaries saved with quarterly reviews; empty in older files); version 11 only
 * indexed the derived excerpts (never backed up); version 12 added the team-sync tables,
 * which are this machine's and never backed up, so its records have version 10's shape;
 * version 13 only added the derived excerpts' revision rows (never backed up), and version 14
 * only indexed opportunities by stage.
 */
export const OLDEST_BACKUP_SCHEMA_VERSION = 1;
/** The schema version from which stakeholders carry `roles` (a list) instead of one `role`. */
export const ROLE_LIST_SINCE = 6;
/** The schema version from which a backup holds the meetingPreps table. */
export const MEETING_PREPS_SINCE = 8;
/** The schema version from which goals carry `id` and the value tables exist. */
export const GOAL_IDS_SINCE = 9;
/** The tables version 9 added: a file written before it has none of them. */
export const VALUE_TABLES = ['goalMeasurements', 'opportunities', 'valueEvents', 'exchangeRates'] as const;
/** The schema version from which a backup holds the reviewSummaries table. */
export const REVIEW_SUMMARIES_SINCE = 10;
export const DEFAULT_MAX_BACKUP_BYTES = 200 * 1024 * 1024;

export const settingsRecordSchema = settingsInputSchema.extend({ id: z.literal('settings'), updatedAt: instantSchema });

/** Every table in the backup, in the order it is written and restored. */
export const BACKUP_TABLE_SCHEMAS = {
  partnerships: partnershipSchema,
  intentVersions: intentVersionSchema,
  stakeholders: stakeholderSchema,
  cadences: cadenceSchema,
  occurrences: occurrenceRecordSchema,
  touchpoints: touchpointSchema,
  decisions: decisionSchema,
  commitments: commitmentSchema,
  healthChecks: healthCheckSchema,
  meetingPreps: meetingPrepSchema,
  goalMeasurements: goalMeasurementSchema,
  opportunities: opportunitySchema,
  valueEvents: valueEventSchema,
  reviewSummaries: reviewSummarySchema,
  exchangeRates: exchangeRateSchema,
  activity: activitySchema,
  reminders: reminderStateSchema,
  settings: settingsRecordSchema,
} as const;

export type BackupTable = keyof typeof BACKUP_TABLE_SCHEMAS;
export const BACKUP_TABLES = Object.keys(BACKUP_TABLE_SCHEMAS) as BackupTable[];

/** Tables whose records belong to a partnership and must point at one in the file. */
export const PARTNERSHIP_CHILD_BACKUP_TABLES = PARTNERSHIP_CHILD_TABLES satisfies readonly BackupTable[];

/** Every table: a portfolio snapshot plus the reminder ledger and settings. */
export interface BackupData extends PortfolioSnapshot {
  readonly reminders: ReminderState[];
  readonly settings: Settings[];
  readonly exchangeRates: ExchangeRate[];
}

export interface BackupMeta {
  /** ISO-8601 UTC instant. */
  readonly exportedAt: string;
  readonly app: { readonly name: string; readonly version: string };
}

export interface BackupFile extends BackupMeta {
  readonly format: typeof BACKUP_FORMAT;
  readonly formatVersion: typeof BACKUP_FORMAT_VERSION;
  readonly schemaVersion: typeof BACKUP_SCHEMA_VERSION;
  readonly data: BackupData;
}

export type BackupSummary = Readonly<Record<BackupTable, number>>;

export const backupMetaSchema = z.object({
  exportedAt: instantSchema,
  app: z.object({ name: z.string().min(1).max(100), version: z.string().min(1).max(50) }),
});

const dataShape = Object.fromEntries(BACKUP_TABLES.map((t) => [t, z.array(BACKUP_TABLE_SCHEMAS[t])])) as {
  [T in BackupTable]: z.ZodArray<(typeof BACKUP_TABLE_SCHEMAS)[T]>;
};

/** The whole file as one zod schema: the source of the published JSON Schema. */
export const backupFileSchema = z
  .object({
    format: z.literal(BACKUP_FORMAT).meta({ description: 'Always "steward-backup".' }),
    formatVersion: z.literal(BACKUP_FORMAT_VERSION).meta({ description: 'The layout of this file.' }),
    schemaVersion: z
      .int()
      .min(OLDEST_BACKUP_SCHEMA_VERSION)
      .max(BACKUP_SCHEMA_VERSION)
      .meta({ description: 'The database schema version the records are shaped for (1 to 5 have the same records, with one stakeholder "role" where 6 has "roles", a list; 8 added meetingPreps; goals have an "id" and the value tables exist from 9; reviewSummaries from 10; 11 and 12 have the records of 10).' }),
    exportedAt: backupMetaSchema.shape.exportedAt.meta({ description: 'When the backup was made: an ISO-8601 UTC instant.' }),
    app: backupMetaSchema.shape.app.meta({ description: 'The app that wrote the file.' }),
    data: z.object(dataShape).meta({ description: 'Every table of the database, each a list of records.' }),
  })
  .meta({
    title: 'Steward backup',
    description: 'A full Steward backup: every table of the database as plain JSON. Restore validates the whole file before writing anything.',
  });

export function emptyBackupData(): BackupData {
  return { ...emptyPortfolioSnapshot(), reminders: [], settings: [], exchangeRates: [] };
}

export function summarise(data: BackupData): BackupSummary {
  return Object.fromEntries(BACKUP_TABLES.map((t) => [t, data[t].length])) as Record<BackupTable, number>;
}

/**
 * The file text: the envelope as indented JSON, then each table in a fixed order with one
 * record per line (compact JSON). Smaller and much quicker to write than indenting every
 * field, and a change to one record is a change to one line when two backups are compared.
 */
export function serializeBackup(data: BackupData, meta: BackupMeta): string {
  return serializeBackupTables(Object.fromEntries(BACKUP_TABLES.map((t) => [t, serializeTable(data[t])])) as Record<BackupTable, string>, meta);
}

/** Where a table's records sit in the file: inside "data", inside the table's list. */
const RECORD_INDENT = '      ';

/** One table's records as serializeBackupTables takes them: a JSON list, one record per line. */
export function serializeTable(records: readonly unknown[]): string {
  if (records.length === 0) return '[]';
  return `[\n${RECORD_INDENT}${records.map((r) => JSON.stringify(r)).join(`,\n${RECORD_INDENT}`)}\n    ]`;
}

/**
 * serializeBackup from each table already serialized (serializeTable), so an export can
 * turn each table into text as soon as it is read, while the next ones are still being read.
 */
export function serializeBackupTables(tables: Readonly<Record<BackupTable, string>>, meta: BackupMeta): string {
  const envelope = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    schemaVersion: BACKUP_SCHEMA_VERSION,
    exportedAt: meta.exportedAt,
    app: { name: meta.app.name, version: meta.app.version },
  } satisfies Omit<BackupFile, 'data'>;
  const head = JSON.stringify(envelope, null, 2).slice(0, -2); // without the closing "\n}"
  const data = BACKUP_TABLES.map((t) => `    ${JSON.stringify(t)}: ${tables[t]}`).join(',\n');
  return `${head},\n  "data": {\n${data}\n  }\n}\n`;
}

/** The published JSON Schema (draft 2020-12) of the file, generated from backupFileSchema. */
export function buildBackupJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(backupFileSchema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' });
}

/** The committed file's text, byte for byte. */
export function backupJsonSchemaText(): string {
  return `${JSON.stringify(buildBackupJsonSchema(), null, 2)}\n`;
}
