// "Record this meeting": the meeting's touchpoint with its decisions and follow-ups (and the
// occurrence it held), plus what became of the open commitments discussed in it — done, or
// given a new date — all validated first and written in one transaction, or none of it.
//
// Error keys are logTouchpoint's ("touchpoint.title", "followUps.0.dueOn") and, for a
// discussed commitment, "commitments.<id>.dueOn", so the form can place each message.
import { z } from 'zod';
import type { Commitment } from '@shared/domain';
import { ValidationError, daySchema, validate } from '@shared/domain';
import type { DbContext } from './context';
import { commitmentSpec } from './commitments';
import { tableOf, updateRecord } from './records';
import type { LoggedTouchpoint, LogTouchpointInput } from './touchpoints';
import { logTouchpoint, touchpointTables, validateLog } from './touchpoints';
import { writeTransaction } from './writePath';

/** What the meeting did to one open commitment: "still open" is no update at all. */
export type CommitmentUpdate = { readonly commitmentId: string; readonly action: 'done' } | { readonly commitmentId: string; readonly action: 'redate'; readonly dueOn: string };

export interface RecordMeetingInput extends LogTouchpointInput {
  readonly commitmentUpdates?: readonly CommitmentUpdate[];
}

export interface RecordedMeeting extends LoggedTouchpoint {
  /** The discussed commitments as they stand after the save. */
  readonly updated: readonly Commitment[];
}

const dueOnSchema = z.object({ dueOn: daySchema });

function updateErrors(updates: readonly CommitmentUpdate[]): Record<string, string> {
  const errors: Record<string, string> = {};
  const seen = new Set<string>();
  for (const update of updates) {
    if (seen.has(update.commitmentId)) errors[`commitments.${update.commitmentId}`] = 'This commitment is updated twice.';
    seen.add(update.commitmentId);
    if (update.action !== 'redate') continue;
    const result = validate(dueOnSchema, { dueOn: update.dueOn });
    if (!result.ok) errors[`commitments.${update.commitmentId}.dueOn`] = result.errors.dueOn ?? 'Enter the new due date.';
  }
  return errors;
}

/** Every problem at once: the meeting's and the commitments' together. */
function validateAll(input: RecordMeetingInput): void {
  const errors = updateErrors(input.commitmentUpdates ?? []);
  try {
    validateLog(input);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    Object.assign(errors, error.errors);
  }
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);
}

async function applyUpdate(ctx: DbContext, partnershipId: string, doneOn: string, update: CommitmentUpdate): Promise<Commitment> {
  const before = await tableOf<Commitment>(ctx.db, 'commitments').get(update.commitmentId);
  if (!before || before.deletedAt || before.partnershipId !== partnershipId) {
    throw new ValidationError({ [`commitments.${update.commitmentId}`]: 'This commitment was deleted or belongs to another partnership: reload and try again.' });
  }
  const next = update.action === 'done' ? { ...before, status: 'done' as const, doneOn: before.doneOn ?? doneOn } : { ...before, dueOn: update.dueOn };
  return updateRecord(ctx, commitmentSpec, before.id, next);
}

/**
 * Logs the meeting (touchpoint, decisions, follow-ups, the occurrence held) and applies the
 * commitment updates, a commitment marked done being done on the meeting's day.
 */
export async function recordMeeting(ctx: DbContext, input: RecordMeetingInput): Promise<RecordedMeeting> {
  validateAll(input);
  const updates = input.commitmentUpdates ?? [];
  return writeTransaction(ctx.db, touchpointTables(ctx.db), async () => {
    const logged = await logTouchpoint(ctx, input);
    const { partnershipId, occurredOn } = logged.touchpoint;
    const updated: Commitment[] = [];
    for (const update of updates) updated.push(await applyUpdate(ctx, partnershipId, occurredOn, update));
    return { ...logged, updated };
  });
}
