// Communication rhythms and what happened to their planned occurrences. A fixed
// cadence's RRULE is checked (by its domain schema) with the same expander the reminders
// use, so a rule that saves is a rule that can be scheduled.
import { z } from 'zod';
import type { Cadence, CadenceStatus, OccurrenceOutcome, OccurrenceRecord } from '@shared/domain';
import { ValidationError, cadenceInputSchema, idSchema, instantSchema, occurrenceRecordSchema, optionalText, parseOrThrow } from '@shared/domain';
import { keyedId } from '@shared/sync/keys';
import type { DbContext } from './context';
import { NotFoundError } from './context';
import type { RecordSpec } from './records';
import { activityEntry, deleteRecord, tableOf, updateRecord } from './records';
import type { StewardDb } from './schema';
import { createChild, requireOpenPartnership, restoreChild, updateChild } from './children';
import { addRecord, putRecord, writeTransaction } from './writePath';

function normaliseCadence(input: z.output<typeof cadenceInputSchema>) {
  const { idealIntervalDays, maxIntervalDays, ...rest } = input;
  return {
    ...rest,
    ...(idealIntervalDays === undefined ? {} : { idealIntervalDays }),
    ...(maxIntervalDays === undefined ? {} : { maxIntervalDays }),
  };
}

export const cadenceSpec: RecordSpec<typeof cadenceInputSchema, Cadence> = {
  table: 'cadences',
  entity: 'cadence',
  schema: cadenceInputSchema,
  toFields: normaliseCadence,
  partnershipOf: (c) => c.partnershipId,
  label: (c) => `cadence “${c.name}”`,
};

/** The schema says it all, zone, start and RRULE included (shared/domain/cadence.ts). */
function validateCadence(input: unknown): void {
  parseOrThrow(cadenceInputSchema, input);
}

export async function createCadence(ctx: DbContext, input: unknown): Promise<Cadence> {
  validateCadence(input);
  return createChild(ctx, cadenceSpec, input);
}

export async function updateCadence(ctx: DbContext, id: string, input: unknown): Promise<Cadence> {
  validateCadence(input);
  return updateChild(ctx, cadenceSpec, id, input);
}

export const deleteCadence = (ctx: DbContext, id: string) => deleteRecord(ctx, cadenceSpec, id);
export const restoreCadence = (ctx: DbContext, id: string) => restoreChild(ctx, cadenceSpec, id);
export const pauseCadence = (ctx: DbContext, id: string) => setStatus(ctx, id, 'paused');
export const resumeCadence = (ctx: DbContext, id: string) => setStatus(ctx, id, 'active');

async function setStatus(ctx: DbContext, id: string, status: CadenceStatus): Promise<Cadence> {
  return writeTransaction(ctx.db, [ctx.db.partnerships, ctx.db.cadences, ctx.db.activity], async () => {
    const before = await requireCadence(ctx.db, id);
    await requireOpenPartnership(ctx.db, before.partnershipId);
    return updateRecord(ctx, cadenceSpec, id, { ...before, status });
  });
}

/** A live cadence, or NotFoundError; call inside a transaction over `cadences`. */
export async function requireCadence(db: StewardDb, id: string): Promise<Cadence> {
  const cadence = await tableOf<Cadence>(db, 'cadences').get(id);
  if (!cadence || cadence.deletedAt) throw new NotFoundError('cadence', id);
  return cadence;
}

// ---------------------------------------------------------------- occurrences

/** Stored fields of an occurrence record; also the spec used to delete / restore one. */
const occurrenceFieldsSchema = occurrenceRecordSchema.omit({ id: true, createdAt: true, updatedAt: true, deletedAt: true });

/** "2027-01-21T09:00:00.000Z" → "2027-01-21 09:00 UTC", for the log. */
export const shortInstant = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

export const occurrenceSpec: RecordSpec<typeof occurrenceFieldsSchema, OccurrenceRecord> = {
  table: 'occurrences',
  entity: 'occurrence',
  schema: occurrenceFieldsSchema,
  toFields: (o) => o,
  partnershipOf: (o) => o.partnershipId,
  label: (o) => `${o.outcome} mark on the occurrence of ${shortInstant(o.occurrence)}`,
};

/** Undoes a skipped / moved mark. A held mark follows its touchpoint: delete or restore that instead. */
export const deleteOccurrenceRecord = (ctx: DbContext, id: string) => withUnheld(ctx, id, () => deleteRecord(ctx, occurrenceSpec, id));
export const restoreOccurrenceRecord = (ctx: DbContext, id: string) => withUnheld(ctx, id, () => restoreChild(ctx, occurrenceSpec, id));

