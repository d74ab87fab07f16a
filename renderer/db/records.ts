// The generic write path every entity repository uses: validate, build the
// record, and write it together with its activity entry in one transaction.
import type { Table } from 'dexie';
import type { z } from 'zod';
import type { ActivityAction, EntityName, PARTNERSHIP_CHILD_TABLES, RecordBase } from '@shared/domain';
import { parseOrThrow } from '@shared/domain';
import { newId } from './ids';
import { describeChange } from '@shared/changes';
import type { DbContext } from './context';
import { NotFoundError } from './context';
import { addRecord, addRecords, putRecord, putRecords, writeTransaction } from './writePath';
import type { StewardDb } from './schema';

type RecordTableName = 'partnerships' | (typeof PARTNERSHIP_CHILD_TABLES)[number];

/** How one kind of record is validated, stored and named in the log. */
export interface RecordSpec<TSchema extends z.ZodType, TRecord extends RecordBase> {
  readonly table: RecordTableName;
  readonly entity: EntityName;
  readonly schema: TSchema;
  /** The parsed input as stored fields (e.g. drop empty optional days). */
  readonly toFields: (input: z.output<TSchema>) => Omit<TRecord, keyof RecordBase>;
  /** Which partnership a record belongs to (a partnership belongs to itself). */
  readonly partnershipOf: (record: TRecord) => string;
  /** A short name for the log: "Partnership “Acme co-sell”". */
  readonly label: (record: TRecord) => string;
}

export function tableOf<TRecord extends RecordBase>(db: StewardDb, name: RecordTableName): Table<TRecord, string> {
  return db.table(name) as Table<TRecord, string>;
}

let activitySequence = 0;

/**
 * Activity ids sort in write order: IndexedDB orders entries with the same `at` by
 * primary key, and several entries often share a millisecond (one transaction logs a
 * touchpoint, its decisions and follow-ups). Time, then a per-page counter, then a
 * random part keeps them unique across windows and machines.
 */
export function activityId(at: string): string {
  activitySequence = (activitySequence + 1) % 1_679_616; // 36^4
  return `${at}-${activitySequence.toString(36).padStart(4, '0')}-${newId()}`;
}

export function activityEntry(ctx: DbContext, entity: EntityName, entityId: string, partnershipId: string, action: ActivityAction, description: string) {
  const at = ctx.now().toISOString();
  return { id: activityId(at), at, entity, entityId, partnershipId, action, description };
}

/** `id`: for a record unique by a key, the id made from it (shared/sync/keys.ts); otherwise a new one. */
export async function createRecord<S extends z.ZodType, R extends RecordBase>(ctx: DbContext, spec: RecordSpec<S, R>, input: unknown, id: string = newId()): Promise<R> {
  const fields = spec.toFields(parseOrThrow(spec.schema, input));
  const at = ctx.now().toISOString();
  const record = { ...fields, id, createdAt: at, updatedAt: at } as unknown as R;
  const table = tableOf<R>(ctx.db, spec.table);
  await writeTransaction(ctx.db, [table, ctx.db.activity], async () => {
    await Promise.all([addRecord(ctx.db, spec.table, record), addRecord(ctx.db, 'activity', activityEntry(ctx, spec.entity, record.id, spec.partnershipOf(record), 'create', `Created ${spec.label(record)}`))]);
  });
  return record;
}

/**
 * createRecord for many records of one kind (CSV import): every input validated first,
 * then the records and their 'create' entries written with bulkAdd in one transaction —
 * a sub-transaction per record made 10,000 rows take most of a minute in Chromium.
 */
