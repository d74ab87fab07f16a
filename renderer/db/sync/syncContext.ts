// Team sync's state on this page, in one object the app owns (no module-level maps): the
// partnerships' open Yjs documents, the writes of local transactions waiting to reach them,
// remote changes waiting to reach the tables, and one queue that runs those steps one at a
// time, so a remote change and a local one never interleave between a read and a write.
import type { DBCore, DBCoreMutateRequest, DBCoreTable, DBCoreTransaction } from 'dexie';
import type { PartnershipDocs } from '@shared/sync/documents';
import type { FieldConflict, RecordChange } from '@shared/sync/changes';
import { isSyncedTable, partnershipOfRecord } from '@shared/sync/fields';
import type { SyncedTable } from '@shared/sync/fields';
import type { DbContext } from '../context';
import type { SyncOutboxRow, SyncUpdateRow } from './rows';

const OUTBOX = 'syncOutbox';

/** The origin of transactions that write this machine's edits into the documents. */
export const LOCAL_ORIGIN = Object.freeze({ steward: 'local edit' });
/** The origin of transactions that load a document from the database. */
export const LOAD_ORIGIN = Object.freeze({ steward: 'load' });

/** An origin a caller applying remote updates may give, to name the member they came from. */
export interface MemberOrigin {
  readonly member: string;
}

/** A record a local transaction wrote to a synced table. */
export interface LocalWrite {
  readonly table: SyncedTable;
  readonly record: Readonly<Record<string, unknown>>;
  /** The record as the transaction found it (undefined: it created it). */
  readonly before: Readonly<Record<string, unknown>> | undefined;
}

/** Remote changes to one partnership's documents not yet in the tables. */
export interface RemoteBatch {
  readonly changes: RecordChange[];
  readonly conflicts: FieldConflict[];
  /** The member the transactions' origin named, if one did. */
  member: string | undefined;
}

/** A remote record the tables refused, and why. */
export interface RefusedRecord {
  readonly table: SyncedTable;
  readonly id: string;
  readonly reason: string;
}

export interface SyncContext {
  readonly app: DbContext;
  /** Who this machine's edits are by ("changed by Alice"). */
  readonly member: string;
  /** Where a refused record or a failed step is reported (console.warn unless the app says otherwise). */
  readonly log: (message: string) => void;
  /** Each partnership's documents, opened (loaded from the database) on first use. */
  readonly docs: Map<string, Promise<PartnershipDocs>>;
  /** The Yjs client ids this machine wrote each document with, by document name. */
  readonly ownClients: Map<string, Set<number>>;
  /** The records each open local transaction wrote, by its IndexedDB transaction. */
  readonly captured: WeakMap<DBCoreTransaction, LocalWrite[]>;
  /** Transactions that apply remote changes: their writes are not sent back. */
  readonly applying: WeakSet<DBCoreTransaction>;
  /** Remote changes waiting for the tables, by partnership. */
  readonly pending: Map<string, RemoteBatch>;
  /** Document updates not yet stored in syncUpdates. */
  readonly unsaved: SyncUpdateRow[];
  /** Remote records refused so far (the last 100). */
  readonly refused: RefusedRecord[];
  /** The tail of the queue of steps. */
  queue: Promise<void>;
}

/** A fresh context's state (index.ts's createSyncContext also hooks it to the database). */
export function createSyncState(app: DbContext, member: string, log: (message: string) => void): SyncContext {
  return { app, member, log, docs: new Map(), ownClients: new Map(), captured: new WeakMap(), applying: new WeakSet(), pending: new Map(), unsaved: [], refused: [], queue: Promise.resolve() };
}

/** Runs `step` after every step queued before it; a failing step is logged and the queue goes on. */
export function enqueue(ctx: SyncContext, step: () => Promise<void>): Promise<void> {
  const run = ctx.queue.then(step).catch((error: unknown) => ctx.log(`a sync step failed: ${error instanceof Error ? error.message : String(error)}`));
  ctx.queue = run;
  return run;
}

