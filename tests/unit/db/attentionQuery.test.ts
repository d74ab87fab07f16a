// The indexed reads behind Attention and Portfolio read only what can matter now; these
// tests prove that leaves the answers unchanged: the same ranking and summaries as the
// pure reference (rankAttention / summarisePartnerships) over every record.
import { afterEach, describe, expect, it } from 'vitest';
import { rankAttention } from '@shared/attention';
import { summarisePartnerships } from '@shared/portfolioSummary';
import { clearExpansionCache } from '@shared/recurrence';
import type { PortfolioSnapshot } from '@shared/domain';
import { SCALES, generatePortfolio } from '@shared/sample/portfolioGenerator';
import { loadAttentionSnapshot, loadPortfolioDigests, rankDigests } from '../../../renderer/db/attentionQuery';
import { digestsSettled } from '../../../renderer/db/digests';
import { loadPortfolioSummaries } from '../../../renderer/db/portfolioQuery';
import { listPartnerships } from '../../../renderer/db/queries';
import { addSnapshot } from '../../../renderer/db/snapshot';
import type { TestContext } from './testDb';
import { createTestContext } from './testDb';

let ctx: TestContext;
afterEach(async () => {
  await digestsSettled(ctx.db);
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

describe.each(['1x', '10x'] as const)('the indexed portfolio reads at %s', (scale) => {
  it('rank Attention exactly as the reference does over every record', async () => {
    const all = await loaded(scale);
    const onScreen = rankDigests(await loadPortfolioDigests(ctx.db, new Date(NOW)), CLOCK);
    const forReminders = rankAttention(await loadAttentionSnapshot(ctx.db, new Date(NOW)), CLOCK);
    clearExpansionCache(); // the reference expands every rule itself, not from the digests' plans
    const reference = rankAttention(all, CLOCK);
    expect(reference.length).toBeGreaterThan(5);
    expect(onScreen).toEqual(reference);
    expect(forReminders).toEqual(reference);
  });

  it('summarise every portfolio partnership exactly as the reference does', async () => {
    const all = await loaded(scale);
    const summaries = await loadPortfolioSummaries(ctx.db, new Date(NOW), TODAY);
    clearExpansionCache();
    const live = all.partnerships.filter((p) => !p.deletedAt);
    const reference = summarisePartnerships({ ...all, partnerships: live }, CLOCK);
    expect((await listPartnerships(ctx.db)).map((p) => p.id)).toEqual([...live].sort((a, b) => a.name.localeCompare(b.name)).map((p) => p.id));
    expect(summaries).toEqual(reference);
  });
});
