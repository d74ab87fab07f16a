import type { z } from 'zod';
import type { Partnership, PartnershipId, RecordBase } from '@shared/domain';
import { ValidationError, parseOrThrow } from '@shared/domain';
import type { DbContext } from './context';
import { NotFoundError } from './context';
import type { RecordSpec } from './records';
import { createRecord, restoreRecord, tableOf, updateRecord } from './records';
import type { StewardDb } from './schema';
import { writeTransaction } from './writePath';

// Every record of a partnership is written only while its partnership exists and is
// not archived, checked inside the write's own transaction. These wrap the generic
// records.ts write path in an outer transaction that also covers `partnerships`
// (records.ts then runs as a Dexie sub-transaction of it: one IndexedDB transaction).

export class ArchivedPartnershipError extends Error {
  constructor(partnership: Pick<Partnership, 'name'>) {
    super(`The partnership “${partnership.name}” is archived: restore it before adding or changing its records.`);
    this.name = 'ArchivedPartnershipError';
  }
}

/** The partnership, if it exists and is not archived; call inside a transaction over `partnerships`. */
export async function requireOpenPartnership(db: StewardDb, partnershipId: string): Promise<Partnership> {
  // Children store the id as a plain string; it is a partnership id by construction.
  const partnership = await db.partnerships.get(partnershipId as PartnershipId);
  if (!partnership) throw new NotFoundError('partnership', partnershipId);
  if (partnership.deletedAt) throw new ArchivedPartnershipError(partnership);
  return partnership;
}

interface ChildFields {
  readonly partnershipId: string;
}

export async function createChild<S extends z.ZodType<ChildFields>, R extends RecordBase & ChildFields>(
  ctx: DbContext,
  spec: RecordSpec<S, R>,
  input: unknown,
  id?: string,
): Promise<R> {
  const { partnershipId } = parseOrThrow(spec.schema, input);
  return writeTransaction(ctx.db, [ctx.db.partnerships, tableOf(ctx.db, spec.table), ctx.db.activity], async () => {
    await requireOpenPartnership(ctx.db, partnershipId);
    return createRecord(ctx, spec, input, id);
  });
}

/**
 * The live record of a kind unique by a key, made or brought back under the id made from that
 * key (shared/sync/keys.ts), so two machines that make it offline make one: a deleted one with
 * that id is restored and updated, else it is created with it.
 */
export async function createKeyedChild<S extends z.ZodType<ChildFields>, R extends RecordBase & ChildFields>(
  ctx: DbContext,
  spec: RecordSpec<S, R>,
  input: unknown,
  id: string,
): Promise<R> {
  const table = tableOf<R>(ctx.db, spec.table);
  return writeTransaction(ctx.db, [ctx.db.partnerships, table, ctx.db.activity], async () => {
    const deleted = await table.get(id);
    if (!deleted) return createChild(ctx, spec, input, id);
    await restoreChild(ctx, spec, id);
    return updateChild(ctx, spec, id, input);
  });
}

/** Updates a live child; it may not move to another partnership (its history stays with one). */
export async function updateChild<S extends z.ZodType<ChildFields>, R extends RecordBase & ChildFields>(
  ctx: DbContext,
  spec: RecordSpec<S, R>,
  id: string,
  input: unknown,
): Promise<R> {
  const { partnershipId } = parseOrThrow(spec.schema, input);
  const table = tableOf<R>(ctx.db, spec.table);
  return writeTransaction(ctx.db, [ctx.db.partnerships, table, ctx.db.activity], async () => {
    const before = await table.get(id);
    if (!before || before.deletedAt) throw new NotFoundError(spec.entity, id);
    if (before.partnershipId !== partnershipId) {
      throw new ValidationError({ partnershipId: `A ${spec.entity} cannot move to another partnership.` });
    }
    await requireOpenPartnership(ctx.db, partnershipId);
    return updateRecord(ctx, spec, id, input);
  });
}

export async function restoreChild<S extends z.ZodType<ChildFields>, R extends RecordBase & ChildFields>(
  ctx: DbContext,
  spec: RecordSpec<S, R>,
  id: string,
): Promise<void> {
  const table = tableOf<R>(ctx.db, spec.table);
  await writeTransaction(ctx.db, [ctx.db.partnerships, table, ctx.db.activity], async () => {
    const record = await table.get(id);
    if (!record) throw new NotFoundError(spec.entity, id);
    await requireOpenPartnership(ctx.db, record.partnershipId);
    await restoreRecord(ctx, spec, id);
  });
}
