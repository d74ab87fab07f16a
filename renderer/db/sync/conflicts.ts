// The conflicts a merge showed this machine, and putting the other value back: through the
// record's own repository write path (validated, logged, excerpts refreshed), so the restored
// value is a local edit like any other and reaches the other machines the same way.
import type { z } from 'zod';
import type { RecordBase } from '@shared/domain';
import type { SyncedTable } from '@shared/sync/fields';
import type { DbContext } from '../context';
import { NotFoundError } from '../context';
import { writeTransaction } from '../writePath';
import type { RecordSpec } from '../records';
import { tableOf, updateRecord } from '../records';
import { partnershipSpec } from '../partnerships';
import { intentDraftSpec } from '../intents';
import { stakeholderSpec } from '../stakeholders';
import { cadenceSpec, occurrenceSpec } from '../cadences';
import { decisionSpec, touchpointSpec } from '../touchpoints';
import { commitmentSpec } from '../commitments';
import { healthCheckSpec } from '../healthChecks';
import { meetingPrepSpec } from '../meetingPreps';
import { goalMeasurementSpec, opportunitySpec, valueEventSpec } from '../value';
import { reviewSummarySpec } from '../reviewSummaries';
import type { SyncConflict } from './rows';

type AnySpec = RecordSpec<z.ZodType, RecordBase>;

const SPECS: Readonly<Record<Exclude<SyncedTable, 'activity'>, AnySpec>> = {
  partnerships: partnershipSpec as unknown as AnySpec,
  intentVersions: intentDraftSpec as unknown as AnySpec,
  stakeholders: stakeholderSpec as unknown as AnySpec,
  cadences: cadenceSpec as unknown as AnySpec,
  occurrences: occurrenceSpec as unknown as AnySpec,
  touchpoints: touchpointSpec as unknown as AnySpec,
  decisions: decisionSpec as unknown as AnySpec,
  commitments: commitmentSpec as unknown as AnySpec,
  healthChecks: healthCheckSpec as unknown as AnySpec,
  meetingPreps: meetingPrepSpec as unknown as AnySpec,
  goalMeasurements: goalMeasurementSpec as unknown as AnySpec,
  opportunities: opportunitySpec as unknown as AnySpec,
  valueEvents: valueEventSpec as unknown as AnySpec,
  reviewSummaries: reviewSummarySpec as unknown as AnySpec,
};

/** A partnership's conflicts (every partnership's without one), newest first. */
export async function listConflicts(ctx: Pick<DbContext, 'db'>, partnershipId?: string): Promise<SyncConflict[]> {
  const rows = partnershipId === undefined ? await ctx.db.syncConflicts.toArray() : await ctx.db.syncConflicts.where('partnershipId').equals(partnershipId).toArray();
  return rows.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
}

/** The value the record does not hold now: the one the merge dropped. */
export const otherValue = (conflict: SyncConflict): unknown => (conflict.kept === 'theirs' ? conflict.ours : conflict.theirs);

/** The value the merge kept: what the record held before the user restored the other one. */
export const keptValue = (conflict: SyncConflict): unknown => (conflict.kept === 'theirs' ? conflict.theirs : conflict.ours);

/** Whether the user can put the other value back field by field (a delete, or an activity entry, cannot). */
export const isRestorable = (conflict: Pick<SyncConflict, 'table' | 'field'>): boolean => conflict.table !== 'activity' && conflict.field !== 'deletedAt';

/** Writes one field of the conflict's record through its repository, and the conflict row, in one transaction. */
async function writeConflictField(ctx: DbContext, conflict: SyncConflict, value: unknown, after: SyncConflict): Promise<void> {
  if (conflict.table === 'activity' || !isRestorable(conflict)) throw new Error(`A conflict on ${conflict.table}.${conflict.field} cannot be undone field by field: delete or restore the record instead.`);
  const spec = SPECS[conflict.table];
  const table = tableOf<RecordBase>(ctx.db, spec.table);
  await writeTransaction(ctx.db, [table, ctx.db.activity, ctx.db.syncConflicts, ctx.db.partnerships, ctx.db.intentVersions], async () => {
    const record = await table.get(conflict.recordId);
    if (!record) throw new NotFoundError(spec.entity, conflict.recordId);
    const { [conflict.field]: _current, ...rest } = record as unknown as Record<string, unknown>;
    await updateRecord(ctx, spec, conflict.recordId, value === undefined ? rest : { ...rest, [conflict.field]: value });
    await ctx.db.syncConflicts.put(after);
  });
}

async function conflictOf(ctx: Pick<DbContext, 'db'>, conflictId: string): Promise<SyncConflict> {
  const conflict = await ctx.db.syncConflicts.get(conflictId);
  if (!conflict) throw new NotFoundError('conflict', conflictId);
  return conflict;
}

/**
 * Puts the value the merge dropped back into the record, through its repository's update
 * (so it is validated, logged and sent on as this machine's edit), and marks the conflict
 * restored, in one transaction.
 */
export async function restoreConflictValue(ctx: DbContext, conflictId: string): Promise<void> {
  const conflict = await conflictOf(ctx, conflictId);
  await writeConflictField(ctx, conflict, otherValue(conflict), { ...conflict, restoredAt: ctx.now().toISOString() });
}

/** Undoes a restore: the value the merge kept goes back (again a local edit the team receives), and the conflict is open again. */
export async function undoConflictRestore(ctx: DbContext, conflictId: string): Promise<void> {
  const { restoredAt: _restored, ...conflict } = await conflictOf(ctx, conflictId);
  await writeConflictField(ctx, conflict, keptValue(conflict), conflict);
}

/** Closes a conflict, the record keeping what it holds: it is no longer listed. */
export async function dismissConflict(ctx: DbContext, conflictId: string): Promise<void> {
  const conflict = await conflictOf(ctx, conflictId);
  await ctx.db.syncConflicts.put({ ...conflict, dismissedAt: ctx.now().toISOString() });
}

/** A conflict as the partnership's Activity tab shows it: with its record as the table holds it now. */
export interface ConflictView {
  readonly conflict: SyncConflict;
  /** The record now (undefined: no longer on this machine). */
  readonly record: Readonly<Record<string, unknown>> | undefined;
}

/** The partnership's conflicts the user has not dismissed, newest first, each with its record; and the names of its people, cadences, goals and touchpoints by id. */
export async function conflictViews(ctx: Pick<DbContext, 'db'>, partnershipId: string): Promise<{ views: ConflictView[]; names: Map<string, string> }> {
  const { db } = ctx;
  const conflicts = (await listConflicts(ctx, partnershipId)).filter((c) => !c.dismissedAt);
  if (conflicts.length === 0) return { views: [], names: new Map() };
  const records = await Promise.all(conflicts.map((c) => db.table(c.table).get(c.recordId) as Promise<Record<string, unknown> | undefined>));
  const [people, cadences, touchpoints, intents] = await Promise.all([
    db.stakeholders.where('partnershipId').equals(partnershipId).toArray(),
    db.cadences.where('partnershipId').equals(partnershipId).toArray(),
    db.touchpoints.where('partnershipId').equals(partnershipId).toArray(),
    db.intentVersions.where('partnershipId').equals(partnershipId).toArray(),
  ]);
  const names = new Map<string, string>([...people.map((p) => [p.id, p.name] as const), ...cadences.map((c) => [c.id, c.name] as const), ...touchpoints.map((t) => [t.id, t.title] as const)]);
  for (const goal of intents.flatMap((v) => v.goals)) if (goal.id) names.set(goal.id, goal.statement);
  return { views: conflicts.map((conflict, i) => ({ conflict, record: records[i] })), names };
}
