import { afterEach, describe, expect, it } from 'vitest';
import { samplePortfolio } from '@shared/sample/portfolioGenerator';
import type { PortfolioSnapshot } from '@shared/domain';
import { addSnapshot } from '../../../renderer/db/snapshot';
import { readExportSnapshot } from '../../../renderer/db/exportSnapshot';
import type { TestContext } from './testDb';
import { createTestContext } from './testDb';

let ctx: TestContext;
afterEach(async () => {
  await ctx.db.delete();
});

const TODAY = '2027-01-14';
const byId = <T extends { readonly id: string }>(rows: readonly T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));

function onlyOf(sample: PortfolioSnapshot, partnershipId: string): PortfolioSnapshot {
  const own = <T extends { readonly id: string; readonly partnershipId: string }>(rows: readonly T[]) => byId(rows.filter((r) => r.partnershipId === partnershipId));
  return {
    partnerships: sample.partnerships.filter((p) => p.id === partnershipId),
    intentVersions: own(sample.intentVersions),
    stakeholders: own(sample.stakeholders),
    cadences: own(sample.cadences),
    occurrences: own(sample.occurrences),
    touchpoints: own(sample.touchpoints),
    decisions: own(sample.decisions),
    commitments: own(sample.commitments),
    healthChecks: own(sample.healthChecks),
    goalMeasurements: own(sample.goalMeasurements),
    opportunities: own(sample.opportunities),
    valueEvents: own(sample.valueEvents),
    reviewSummaries: own(sample.reviewSummaries),
    meetingPreps: own(sample.meetingPreps),
    activity: own(sample.activity),
  };
}

function sorted(snapshot: PortfolioSnapshot): PortfolioSnapshot {
  return Object.fromEntries(Object.entries(snapshot).map(([name, rows]) => [name, byId(rows as { id: string }[])])) as unknown as PortfolioSnapshot;
}

describe('reading the snapshot an export is built from', () => {
  it('holds exactly one partnership’s records, every kind, when given its id', async () => {
    ctx = createTestContext(`${TODAY}T12:00:00.000Z`);
    const sample = samplePortfolio(TODAY);
    await addSnapshot(ctx, sample, 'Loaded the sample portfolio');
    const chosen = sample.partnerships[1]!.id;
    const expected = onlyOf(sample, chosen);
    expect(expected.activity.length).toBeGreaterThan(0);
    expect(sorted(await readExportSnapshot(ctx.db, chosen))).toEqual(expected);
  });

  it('holds the whole portfolio when no partnership is named', async () => {
    ctx = createTestContext(`${TODAY}T12:00:00.000Z`);
    const sample = samplePortfolio(TODAY);
    await addSnapshot(ctx, sample, 'Loaded the sample portfolio');
    const snapshot = await readExportSnapshot(ctx.db);
    expect(snapshot.partnerships).toHaveLength(sample.partnerships.length);
    expect(snapshot.commitments).toHaveLength(sample.commitments.length);
    // The load itself adds one activity entry of its own.
    expect(snapshot.activity).toHaveLength(sample.activity.length + 1);
  });

  it('is empty, not an error, for an unknown partnership', async () => {
    ctx = createTestContext(`${TODAY}T12:00:00.000Z`);
    await addSnapshot(ctx, samplePortfolio(TODAY), 'Loaded the sample portfolio');
    const snapshot = await readExportSnapshot(ctx.db, 'no-such-id');
    expect(Object.values(snapshot).every((rows) => (rows as unknown[]).length === 0)).toBe(true);
  });
});
