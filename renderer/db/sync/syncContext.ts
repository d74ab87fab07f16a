// Team sync's state on this page, in one object the app owns (no module-level maps): the
// partnerships' open Yjs documents, remote changes waiting to reach the tables, and one queue
// that runs the steps (a committed local transaction's writes into the documents, remote
// changes into the tables) one at a time, so a remote change and a local one never interleave
// between a read and a write.
import type { PartnershipDocs } from '@shared/sync/documents';
import type { FieldConflict, RecordChange } from '@shared/sync/changes';
import { isLocalActivityId, partnershipOfRecord } from '@shared/sync/fields';
import type { SyncedTable } from '@shared/sync/fields';
import type { Role } from '@shared/sync/protocol';
import type { DbContext } from '../context';
import type { LocalWrite } from '../writePath';
import type { SyncOutboxRow, SyncUpdateRow } from './rows';

/** The origin of transactions that write this machine's edits into the documents. */
export const LOCAL_ORIGIN = Object.freeze({ steward: 'local edit' });
/** The origin of transactions that load a document from the database. */
export const LOAD_ORIGIN = Object.freeze({ steward: 'load' });

/** An origin a caller applying remote updates may give, to name the member they came from. */
export interface MemberOrigin {
  readonly member: string;
}

export type { LocalWrite } from '../writePath';

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
  /** Remote changes waiting for the tables, by partnership. */
  readonly pending: Map<string, RemoteBatch>;
  /** Document updates not yet stored in syncUpdates. */
  readonly unsaved: SyncUpdateRow[];
  /** Remote records refused so far (the last 100). */
  readonly refused: RefusedRecord[];
  /** The tail of the queue of steps. */
  queue: Promise<void>;
  /** This member's role per partnership from the team server's last access list (set by the connection); undefined before it answered. */
  roles: ReadonlyMap<string, Role> | undefined;
}

/** A fresh context's state (index.ts's createSyncContext also sets its recorder on the database). */
export function createSyncState(app: DbContext, member: string, log: (message: string) => void): SyncContext {
  return { app, member, log, docs: new Map(), ownClients: new Map(), pending: new Map(), unsaved: [], refused: [], queue: Promise.resolve(), roles: undefined };
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

/** Whether a write belongs in the documents: not this machine's own activity notes, not a portfolio-wide entry. */
export function isShared(write: LocalWrite): boolean {
  if (write.table !== 'activity') return true;
  return !isLocalActivityId(String(write.record.id)) && String(write.record.partnershipId ?? '') !== '';
}

/** The outbox rows for these writes: which records a committed transaction still has to bring to the documents. */
export function outboxRows(writes: readonly LocalWrite[]): SyncOutboxRow[] {
  return writes.filter(isShared).map(({ table, record }) => ({ key: `${table}/${String(record.id)}`, table, recordId: String(record.id), partnershipId: partnershipOfRecord(table, record) }));
}
