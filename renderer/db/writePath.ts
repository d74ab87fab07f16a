// The one write path. Every write to the records runs in writeTransaction, and every record
// written to a synced table (shared/sync/fields.ts: the partnerships, their records and their
// activity) is written by addRecord(s), putRecord(s) or writeRows below, nowhere else (a test scans
// renderer/db for a write that is not). Each such write
// - says which partnership it touched, so before the transaction ends that partnership's
//   excerpt is rebuilt from its records (excerpts.ts) and commits or rolls back with them;
// - when team sync is on (a SyncRecorder set on the database by renderer/db/sync), is noted
//   with the record as the transaction found it; before the transaction ends the recorder
//   notes the records in the sync outbox, in the same transaction, and once the transaction
//   has committed it takes the writes to the partnerships' documents. A transaction that
//   applies a remote change (fromDocuments) refreshes the excerpts the same way and notes nothing.
// A write nested in another (a touchpoint's follow-ups) joins the outer one, which refreshes
// and hands over once.
import Dexie from 'dexie';
import type { Table, Transaction } from 'dexie';
import type { ExcerptPart } from '@shared/partnershipExcerpt';
import { isSyncedTable, partnershipOfRecord } from '@shared/sync/fields';
import type { SyncedTable } from '@shared/sync/fields';
import type { Role } from '@shared/sync/protocol';
import { excerptTables, partsOf, refreshExcerpts } from './excerpts';
import type { StewardDb } from './schema';

type AnyRecord = Readonly<Record<string, unknown>>;

/** A record a local transaction wrote to a synced table. */
export interface LocalWrite {
  readonly table: SyncedTable;
  readonly record: AnyRecord;
  /** The record as the transaction found it (undefined: it created it). */
  readonly before: AnyRecord | undefined;
}

/** Team sync's part in the write path, set on the database while sync is on (renderer/db/sync/index.ts). */
export interface SyncRecorder {
  /** Inside the transaction, after its writes: notes them where they outlive a crash (syncOutbox). */
  readonly noteWrites: (writes: readonly LocalWrite[]) => Promise<void>;
  /** After the transaction has committed: takes the writes to the documents. */
  readonly committed: (writes: readonly LocalWrite[]) => void;
  /**
   * This member's role on each partnership, as the team server last said (GET /access, read by
   * the connection); undefined until it has answered. A restore asks it before replacing the team's copy.
   */
  readonly roles: () => ReadonlyMap<string, Role> | undefined;
}

/** What one writeTransaction has done so far. */
interface WriteScope {
  /** The partnerships touched, with the parts of their excerpts to rebuild; 'all': every partnership (a restore). */
  touched: Map<string, Set<ExcerptPart>> | 'all';
  /** The synced records written, for team sync; undefined while sync is off or the writes come from the documents. */
  readonly writes: LocalWrite[] | undefined;
}

// Each open writeTransaction's scope, by its outermost transaction: an entry lives exactly as long as that transaction's scope.
const scopes = new WeakMap<Transaction, WriteScope>();

const rootOf = (tx: Transaction): Transaction => (tx.parent ? rootOf(tx.parent) : tx);

export interface WriteOptions {
  /** The writes bring remote changes from the documents into the tables (renderer/db/sync/apply.ts): not sent back. */
  readonly fromDocuments?: boolean;
}

/**
 * Runs `scope` in a read-write transaction over `tables`, the excerpts' tables and (while team
 * sync is on) the sync outbox; then, in that same transaction, refreshes the excerpts of the
 * partnerships its writes touched and has the recorder note the synced writes; once the
 * transaction has committed, hands those writes to team sync. Inside another writeTransaction
 * it joins it (a Dexie sub-transaction) and the outer one does all of that.
 */
export async function writeTransaction<T>(db: StewardDb, tables: readonly Table[], scope: () => Promise<T>, options: WriteOptions = {}): Promise<T> {
  const recorder = db.syncRecorder;
  const all = [...new Set([...tables, ...excerptTables(db), ...(recorder ? [db.syncOutbox] : [])])];
  let done: WriteScope | undefined;
  const result = await db.transaction('rw', all, async (tx) => {
    const root = rootOf(tx);
    if (scopes.has(root)) return scope();
    if (root !== tx) throw new Error('writeTransaction ran inside a transaction it did not open: its writes would be handed on before that one commits.');
    const own: WriteScope = { touched: new Map(), writes: recorder && !options.fromDocuments ? [] : undefined };
    scopes.set(root, own);
    try {
      const value = await scope();
      await refreshExcerpts(db, own.touched);
      if (recorder && own.writes && own.writes.length > 0) await recorder.noteWrites(own.writes);
      done = own;
      return value;
    } finally {
      scopes.delete(root);
    }
  });
  // Dexie resolves the outermost transaction once it has committed: the writes are durable.
  if (recorder && done?.writes && done.writes.length > 0) recorder.committed(done.writes);
  return result;
}

