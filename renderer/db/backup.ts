// Full backup and restore (DESIGN.md "Backups"). Export reads every table in one
// read transaction, so the file is a consistent moment; restore writes every table in
// one read-write transaction, so a failure anywhere leaves the database as it was.
import type { Table } from 'dexie';
import type { BackupData, BackupFile, BackupMeta, BackupSummary, BackupTable } from '@shared/backup/format';
import { BACKUP_TABLES, serializeBackupTables, serializeTable } from '@shared/backup/format';
import type { DbContext } from './context';
import { addRecord, clearRows, replaceRecords, touchEveryPartnership, writeRows, writeTransaction } from './writePath';
import { isSyncedTable } from '@shared/sync/fields';
import { activityEntry } from './records';
import { StewardDb } from './schema';
import { checkTeamReplace } from './teamRestore';

export { RestoreRefusedError, isSyncedPortfolio, teamCopyRefusal } from './teamRestore';

export type RestoreMode = 'replace' | 'merge';

export interface RestoreOptions {
  /**
   * A portfolio shared with a team only, in replace mode: the backup becomes the team's copy
   * too. Every record the backup holds is written whole (the team's later edits of it are
   * undone) and every record it lacks is deleted (softly, as every delete), on every machine;
   * the activity log keeps its entries. Without it, a replace restore into a synced portfolio
   * is refused: the team's copy would bring the replaced records back. Refused too unless this
   * member owns every partnership it would replace (teamRestore.ts).
   */
  readonly replaceTeamCopy?: boolean;
}

export interface RestoreResult {
  /** Records written that were not in the database. */
  readonly added: number;
  /** Records that replaced an older copy (merge) — in replace mode, 0. */
  readonly updated: number;
  /** Records in the backup left out because the database's copy is as new or newer. */
  readonly kept: number;
}

type AnyRecord = Readonly<Record<string, unknown>>;

/** The db's own table properties (db.table(name) would hand out different Table objects). */
function tablesOf(ctx: Pick<DbContext, 'db'>, names: readonly BackupTable[] = BACKUP_TABLES): Table<AnyRecord, string>[] {
  return names.map((name) => ctx.db[name] as unknown as Table<AnyRecord, string>);
}

/** Every table, read in one transaction. */
export async function readBackupData(ctx: Pick<DbContext, 'db'>): Promise<BackupData> {
  const tables = tablesOf(ctx);
  const rows = await ctx.db.transaction('r', tables, () => Promise.all(tables.map((t) => t.toArray())));
  return Object.fromEntries(BACKUP_TABLES.map((name, i) => [name, rows[i]])) as unknown as BackupData;
}

/**
 * The order an export asks for the tables: the ones that grow with every write first (the
 * activity log gains an entry with each), so the text written after the last read is a small
 * table's. Fixed rather than counted first: counting every table is a round trip through the
 * whole database before the first read (npm run bench, 100x).
 */
const LARGEST_FIRST: readonly BackupTable[] = ['activity', 'touchpoints', 'opportunities', 'occurrences', 'goalMeasurements', 'commitments'];
const READ_ORDER: readonly BackupTable[] = [...LARGEST_FIRST, ...BACKUP_TABLES.filter((name) => !LARGEST_FIRST.includes(name))];

/**
 * The backup file's text for everything in the database, stamped with `ctx.now()`. All
 * tables are read in one transaction; each is turned into text as it arrives, while the
 * database is still reading the next. The largest tables are asked for first (READ_ORDER).
 */
export async function exportBackup(ctx: DbContext, app: BackupMeta['app']): Promise<string> {
  const tables = tablesOf(ctx);
  const texts = await ctx.db.transaction('r', tables, async () => {
    const read = new Map(READ_ORDER.map((name) => [name, tables[BACKUP_TABLES.indexOf(name)]!.toArray().then(serializeTable)]));
    return Promise.all(BACKUP_TABLES.map((name) => read.get(name)!));
  });
  return serializeBackupTables(Object.fromEntries(BACKUP_TABLES.map((name, i) => [name, texts[i]])) as Record<BackupTable, string>, { exportedAt: ctx.now().toISOString(), app });
}

