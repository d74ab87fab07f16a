// Remote changes into the tables, through the same write path as local edits: a
// writeTransaction from the documents (so its writes are not sent back) landing what every
// waiting partnership received, putRecords and addRecords a table at a time (so the touched
// partnerships' excerpts follow, in the same transaction), each record validated with the
// domain's schema before it lands (a bad one is refused whole, with its reason logged, and the
// others land), deletes staying soft (a record's deletedAt is one more field), and an activity
// entry that says what arrived and from whom. These entries and the conflicts are this
// machine's: never sent back (LOCAL_ACTIVITY_SUFFIX).
import Dexie from 'dexie';
import type { ActivityAction, EntityName } from '@shared/domain';
import { BACKUP_TABLE_SCHEMAS } from '@shared/backup/format';
import type { Fields, PartnershipDocs } from '@shared/sync/documents';
import { canonicalJson, isInBothDocs, memberOfClient, readRecord } from '@shared/sync/documents';
import type { FieldConflict, RecordChange } from '@shared/sync/changes';
import { LOCAL_ACTIVITY_SUFFIX, SYNCED_TABLES, docOfField, partnershipOfRecord } from '@shared/sync/fields';
import type { SyncedTable } from '@shared/sync/fields';
import { fieldLabel } from '@shared/sync/fieldText';
import { addRecords, putRecords, writeTransaction } from '../writePath';
import { activityId } from '../records';
import type { SyncConflict } from './rows';
import type { RemoteBatch, SyncContext } from './syncContext';

const ENTITY_OF: Readonly<Record<SyncedTable, EntityName>> = {
  partnerships: 'partnership',
  intentVersions: 'intent',
  stakeholders: 'stakeholder',
  cadences: 'cadence',
  occurrences: 'occurrence',
  touchpoints: 'touchpoint',
  decisions: 'decision',
  commitments: 'commitment',
  healthChecks: 'health check',
  meetingPreps: 'meeting prep',
  goalMeasurements: 'goal measurement',
  opportunities: 'opportunity',
  valueEvents: 'value event',
  reviewSummaries: 'review summary',
  activity: 'partnership',
};

/** "commitment “Send the deck”", from whichever naming field the record has. */
export function recordLabel(table: SyncedTable, record: Fields | undefined): string {
  const name = ['name', 'title', 'statement', 'account', 'description', 'quarter'].map((f) => record?.[f]).find((v) => typeof v === 'string' && v.length > 0);
  return name === undefined ? ENTITY_OF[table] : `${ENTITY_OF[table]} “${String(name)}”`;
}

/** A record to bring from the documents into the tables, and what is known of the change. */
export interface Incoming {
  readonly table: SyncedTable;
  readonly id: string;
  readonly fields?: readonly string[];
  readonly by?: string;
}

function actionOf(before: Fields | undefined, after: Fields): ActivityAction {
  if (!before) return 'create';
  if (after.deletedAt && !before.deletedAt) return 'delete';
  if (!after.deletedAt && before.deletedAt) return 'restore';
  return 'update';
}

/** The table's records in a sentence: "412 touchpoints". */
const TABLE_NOUNS: Readonly<Record<SyncedTable, string>> = {
  partnerships: 'partnerships',
  intentVersions: 'intent versions',
  stakeholders: 'stakeholders',
  cadences: 'cadences',
  occurrences: 'meeting records',
  touchpoints: 'touchpoints',
  decisions: 'decisions',
  commitments: 'commitments',
  healthChecks: 'health checks',
  meetingPreps: 'meeting preparations',
  goalMeasurements: 'goal measurements',
  opportunities: 'opportunities',
  valueEvents: 'value events',
  reviewSummaries: 'review summaries',
  activity: 'activity entries',
};

const VERB: Readonly<Record<ActivityAction, string>> = { create: 'created', update: 'updated', delete: 'deleted', restore: 'restored', agree: 'agreed', import: 'imported' };

/** An activity entry only this machine keeps. */
function localEntry(ctx: SyncContext, entity: EntityName, entityId: string, partnershipId: string, action: ActivityAction, description: string) {
  const at = ctx.app.now().toISOString();
  return { id: `${activityId(at)}${LOCAL_ACTIVITY_SUFFIX}`, at, entity, entityId, partnershipId, action, description };
}

function refuse(ctx: SyncContext, table: SyncedTable, id: string, reason: string): void {
  ctx.refused.push({ table, id, reason });
  if (ctx.refused.length > 100) ctx.refused.shift();
  ctx.log(`refused a remote ${ENTITY_OF[table]} (${table} ${id}): ${reason}`);
}