function currentScope(): WriteScope {
  const tx = Dexie.currentTransaction;
  const scope = tx ? scopes.get(rootOf(tx)) : undefined;
  if (!scope) throw new Error('A write to the records ran outside writeTransaction: its partnership’s excerpt would go stale, and team sync would not see it.');
  return scope;
}

/**
 * Says that a write changed this partnership's records in `table` (its name; without one,
 * any of them); call inside writeTransaction. addRecords and putRecords call it for each record.
 */
export function touchPartnership(partnershipId: string, table?: string): void {
  const scope = currentScope();
  if (scope.touched === 'all') return;
  const parts = scope.touched.get(partnershipId) ?? new Set<ExcerptPart>();
  for (const part of partsOf(table)) parts.add(part);
  scope.touched.set(partnershipId, parts);
}

/** Every partnership may have changed (a restore): each excerpt is built again when the transaction's writes end. */
export function touchEveryPartnership(): void {
  currentScope().touched = 'all';
}

/** The database's own table object (the one a test spies on; db.table(name) may hand out another). */
const tableNamed = (db: StewardDb, name: string) => db[name as keyof StewardDb] as unknown as Table<AnyRecord, string>;

/** The excerpts and the sync notes for records about to be written to a synced table. */
async function noteSynced(db: StewardDb, table: SyncedTable, records: readonly AnyRecord[], isNew: boolean): Promise<void> {
  const scope = currentScope();
  // An activity entry feeds no excerpt.
  if (table !== 'activity') for (const record of records) touchPartnership(partnershipOfRecord(table, record), table);
  if (!scope.writes) return;
  // What each record was: only the fields this write changes go to the documents, so a field another
  // machine changed (in the documents, not yet in the table) is not put back.
  const befores = isNew ? [] : await tableNamed(db, table).bulkGet(records.map((r) => String(r.id)));
  records.forEach((record, i) => scope.writes!.push({ table, record, before: befores[i] ?? undefined }));
}

/** Adds a new record to a synced table (an id already there fails the transaction), inside writeTransaction. */
export async function addRecord(db: StewardDb, table: SyncedTable, record: object): Promise<void> {
  await noteSynced(db, table, [record as AnyRecord], true);
  await tableNamed(db, table).add(record as AnyRecord);
}

/** addRecord for many records of one table, in one bulk write. */
export async function addRecords(db: StewardDb, table: SyncedTable, records: readonly object[]): Promise<void> {
  await noteSynced(db, table, records as readonly AnyRecord[], true);
  await tableNamed(db, table).bulkAdd(records as AnyRecord[]);
}

/** Writes a record, new or replacing its stored version, to a synced table, inside writeTransaction. */
export async function putRecord(db: StewardDb, table: SyncedTable, record: object): Promise<void> {
  await noteSynced(db, table, [record as AnyRecord], false);
  await tableNamed(db, table).put(record as AnyRecord);
}

/** putRecord for many records of one table, in one bulk write. */
export async function putRecords(db: StewardDb, table: SyncedTable, records: readonly object[]): Promise<void> {
  await noteSynced(db, table, records as readonly AnyRecord[], false);
  await tableNamed(db, table).bulkPut(records as AnyRecord[]);
}

/**
 * Puts records whole, for a restore that replaces the team's copy: every field of each goes to
 * the documents, not only those that changed here, so the team's later edits are undone too.
 */
export async function replaceRecords(db: StewardDb, table: SyncedTable, records: readonly object[]): Promise<void> {
  // Noted as new (no before-image): team sync writes a record without one whole.
  await noteSynced(db, table, records as readonly AnyRecord[], true);
  await tableNamed(db, table).bulkPut(records as AnyRecord[]);
}

/**
 * Any table's rows, for a restore: a synced table's through addRecords / putRecords, any other
 * (settings, the reminder ledger, exchange rates) as they are.
 */
export async function writeRows(db: StewardDb, name: string, rows: readonly object[], how: 'add' | 'put'): Promise<void> {
  if (isSyncedTable(name)) return how === 'add' ? addRecords(db, name, rows) : putRecords(db, name, rows);
  currentScope();
  const table = tableNamed(db, name);
  await (how === 'add' ? table.bulkAdd(rows as AnyRecord[]) : table.bulkPut(rows as AnyRecord[]));
}

/**
 * Empties a table, for a replace restore, inside writeTransaction; every partnership's excerpt
 * is then built again. A synced table cannot be emptied while team sync is on: the team's
 * documents would bring every record back (backup.ts refuses first, with the reason).
 */
export async function clearRows(db: StewardDb, name: string): Promise<void> {
  const scope = currentScope();
  if (isSyncedTable(name) && scope.writes) throw new Error(`The ${name} table cannot be emptied while team sync is on: the team's copy would bring its records back.`);
  touchEveryPartnership();
  await tableNamed(db, name).clear();
}

/** For a caller that asks before writing whether its writes go to the team (a restore). */
export const isSyncOn = (db: StewardDb): boolean => db.syncRecorder !== undefined;
