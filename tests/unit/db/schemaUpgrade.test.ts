// Schema history is append-only (STYLE.md rule 7): a database written by an earlier
// version, with data in it, must open at the current version with nothing lost.
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { rankAttention } from '@shared/attention';
import { parseBackup } from '@shared/backup/parse';
import { excerptPartnership } from '@shared/partnershipExcerpt';
import type { PortfolioSnapshot } from '@shared/sample/portfolioGenerator';
import { countRecords, samplePortfolio } from '@shared/sample/portfolioGenerator';
import { loadAttentionSnapshot } from '../../../renderer/db/attentionQuery';
import { exportBackup, restoreBackup } from '../../../renderer/db/backup';
import { readExportSnapshot } from '../../../renderer/db/exportSnapshot';
import { addSnapshot } from '../../../renderer/db/snapshot';
import { readInstanceId } from '../../../renderer/db/marker';
import { SCHEMA_VERSION, STORES_V1, STORES_V3, STORES_V4, STORES_V5, StewardDb } from '../../../renderer/db/schema';

const TODAY = '2027-01-14';
const NOW = `${TODAY}T12:00:00.000Z`;
const TABLES = ['partnerships', 'intentVersions', 'stakeholders', 'cadences', 'occurrences', 'touchpoints', 'decisions', 'commitments', 'healthChecks', 'activity'] as const;

let name = '';
afterEach(async () => {
  await Dexie.delete(name);
});

/** Writes the sample with a Dexie declaring only version 1, as Steward 0.1 did. */
async function writtenAtVersion1(sample: PortfolioSnapshot): Promise<void> {
  name = `steward-v1-${Math.random().toString(36).slice(2)}`;
  const v1 = new Dexie(name);
  v1.version(1).stores(STORES_V1);
  await v1.transaction('rw', [...TABLES], async () => {
    for (const table of TABLES) await v1.table(table).bulkAdd(sample[table]);
  });
  expect(v1.verno).toBe(1);
  v1.close();
}

