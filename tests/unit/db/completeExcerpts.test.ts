// Excerpt rows written before they kept goals get their goals part at boot (completeExcerpts),
// so Attention sees every goal without waiting for a write to each partnership.
import { afterEach, expect, it } from 'vitest';
import type { StoredExcerpt } from '@shared/partnershipExcerpt';
import { completeExcerpts } from '../../../renderer/db/excerpts';
import { saveIntentDraft } from '../../../renderer/db/intents';
import { createPartnership } from '../../../renderer/db/partnerships';
import type { TestContext } from './testDb';
import { createTestContext } from './testDb';

let ctx: TestContext;
afterEach(async () => {
  await ctx.db.delete();
});

it('gives a row without goals its goals part, once, and leaves complete rows as they are', async () => {
  ctx = createTestContext('2027-01-14T12:00:00.000Z');
  const p = await createPartnership(ctx, { name: 'Acme co-sell', partnerOrg: 'Acme Corp', type: 'co-sell', status: 'active' });
  await saveIntentDraft(ctx, p.id, { purpose: 'Win deals', goals: [{ statement: 'Joint pipeline', unit: 'count', baseline: 0, targetValue: 100, dueBy: '2027-06-30', measureEveryDays: 14 }] });
  const built = (await ctx.db.partnershipExcerpts.get(p.id))!;
  expect(built.goals.map((g) => g.statement)).toEqual(['Joint pipeline']);
  const { goals: _dropped, ...old } = built;
  await ctx.db.partnershipExcerpts.put(old as StoredExcerpt); // as a row written before goals were kept
  await completeExcerpts(ctx.db);
  const completed = (await ctx.db.partnershipExcerpts.get(p.id))!;
  expect(completed.goals).toEqual(built.goals);
  await completeExcerpts(ctx.db);
  expect(await ctx.db.partnershipExcerpts.get(p.id)).toEqual(completed);
});
