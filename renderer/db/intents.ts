// The versioned charter. A partnership has at most one open draft; agreeing it makes
// it the agreed version and supersedes the previous one, in one transaction. Agreed
// and superseded versions are the record of what both sides signed up to: they are
// never edited or deleted (start a new draft from the agreed one instead).
import Dexie from 'dexie';
import { z } from 'zod';
import type { Agreement, Goal, IntentContent, IntentContentInput, IntentVersion } from '@shared/domain';
import { ValidationError, agreementSchema, goalStatementKey, idSchema, intentContentSchema, parseOrThrow } from '@shared/domain';
import { newId } from './ids';
import type { DbContext } from './context';
import { NotFoundError } from './context';
import type { RecordSpec } from './records';
import { activityEntry, createRecord, deleteRecord, restoreRecord, tableOf, updateRecord } from './records';
import type { StewardDb } from './schema';
import { requireOpenPartnership } from './children';
import { addRecord, putRecord, writeTransaction } from './writePath';

const draftSchema = intentContentSchema.extend({ partnershipId: idSchema, version: z.number().int().min(1) });

/** Writes drafts only: agreeing is its own step (agreeIntent). */
export const intentDraftSpec: RecordSpec<typeof draftSchema, IntentVersion> = {
  table: 'intentVersions',
  entity: 'intent',
  schema: draftSchema,
  toFields: (d) => ({ ...d, goals: withGoalIds(d.goals), status: 'draft' as const }),
  partnershipOf: (v) => v.partnershipId,
  label: (v) => `intent version ${v.version}`,
};

/**
 * A goal just typed gets its id here; an edited one keeps the id the editor carried, so its
 * measurements stay with it. An id repeated within the version (a goal copied) is the first
 * one's: the copy gets its own.
 */
function withGoalIds(goals: readonly Goal[]): (Goal & { readonly id: string })[] {
  const used = new Set<string>();
  return goals.map((goal) => {
    const { id: given, ...fields } = goal;
    const id = given && !used.has(given) ? given : newId<'Goal'>();
    used.add(id);
    // The id first, as the schema orders it: a stored goal compares equal to the same goal parsed again.
    return { id, ...fields };
  });
}

/** Thrown when a write would change an agreed or superseded version, or break the one-draft rule. */
export class IntentVersionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IntentVersionError';
  }
}

/** Every version of a partnership, deleted ones included, by version number. */
function allVersions(db: StewardDb, partnershipId: string): Promise<IntentVersion[]> {
  return db.intentVersions.where('[partnershipId+version]').between([partnershipId, Dexie.minKey], [partnershipId, Dexie.maxKey]).toArray();
}

const openDraftOf = (versions: readonly IntentVersion[]) => versions.find((v) => v.status === 'draft' && !v.deletedAt);
const agreedOf = (versions: readonly IntentVersion[]) => versions.find((v) => v.status === 'agreed' && !v.deletedAt);
/** Numbers are never reused, even after a draft is deleted, so "version 3" always means one thing. */
const nextVersion = (versions: readonly IntentVersion[]) => Math.max(0, ...versions.map((v) => v.version)) + 1;

async function requireVersion(db: StewardDb, id: string): Promise<IntentVersion> {
  const version = await tableOf<IntentVersion>(db, 'intentVersions').get(id);
  if (!version || version.deletedAt) throw new NotFoundError('intent', id);
  return version;
}

function assertDraft(version: IntentVersion, doing: string): void {
  if (version.status !== 'draft') {
    throw new IntentVersionError(`Intent version ${version.version} is ${version.status} and cannot be ${doing}: start a new draft from the agreed version instead.`);
  }
}

const intentTables = (db: StewardDb) => [db.partnerships, db.intentVersions, db.activity];

/**
 * The content with each goal typed without an id given the id of the same goal (by its
 * statement, shared/domain/goalIds.ts) in this partnership's versions, so a caller that
 * does not carry ids (a script, an older editor) does not cut a goal from its measurements.
 */
function carryGoalIds(content: IntentContent, versions: readonly IntentVersion[]): IntentContent {
  const known = new Map<string, string>();
  for (const v of [...versions].sort((a, b) => a.version - b.version)) for (const g of v.deletedAt ? [] : v.goals) if (g.id) known.set(goalStatementKey(g.statement), g.id);
  const used = new Set(content.goals.flatMap((g) => (g.id ? [g.id] : [])));
  const goals = content.goals.map((g) => {
    if (g.id) return g;
    const id = known.get(goalStatementKey(g.statement));
    if (!id || used.has(id)) return g;
    used.add(id);
    return { ...g, id };
  });
  return { ...content, goals };
}

/**
 * Saves the partnership's open draft: updates it in place when there is one, otherwise
 * creates the next version as a draft. Errors are keyed by content path ("goals.0.statement").
 */
export async function saveIntentDraft(ctx: DbContext, partnershipId: string, content: IntentContentInput): Promise<IntentVersion> {
  const parsed = parseOrThrow(intentContentSchema, content);
  return writeTransaction(ctx.db, intentTables(ctx.db), async () => {
    await requireOpenPartnership(ctx.db, partnershipId);
    const versions = await allVersions(ctx.db, partnershipId);
    const draft = openDraftOf(versions);
    const content = carryGoalIds(parsed, versions);
    if (draft) return updateRecord(ctx, intentDraftSpec, draft.id, { ...content, partnershipId, version: draft.version });
    return createRecord(ctx, intentDraftSpec, { ...content, partnershipId, version: nextVersion(versions) });
  });
}