/** A record from the documents, checked: valid and of this partnership. */
interface Checked {
  readonly docs: PartnershipDocs;
  readonly incoming: Incoming;
  readonly record: Fields;
}

/** The record as the documents hold it, if the domain's schema and the partnership accept it (else refused, with the reason logged). */
function check(ctx: SyncContext, docs: PartnershipDocs, incoming: Incoming): Checked | undefined {
  const { table, id } = incoming;
  const merged = readRecord(docs, table, id);
  if (!merged) return undefined;
  const parsed = BACKUP_TABLE_SCHEMAS[table].safeParse(merged);
  if (!parsed.success) {
    // A new record's shared and internal fields travel in two documents: with one half here and
    // the other still on its way, it waits (it lands when the other half arrives); a record
    // whose two halves are here and still does not validate is refused.
    if (isInBothDocs(docs, table, id)) refuse(ctx, table, id, parsed.error.issues.map((i) => `${i.path.join('.') || 'record'}: ${i.message}`).join('; '));
    return undefined;
  }
  const record = parsed.data as Fields;
  if (partnershipOfRecord(table, record) !== docs.partnershipId) {
    refuse(ctx, table, id, `it names partnership ${partnershipOfRecord(table, record)}, not ${docs.partnershipId}`);
    return undefined;
  }
  return { docs, incoming, record };
}

/** A record that lands, with what the table held before it. */
interface Landed extends Checked {
  readonly before: Fields | undefined;
}

/** How many of these partnerships' records the table holds: a native count of an index range each. */
async function heldCount(ctx: SyncContext, table: Exclude<SyncedTable, 'partnerships'>, partnershipIds: readonly string[]): Promise<number> {
  const records = ctx.app.db.table(table);
  // The activity table is indexed by [partnershipId+at], every other by partnershipId.
  const ranges = partnershipIds.map((id) => (table === 'activity' ? records.where('[partnershipId+at]').between([id, Dexie.minKey], [id, Dexie.maxKey]) : records.where('partnershipId').equals(id)));
  const counts = await Promise.all(ranges.map((range) => range.count()));
  return counts.reduce((sum, n) => sum + n, 0);
}

/**
 * What the table holds of these records. A machine joining the team holds none of a partnership's
 * records when they arrive, and reading each missing id costs a request of its own: a count of
 * the partnerships' records in the table (an index range or two) says when there is nothing to read.
 */
async function storedVersions(ctx: SyncContext, table: SyncedTable, checked: readonly Checked[]): Promise<(Fields | undefined)[]> {
  const partnershipIds = [...new Set(checked.map((c) => c.docs.partnershipId))];
  if (table !== 'partnerships' && checked.length >= ONE_BY_ONE_READS && (await heldCount(ctx, table, partnershipIds)) === 0) return checked.map(() => undefined);
  return (await ctx.app.db.table(table).bulkGet(checked.map((c) => c.incoming.id))) as (Fields | undefined)[];
}

/** Below this many records of one table arriving, they are read by id without counting first (a remote edit: one or a few). */
const ONE_BY_ONE_READS = 20;

/**
 * Writes the records of one table that differ from the table's copies, in one bulk read and
 * one bulk write: a joining machine receives a portfolio's records at once, and one IndexedDB
 * request per record (a round trip to the browser's database process each) made pulling a
 * 16k-record portfolio take half a minute.
 */
async function landTable(ctx: SyncContext, table: SyncedTable, checked: readonly Checked[]): Promise<Landed[]> {
  if (checked.length === 0) return [];
  const befores = await storedVersions(ctx, table, checked);
  const landed = checked.map((c, i) => ({ ...c, before: befores[i] ?? undefined })).filter((c) => !c.before || canonicalJson(c.before) !== canonicalJson(c.record));
  if (landed.length > 0) await putRecords(ctx.app.db, table, landed.map((c) => c.record));
  return landed;
}

/** Above this many records of one table arriving alike (same action, same member), one entry says so instead of one each. */
export const NOTED_ONE_BY_ONE = 10;

/** "Synced: commitment “Send the deck” updated by Bob (dueOn)". */
function landedEntry(ctx: SyncContext, docs: PartnershipDocs, table: SyncedTable, landed: Landed) {
  const { incoming, record, before } = landed;
  const action = actionOf(before, record);
  const fields = action === 'update' ? ` (${(incoming.fields ?? []).filter((f) => f !== 'updatedAt').join(', ')})` : '';
  const by = incoming.by ? ` by ${incoming.by}` : '';
  return localEntry(ctx, ENTITY_OF[table], incoming.id, docs.partnershipId, action, `Synced: ${recordLabel(table, record)} ${VERB[action]}${by}${fields === ' ()' ? '' : fields}`);
}