function keyOf(table: BackupTable, record: AnyRecord): string {
  return String(table === 'reminders' ? record.key : record.id);
}

function instant(record: AnyRecord | undefined): number {
  const value = record?.updatedAt;
  return typeof value === 'string' ? Date.parse(value) : Number.NEGATIVE_INFINITY;
}

/** Merge one table: add what is missing, replace what the backup has newer, keep the rest. */
async function mergeTable(ctx: DbContext, table: Table<AnyRecord, string>, name: BackupTable, incoming: readonly AnyRecord[]): Promise<RestoreResult> {
  const existing = await table.bulkGet(incoming.map((r) => keyOf(name, r)));
  const toAdd: AnyRecord[] = [];
  const toPut: AnyRecord[] = [];
  incoming.forEach((record, i) => {
    const current = existing[i];
    if (!current) toAdd.push(record);
    // The activity log is append-only and has no updatedAt: an entry present is kept.
    else if (name !== 'activity' && instant(record) > instant(current)) toPut.push(record);
  });
  await writeRows(ctx.db, name, toAdd, 'add');
  await writeRows(ctx.db, name, toPut, 'put');
  return { added: toAdd.length, updated: toPut.length, kept: incoming.length - toAdd.length - toPut.length };
}

function describeRestore(backup: BackupFile, mode: RestoreMode, result: RestoreResult, deleted: number | undefined): string {
  const how = deleted !== undefined ? `replacing the team's copy: ${deleted} ${deleted === 1 ? 'record' : 'records'} it did not hold deleted` : mode === 'replace' ? 'replacing all data' : `merging: ${result.added} added, ${result.updated} updated, ${result.kept} kept`;
  return `Restored the backup exported ${backup.exportedAt} (${how})`;
}

/**
 * One synced table made the backup's, for the team: its records written whole, the live ones
 * it lacks deleted; the activity log only gains the entries it lacks. Returns how many were deleted.
 */
async function replaceForTeam(ctx: DbContext, table: Table<AnyRecord, string>, name: BackupTable & string, incoming: readonly AnyRecord[]): Promise<{ result: RestoreResult; deleted: number }> {
  if (!isSyncedTable(name)) throw new Error(`${name} is not a synced table.`);
  const current = await table.toArray();
  const have = new Set(current.map((r) => String(r.id)));
  if (name === 'activity') {
    const missing = incoming.filter((r) => !have.has(String(r.id)));
    await writeRows(ctx.db, name, missing, 'add');
    return { result: { added: missing.length, updated: 0, kept: incoming.length - missing.length }, deleted: 0 };
  }
  const wanted = new Set(incoming.map((r) => String(r.id)));
  const at = ctx.now().toISOString();
  const gone = current.filter((r) => !wanted.has(String(r.id)) && !r.deletedAt).map((r) => ({ ...r, deletedAt: at, updatedAt: at }));
  await replaceRecords(ctx.db, name, [...incoming, ...gone]);
  const added = incoming.filter((r) => !have.has(String(r.id))).length;
  return { result: { added, updated: incoming.length - added, kept: 0 }, deleted: gone.length };
}

interface TableRestore {
  readonly result: RestoreResult;
  /** Live records the team's copy held and the backup did not (deleted), when replacing it. */
  readonly deleted: number;
}

/** One table of a restore: replaced (for the team: see replaceForTeam) or merged. */
async function restoreTable(ctx: DbContext, table: Table<AnyRecord, string>, name: BackupTable, incoming: readonly AnyRecord[], mode: RestoreMode, forTeam: boolean): Promise<TableRestore> {
  if (forTeam && isSyncedTable(name)) return replaceForTeam(ctx, table, name, incoming);
  if (mode === 'merge') return { result: await mergeTable(ctx, table, name, incoming), deleted: 0 };
  // Replacing (the team's copy too: a table only this machine keeps, settings, reminders, rates, is replaced as usual).
  await clearRows(ctx.db, name);
  await writeRows(ctx.db, name, incoming, 'add');
  return { result: { added: incoming.length, updated: 0, kept: 0 }, deleted: 0 };
}