/** Edits one draft by id; an agreed or superseded version throws IntentVersionError. */
export async function updateIntentDraft(ctx: DbContext, versionId: string, content: IntentContentInput): Promise<IntentVersion> {
  const parsed = parseOrThrow(intentContentSchema, content);
  return writeTransaction(ctx.db, intentTables(ctx.db), async () => {
    const version = await requireVersion(ctx.db, versionId);
    assertDraft(version, 'edited');
    await requireOpenPartnership(ctx.db, version.partnershipId);
    const content = carryGoalIds(parsed, await allVersions(ctx.db, version.partnershipId));
    return updateRecord(ctx, intentDraftSpec, versionId, { ...content, partnershipId: version.partnershipId, version: version.version });
  });
}

/** Starts the next draft as a copy of the agreed version (the usual way to revise the charter). */
export async function startDraftFromAgreed(ctx: DbContext, partnershipId: string): Promise<IntentVersion> {
  return writeTransaction(ctx.db, intentTables(ctx.db), async () => {
    await requireOpenPartnership(ctx.db, partnershipId);
    const versions = await allVersions(ctx.db, partnershipId);
    const draft = openDraftOf(versions);
    if (draft) throw new IntentVersionError(`Intent version ${draft.version} is already an open draft: edit it, or delete it first.`);
    const agreed = agreedOf(versions);
    if (!agreed) throw new IntentVersionError('There is no agreed intent to start a draft from.');
    // Parsing the stored version through the content schema keeps only the content sections.
    const content = intentContentSchema.parse(agreed);
    return createRecord(ctx, intentDraftSpec, { ...content, partnershipId, version: nextVersion(versions) });
  });
}

/** Agrees a draft: it becomes the agreed version and the previously agreed one is superseded. */
export async function agreeIntent(ctx: DbContext, versionId: string, agreement: Agreement): Promise<IntentVersion> {
  const agreed = parseOrThrow(agreementSchema, agreement);
  return writeTransaction(ctx.db, intentTables(ctx.db), async () => {
    const draft = await requireVersion(ctx.db, versionId);
    assertDraft(draft, 'agreed again');
    await requireOpenPartnership(ctx.db, draft.partnershipId);
    const previous = agreedOf(await allVersions(ctx.db, draft.partnershipId));
    if (previous?.agreement && agreed.agreedOn < previous.agreement.agreedOn) {
      throw new ValidationError({ agreedOn: `Version ${previous.version} was agreed on ${previous.agreement.agreedOn}; this one cannot be agreed earlier.` });
    }
    const at = ctx.now().toISOString();
    const next: IntentVersion = { ...draft, status: 'agreed', agreement: agreed, updatedAt: at };
    if (previous) {
      await putRecord(ctx.db, 'intentVersions', { ...previous, status: 'superseded', updatedAt: at });
      const description = `Superseded intent version ${previous.version} by version ${draft.version}`;
      await addRecord(ctx.db, 'activity', activityEntry(ctx, 'intent', previous.id, previous.partnershipId, 'update', description));
    }
    await putRecord(ctx.db, 'intentVersions', next);
    const by = `${agreed.agreedByUs} and ${agreed.agreedByPartner}`;
    const description = `Agreed intent version ${draft.version} on ${agreed.agreedOn} (${by})${previous ? `, superseding version ${previous.version}` : ''}`;
    await addRecord(ctx.db, 'activity', activityEntry(ctx, 'intent', draft.id, draft.partnershipId, 'agree', description));
    return next;
  });
}

/** Soft-deletes a draft; agreed and superseded versions cannot be deleted. */
export async function deleteIntentDraft(ctx: DbContext, versionId: string): Promise<void> {
  await writeTransaction(ctx.db, [ctx.db.intentVersions, ctx.db.activity], async () => {
    const version = await tableOf<IntentVersion>(ctx.db, 'intentVersions').get(versionId);
    if (!version) throw new NotFoundError('intent', versionId);
    assertDraft(version, 'deleted');
    await deleteRecord(ctx, intentDraftSpec, versionId);
  });
}

/** Restores a deleted draft, unless another draft is open or a later version was agreed since. */
export async function restoreIntentDraft(ctx: DbContext, versionId: string): Promise<void> {
  await writeTransaction(ctx.db, intentTables(ctx.db), async () => {
    const version = await tableOf<IntentVersion>(ctx.db, 'intentVersions').get(versionId);
    if (!version) throw new NotFoundError('intent', versionId);
    if (!version.deletedAt) return;
    await requireOpenPartnership(ctx.db, version.partnershipId);
    const versions = await allVersions(ctx.db, version.partnershipId);
    const draft = openDraftOf(versions);
    if (draft) throw new IntentVersionError(`Intent version ${draft.version} is already an open draft: delete it before restoring version ${version.version}.`);
    const agreed = agreedOf(versions);
    if (agreed && agreed.version > version.version) {
      throw new IntentVersionError(`Version ${agreed.version} was agreed after this draft: start a new draft from it instead.`);
    }
    await restoreRecord(ctx, intentDraftSpec, versionId);
  });
}