async function withUnheld(ctx: DbContext, id: string, write: () => Promise<void>): Promise<void> {
  await writeTransaction(ctx.db, [ctx.db.partnerships, ctx.db.occurrences, ctx.db.activity], async () => {
    const record = await tableOf<OccurrenceRecord>(ctx.db, 'occurrences').get(id);
    if (!record) throw new NotFoundError('occurrence', id);
    if (record.outcome === 'held') throw new Error('A held occurrence follows its touchpoint: delete or restore the touchpoint instead.');
    await write();
  });
}

/** Planned instants are keys: store them exactly as the expander writes them (toISOString). */
export const occurrenceInstantSchema = instantSchema.transform((v) => new Date(v).toISOString());

/** The record for one planned occurrence, deleted or not (there is at most one per key). */
export function findOccurrence(db: StewardDb, cadenceId: string, occurrence: string): Promise<OccurrenceRecord | undefined> {
  return db.occurrences.where('[cadenceId+occurrence]').equals([cadenceId, occurrence]).first();
}

export interface OccurrenceMark {
  readonly occurrence: string;
  readonly outcome: OccurrenceOutcome;
  readonly movedTo?: string;
  readonly touchpointId?: string;
  readonly note: string;
}

/**
 * Upserts the one record for [cadenceId+occurrence] (reusing a deleted row, so the key
 * stays unique) and logs it; call inside a writeTransaction over `occurrences` and `activity`.
 */
export async function writeOccurrence(ctx: DbContext, cadence: Cadence, mark: OccurrenceMark, description: string): Promise<OccurrenceRecord> {
  const existing = await findOccurrence(ctx.db, cadence.id, mark.occurrence);
  const at = ctx.now().toISOString();
  const record: OccurrenceRecord = {
    // A new one's id comes from its key: two machines marking the same occurrence offline make one record (shared/sync/keys.ts).
    id: existing?.id ?? (keyedId('occurrences', cadence.id, mark.occurrence) as OccurrenceRecord['id']),
    createdAt: existing?.createdAt ?? at,
    updatedAt: at,
    partnershipId: cadence.partnershipId,
    cadenceId: cadence.id,
    occurrence: mark.occurrence,
    outcome: mark.outcome,
    ...(mark.movedTo ? { movedTo: mark.movedTo } : {}),
    ...(mark.touchpointId ? { touchpointId: mark.touchpointId } : {}),
    note: mark.note,
  };
  await putRecord(ctx.db, 'occurrences', record);
  const action = existing && !existing.deletedAt ? 'update' : 'create';
  await addRecord(ctx.db, 'activity', activityEntry(ctx, 'occurrence', record.id, cadence.partnershipId, action, description));
  return record;
}

/** True when the occurrence is held by a touchpoint other than `touchpointId`. */
export const isHeldByAnother = (record: OccurrenceRecord | undefined, touchpointId?: string) =>
  !!record && !record.deletedAt && record.outcome === 'held' && record.touchpointId !== touchpointId;

export const markOccurrenceSchema = z
  .object({
    cadenceId: idSchema,
    occurrence: occurrenceInstantSchema,
    outcome: z.enum(['skipped', 'moved'], { error: () => 'Choose skipped or moved.' }),
    movedTo: z.union([occurrenceInstantSchema, z.literal('')]).optional(),
    note: optionalText('Note', 2000),
  })
  .refine((m) => m.outcome !== 'moved' || !!m.movedTo, { message: 'Say when it moved to.', path: ['movedTo'] });

export type MarkOccurrenceInput = z.input<typeof markOccurrenceSchema>;

/** Marks one planned occurrence skipped or moved (held comes from logging a touchpoint). */
export async function markOccurrence(ctx: DbContext, input: MarkOccurrenceInput): Promise<OccurrenceRecord> {
  const mark = parseOrThrow(markOccurrenceSchema, input);
  const movedTo = mark.outcome === 'moved' ? mark.movedTo : undefined;
  return writeTransaction(ctx.db, [ctx.db.partnerships, ctx.db.cadences, ctx.db.occurrences, ctx.db.activity], async () => {
    const cadence = await requireCadence(ctx.db, mark.cadenceId);
    await requireOpenPartnership(ctx.db, cadence.partnershipId);
    if (isHeldByAnother(await findOccurrence(ctx.db, cadence.id, mark.occurrence))) {
      throw new ValidationError({ outcome: 'This occurrence was held: delete its touchpoint before marking it skipped or moved.' });
    }
    const what = movedTo ? `moved to ${shortInstant(movedTo)}` : 'skipped';
    const description = `Marked “${cadence.name}” of ${shortInstant(mark.occurrence)} as ${what}`;
    return writeOccurrence(ctx, cadence, { occurrence: mark.occurrence, outcome: mark.outcome, movedTo, note: mark.note }, description);
  });
}
