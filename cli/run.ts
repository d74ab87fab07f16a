// The command line's logic (DESIGN.md "Exports"): validate a backup, export from one,
// or print the backup's JSON Schema. Node's file system and process are injected
// through `io`, so every path, error paths included, is tested without touching disk.
import type { BackupFile, BackupSummary, BackupTable } from '../shared/backup/format';
import { BACKUP_TABLES, DEFAULT_MAX_BACKUP_BYTES, backupJsonSchemaText } from '../shared/backup/format';
import { parseBackup } from '../shared/backup/parse';
import type { ParsedArgs } from './args';
import { CliError, oneOfFlag, parseArgs, requireFlag } from './args';
import { BRIEF_FORMATS } from './briefExport';
import type { ExportKind } from './exportKinds';
import { EXPORT_EDITIONS, EXPORT_KINDS, backupZone, findPartnership, parseAsOfFlag, parseQuarterFlag, quarterOfMoment, renderExport } from './exportKinds';
import { parseOccurrenceFlag } from './recapExport';

export interface CliIo {
  readonly readFile: (path: string) => Promise<string>;
  readonly writeFile: (path: string, text: string) => Promise<void>;
  readonly stdout: (line: string) => void;
  readonly stderr: (line: string) => void;
  readonly now: () => Date;
  /** The locale a backup's 'locale' date format is written in; the machine's when absent. */
  readonly locale?: string;
}

export const USAGE = [
  'Usage: npm run steward -- <command>',
  '  validate <backup.json>                      check that a file is a valid Steward backup',
  '  export --from <backup.json> --partnership <id|name> --kind intent|review|calendar|commitments|opportunities|recap',
  '         --edition partner|internal [--quarter 2027-Q1] [--as-of 2026-12-05|<ISO instant>] --out <file>',
  '         (a review counts what came due by --as-of, default now; a day means its end)',
  '  export ... --kind brief --occurrence <yyyy-MM-dd|yyyy-MM-ddTHH:mm> --edition partner|internal',
  '         [--as-of …] [--format markdown|ics] --out <file>   a meeting brief (partner: the pre-read)',
  '         --kind recap --occurrence 2027-01-14|2027-01-14T10:00: the meeting recorded for it (Markdown)',
  '         --kind opportunities: CSV that re-imports through Import from CRM (--edition defaults to internal)',
  '  schema [--out <file>]                       print the backup file JSON Schema',
].join('\n');

const TABLE_LABELS: Record<BackupTable, readonly [string, string]> = {
  partnerships: ['partnership', 'partnerships'],
  intentVersions: ['intent version', 'intent versions'],
  stakeholders: ['stakeholder', 'stakeholders'],
  cadences: ['cadence', 'cadences'],
  occurrences: ['occurrence record', 'occurrence records'],
  touchpoints: ['touchpoint', 'touchpoints'],
  decisions: ['decision', 'decisions'],
  commitments: ['commitment', 'commitments'],
  healthChecks: ['health check', 'health checks'],
  goalMeasurements: ['goal measurement', 'goal measurements'],
  opportunities: ['opportunity', 'opportunities'],
  valueEvents: ['value event', 'value events'],
  exchangeRates: ['exchange rate', 'exchange rates'],
  meetingPreps: ['meeting preparation', 'meeting preparations'],
  reviewSummaries: ['review summary', 'review summaries'],
  activity: ['activity entry', 'activity entries'],
  reminders: ['reminder state', 'reminder states'],
  settings: ['settings record', 'settings records'],
};

