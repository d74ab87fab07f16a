// Team sync's client side: the app makes one sync context per database, which sets its recorder
// on the database: from then on every local write to a synced table, made through the one write
// path (writePath.ts), is noted in the sync outbox in its own transaction and, once that commits,
// reaches its partnership's Yjs documents; and every remote change to those documents reaches the
// tables through the same write path, as writes from the documents (never sent back). The
// network (a Hocuspocus provider per document) attaches to the documents openDocs gives; this
// module does not know it.
import type { PartnershipDocs } from '@shared/sync/documents';
import type { DbContext } from '../context';
import { applyPending, applyRecords } from './apply';
import type { Incoming } from './apply';
import { openDocs as openStoredDocs } from './docStore';
import type { OnRemote } from './docStore';
import { pushOnCommit, seedDocs as seedStoredDocs } from './push';
import type { Reconcile } from './push';
import type { SyncContext } from './syncContext';
import { createSyncState, outboxRows } from './syncContext';

export type { SyncContext } from './syncContext';
export { whenIdle, LOCAL_ORIGIN } from './syncContext';
export type { MemberOrigin } from './syncContext';
export { restoreConflictValue, listConflicts } from './conflicts';

const onRemote: OnRemote = async (ctx, partnershipId) => applyPending(ctx, partnershipId, await openStoredDocs(ctx, partnershipId, onRemote));

const reconcile: Reconcile = async (ctx, partnershipId, records) => applyRecords(ctx, await openStoredDocs(ctx, partnershipId, onRemote), records as readonly Incoming[], []);

export interface SyncOptions {
  /** Who this machine's edits are by, as the team knows them ("Alice"). */
  readonly member: string;
  /** Where refused records and failed steps are reported; console.warn by default. */
  readonly log?: (message: string) => void;
}

/**
 * Team sync for this database, from now on: sets the recorder through which the write path
 * (writePath.ts) hands this context every local write to a synced table. Open or not, the
 * database may already hold records: a record written before sync reaches the documents whole at
 * its next edit, and seedDocs puts a whole partnership in. One sync context per database.
 */
export function createSyncContext(app: DbContext, options: SyncOptions): SyncContext {
  if (app.db.syncRecorder) throw new Error('This database already has a sync context: make one per database.');
  const ctx = createSyncState(app, options.member, options.log ?? ((message) => console.warn(`Team sync: ${message}`)));
  const push = pushOnCommit(onRemote, reconcile);
  app.db.syncRecorder = {
    // The outbox row commits with the record: a write the app closed on before it reached the documents is sent at the next open.
    noteWrites: async (writes) => {
      const rows = outboxRows(writes);
      if (rows.length > 0) await app.db.syncOutbox.bulkPut(rows);
    },
    committed: (writes) => push(ctx, writes),
    roles: () => ctx.roles,
  };
  return ctx;
}

/**
 * Stops noting this database's writes for the team (the app leaving the team): writes made
 * after it do not reach the documents, which stay stored. A new sync context may then be made.
 */
export function stopSync(ctx: SyncContext): void {
  ctx.app.db.syncRecorder = undefined;
}

/** A partnership's two documents (loaded from this database on first use), for a provider to sync. */
export const openDocs = (ctx: SyncContext, partnershipId: string): Promise<PartnershipDocs> => openStoredDocs(ctx, partnershipId, onRemote);

/** Puts every record of a partnership that existed before sync into its documents (sharing it with the team). */
export const seedDocs = (ctx: SyncContext, partnershipId: string): Promise<void> => seedStoredDocs(ctx, partnershipId, onRemote);