describe('schema upgrades', { timeout: 30_000 }, () => {
  it('opens a database written at version 1 at the current version, every record kept', async () => {
    const sample = samplePortfolio(TODAY);
    await writtenAtVersion1(sample);
    const db = new StewardDb(name);
    await db.open();
    expect(SCHEMA_VERSION).toBe(7);
    expect(db.verno).toBe(SCHEMA_VERSION);
    const counts = await Promise.all(TABLES.map((t) => db.table(t).count()));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(countRecords(sample));
    expect(await db.partnerships.toArray()).toEqual(expect.arrayContaining(sample.partnerships));
    db.close();
  });

  it('builds the version 2 indexes over the records written at version 1', async () => {
    const sample = samplePortfolio(TODAY);
    await writtenAtVersion1(sample);
    const db = new StewardDb(name);
    const linked = sample.touchpoints.filter((t) => t.cadenceId !== '');
    const check = sample.healthChecks[0]!;
    expect(await db.occurrences.where('occurrence').aboveOrEqual('').count()).toBe(sample.occurrences.length);
    expect(await db.touchpoints.where('[cadenceId+occurredOn]').between([linked[0]!.cadenceId, Dexie.minKey], [linked[0]!.cadenceId, Dexie.maxKey]).count()).toBe(
      linked.filter((t) => t.cadenceId === linked[0]!.cadenceId).length,
    );
    expect(await db.healthChecks.where('[partnershipId+perspective+assessedOn]').equals([check.partnershipId, check.perspective, check.assessedOn]).primaryKeys()).toContain(check.id);
    const clock = { now: NOW, today: TODAY, healthCheckIntervalDays: 90 };
    expect(rankAttention(await loadAttentionSnapshot(db), clock)).toEqual(rankAttention(sample, clock));
    db.close();
  });

  it('drops the version 3 digests store and builds the version 4 index over records written at version 3', async () => {
    const sample = samplePortfolio(TODAY);
    name = `steward-v3-${Math.random().toString(36).slice(2)}`;
    const v3 = new Dexie(name);
    v3.version(3).stores(STORES_V3);
    await v3.transaction('rw', [...TABLES, 'digests'], async () => {
      for (const table of TABLES) await v3.table(table).bulkAdd(sample[table]);
      // A version 3 digest saying nothing is due: if it were still read, the ranking would be wrong.
      await v3.table('digests').bulkAdd(sample.partnerships.map((p) => ({ partnershipId: p.id, stamp: 'v3', builtAt: NOW })));
    });
    v3.close();
    const db = new StewardDb(name);
    await db.open();
    expect([...db.backendDB().objectStoreNames]).not.toContain('digests');
    const occurrence = sample.occurrences[0]!;
    expect(await db.occurrences.where('[partnershipId+occurrence]').equals([occurrence.partnershipId, occurrence.occurrence]).primaryKeys()).toContain(occurrence.id);
    const clock = { now: NOW, today: TODAY, healthCheckIntervalDays: 90 };
    expect(rankAttention(await loadAttentionSnapshot(db), clock)).toEqual(rankAttention(sample, clock));
    db.close();
  });

  it('gives a database written at version 4 its instance id at version 5, every record kept, and keeps that id', async () => {
    const sample = samplePortfolio(TODAY);
    name = `steward-v4-${Math.random().toString(36).slice(2)}`;
    const v4 = new Dexie(name);
    v4.version(4).stores(STORES_V4);
    await v4.transaction('rw', [...TABLES], async () => {
      for (const table of TABLES) await v4.table(table).bulkAdd(sample[table]);
    });
    v4.close();
    const db = new StewardDb(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    const id = await readInstanceId(db);
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    for (const table of TABLES) expect(await db.table(table).count()).toBe(sample[table].length);
    db.close();
    const again = new StewardDb(name);
    await again.open();
    expect(await readInstanceId(again)).toBe(id);
    again.close();
  });

  it('replaces the version 5 digests with every partnership’s excerpt, built from its records, at version 7', async () => {
    const sample = samplePortfolio(TODAY);
    name = `steward-v5-${Math.random().toString(36).slice(2)}`;
    const v5 = new Dexie(name);
    v5.version(5).stores(STORES_V5);
    await v5.transaction('rw', [...TABLES, 'partnershipDigests'], async () => {
      for (const table of TABLES) await v5.table(table).bulkAdd(sample[table]);
      // A version 5 digest saying nothing is due: if it were still read, the ranking would be wrong.
      await v5.table('partnershipDigests').bulkAdd(sample.partnerships.map((p) => ({ partnershipId: p.id, stamp: 'v5', builtAt: NOW })));
    });
    v5.close();
    const db = new StewardDb(name);
    await db.open();
    expect(db.verno).toBe(7);
    expect([...db.backendDB().objectStoreNames]).not.toContain('partnershipDigests');
    const excerpts = await db.partnershipExcerpts.toArray();
    expect(excerpts.map((e) => e.partnershipId).sort()).toEqual(sample.partnerships.map((p) => p.id).sort());
    // The records as stored (in key order), as the repositories build excerpts from them.
    const stored = await readExportSnapshot(db);
    for (const excerpt of excerpts) expect(excerpt).toEqual(excerptPartnership(excerpt.partnershipId, stored));
    for (const table of TABLES) expect(await db.table(table).count()).toBe(sample[table].length);
    const clock = { now: NOW, today: TODAY, healthCheckIntervalDays: 90 };
    expect(rankAttention(await loadAttentionSnapshot(db), clock)).toEqual(rankAttention(sample, clock));
    db.close();
  });

  it('gives each new database an id of its own at creation', async () => {
    name = `steward-new-${Math.random().toString(36).slice(2)}`;
    const first = new StewardDb(name);
    await first.open();
    const id = await readInstanceId(first);
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    await first.delete();
    const second = new StewardDb(name);
    await second.open();
    expect(await readInstanceId(second)).not.toBe(id);
    second.close();
  });

  it('restores a backup written at schema version 1 into the current database', async () => {
    name = `steward-v2-${Math.random().toString(36).slice(2)}`;
    const ctx = { db: new StewardDb(name), now: () => new Date(NOW) };
    const sample = samplePortfolio(TODAY);
    await addSnapshot(ctx, sample, 'Loaded the sample portfolio');
    const text = (await exportBackup(ctx, { name: 'Steward', version: '0.1.0' })).replace(`"schemaVersion": ${SCHEMA_VERSION},`, '"schemaVersion": 1,');
    expect(text).toContain('"schemaVersion": 1,');
    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    await ctx.db.partnerships.clear();
    await restoreBackup(ctx, parsed.backup, 'replace');
    expect(await ctx.db.partnerships.count()).toBe(sample.partnerships.length);
    expect(await ctx.db.occurrences.where('occurrence').aboveOrEqual('').count()).toBe(sample.occurrences.length);
    ctx.db.close();
  });
});