/**
 * Restores a parsed backup (see parseBackup) in one transaction over every table.
 * replace: clear everything, then add the backup. merge: keep the newer of each record
 * by updatedAt and add the missing ones. One 'import' entry goes to the activity log.
 * Into a portfolio shared with a team, replace is refused unless options.replaceTeamCopy
 * (RestoreOptions); merge is a local edit like any other and reaches the team.
 */
export async function restoreBackup(ctx: DbContext, backup: BackupFile, mode: RestoreMode, options: RestoreOptions = {}): Promise<RestoreResult> {
  const tables = tablesOf(ctx);
  const forTeam = mode === 'replace' && (await checkTeamReplace(ctx, backup, options.replaceTeamCopy === true));
  return writeTransaction(ctx.db, tables, async () => {
    // Any partnership may change: every excerpt is built again at the end (they are not in backups).
    touchEveryPartnership();
    const one = (name: BackupTable, i: number) => restoreTable(ctx, tables[i]!, name, backup.data[name] as unknown as readonly AnyRecord[], mode, forTeam);
    // A plain replace asks for every table at once, so the browser's database writes one table
    // while the page hands it the next (npm run bench: the page and the database were waiting on
    // each other). Merging and the team's replace go table by table, as they always have.
    const restored: TableRestore[] = [];
    if (mode === 'replace' && !forTeam) restored.push(...(await Promise.all(BACKUP_TABLES.map(one))));
    else for (const [i, name] of BACKUP_TABLES.entries()) restored.push(await one(name, i));
    const total: RestoreResult = {
      added: restored.reduce((sum, r) => sum + r.result.added, 0),
      updated: restored.reduce((sum, r) => sum + r.result.updated, 0),
      kept: restored.reduce((sum, r) => sum + r.result.kept, 0),
    };
    const deleted = restored.reduce((sum, r) => sum + r.deleted, 0);
    await addRecord(ctx.db, 'activity', activityEntry(ctx, 'partnership', '', '', 'import', describeRestore(backup, mode, total, forTeam ? deleted : undefined)));
    return total;
  });
}

/** How many records each table holds now (soft-deleted ones included, as in a backup). */
export async function countBackupTables(ctx: Pick<DbContext, 'db'>): Promise<BackupSummary> {
  const tables = tablesOf(ctx);
  const counts = await ctx.db.transaction('r', tables, () => Promise.all(tables.map((t) => t.count())));
  return Object.fromEntries(BACKUP_TABLES.map((name, i) => [name, counts[i]])) as Record<BackupTable, number>;
}

/**
 * The records in each of `names`, for work in the background: IndexedDB counts by walking a
 * table, and the browser's database answers one request after another, so every table counted
 * at once (about 300 ms at 100x, activity alone 117 ms) held up a screen's read that came
 * meanwhile. One table at a time, a read waits for one table's count at most.
 */
export async function countTables(ctx: Pick<DbContext, 'db'>, names: readonly BackupTable[]): Promise<Partial<Record<BackupTable, number>>> {
  const counts: Partial<Record<BackupTable, number>> = {};
  for (const [i, table] of tablesOf(ctx, names).entries()) counts[names[i]!] = await table.count();
  return counts;
}

/**
 * The recovery screen's restore, for a database that will not open: deletes it, opens a
 * fresh one and restores the backup into it. The caller has parsed and validated the
 * backup first, so an invalid file never costs the old database.
 */
export async function replaceUnreadableDatabase(ctx: DbContext, backup: BackupFile): Promise<RestoreResult> {
  // delete() closes this connection first; other windows get versionchange and close theirs.
  await ctx.db.delete();
  // A new instance: the failed one may have adjusted its version while trying to open,
  // and the fresh database must be exactly what the app opens after the reload.
  const fresh = new StewardDb(ctx.db.name);
  try {
    await fresh.open();
    return await restoreBackup({ db: fresh, now: ctx.now }, backup, 'replace');
  } finally {
    fresh.close();
  }
}
