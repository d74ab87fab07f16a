// Record search reads the tables in chunks; it must find exactly what one pass over
// every record finds, including records past the first chunk.
import { afterEach, describe, expect, it } from 'vitest';
import { SCALES, generatePortfolio } from '@shared/sample/portfolioGenerator';
import type { PortfolioSnapshot } from '@shared/domain';
import { searchRecords } from '../../../renderer/db/search';
import { addSnapshot } from '../../../renderer/db/snapshot';
import type { TestContext } from './testDb';
import { createTestContext } from './testDb';

let ctx: TestContext;
afterEach(async () => {
  await ctx.db.delete();
});

const TODAY = '2027-01-14';

/** Partnerships whose touchpoints or commitments mention every word (the intent is left to the app's own test). */
function reference(snapshot: PortfolioSnapshot, query: string): Map<string, string[]> {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const has = (texts: string[]) => words.every((w) => texts.join(' ').toLowerCase().includes(w));
  const hits = new Map<string, string[]>();
  const add = (id: string, hit: string) => hits.set(id, [...(hits.get(id) ?? []), hit]);
  for (const t of snapshot.touchpoints) if (has([t.title, t.summary, t.internalNotes])) add(t.partnershipId, 'touchpoints');
  for (const c of snapshot.commitments) if (has([c.title, c.detail])) add(c.partnershipId, 'commitments');
  return new Map([...hits].map(([id, list]) => [id, [...new Set(list)].sort()]));
}

describe('record search', () => {
  it('finds what a pass over every record finds, past the first chunk of each table', async () => {
    ctx = createTestContext(`${TODAY}T12:00:00.000Z`);
    const snapshot = generatePortfolio({ ...SCALES['10x'], today: TODAY });
    expect(snapshot.touchpoints.length).toBeGreaterThan(1000);
    await addSnapshot(ctx, snapshot, 'Benchmark portfolio');
    const last = [...snapshot.touchpoints].sort((a, b) => a.id.localeCompare(b.id)).at(-1)!;
    for (const query of [last.title, last.summary.split(' ').slice(0, 2).join(' ')]) {
      const found = await searchRecords(ctx.db, query);
      const withoutIntent = new Map<string, string[]>();
      for (const [id, hits] of found) {
        const list = [...hits].filter((h) => h !== 'intent').sort();
        if (list.length > 0) withoutIntent.set(id, list);
      }
      expect(withoutIntent, query).toEqual(reference(snapshot, query));
      expect(found.get(last.partnershipId)?.has('touchpoints'), query).toBe(true);
    }
  });

  it('an empty query finds nothing without reading', async () => {
    ctx = createTestContext();
    expect(await searchRecords(ctx.db, '   ')).toEqual(new Map());
  });
});