export function describeSummary(summary: BackupSummary): string {
  return BACKUP_TABLES.map((t) => `${summary[t]} ${TABLE_LABELS[t][summary[t] === 1 ? 0 : 1]}`).join(', ');
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function readText(io: CliIo, path: string): Promise<string> {
  try {
    return await io.readFile(path);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT') throw new CliError(`file not found: ${path}`);
    if (code === 'EISDIR') throw new CliError(`${path} is a folder, not a file`);
    throw new CliError(`cannot read ${path}: ${reasonOf(error)}`);
  }
}

async function writeText(io: CliIo, path: string, text: string): Promise<void> {
  try {
    await io.writeFile(path, text);
  } catch (error) {
    throw new CliError(`cannot write ${path}: ${reasonOf(error)}`);
  }
}

function singleFile(args: ParsedArgs, command: string): string {
  if (args.positional.length === 0) throw new CliError(`${command} needs a file: npm run steward -- ${command} <backup.json>`);
  if (args.positional.length > 1) throw new CliError(`${command} takes one file, got ${args.positional.length}`);
  return args.positional[0]!;
}

function noPositionals(args: ParsedArgs): void {
  if (args.positional.length > 0) throw new CliError(`unexpected argument "${args.positional[0]}"`);
}

async function validateCommand(rest: readonly string[], io: CliIo): Promise<number> {
  const path = singleFile(parseArgs(rest, [], 'validate'), 'validate');
  const result = parseBackup(await readText(io, path), { maxBytes: DEFAULT_MAX_BACKUP_BYTES });
  if (!result.ok) {
    // The details go to stdout, one per line; stderr gets the one-line verdict.
    for (const error of result.errors) io.stdout(`  - ${error}`);
    const count = result.problemCount;
    io.stderr(`steward: ${path} is not a valid Steward backup (${count === 1 ? '1 problem' : `${count} problems`}): ${result.errors[0]}`);
    return 1;
  }
  io.stdout(`Valid Steward backup: ${describeSummary(result.summary)}; exported ${result.exportedAt} by ${result.backup.app.name} ${result.backup.app.version}.`);
  return 0;
}

async function loadBackup(io: CliIo, path: string): Promise<BackupFile> {
  const result = parseBackup(await readText(io, path), { maxBytes: DEFAULT_MAX_BACKUP_BYTES });
  if (!result.ok) {
    const more = result.problemCount > 1 ? ` (and ${result.problemCount - 1} more; run "npm run steward -- validate ${path}")` : '';
    throw new CliError(`${path} is not a valid Steward backup: ${result.errors[0]}${more}`);
  }
  return result.backup;
}

async function exportCommand(rest: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(rest, ['from', 'partnership', 'kind', 'edition', 'quarter', 'as-of', 'occurrence', 'format', 'out'], 'export');
  noPositionals(args);
  const from = requireFlag(args, 'from', '<backup.json>');
  const wanted = requireFlag(args, 'partnership', '<id|name>');
  const kind: ExportKind = oneOfFlag(args, 'kind', EXPORT_KINDS);
  // An opportunities CSV is a working file for the CRM round trip: internal unless asked otherwise.
  const edition = kind === 'opportunities' && args.flags.edition === undefined ? 'internal' : oneOfFlag(args, 'edition', EXPORT_EDITIONS);
  const out = requireFlag(args, 'out', '<file>');
  if (args.flags.quarter !== undefined && kind !== 'review') throw new CliError('--quarter applies only to --kind review');
  if (args.flags['as-of'] !== undefined && kind !== 'review' && kind !== 'brief') throw new CliError('--as-of applies only to --kind review and brief');
  if (args.flags.occurrence !== undefined && kind !== 'brief' && kind !== 'recap') throw new CliError('--occurrence applies only to --kind brief and recap');
  if (args.flags.format !== undefined && kind !== 'brief') throw new CliError('--format applies only to --kind brief');
  const format = args.flags.format === undefined ? undefined : oneOfFlag(args, 'format', BRIEF_FORMATS);
  // The brief also takes a planned instant, which its own reader resolves; the recap's is checked here.
  const occurrence = args.flags.occurrence === undefined ? undefined : kind === 'recap' ? parseOccurrenceFlag(args.flags.occurrence) : args.flags.occurrence;
  const asOf = args.flags['as-of'] === undefined ? undefined : parseAsOfFlag(args.flags['as-of']);
  const quarterFlag = args.flags.quarter === undefined ? undefined : parseQuarterFlag(args.flags.quarter);
  const backup = await loadBackup(io, from);
  const partnership = findPartnership(backup.data, wanted);
  const zone = backupZone(backup.data);
  const now = asOf?.moment ?? io.now().toISOString();
  const quarter = quarterFlag ?? quarterOfMoment(now, zone);
  let text: string;
  try {
    text = renderExport(kind, backup.data, partnership.id, { edition, quarter, now, zone, locale: io.locale ?? Intl.DateTimeFormat().resolvedOptions().locale, ...(occurrence ? { occurrence } : {}), ...(format ? { format } : {}) });
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`could not build the ${kind} export: ${reasonOf(error)}`);
  }
  await writeText(io, out, text);
  const what = kind === 'review' ? `${kind} ${quarter}` : kind === 'recap' ? `recap of ${occurrence}` : kind;
  const asAt = asOf ? ` as at ${asOf.label}` : '';
  io.stdout(`Wrote the ${what} export (${edition} edition) of “${partnership.name}”${asAt} to ${out}.`);
  return 0;
}

async function schemaCommand(rest: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(rest, ['out'], 'schema');
  noPositionals(args);
  const text = backupJsonSchemaText();
  if (args.flags.out === undefined) io.stdout(text.trimEnd());
  else {
    await writeText(io, args.flags.out, text);
    io.stdout(`Wrote the backup JSON Schema to ${args.flags.out}.`);
  }
  return 0;
}

/**
 * The command line reads backup files and never writes the app's database (it lives in the
 * app's profile, and a portfolio shared with a team must not be replaced behind the team's
 * back): restoring is the app's, where a synced portfolio is merged, or its team's copy
 * replaced by an owner.
 */
export const RESTORE_REFUSAL =
  'the command line does not restore backups: restore in the app (Settings → Your data → Backups), which merges a backup into a portfolio shared with your team, or replaces the team’s copy if you own it; nothing was changed';

const COMMANDS: Readonly<Record<string, (rest: readonly string[], io: CliIo) => Promise<number>>> = {
  validate: validateCommand,
  export: exportCommand,
  schema: schemaCommand,
};

/** Runs one command; returns the process exit code (0 done, 1 any error, printed as one line). */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'help' || command === '--help' || command === '-h') {
    io.stdout(USAGE);
    return 0;
  }
  try {
    if (command === undefined) throw new CliError('missing command (expected validate, export or schema; see npm run steward -- help)');
    if (command === 'restore') throw new CliError(RESTORE_REFUSAL);
    const run = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (!run) throw new CliError(`unknown command "${command}" (expected validate, export or schema)`);
    return await run(rest, io);
  } catch (error) {
    if (error instanceof CliError) io.stderr(`steward: ${error.message}`);
    else io.stderr(`steward: unexpected error: ${reasonOf(error).split('\n')[0]}`);
    return 1;
  }
}