export async function createRecords<S extends z.ZodType, R extends RecordBase>(ctx: DbContext, spec: RecordSpec<S, R>, inputs: readonly unknown[]): Promise<R[]> {
  const at = ctx.now().toISOString();
  const records = inputs.map((input) => ({ ...spec.toFields(parseOrThrow(spec.schema, input)), id: newId(), createdAt: at, updatedAt: at }) as unknown as R);
  const table = tableOf<R>(ctx.db, spec.table);
  await writeTransaction(ctx.db, [table, ctx.db.activity], async () => {
    await addRecords(ctx.db, spec.table, records);
    await addRecords(ctx.db, 'activity', records.map((r) => activityEntry(ctx, spec.entity, r.id, spec.partnershipOf(r), 'create', `Created ${spec.label(r)}`)));
  });
  return records;
}

export async function updateRecord<S extends z.ZodType, R extends RecordBase>(ctx: DbContext, spec: RecordSpec<S, R>, id: string, input: unknown): Promise<R> {
  const fields = spec.toFields(parseOrThrow(spec.schema, input));
  const table = tableOf<R>(ctx.db, spec.table);
  return writeTransaction(ctx.db, [table, ctx.db.activity], async () => {
    const before = await table.get(id);
    if (!before || before.deletedAt) throw new NotFoundError(spec.entity, id);
    const after = { ...fields, id, createdAt: before.createdAt, updatedAt: ctx.now().toISOString() } as unknown as R;
    const change = describeChange(before as unknown as Record<string, unknown>, after as unknown as Record<string, unknown>);
    if (change === 'No changes') return before;
    await Promise.all([putRecord(ctx.db, spec.table, after), addRecord(ctx.db, 'activity', activityEntry(ctx, spec.entity, id, spec.partnershipOf(after), 'update', `Updated ${spec.label(after)}: ${change}`))]);
    return after;
  });
}

/** Soft delete: the record stays, marked deleted, so it can be restored (undo, trash). */
export async function deleteRecord<S extends z.ZodType, R extends RecordBase>(ctx: DbContext, spec: RecordSpec<S, R>, id: string): Promise<void> {
  await setDeleted(ctx, spec, id, true);
}

/** deleteRecord for many records of one kind (undoing an import), with bulk writes in one transaction. */
export async function deleteRecords<S extends z.ZodType, R extends RecordBase>(ctx: DbContext, spec: RecordSpec<S, R>, ids: readonly string[]): Promise<void> {
  const table = tableOf<R>(ctx.db, spec.table);
  await writeTransaction(ctx.db, [table, ctx.db.activity], async () => {
    const records = await table.bulkGet([...ids]);
    const at = ctx.now().toISOString();
    const live = records.filter((r): r is R => r !== undefined && !r.deletedAt);
    await putRecords(ctx.db, spec.table, live.map((r) => ({ ...r, deletedAt: at, updatedAt: at })));
    await addRecords(ctx.db, 'activity', live.map((r) => activityEntry(ctx, spec.entity, r.id, spec.partnershipOf(r), 'delete', `Deleted ${spec.label(r)}`)));
  });
}

export async function restoreRecord<S extends z.ZodType, R extends RecordBase>(ctx: DbContext, spec: RecordSpec<S, R>, id: string): Promise<void> {
  await setDeleted(ctx, spec, id, false);
}

async function setDeleted<S extends z.ZodType, R extends RecordBase>(ctx: DbContext, spec: RecordSpec<S, R>, id: string, isDeleted: boolean) {
  const table = tableOf<R>(ctx.db, spec.table);
  await writeTransaction(ctx.db, [table, ctx.db.activity], async () => {
    const record = await table.get(id);
    if (!record) throw new NotFoundError(spec.entity, id);
    if (Boolean(record.deletedAt) === isDeleted) return;
    const at = ctx.now().toISOString();
    const { deletedAt: _previous, ...rest } = record;
    const next = (isDeleted ? { ...rest, deletedAt: at, updatedAt: at } : { ...rest, updatedAt: at }) as R;
    const action = isDeleted ? 'delete' : 'restore';
    await Promise.all([putRecord(ctx.db, spec.table, next), addRecord(ctx.db, 'activity', activityEntry(ctx, spec.entity, id, spec.partnershipOf(record), action, `${isDeleted ? 'Deleted' : 'Restored'} ${spec.label(record)}`))]);
  });
}
