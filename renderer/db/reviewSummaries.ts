// The executive summary saved with one quarter's review of a partnership: found by
// [partnershipId+quarter], so saving twice updates the one record. Every save is one
// transaction with its activity entry; an edit is undone by saving the text it replaced.
import type { ReviewSummary, ReviewSummaryInput } from '@shared/domain';
import { parseOrThrow, reviewSummaryInputSchema } from '@shared/domain';
import type { DbContext } from './context';
import type { RecordSpec } from './records';
import { deleteRecord } from './records';
import { createKeyedChild, restoreChild, updateChild } from './children';
import { keyedId } from '@shared/sync/keys';
import { writeTransaction } from './writePath';
import type { StewardDb } from './schema';

export const reviewSummarySpec: RecordSpec<typeof reviewSummaryInputSchema, ReviewSummary> = {
  table: 'reviewSummaries',
  entity: 'review summary',
  schema: reviewSummaryInputSchema,
  toFields: (s) => s,
  partnershipOf: (s) => s.partnershipId,
  label: (s) => `the executive summary of ${s.quarter}`,
};

/** The live summary of one partnership's quarter (the newest, should two windows have made one each). */
export async function findReviewSummary(db: StewardDb, partnershipId: string, quarter: string): Promise<ReviewSummary | undefined> {
  const rows = await db.reviewSummaries.where('[partnershipId+quarter]').equals([partnershipId, quarter]).toArray();
  return rows.filter((s) => !s.deletedAt).sort((a, b) => a.updatedAt.localeCompare(b.updatedAt) || a.id.localeCompare(b.id)).at(-1);
}

export interface SavedSummary {
  readonly summary: ReviewSummary;
  /** What the save replaced: the input that undoes it, or undefined when it made the first one. */
  readonly previous?: ReviewSummaryInput;
}

/** Saves the quarter's summary, creating it the first time; unchanged text writes nothing. */
export async function saveReviewSummary(ctx: DbContext, input: ReviewSummaryInput): Promise<SavedSummary> {
  const parsed = parseOrThrow(reviewSummaryInputSchema, input);
  return writeTransaction(ctx.db, [ctx.db.reviewSummaries, ctx.db.partnerships, ctx.db.activity], async () => {
    const existing = await findReviewSummary(ctx.db, parsed.partnershipId, parsed.quarter);
    // The first save's id comes from the quarter: two machines saving it offline make one summary.
    if (!existing) return { summary: await createKeyedChild(ctx, reviewSummarySpec, parsed, keyedId('reviewSummaries', parsed.partnershipId, parsed.quarter)) };
    const previous = { partnershipId: existing.partnershipId, quarter: existing.quarter, wins: existing.wins, risks: existing.risks, asks: existing.asks };
    return { summary: await updateChild(ctx, reviewSummarySpec, existing.id, parsed), previous };
  });
}

/** Undoes the first save of a quarter's summary: soft-deleted, so the review shows the draft again. */
export async function deleteReviewSummary(ctx: DbContext, partnershipId: string, quarter: string): Promise<void> {
  await writeTransaction(ctx.db, [ctx.db.reviewSummaries, ctx.db.activity], async () => {
    const existing = await findReviewSummary(ctx.db, partnershipId, quarter);
    if (existing) await deleteRecord(ctx, reviewSummarySpec, existing.id);
  });
}

export const updateReviewSummary = (ctx: DbContext, id: string, input: unknown) => updateChild(ctx, reviewSummarySpec, id, input);
export const deleteReviewSummaryById = (ctx: DbContext, id: string) => deleteRecord(ctx, reviewSummarySpec, id);
export const restoreReviewSummary = (ctx: DbContext, id: string) => restoreChild(ctx, reviewSummarySpec, id);

/** A partnership's live summaries, oldest quarter first. */
export async function listReviewSummaries(db: StewardDb, partnershipId: string): Promise<ReviewSummary[]> {
  const rows = await db.reviewSummaries.where({ partnershipId }).toArray();
  return rows.filter((s) => !s.deletedAt).sort((a, b) => a.quarter.localeCompare(b.quarter) || a.id.localeCompare(b.id));
}
