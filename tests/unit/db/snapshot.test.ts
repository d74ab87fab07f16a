import { afterEach, describe, expect, it } from 'vitest';
import { countRecords } from '@shared/domain';
import { samplePortfolio } from '@shared/sample/portfolioGenerator';
import { rankAttention } from '@shared/attention';
import { addSnapshot } from '../../../renderer/db/snapshot';
import { loadAttentionSnapshot } from '../../../renderer/db/attentionQuery';
import type { TestContext } from './testDb';
import { createTestContext } from './testDb';

let ctx: TestContext;
afterEach(async () => {
  await ctx.db.delete();
});

const TODAY = '2027-01-14';

// Loading the sample also builds every partnership's excerpt: seconds on a busy machine.
describe('loading a portfolio snapshot', { timeout: 20_000 }, () => {
  it('writes every record of the sample in one go', async () => {
    ctx = createTestContext(`${TODAY}T12:00:00.000Z`);
    const sample = samplePortfolio(TODAY);
    await addSnapshot(ctx, sample, 'Loaded the sample portfolio');
    const counts = await Promise.all([ctx.db.partnerships.count(), ctx.db.commitments.count(), ctx.db.touchpoints.count(), ctx.db.activity.count()]);
    expect(counts).toEqual([sample.partnerships.length, sample.commitments.length, sample.touchpoints.length, sample.activity.length + 1]);
    expect(counts.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(countRecords(sample) + 1);
  });

  it('lands whole or not at all: a clash on one record writes nothing', async () => {
    ctx = createTestContext(`${TODAY}T12:00:00.000Z`);
    const sample = samplePortfolio(TODAY);
    await ctx.db.healthChecks.add(sample.healthChecks[0]!);
    await expect(addSnapshot(ctx, sample, 'Loaded the sample portfolio')).rejects.toThrow();
    expect(await ctx.db.partnerships.count()).toBe(0);
    expect(await ctx.db.healthChecks.count()).toBe(1);
    expect(await ctx.db.activity.count()).toBe(0);
  });

  it('the sample, read back through the attention query, shows every kind of reason', async () => {
    ctx = createTestContext(`${TODAY}T12:00:00.000Z`);
    await addSnapshot(ctx, samplePortfolio(TODAY), 'Loaded the sample portfolio');
    const snapshot = await loadAttentionSnapshot(ctx.db);
    const items = rankAttention(snapshot, { now: ctx.now().toISOString(), today: TODAY, healthCheckIntervalDays: 90 });
    const reasons = new Set(items.map((i) => i.reason));
    for (const reason of ['cadence overdue', 'meeting not recorded', 'commitment overdue', 'health dropped', 'renewal', 'at risk', 'intent never agreed', 'intent changed'] as const) {
      expect(reasons, reason).toContain(reason);
    }
    const sides = items.filter((i) => i.reason === 'commitment overdue').map((i) => i.title.split(':')[0]);
    expect(sides).toContain('We owe');
    expect(sides).toContain('The partner owes');
  });
});
