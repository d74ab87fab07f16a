// Things that happened, and what came out of them. Logging a touchpoint writes the
// touchpoint, its decisions (also the decision log), its follow-ups (as commitments)
// and the cadence occurrence it held, all validated first and written in one transaction.
//
// Error keys of logTouchpoint are the dotted path into its input, so a form can place
// each message: "touchpoint.title", "decisions.0.statement", "followUps.1.dueOn".
// updateTouchpoint takes a bare TouchpointInput, so its keys are unprefixed ("title").
import { z } from 'zod';
import type { Cadence, Commitment, Decision, OccurrenceRecord, OwedBy, Touchpoint, TouchpointInput } from '@shared/domain';
import { ValidationError, commitmentInputSchema, decisionInputSchema, parseOrThrow, touchpointInputSchema, validate } from '@shared/domain';
import type { DbContext } from './context';
import { NotFoundError } from './context';
import type { RecordSpec } from './records';
import { createRecord, deleteRecord, restoreRecord, tableOf, updateRecord } from './records';
import type { StewardDb } from './schema';
import { findOccurrence, isHeldByAnother, occurrenceInstantSchema, occurrenceSpec, shortInstant, writeOccurrence } from './cadences';
import { commitmentSpec } from './commitments';
import { createChild, requireOpenPartnership, restoreChild, updateChild } from './children';
import { writeTransaction } from './writePath';

/** The stored input: the planned occurrence is a canonical instant, and only ever with its cadence. */
const touchpointFormSchema = touchpointInputSchema
  .extend({ occurrence: z.union([occurrenceInstantSchema, z.literal('')]).default('') })
  .refine((t) => !t.occurrence || !!t.cadenceId, { message: 'Choose the cadence this occurrence belongs to.', path: ['cadenceId'] });

export const touchpointSpec: RecordSpec<typeof touchpointFormSchema, Touchpoint> = {
  table: 'touchpoints',
  entity: 'touchpoint',
  schema: touchpointFormSchema,
  toFields: (t) => t,
  partnershipOf: (t) => t.partnershipId,
  label: (t) => `${t.kind} “${t.title}” of ${t.occurredOn}`,
};

const shorten = (text: string, max = 60) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export const decisionSpec: RecordSpec<typeof decisionInputSchema, Decision> = {
  table: 'decisions',
  entity: 'decision',
  schema: decisionInputSchema,
  toFields: (d) => d,
  partnershipOf: (d) => d.partnershipId,
  label: (d) => `decision “${shorten(d.statement)}”`,
};

/** The decision log on its own (decisions not taken in a logged touchpoint, or corrections). */
export const createDecision = (ctx: DbContext, input: unknown) => createChild(ctx, decisionSpec, input);
export const updateDecision = (ctx: DbContext, id: string, input: unknown) => updateChild(ctx, decisionSpec, id, input);
export const deleteDecision = (ctx: DbContext, id: string) => deleteRecord(ctx, decisionSpec, id);
export const restoreDecision = (ctx: DbContext, id: string) => restoreChild(ctx, decisionSpec, id);

export interface DecisionDraft {
  readonly statement: string;
  readonly rationale?: string;
}

export interface FollowUpDraft {
  readonly title: string;
  readonly detail?: string;
  readonly owedBy: OwedBy;
  readonly ownerId?: string;
  readonly dueOn: string;
}

export interface LogTouchpointInput {
  readonly touchpoint: TouchpointInput;
  readonly decisions?: readonly DecisionDraft[];
  readonly followUps?: readonly FollowUpDraft[];
}

export interface LoggedTouchpoint {
  readonly touchpoint: Touchpoint;
  readonly decisions: readonly Decision[];
  readonly commitments: readonly Commitment[];
  /** The occurrence it marked held, when it was logged for one. */
  readonly occurrence?: OccurrenceRecord;
}

const DECISION_FIELDS = ['statement', 'rationale'];
const FOLLOW_UP_FIELDS = ['title', 'detail', 'owedBy', 'ownerId', 'dueOn'];

/**
 * Validates one part, adding its errors under `prefix`. Fields the caller did not
 * supply (a decision's partnershipId, a follow-up's source) are left out: they come
 * from the touchpoint, whose own errors name them.
 */
function collect<S extends z.ZodType>(errors: Record<string, string>, prefix: string, schema: S, value: unknown, ownFields?: readonly string[]) {
  const result = validate(schema, value);
  if (result.ok) return result.value;
  for (const [key, message] of Object.entries(result.errors)) {
    if (ownFields && !ownFields.includes(key.split('.')[0] ?? '')) continue;
    errors[key === '_' ? prefix : `${prefix}.${key}`] = message;
  }
  return undefined;
}

