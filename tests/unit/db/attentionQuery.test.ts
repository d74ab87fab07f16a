// Attention and Portfolio read each partnership's excerpt, not its whole history; these
// tests prove that leaves the answers unchanged: the same ranking and summaries as the
// pure reference (rankAttention / summarisePartnerships) over every record.
import { afterEach, describe, expect, it } from 'vitest';
import { rankAttention } from '@shared/attention';
import { summarisePartnerships } from '@shared/portfolioSummary';
import type { PortfolioSnapshot } from '@shared/domain';
import { SCALES, generatePortfolio } from '@shared/sample/portfolioGenerator';
import { loadAttentionSnapshot, loadPortfolioExcerpts, rankExcerpts } from '../../../renderer/db/attentionQuery';
import { loadPortfolioSummaries } from '../../../renderer/db/portfolioQuery';
import { listPartnerships } from '../../../renderer/db/queries';
import { addSnapshot } from '../../../renderer/db/snapshot';
import type { TestContext } from './testDb';
import { createTestContext } from './testDb';

let ctx: TestContext;
afterEach(async () => {
  await ctx.db.delete();
});

const TODAY = '2027-01-14';
const NOW = `${TODAY}T12:00:00.000Z`;
const CLOCK = { now: NOW, today: TODAY, healthCheckIntervalDays: 90 };

/** Archived partnerships and deleted records must stay out of both answers. */
function withTrash(snapshot: PortfolioSnapshot): PortfolioSnapshot {
  const [archived, ...rest] = snapshot.partnerships;
  const deleted = (i: number) => (i % 7 === 0 ? { deletedAt: NOW } : {});
  return {
    ...snapshot,
    partnerships: [{ ...archived!, deletedAt: NOW }, ...rest],
    commitments: snapshot.commitments.map((c, i) => ({ ...c, ...deleted(i) })),
    touchpoints: snapshot.touchpoints.map((t, i) => ({ ...t, ...deleted(i) })),
    healthChecks: snapshot.healthChecks.map((h, i) => ({ ...h, ...deleted(i) })),
  };
}

async function loaded(scale: keyof typeof SCALES): Promise<PortfolioSnapshot> {
  ctx = createTestContext(NOW);
  const snapshot = withTrash(generatePortfolio({ ...SCALES[scale], today: TODAY }));
  await addSnapshot(ctx, snapshot, 'Benchmark portfolio');
  return snapshot;
}

describe.each(['1x', '10x'] as const)('the portfolio reads through the excerpts at %s', { timeout: 30_000 }, (scale) => {
  it('rank Attention exactly as the reference does over every record', async () => {
    const all = await loaded(scale);
    const onScreen = rankExcerpts(await loadPortfolioExcerpts(ctx.db), CLOCK);
    const forReminders = rankAttention(await loadAttentionSnapshot(ctx.db), CLOCK);
    const reference = rankAttention(all, CLOCK);
    expect(reference.length).toBeGreaterThan(5);
    expect(onScreen).toEqual(reference);
    expect(forReminders).toEqual(reference);
  });

  it('summarise every portfolio partnership exactly as the reference does', async () => {
    const all = await loaded(scale);
    const summaries = await loadPortfolioSummaries(ctx.db, new Date(NOW), TODAY);
    const live = all.partnerships.filter((p) => !p.deletedAt);
    const reference = summarisePartnerships({ ...all, partnerships: live }, CLOCK);
    expect((await listPartnerships(ctx.db)).map((p) => p.id)).toEqual([...live].sort((a, b) => a.name.localeCompare(b.name)).map((p) => p.id));
    expect(summaries).toEqual(reference);
  });
});
