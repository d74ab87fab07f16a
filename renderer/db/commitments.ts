// What each side promised. Status changes go through the same validated update path
// as edits, so every one is in the activity log with what changed.
import { z } from 'zod';
import type { Commitment, CommitmentInput, CommitmentStatus } from '@shared/domain';
import { ValidationError, commitmentInputSchema, daySchema, parseOrThrow, validate } from '@shared/domain';
import type { DbContext } from './context';
import { NotFoundError } from './context';
import type { RecordSpec } from './records';
import { createRecord, deleteRecord, tableOf, updateRecord } from './records';
import { createChild, requireOpenPartnership, restoreChild, updateChild } from './children';
import { writeTransaction } from './writePath';
import { requireGoal } from './goals';

/** A done-on day only means something while the commitment is done; no goal is no field. */
function normaliseCommitment(input: z.output<typeof commitmentInputSchema>) {
  const { doneOn, goalId, ...rest } = input;
  const withGoal = goalId ? { ...rest, goalId } : rest;
  return rest.status === 'done' && doneOn ? { ...withGoal, doneOn } : withGoal;
}

export const commitmentSpec: RecordSpec<typeof commitmentInputSchema, Commitment> = {
  table: 'commitments',
  entity: 'commitment',
  schema: commitmentInputSchema,
  toFields: normaliseCommitment,
  partnershipOf: (c) => c.partnershipId,
  label: (c) => `commitment “${c.title}”`,
};

/** A commitment that names a goal must name one of its partnership's charter (checked in the write's transaction). */
async function requireServedGoal(ctx: DbContext, input: unknown): Promise<void> {
  const parsed = validate(commitmentInputSchema, input);
  if (parsed.ok && parsed.value.goalId) await requireGoal(ctx.db, parsed.value.partnershipId, parsed.value.goalId);
}

const goalCheckedTables = (ctx: DbContext) => [ctx.db.partnerships, ctx.db.intentVersions, ctx.db.commitments, ctx.db.activity];

export const createCommitment = (ctx: DbContext, input: unknown) =>
  writeTransaction(ctx.db, goalCheckedTables(ctx), async () => {
    await requireServedGoal(ctx, input);
    return createChild(ctx, commitmentSpec, input);
  });
export const updateCommitment = (ctx: DbContext, id: string, input: unknown) =>
  writeTransaction(ctx.db, goalCheckedTables(ctx), async () => {
    await requireServedGoal(ctx, input);
    return updateChild(ctx, commitmentSpec, id, input);
  });
export const deleteCommitment = (ctx: DbContext, id: string) => deleteRecord(ctx, commitmentSpec, id);
export const restoreCommitment = (ctx: DbContext, id: string) => restoreChild(ctx, commitmentSpec, id);

/** Marks it done on `doneOn` (yyyy-MM-dd); "done late" is derived from dueOn, never stored. */
export async function completeCommitment(ctx: DbContext, id: string, doneOn: string): Promise<Commitment> {
  const day = parseOrThrow(z.object({ doneOn: daySchema }), { doneOn }).doneOn;
  return setStatus(ctx, id, 'done', day);
}

export const reopenCommitment = (ctx: DbContext, id: string) => setStatus(ctx, id, 'open', '');
export const dropCommitment = (ctx: DbContext, id: string) => setStatus(ctx, id, 'dropped', '');

async function setStatus(ctx: DbContext, id: string, status: CommitmentStatus, doneOn: string): Promise<Commitment> {
  return writeTransaction(ctx.db, [ctx.db.partnerships, ctx.db.commitments, ctx.db.activity], async () => {
    const before = await tableOf<Commitment>(ctx.db, 'commitments').get(id);
    if (!before || before.deletedAt) throw new NotFoundError('commitment', id);
    await requireOpenPartnership(ctx.db, before.partnershipId);
    return updateRecord(ctx, commitmentSpec, id, { ...before, status, doneOn });
  });
}

/** One commitment of a batch; the partnership comes from the batch. */
export type CommitmentDraft = Omit<CommitmentInput, 'partnershipId'>;

/**
 * Many commitments in one transaction (suggested actions become commitments in one
 * step): all are validated first, and either all are written or none. Errors are keyed
 * by the position in `inputs`: "0.title", "2.dueOn".
 */
export async function createCommitments(ctx: DbContext, partnershipId: string, inputs: readonly CommitmentDraft[]): Promise<Commitment[]> {
  const rows = inputs.map((input) => ({ ...input, partnershipId }));
  const errors: Record<string, string> = {};
  rows.forEach((row, index) => {
    const result = validate(commitmentInputSchema, row);
    if (!result.ok) for (const [key, message] of Object.entries(result.errors)) errors[`${index}.${key}`] = message;
  });
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);
  if (rows.length === 0) return [];
  return writeTransaction(ctx.db, [ctx.db.partnerships, ctx.db.commitments, ctx.db.activity], async () => {
    await requireOpenPartnership(ctx.db, partnershipId);
    const created: Commitment[] = [];
    for (const row of rows) created.push(await createRecord(ctx, commitmentSpec, row));
    return created;
  });
}