/** Validates a whole log, throwing one ValidationError with every problem (keys as above). */
export function validateLog(input: LogTouchpointInput) {
  const errors: Record<string, string> = {};
  const touchpoint = collect(errors, 'touchpoint', touchpointFormSchema, input.touchpoint);
  const decisions = (input.decisions ?? []).map((d, i) =>
    collect(errors, `decisions.${i}`, decisionInputSchema, { ...d, partnershipId: touchpoint?.partnershipId, decidedOn: touchpoint?.occurredOn }, DECISION_FIELDS),
  );
  const followUps = (input.followUps ?? []).map((f, i) =>
    collect(errors, `followUps.${i}`, commitmentInputSchema, { ...f, partnershipId: touchpoint?.partnershipId, status: 'open', source: 'touchpoint' }, FOLLOW_UP_FIELDS),
  );
  if (!touchpoint || Object.keys(errors).length > 0) throw new ValidationError(errors);
  return {
    touchpoint,
    decisions: decisions.flatMap((d) => (d ? [{ statement: d.statement, rationale: d.rationale }] : [])),
    followUps: followUps.flatMap((f) => (f ? [{ title: f.title, detail: f.detail, owedBy: f.owedBy, ownerId: f.ownerId, dueOn: f.dueOn }] : [])),
  };
}

type Link = Pick<Touchpoint, 'partnershipId' | 'cadenceId' | 'occurrence'>;

/** The live cadence a touchpoint is for (if any), refusing another partnership's or an occurrence already held. */
async function linkedCadence(db: StewardDb, link: Link, touchpointId: string | undefined, prefix: string): Promise<Cadence | undefined> {
  if (!link.cadenceId) return undefined;
  const cadence = await tableOf<Cadence>(db, 'cadences').get(link.cadenceId);
  if (!cadence || cadence.deletedAt || cadence.partnershipId !== link.partnershipId) {
    throw new ValidationError({ [`${prefix}cadenceId`]: 'That cadence is not part of this partnership.' });
  }
  if (link.occurrence && isHeldByAnother(await findOccurrence(db, cadence.id, link.occurrence), touchpointId)) {
    throw new ValidationError({ [`${prefix}occurrence`]: 'That occurrence is already held by another touchpoint.' });
  }
  return cadence;
}

function holdOccurrence(ctx: DbContext, cadence: Cadence, touchpoint: Touchpoint): Promise<OccurrenceRecord> {
  const description = `Marked “${cadence.name}” of ${shortInstant(touchpoint.occurrence)} as held (${touchpointSpec.label(touchpoint)})`;
  return writeOccurrence(ctx, cadence, { occurrence: touchpoint.occurrence, outcome: 'held', touchpointId: touchpoint.id, note: '' }, description);
}

/** Un-holds the occurrence this touchpoint held, so the cadence shows it as not held again. */
async function releaseOccurrence(ctx: DbContext, touchpoint: Touchpoint): Promise<void> {
  if (!touchpoint.cadenceId || !touchpoint.occurrence) return;
  const record = await findOccurrence(ctx.db, touchpoint.cadenceId, touchpoint.occurrence);
  if (record && !record.deletedAt && record.outcome === 'held' && record.touchpointId === touchpoint.id) await deleteRecord(ctx, occurrenceSpec, record.id);
}

/** The tables a logged touchpoint writes (and reads), for a caller that wraps it in a bigger write. */
export const touchpointTables = (db: StewardDb) => [db.partnerships, db.cadences, db.occurrences, db.touchpoints, db.decisions, db.commitments, db.activity];
const tablesOf = touchpointTables;

export async function logTouchpoint(ctx: DbContext, input: LogTouchpointInput): Promise<LoggedTouchpoint> {
  const parts = validateLog(input);
  const { partnershipId, occurredOn } = parts.touchpoint;
  return writeTransaction(ctx.db, tablesOf(ctx.db), async () => {
    await requireOpenPartnership(ctx.db, partnershipId);
    const cadence = await linkedCadence(ctx.db, parts.touchpoint, undefined, 'touchpoint.');
    const touchpoint = await createRecord(ctx, touchpointSpec, parts.touchpoint);
    const decisions: Decision[] = [];
    for (const d of parts.decisions) {
      decisions.push(await createRecord(ctx, decisionSpec, { ...d, partnershipId, decidedOn: occurredOn, touchpointId: touchpoint.id }));
    }
    const commitments: Commitment[] = [];
    for (const f of parts.followUps) {
      commitments.push(await createRecord(ctx, commitmentSpec, { ...f, partnershipId, status: 'open', source: 'touchpoint', sourceId: touchpoint.id }));
    }
    const occurrence = cadence && touchpoint.occurrence ? await holdOccurrence(ctx, cadence, touchpoint) : undefined;
    return { touchpoint, decisions, commitments, ...(occurrence ? { occurrence } : {}) };
  });
}

