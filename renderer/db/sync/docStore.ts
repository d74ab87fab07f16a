// A partnership's two Yjs documents, kept in this database as the updates that made them
// (syncUpdates): opened once per sync context, loaded by applying the stored updates (merged
// into one row, so a document does not grow a row per edit forever), and watched, so what a
// remote transaction changes is queued for the tables (apply.ts).
//
// Why a table of updates and not y-dexie: y-dexie keeps a Y.Doc as a property of a row of
// an app table and needs the database opened with its addon; our documents are not any one
// row's (a partnership's shared half holds fourteen tables' records) and the records stay the
// query layer, so a plain table of encoded updates, as y-indexeddb keeps them, is all we need
// and leaves the existing tables' declarations untouched.
import * as Y from 'yjs';
import type { PartnershipDocs } from '@shared/sync/documents';
import { createPartnershipDocs, docNames, docOf, writeRecords } from '@shared/sync/documents';
import { conflictsOf, recordChangesOf } from '@shared/sync/changes';
import type { DeepEvent } from '@shared/sync/changes';
import { SYNCED_TABLES, isSyncedTable } from '@shared/sync/fields';
import type { DocKind } from '@shared/sync/fields';
import type { MemberOrigin, RemoteBatch, SyncContext } from './syncContext';
import { LOAD_ORIGIN, LOCAL_ORIGIN, enqueue } from './syncContext';

/** What to do once remote changes to a partnership have been noted (apply.ts). */
export type OnRemote = (ctx: SyncContext, partnershipId: string) => Promise<void>;

const isMemberOrigin = (origin: unknown): origin is MemberOrigin => origin !== null && typeof origin === 'object' && typeof (origin as { member?: unknown }).member === 'string';

/** The partnership's documents, loaded from the database on first use. */
export function openDocs(ctx: SyncContext, partnershipId: string, onRemote: OnRemote): Promise<PartnershipDocs> {
  let docs = ctx.docs.get(partnershipId);
  if (!docs) {
    docs = loadDocs(ctx, partnershipId, onRemote);
    ctx.docs.set(partnershipId, docs);
  }
  return docs;
}

async function loadDocs(ctx: SyncContext, partnershipId: string, onRemote: OnRemote): Promise<PartnershipDocs> {
  const docs = createPartnershipDocs(partnershipId);
  const names = docNames(partnershipId);
  for (const kind of ['shared', 'internal'] as const) await loadDoc(ctx, docOf(docs, kind), names[kind], partnershipId);
  for (const kind of ['shared', 'internal'] as const) watchDoc(ctx, docs, kind, names[kind], onRemote);
  await sendOutbox(ctx, docs);
  return docs;
}

/**
 * Brings the records of the partnership still in the outbox (committed, but the app closed
 * before they reached the documents) into the documents, as this machine's edits.
 */
async function sendOutbox(ctx: SyncContext, docs: PartnershipDocs): Promise<void> {
  const { db } = ctx.app;
  const rows = await db.syncOutbox.where('partnershipId').equals(docs.partnershipId).toArray();
  if (rows.length === 0) return;
  const records = await Promise.all(rows.map((row) => db.table(row.table).get(row.recordId) as Promise<Readonly<Record<string, unknown>> | undefined>));
  const entries = rows.flatMap((row, i) => (records[i] && isSyncedTable(row.table) ? [{ table: row.table, record: records[i] }] : []));
  writeRecords(docs, entries, LOCAL_ORIGIN, ctx.member);
  await saveUpdates(ctx);
  await db.syncOutbox.bulkDelete(rows.map((row) => row.key));
}

/** Applies the stored updates, stores them back as one, and notes this session's client id as ours. */
async function loadDoc(ctx: SyncContext, doc: Y.Doc, name: string, partnershipId: string): Promise<void> {
  const { db } = ctx.app;
  await db.transaction('rw', [db.syncUpdates, db.syncDocs], async () => {
    const rows = await db.syncUpdates.where('doc').equals(name).toArray();
    if (rows.length > 0) Y.applyUpdate(doc, Y.mergeUpdates(rows.map((r) => r.update)), LOAD_ORIGIN);
    if (rows.length > 1) {
      await db.syncUpdates.bulkDelete(rows.map((r) => r.seq!));
      await db.syncUpdates.add({ doc: name, update: Y.encodeStateAsUpdate(doc) });
    }
    const known = (await db.syncDocs.get(name))?.clients ?? [];
    const clients = [...new Set([...known, doc.clientID])];
    await db.syncDocs.put({ doc: name, partnershipId, clients });
    ctx.ownClients.set(name, new Set(clients));
  });
}

function batchOf(ctx: SyncContext, partnershipId: string, onRemote: OnRemote): RemoteBatch {
  let batch = ctx.pending.get(partnershipId);
  if (!batch) {
    batch = { changes: [], conflicts: [], member: undefined };
    ctx.pending.set(partnershipId, batch);
    void enqueue(ctx, () => onRemote(ctx, partnershipId));
  }
  return batch;
}

/** Notes what remote transactions change (at once: the replaced values are gone after), and keeps every update for syncUpdates. */
function watchDoc(ctx: SyncContext, docs: PartnershipDocs, kind: DocKind, name: string, onRemote: OnRemote): void {
  const doc = docOf(docs, kind);
  const isOurs = (client: number) => ctx.ownClients.get(name)?.has(client) ?? false;
  for (const table of SYNCED_TABLES) {
    doc.getMap(table).observeDeep((events: DeepEvent[], tr: Y.Transaction) => {
      if (tr.origin === LOCAL_ORIGIN || tr.origin === LOAD_ORIGIN) return;
      const batch = batchOf(ctx, docs.partnershipId, onRemote);
      batch.changes.push(...recordChangesOf(events));
      batch.conflicts.push(...conflictsOf(events, isOurs));
      if (isMemberOrigin(tr.origin)) batch.member = tr.origin.member;
    });
  }
  doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin === LOAD_ORIGIN) return;
    ctx.unsaved.push({ doc: name, update });
    // The steps that write records store the updates with them; one that changed no record (a member's name) is stored by this one.
    if (ctx.unsaved.length === 1) void enqueue(ctx, () => saveUpdates(ctx));
  });
}

/** Stores the documents' updates made since the last store. */
export async function saveUpdates(ctx: SyncContext): Promise<void> {
  const rows = ctx.unsaved.splice(0);
  if (rows.length === 0) return;
  try {
    await ctx.app.db.syncUpdates.bulkAdd(rows);
  } catch (error) {
    ctx.unsaved.unshift(...rows);
    throw error;
  }
}