/** Resolves once every queued step, and every step those queued, has run. */
export async function whenIdle(ctx: SyncContext): Promise<void> {
  let tail: Promise<void> | undefined;
  while (tail !== ctx.queue) {
    tail = ctx.queue;
    await tail;
  }
}

/** What to do with a committed local transaction's writes (push.ts sends them to the documents). */
export type OnCommit = (ctx: SyncContext, writes: readonly LocalWrite[]) => void;

function capture(ctx: SyncContext, onCommit: OnCommit, trans: DBCoreTransaction, table: SyncedTable, values: readonly unknown[], befores: readonly unknown[]): void {
  let writes = ctx.captured.get(trans);
  if (!writes) {
    const list: LocalWrite[] = [];
    writes = list;
    ctx.captured.set(trans, list);
    // DBCore's transaction is the IndexedDB transaction: its complete event says the writes are durable.
    (trans as unknown as IDBTransaction).addEventListener('complete', () => onCommit(ctx, list));
  }
  values.forEach((value, i) => {
    if (value !== null && typeof value === 'object') writes.push({ table, record: value as Readonly<Record<string, unknown>>, before: (befores[i] ?? undefined) as LocalWrite['before'] });
  });
}

/** The outbox rows for these writes: which records a committed transaction still has to bring to the documents. */
export function outboxRows(table: SyncedTable, values: readonly unknown[]): SyncOutboxRow[] {
  return values.flatMap((value) => {
    if (value === null || typeof value !== 'object') return [];
    const record = value as Readonly<Record<string, unknown>>;
    const partnershipId = partnershipOfRecord(table, record);
    return partnershipId ? [{ key: `${table}/${String(record.id)}`, table, recordId: String(record.id), partnershipId }] : [];
  });
}

function watchTable(ctx: SyncContext, onCommit: OnCommit, down: DBCore, table: DBCoreTable, name: SyncedTable, widened: WeakSet<DBCoreTransaction>): DBCoreTable {
  return {
    ...table,
    mutate(req: DBCoreMutateRequest) {
      if ((req.type !== 'add' && req.type !== 'put') || !widened.has(req.trans) || ctx.applying.has(req.trans)) return table.mutate(req);
      const { trans, values } = req;
      // What each record was before: only the fields this write changes go to the documents, so a
      // field another machine changed (already in the documents, not yet in the table) is not put back.
      const ids = values.map((v: unknown) => (v !== null && typeof v === 'object' ? (v as { id?: unknown }).id : undefined));
      const rows = outboxRows(name, values);
      return table
        .getMany({ trans, keys: ids })
        .then((befores) => {
          capture(ctx, onCommit, trans, name, values, befores);
          // The outbox row commits with the record: a write the app closed on before it reached the documents is sent at the next open.
          return down.table(OUTBOX).mutate({ type: 'put', trans, values: rows, keys: rows.map((r) => r.key) });
        })
        .then(() => table.mutate(req));
    },
  };
}

/**
 * The middleware: a read-write transaction over a synced table also covers the outbox, and
 * every add and put to a synced table outside a remote apply is captured (sent to the
 * documents once the transaction commits) and noted in the outbox in the same transaction.
 */
export function watchWrites(ctx: SyncContext, down: DBCore, onCommit: OnCommit): DBCore {
  const widened = new WeakSet<DBCoreTransaction>();
  return {
    ...down,
    transaction(stores, mode, options) {
      if (mode !== 'readwrite' || !stores.some(isSyncedTable)) return down.transaction(stores, mode, options);
      const trans = down.transaction(stores.includes(OUTBOX) ? stores : [...stores, OUTBOX], mode, options);
      widened.add(trans);
      return trans;
    },
    table(name: string) {
      const table = down.table(name);
      return isSyncedTable(name) ? watchTable(ctx, onCommit, down, table, name, widened) : table;
    },
  };
}