/**
 * The activity entries saying what landed: one per record, except where many records of the
 * table arrived alike (a machine joining the team receives every record of a partnership),
 * which one entry counts: "Synced: 412 touchpoints created by Alice".
 */
function landedEntries(ctx: SyncContext, docs: PartnershipDocs, table: SyncedTable, landed: readonly Landed[]) {
  if (table === 'activity') return [];
  const alike = new Map<string, Landed[]>();
  for (const one of landed) {
    const key = `${actionOf(one.before, one.record)}\n${one.incoming.by ?? ''}`;
    alike.set(key, [...(alike.get(key) ?? []), one]);
  }
  return [...alike.values()].flatMap((group) => {
    if (group.length <= NOTED_ONE_BY_ONE) return group.map((one) => landedEntry(ctx, docs, table, one));
    const action = actionOf(group[0]!.before, group[0]!.record);
    const by = group[0]!.incoming.by ? ` by ${group[0]!.incoming.by}` : '';
    return [localEntry(ctx, ENTITY_OF[table], '', docs.partnershipId, action, `Synced: ${group.length} ${TABLE_NOUNS[table]} ${VERB[action]}${by}`)];
  });
}

const showValue = (value: unknown): string => (value === undefined ? '(empty)' : typeof value === 'string' ? `“${value}”` : JSON.stringify(value));

function conflictEntry(ctx: SyncContext, docs: PartnershipDocs, conflict: SyncConflict) {
  // The field in the forms' words; when the other member changed it, the conflict card above
  // the history says in the user's own format and zone (stored text cannot follow the Settings).
  const who = conflict.by ?? 'another member';
  const kept = conflict.kept === 'theirs' ? `their value replaced yours (${showValue(conflict.ours)})` : `yours was kept; theirs was ${showValue(conflict.theirs)}`;
  const record = readRecord(docs, conflict.table, conflict.recordId);
  const text = `Conflict on ${recordLabel(conflict.table, record)}: ${fieldLabel(conflict.table, conflict.field)} was changed by ${who} while you had changed it too — ${kept}.`;
  return localEntry(ctx, ENTITY_OF[conflict.table], conflict.recordId, docs.partnershipId, 'update', text);
}

function toConflict(ctx: SyncContext, docs: PartnershipDocs, conflict: FieldConflict, member: string | undefined): SyncConflict {
  const at = ctx.app.now().toISOString();
  // Their own updatedAt (changes.ts), never the record's merged one: that may be another machine's.
  const changedAt = conflict.changedAt;
  const by = conflict.by ?? member;
  return { id: `${at}-${conflict.table}-${conflict.id}-${conflict.field}`, partnershipId: docs.partnershipId, table: conflict.table, recordId: conflict.id, field: conflict.field, ours: conflict.ours, theirs: conflict.theirs, kept: conflict.kept, at, ...(by ? { by } : {}), ...(changedAt ? { changedAt } : {}) };
}

/** The member who wrote a change: the origin's, else the one the document names for its writer. */
function authorOf(docs: PartnershipDocs, change: RecordChange, member: string | undefined): string | undefined {
  if (member) return member;
  const doc = docOfField(change.table, change.fields[0] ?? 'id') === 'shared' ? docs.shared : docs.internal;
  return change.clients.map((c) => memberOfClient(doc, c)).find((m) => m !== undefined);
}

/** One partnership's remote changes on their way into the tables. */
export interface Arrival {
  readonly docs: PartnershipDocs;
  readonly incoming: readonly Incoming[];
  readonly conflicts: readonly SyncConflict[];
}

/** The tables the arrivals write, the partnerships first: a new partnership is in its table before its records. */
function tablesInOrder(arrivals: readonly Arrival[]): SyncedTable[] {
  const tables = new Set(arrivals.flatMap((a) => a.incoming.map((one) => one.table)));
  return SYNCED_TABLES.filter((table) => tables.has(table));
}

/** The activity entries saying what landed of a table, partnership by partnership. */
function entriesOf(ctx: SyncContext, table: SyncedTable, landed: readonly Landed[]) {
  const byDocs = new Map<PartnershipDocs, Landed[]>();
  for (const one of landed) {
    const ones = byDocs.get(one.docs) ?? [];
    ones.push(one);
    byDocs.set(one.docs, ones);
  }
  return [...byDocs].flatMap(([docs, ones]) => landedEntries(ctx, docs, table, ones));
}

/**
 * One writeTransaction bringing these partnerships' records (and conflicts) from the documents
 * into the tables, table by table, each in one bulk read and write across the partnerships. The
 * write path rebuilds each touched partnership's excerpt before the transaction ends, so the
 * records and their excerpts commit together, and stores the documents' updates with them.
 */