/**
 * Edits a touchpoint. Re-linking it to another occurrence releases the old one and holds
 * the new; correcting its day moves the decisions taken in it that were still dated the old day.
 */
export async function updateTouchpoint(ctx: DbContext, id: string, input: unknown): Promise<Touchpoint> {
  const next = parseOrThrow(touchpointFormSchema, input);
  return writeTransaction(ctx.db, tablesOf(ctx.db), async () => {
    const before = await requireTouchpoint(ctx.db, id);
    if (before.partnershipId !== next.partnershipId) throw new ValidationError({ partnershipId: 'A touchpoint cannot move to another partnership.' });
    await requireOpenPartnership(ctx.db, next.partnershipId);
    const cadence = await linkedCadence(ctx.db, next, id, '');
    const isRelinked = before.cadenceId !== next.cadenceId || before.occurrence !== next.occurrence;
    if (isRelinked) await releaseOccurrence(ctx, before);
    const after = await updateRecord(ctx, touchpointSpec, id, next);
    if (isRelinked && cadence && after.occurrence) await holdOccurrence(ctx, cadence, after);
    if (before.occurredOn !== after.occurredOn) await redateDecisions(ctx, before, after.occurredOn);
    return after;
  });
}

async function redateDecisions(ctx: DbContext, touchpoint: Touchpoint, day: string): Promise<void> {
  const taken = await ctx.db.decisions.where('touchpointId').equals(touchpoint.id).toArray();
  for (const d of taken.filter((d) => !d.deletedAt && d.decidedOn === touchpoint.occurredOn)) {
    await updateRecord(ctx, decisionSpec, d.id, { ...d, decidedOn: day });
  }
}

async function requireTouchpoint(db: StewardDb, id: string): Promise<Touchpoint> {
  const touchpoint = await tableOf<Touchpoint>(db, 'touchpoints').get(id);
  if (!touchpoint || touchpoint.deletedAt) throw new NotFoundError('touchpoint', id);
  return touchpoint;
}

/**
 * Soft-deletes the touchpoint and releases the occurrence it held. Its decisions and
 * follow-ups stay: they stand on their own in the decision log and the commitments.
 */
export async function deleteTouchpoint(ctx: DbContext, id: string): Promise<void> {
  await writeTransaction(ctx.db, [ctx.db.touchpoints, ctx.db.occurrences, ctx.db.activity], async () => {
    const touchpoint = await tableOf<Touchpoint>(ctx.db, 'touchpoints').get(id);
    if (!touchpoint) throw new NotFoundError('touchpoint', id);
    if (touchpoint.deletedAt) return;
    await deleteRecord(ctx, touchpointSpec, id);
    await releaseOccurrence(ctx, touchpoint);
  });
}

/** Restores the touchpoint and holds its occurrence again (unless its cadence is gone). */
export async function restoreTouchpoint(ctx: DbContext, id: string): Promise<void> {
  await writeTransaction(ctx.db, tablesOf(ctx.db), async () => {
    const touchpoint = await tableOf<Touchpoint>(ctx.db, 'touchpoints').get(id);
    if (!touchpoint) throw new NotFoundError('touchpoint', id);
    if (!touchpoint.deletedAt) return;
    await requireOpenPartnership(ctx.db, touchpoint.partnershipId);
    const cadence = await tableOf<Cadence>(ctx.db, 'cadences').get(touchpoint.cadenceId);
    const isCadenceLive = !!cadence && !cadence.deletedAt;
    if (isCadenceLive && touchpoint.occurrence && isHeldByAnother(await findOccurrence(ctx.db, cadence.id, touchpoint.occurrence), id)) {
      throw new Error('Its cadence occurrence is now held by another touchpoint: delete that one first.');
    }
    await restoreRecord(ctx, touchpointSpec, id);
    if (isCadenceLive && touchpoint.occurrence) await holdOccurrence(ctx, cadence, touchpoint);
  });
}
