import { afterEach, describe, expect, it } from 'vitest';
import { parseCsv } from '@shared/imports/csvParse';
import { matchStage, presetMapping, stageKey, stagesInFile } from '@shared/imports/crm';
import type { ImportOptions } from '@shared/imports/planImport';
import { DEFAULT_STAGES } from '@shared/domain';
import { ImportRejectedError, importCsv, undoImport } from '../../../renderer/db/imports';
import { createPartnership } from '../../../renderer/db/partnerships';
import { listOpportunities, updateOpportunity } from '../../../renderer/db/value';
import type { TestContext } from './testDb';
import { createTestContext } from './testDb';

let ctx: TestContext;
afterEach(async () => {
  await ctx.db.delete();
});

const HEADER = 'Opportunity Owner,Account Name,Opportunity Name,Stage,Amount,Opportunity Currency,Close Date,Created Date,Lead Source,Opportunity ID';

function salesforceCsv(rows: readonly { id: string; account: string; stage: string; amount: string }[]): string {
  return [HEADER, ...rows.map((r) => `Dana Reyes,${r.account},${r.account} deal,${r.stage},"${r.amount}",USD,3/31/2027,1/15/2027,Partner Referral,${r.id}`)].join('\r\n');
}

function request(text: string, partnershipId: string) {
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new Error(parsed.error);
  const mapping = presetMapping('salesforce', parsed.table.header);
  const stageMap: Record<string, string> = {};
  for (const crm of stagesInFile(parsed.table, mapping)) stageMap[stageKey(crm)] = matchStage(crm, DEFAULT_STAGES) ?? 'Qualified';
  const options: ImportOptions = { kind: 'opportunities', mapping, dateOrder: 'mdy', partnershipId, opportunity: { stageMap, currency: 'USD', sourced: 'joint' } };
  return { table: parsed.table, options, fileName: 'pipeline.csv' };
}

const first = [
  { id: 'OPP-1', account: 'Initech', stage: 'Prospecting', amount: '$10,000.00' },
  { id: 'OPP-2', account: 'Globex', stage: 'Negotiation/Review', amount: '20,000' },
  { id: 'OPP-3', account: 'Umbrella', stage: 'Closed Won', amount: '30000' },
];

async function setUp() {
  ctx = createTestContext();
  const p = await createPartnership(ctx, { name: 'Acme co-sell', partnerOrg: 'Acme Corp', type: 'co-sell', status: 'active' });
  return p.id;
}

