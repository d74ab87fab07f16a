// Local edits into the documents: once a write transaction commits, each record it wrote to a
// synced table (noted by the write path, writePath.ts) goes into its partnership's documents, field by field and only where the value
// differs, so a field this machine did not change is never rewritten and another machine's
// edit of it survives the merge.
import type { PartnershipId } from '@shared/domain';
import { changedFields, readRecord, writeRecords } from '@shared/sync/documents';
import type { RecordEntry } from '@shared/sync/documents';
import { SYNCED_TABLES, partnershipOfRecord } from '@shared/sync/fields';
import type { OnRemote } from './docStore';
import { openDocs, saveUpdates } from './docStore';
import type { LocalWrite, SyncContext } from './syncContext';
import { LOCAL_ORIGIN, enqueue, isShared } from './syncContext';

/** The writes by partnership: each record as last written, with the fields changed since the transaction found it. */
function byPartnership(writes: readonly LocalWrite[]): Map<string, Map<string, RecordEntry>> {
  const firstBefore = new Map<string, LocalWrite['before'] | null>();
  const out = new Map<string, Map<string, RecordEntry>>();
  for (const write of writes.filter(isShared)) {
    const partnershipId = partnershipOfRecord(write.table, write.record);
    const key = `${write.table}/${String(write.record.id)}`;
    if (!firstBefore.has(key)) firstBefore.set(key, write.before ?? null);
    const before = firstBefore.get(key);
    const records = out.get(partnershipId) ?? new Map<string, RecordEntry>();
    records.set(key, before ? { table: write.table, record: write.record, fields: changedFields(before, write.record) } : { table: write.table, record: write.record });
    out.set(partnershipId, records);
  }
  return out;
}

/** Queues the writes of a committed transaction for the documents. */
export function pushOnCommit(onRemote: OnRemote, reconcile: Reconcile) {
  return (ctx: SyncContext, writes: readonly LocalWrite[]): void => {
    if (writes.length > 0) void enqueue(ctx, () => pushWrites(ctx, writes, onRemote, reconcile));
  };
}

/** Brings the tables in line with the documents for these records (apply.ts). */
export type Reconcile = (ctx: SyncContext, partnershipId: string, records: readonly { table: RecordEntry['table']; id: string }[]) => Promise<void>;

async function pushWrites(ctx: SyncContext, writes: readonly LocalWrite[], onRemote: OnRemote, reconcile: Reconcile): Promise<void> {
  for (const [partnershipId, records] of byPartnership(writes)) {
    const docs = await openDocs(ctx, partnershipId, onRemote);
    // A record the documents do not hold yet (written before this portfolio was synced) goes in whole.
    const entries = [...records.values()].map((entry) => (entry.fields && !readRecord(docs, entry.table, String((entry.record as LocalWrite['record']).id)) ? { table: entry.table, record: entry.record } : entry));
    writeRecords(docs, entries, LOCAL_ORIGIN, ctx.member);
    await saveUpdates(ctx);
    await ctx.app.db.syncOutbox.bulkDelete([...records.keys()]);
    // The documents may hold more than was pushed (another machine's fields of the same record,
    // merged in), and a remote change applied between this commit and now wrote the record from
    // the documents without these fields: the tables are brought in line with the documents.
    await reconcile(ctx, partnershipId, entries.map(({ table, record }) => ({ table, id: String((record as LocalWrite['record']).id) })));
  }
}

/**
 * Writes every record of a partnership the tables hold into its documents (only where they
 * differ), as this machine's edits: how a partnership that existed before it was shared enters
 * the team's copy. Runs in the sync queue.
 */
export function seedDocs(ctx: SyncContext, partnershipId: string, onRemote: OnRemote): Promise<void> {
  return enqueue(ctx, async () => {
    const { db } = ctx.app;
    const docs = await openDocs(ctx, partnershipId, onRemote);
    const [partnership, ...lists] = await Promise.all([db.partnerships.get(partnershipId as PartnershipId), ...SYNCED_TABLES.filter((t) => t !== 'partnerships').map((t) => db.table(t).where('partnershipId').equals(partnershipId).toArray())]);
    if (!partnership) throw new Error(`There is no partnership ${partnershipId} to share.`);
    const children = SYNCED_TABLES.filter((t) => t !== 'partnerships').flatMap((table, i) => (lists[i] as LocalWrite['record'][]).map((record) => ({ table, record, before: undefined })));
    const entries = [...byPartnership([{ table: 'partnerships', record: partnership as unknown as LocalWrite['record'], before: undefined }, ...children]).values()].flatMap((m) => [...m.values()]);
    writeRecords(docs, entries, LOCAL_ORIGIN, ctx.member);
    await saveUpdates(ctx);
  });
}