export async function applyArrivals(ctx: SyncContext, arrivals: readonly Arrival[]): Promise<void> {
  const { db } = ctx.app;
  const tables = [...SYNCED_TABLES.map((t) => db.table(t)), db.syncUpdates, db.syncConflicts, db.syncDocs];
  const write = async () => {
    const entries = [];
    for (const table of tablesInOrder(arrivals)) {
      const checked = arrivals.flatMap((a) => a.incoming.filter((one) => one.table === table).flatMap((one) => check(ctx, a.docs, one) ?? []));
      entries.push(...entriesOf(ctx, table, await landTable(ctx, table, checked)));
    }
    const noted = arrivals.flatMap((a) => a.conflicts.map((c) => conflictEntry(ctx, a.docs, c)));
    if (entries.length + noted.length > 0) await addRecords(db, 'activity', [...entries, ...noted]);
    const conflicts = arrivals.flatMap((a) => a.conflicts);
    if (conflicts.length > 0) await db.syncConflicts.bulkPut([...conflicts]);
    const rows = ctx.unsaved.splice(0);
    try {
      if (rows.length > 0) await db.syncUpdates.bulkAdd(rows);
    } catch (error) {
      ctx.unsaved.unshift(...rows);
      throw error;
    }
  };
  // From the documents: the write path refreshes the excerpts and sends nothing back.
  await writeTransaction(db, tables, write, { fromDocuments: true });
}

/** One writeTransaction bringing these records (and these conflicts) of one partnership from the documents into the tables. */
export function applyRecords(ctx: SyncContext, docs: PartnershipDocs, incoming: readonly Incoming[], conflicts: readonly SyncConflict[]): Promise<void> {
  return applyArrivals(ctx, [{ docs, incoming, conflicts }]);
}

/** The records a batch of remote changes touched, each once, with every field it changed and who changed it. */
function arrivalOf(ctx: SyncContext, docs: PartnershipDocs, batch: RemoteBatch): Arrival {
  const byRecord = new Map<string, Incoming>();
  for (const change of batch.changes) {
    const key = `${change.table}/${change.id}`;
    const seen = byRecord.get(key);
    const fields = [...new Set([...(seen?.fields ?? []), ...change.fields])].sort();
    byRecord.set(key, { table: change.table, id: change.id, fields, by: seen?.by ?? authorOf(docs, change, batch.member) });
  }
  return { docs, incoming: [...byRecord.values()], conflicts: batch.conflicts.map((c) => toConflict(ctx, docs, c, batch.member)) };
}

/**
 * Above this many remote changes, the partnerships still waiting are left for the next
 * transaction: one transaction per partnership made a joining machine wait on a commit per
 * partnership, and one for a whole portfolio would hold every record of it in memory at once.
 */
export const CHANGES_PER_TRANSACTION = 20_000;

/** The partnership's waiting changes and, up to CHANGES_PER_TRANSACTION, those of the partnerships waiting after it, taken from the pending map. */
function takePending(ctx: SyncContext, partnershipId: string): [string, RemoteBatch][] {
  const first = ctx.pending.get(partnershipId);
  if (!first) return [];
  const taken: [string, RemoteBatch][] = [[partnershipId, first]];
  let changes = first.changes.length;
  for (const [id, batch] of ctx.pending) {
    if (id === partnershipId) continue;
    if (changes + batch.changes.length > CHANGES_PER_TRANSACTION) break;
    taken.push([id, batch]);
    changes += batch.changes.length;
  }
  for (const [id] of taken) ctx.pending.delete(id);
  return taken;
}

/**
 * Applies the remote changes noted for a partnership (docStore.ts queues this once per batch),
 * together with every other partnership's that arrived meanwhile, in one transaction. Nothing
 * waits for more to arrive: a single remote edit lands as soon as the queue reaches it.
 */
export async function applyPending(ctx: SyncContext, partnershipId: string, docsOf: (partnershipId: string) => Promise<PartnershipDocs>): Promise<void> {
  const taken = takePending(ctx, partnershipId);
  if (taken.length === 0) return;
  const arrivals = await Promise.all(taken.map(async ([id, batch]) => arrivalOf(ctx, await docsOf(id), batch)));
  try {
    await applyArrivals(ctx, arrivals);
  } catch (error) {
    if (arrivals.length === 1) throw error;
    // One partnership whose landing fails must not keep the others' records out: each is tried alone.
    for (const arrival of arrivals) {
      await applyArrivals(ctx, [arrival]).catch((alone: unknown) => ctx.log(`a sync step failed for partnership ${arrival.docs.partnershipId}: ${alone instanceof Error ? alone.message : String(alone)}`));
    }
  }
}