describe('importCsv for opportunities', () => {
  it('creates every row with its activity entries, then a re-import updates by external id instead of duplicating', async () => {
    const partnershipId = await setUp();
    const created = await importCsv(ctx, request(salesforceCsv(first), partnershipId));
    expect(created.ids).toHaveLength(3);
    expect(created.replaced).toEqual([]);
    const stored = await listOpportunities(ctx.db, partnershipId);
    expect(stored.map((o) => [o.externalId, o.amount, o.stage, o.outcome, o.sourced, o.closedOn ?? o.expectedCloseOn]).sort()).toEqual([
      ['OPP-1', 10000, 'Prospecting', 'open', 'partner', '2027-03-31'],
      ['OPP-2', 20000, 'Negotiation', 'open', 'partner', '2027-03-31'],
      ['OPP-3', 30000, 'Closed won', 'won', 'partner', '2027-03-31'],
    ]);

    ctx.advance(60_000);
    const second = [first[0]!, { ...first[1]!, amount: '25,000', stage: 'Closed Lost' }, first[2]!];
    const updated = await importCsv(ctx, request(salesforceCsv(second), partnershipId));
    expect(updated.ids).toEqual([]);
    expect(updated.replaced.map((o) => o.externalId)).toEqual(['OPP-2']);
    expect(updated.unchangedCount).toBe(2);
    const after = await listOpportunities(ctx.db, partnershipId);
    expect(after).toHaveLength(3);
    expect(after.find((o) => o.externalId === 'OPP-2')).toMatchObject({ amount: 25000, stage: 'Closed lost', outcome: 'lost', closedOn: '2027-03-31' });

    const activity = await ctx.db.activity.where('partnershipId').equals(partnershipId).toArray();
    const lines = activity.map((a) => a.description);
    expect(lines).toContain('Imported opportunities from “pipeline.csv”: 3 new, 0 updated, 0 unchanged');
    expect(lines).toContain('Imported opportunities from “pipeline.csv”: 0 new, 1 updated, 2 unchanged');
    expect(lines.some((l) => l.startsWith('Updated opportunity “Globex” from an import:'))).toBe(true);
  });

  it('Undo of a re-import puts the updated rows back exactly and removes the new ones', async () => {
    const partnershipId = await setUp();
    await importCsv(ctx, request(salesforceCsv(first), partnershipId));
    const before = await ctx.db.opportunities.toArray();
    ctx.advance(60_000);
    const second = [{ ...first[0]!, amount: '11,000' }, first[1]!, first[2]!, { id: 'OPP-4', account: 'Hooli', stage: 'Qualification', amount: '400' }];
    const result = await importCsv(ctx, request(salesforceCsv(second), partnershipId));
    expect(result.ids).toHaveLength(1);
    expect(result.replaced).toHaveLength(1);

    ctx.advance(60_000);
    const outcome = await undoImport(ctx, result);
    expect(outcome.keptEdited).toBe(0);
    const live = (await ctx.db.opportunities.toArray()).filter((o) => !o.deletedAt);
    expect(live.sort((a, b) => a.id.localeCompare(b.id))).toEqual(before.sort((a, b) => a.id.localeCompare(b.id)));
    const hooli = (await ctx.db.opportunities.toArray()).find((o) => o.externalId === 'OPP-4');
    expect(hooli?.deletedAt).toBeDefined();
  });

  it('Undo restores the updated rows when the clock moves on while the import writes (as a real one does)', async () => {
    const partnershipId = await setUp();
    await importCsv(ctx, request(salesforceCsv(first), partnershipId));
    const before = await ctx.db.opportunities.toArray();
    const ticking = { ...ctx, now: () => (ctx.advance(1), ctx.now()) };
    const result = await importCsv(ticking, request(salesforceCsv([{ ...first[0]!, amount: '11,000' }, first[1]!, first[2]!]), partnershipId));
    expect((await undoImport(ticking, result)).keptEdited).toBe(0);
    expect(await ctx.db.opportunities.toArray()).toEqual(before);
  });

  it('Undo keeps an opportunity edited after the import as edited', async () => {
    const partnershipId = await setUp();
    await importCsv(ctx, request(salesforceCsv(first), partnershipId));
    ctx.advance(60_000);
    const result = await importCsv(ctx, request(salesforceCsv([{ ...first[0]!, amount: '11,000' }, first[1]!, first[2]!]), partnershipId));
    ctx.advance(60_000);
    const edited = (await listOpportunities(ctx.db, partnershipId)).find((o) => o.externalId === 'OPP-1')!;
    const { id: _id, createdAt: _c, updatedAt: _u, outcome: _o, ...input } = edited;
    await updateOpportunity(ctx, edited.id, { ...input, amount: 12000 });
    expect((await undoImport(ctx, result)).keptEdited).toBe(1);
    expect((await ctx.db.opportunities.get(edited.id))?.amount).toBe(12000);
  });

  it('refuses a file with one bad row whole: nothing written', async () => {
    const partnershipId = await setUp();
    const bad = [...first, { id: 'OPP-9', account: 'Hooli', stage: 'Prospecting', amount: 'lots' }];
    const error = await importCsv(ctx, request(salesforceCsv(bad), partnershipId)).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ImportRejectedError);
    expect((error as ImportRejectedError).errors).toEqual([{ row: 5, column: 'Amount', message: '“lots” is not an amount: write it as a number, e.g. 125000 or $125,000.00.' }]);
    expect(await ctx.db.opportunities.count()).toBe(0);
  });
});
