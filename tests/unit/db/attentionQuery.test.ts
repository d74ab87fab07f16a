// Attention and Portfolio read each partnership's excerpt, not its whole history; these
// tests prove that leaves the answers unchanged: the same ranking and summaries as the
// pure reference (rankAttention / summarisePartnerships) over every record.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { rankAttention } from '@shared/attention';
import { addDays } from '@shared/dates';
import { summarisePartnerships } from '@shared/portfolioSummary';
import type { PortfolioSnapshot } from '@shared/domain';
import { SCALES, generatePortfolio } from '@shared/sample/portfolioGenerator';
import { forgetRememberedAnswers, loadAttentionSnapshot, loadPortfolioExcerpts, rankExcerpts } from '../../../renderer/db/attentionQuery';
import { deleteCommitment } from '../../../renderer/db/commitments';
import { excerptTables, refreshExcerpts } from '../../../renderer/db/excerpts';
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

describe('reading the excerpts again', () => {
  const byId = async () => new Map((await ctx.db.partnershipExcerpts.toArray()).map((row) => [row.partnershipId, row]));

  /**
   * One read, with what it asked the database for: `fetched` the ids it fetched by key (bulkGet
   * once, after one listing of the revision rows), or 'whole table' (one toArray of the
   * excerpts, no bulkGet).
   */
  async function expectRead(fetched: readonly string[] | number | 'whole table') {
    const listings = [vi.spyOn(ctx.db.partnershipExcerpts, 'toCollection'), vi.spyOn(ctx.db.partnershipExcerpts, 'orderBy')];
    const whole = vi.spyOn(ctx.db.partnershipExcerpts, 'toArray');
    const revisions = vi.spyOn(ctx.db.excerptRevisions, 'toArray');
    const fetch = vi.spyOn(ctx.db.partnershipExcerpts, 'bulkGet');
    try {
      const { excerpts } = await loadPortfolioExcerpts(ctx.db);
      expect(revisions).toHaveBeenCalledTimes(1);
      expect(listings[1]).not.toHaveBeenCalled();
      if (fetched === 'whole table') {
        expect(whole).toHaveBeenCalledTimes(1);
        expect(fetch).not.toHaveBeenCalled();
        return excerpts;
      }
      expect(listings[0]).not.toHaveBeenCalled();
      expect(whole).not.toHaveBeenCalled();
      expect(fetch).toHaveBeenCalledTimes(1);
      if (typeof fetched === 'number') expect(fetch.mock.calls[0]?.[0]).toHaveLength(fetched);
      else expect(fetch.mock.calls[0]?.[0]).toEqual(fetched);
      return excerpts;
    } finally {
      for (const spy of [...listings, whole, revisions, fetch]) spy.mockRestore();
    }
  }

  it('fetches only the rows whose revision changed since the last read, and still returns every row as stored', async () => {
    const all = await loaded('1x');
    forgetRememberedAnswers();
    // The first read wants every row: the whole table in one request, beside the revision rows.
    expect(await expectRead('whole table')).toEqual(await byId());

    // Nothing written: only the revision rows are read.
    expect(await expectRead([])).toEqual(await byId());

    // One commitment deleted: its partnership's row is written with a new revision, and only it is fetched.
    const open = all.commitments.find((c) => c.status === 'open' && !c.deletedAt && all.partnerships.some((p) => p.id === c.partnershipId && !p.deletedAt))!;
    await deleteCommitment(ctx, open.id);
    expect(await expectRead([open.partnershipId])).toEqual(await byId());
  });

  it('reads the whole table when most rows changed, and answers as the reference does then and as the clock moves on', async () => {
    const all = await loaded('1x');
    forgetRememberedAnswers();
    await loadPortfolioExcerpts(ctx.db);
    // Every excerpt written again, as a restore does: every revision is new.
    await ctx.db.transaction('rw', excerptTables(ctx.db), () => refreshExcerpts(ctx.db, 'all'));
    const excerpts = await expectRead('whole table');
    expect(excerpts).toEqual(await byId());
    const { partnerships } = await loadPortfolioExcerpts(ctx.db);
    // Today, a day and three weeks on, from the rows that read brought: the reference over every record.
    for (const days of [0, 1, 21]) {
      const today = addDays(TODAY, days);
      const clock = { ...CLOCK, today, now: `${today}T12:00:00.000Z` };
      expect(rankExcerpts({ partnerships, excerpts }, clock)).toEqual(rankAttention(all, clock));
    }
    // One row changed after it: fetched by key again.
    const open = all.commitments.find((c) => c.status === 'open' && !c.deletedAt && all.partnerships.some((p) => p.id === c.partnershipId && !p.deletedAt))!;
    await deleteCommitment(ctx, open.id);
    expect(await expectRead([open.partnershipId])).toEqual(await byId());
  });

  it('fetches a row whose revision row changed, and forgets a row whose revision row is gone', async () => {
    const all = await loaded('1x');
    forgetRememberedAnswers();
    await loadPortfolioExcerpts(ctx.db);
    const [first, second] = all.partnerships.filter((p) => !p.deletedAt);
    // Written as refreshExcerpts writes: each row with its revision row.
    const edited = { ...(await ctx.db.partnershipExcerpts.get(first!.id))!, revision: 'edited' };
    await ctx.db.transaction('rw', [ctx.db.partnershipExcerpts, ctx.db.excerptRevisions], async () => {
      await ctx.db.partnershipExcerpts.put(edited);
      await ctx.db.excerptRevisions.put({ partnershipId: first!.id, revision: 'edited' });
      await ctx.db.partnershipExcerpts.delete(second!.id);
      await ctx.db.excerptRevisions.delete(second!.id);
    });
    const fetch = vi.spyOn(ctx.db.partnershipExcerpts, 'bulkGet');
    for (const expected of [[first!.id], []]) {
      const { excerpts } = await loadPortfolioExcerpts(ctx.db);
      expect(excerpts.get(first!.id)).toEqual(edited);
      expect(excerpts.has(second!.id)).toBe(false);
      expect(excerpts).toEqual(await byId());
      expect(fetch.mock.calls.at(-1)?.[0]).toEqual(expected);
    }
  });
});
