// Team sync's client side: the app makes one sync context per database (before it opens),
// and from then on every committed local write to a synced table reaches its partnership's
// Yjs documents, and every remote change to those documents reaches the tables through the
// same write path as a local edit. The network (a Hocuspocus provider per document) attaches
// to the documents openDocs gives; this module does not know it.
import type { PartnershipDocs } from '@shared/sync/documents';
import type { DbContext } from '../context';
import { applyPending, applyRecords } from './apply';
import type { Incoming } from './apply';
import { openDocs as openStoredDocs } from './docStore';
import type { OnRemote } from './docStore';
import { pushOnCommit, seedDocs as seedStoredDocs } from './push';
import type { Reconcile } from './push';
import type { SyncContext } from './syncContext';
import { createSyncState, watchWrites } from './syncContext';

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
 * Team sync for this database. Call before the database opens: it watches every write to the
 * synced tables from the first (a Dexie middleware, which Dexie builds when it opens).
 */
export function createSyncContext(app: DbContext, options: SyncOptions): SyncContext {
  if (app.db.isOpen()) throw new Error('Set up team sync before the database opens: it has to see every write from the first.');
  const ctx = createSyncState(app, options.member, options.log ?? ((message) => console.warn(`Team sync: ${message}`)));
  const onCommit = pushOnCommit(onRemote, reconcile);
  app.db.use({ stack: 'dbcore', name: 'steward-sync', create: (down) => watchWrites(ctx, down, onCommit) });
  return ctx;
}

/** A partnership's two documents (loaded from this database on first use), for a provider to sync. */
export const openDocs = (ctx: SyncContext, partnershipId: string): Promise<PartnershipDocs> => openStoredDocs(ctx, partnershipId, onRemote);

/** Puts every record of a partnership that existed before sync into its documents (sharing it with the team). */
export const seedDocs = (ctx: SyncContext, partnershipId: string): Promise<void> => seedStoredDocs(ctx, partnershipId, onRemote);
