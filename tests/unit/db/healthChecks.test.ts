// What only health checks do; creating, refusing, updating, deleting and restoring one are
// in recordContract.test.ts with every other record type.
import { afterEach, describe, expect, it } from 'vitest';
import type { ValidationError } from '@shared/domain';
import { createHealthCheck, deleteHealthCheck, restoreHealthCheck, updateHealthCheck } from '../../../renderer/db/healthChecks';
import { archivePartnership, createPartnership } from '../../../renderer/db/partnerships';
import { latestHealthChecks, listHealthChecks } from '../../../renderer/db/workspaceQueries';
import type { TestContext } from './testDb';
import { createTestContext } from './testDb';

const acme = { name: 'Acme co-sell', partnerOrg: 'Acme Corp', type: 'co-sell', status: 'active' };
const scores = [
  { dimension: 'trust', score: 4, comment: 'Open about pipeline' },
  { dimension: 'execution', score: 2 },
];
const check = (partnershipId: string, assessedOn: string, perspective = 'ours') => ({ partnershipId, assessedOn, perspective, scores });

let ctx: TestContext;
afterEach(async () => {
  await ctx.db.delete();
});

async function setup() {
  ctx = createTestContext();
  return createPartnership(ctx, acme);
}

const logOf = (entityId: string) => ctx.db.activity.where('entityId').equals(entityId).sortBy('at');

describe('health check repository', () => {
  it('scores each dimension once, whatever its case, and writes nothing otherwise', async () => {
    const p = await setup();
    const duplicate = await createHealthCheck(ctx, { ...check(p.id, '2027-01-10'), scores: [scores[0], { ...scores[0], dimension: 'Trust' }] }).catch(
      (e: ValidationError) => e.errors,
    );
    expect(duplicate).toEqual({ scores: 'Each dimension can be scored once.' });
    expect(await ctx.db.healthChecks.count()).toBe(0);
  });

  it('names the partner’s health check as theirs in the log', async () => {
    const p = await setup();
    const h = await createHealthCheck(ctx, check(p.id, '2027-01-10', 'partner'));
    await updateHealthCheck(ctx, h.id, { ...check(p.id, '2027-01-10', 'partner'), respondent: 'Lee Chen' });
    expect((await logOf(h.id)).map((a) => a.description)).toEqual([
      'Created the partner’s health check of 2027-01-10',
      'Updated the partner’s health check of 2027-01-10: respondent: — → Lee Chen',
    ]);
  });

  it('lists live checks chronologically, whichever perspective, through a delete and restore', async () => {
    const p = await setup();
    const april = await createHealthCheck(ctx, check(p.id, '2027-04-10'));
    const january = await createHealthCheck(ctx, check(p.id, '2027-01-10'));
    const partner = await createHealthCheck(ctx, check(p.id, '2027-02-01', 'partner'));
    expect((await listHealthChecks(ctx.db, p.id)).map((h) => h.id)).toEqual([january.id, partner.id, april.id]);
    await deleteHealthCheck(ctx, partner.id);
    expect((await listHealthChecks(ctx.db, p.id)).map((h) => h.id)).toEqual([january.id, april.id]);
    await restoreHealthCheck(ctx, partner.id);
    expect((await listHealthChecks(ctx.db, p.id)).map((h) => h.id)).toEqual([january.id, partner.id, april.id]);
  });

  it('gives the latest checks per perspective for every live partnership, newest first', async () => {
    const p = await setup();
    const globex = await createPartnership(ctx, { ...acme, name: 'Globex' });
    const archived = await createPartnership(ctx, { ...acme, name: 'Initech' });
    const dates = ['2026-07-01', '2026-10-01', '2027-01-10'];
    const ours = [];
    for (const day of dates) ours.push(await createHealthCheck(ctx, check(p.id, day)));
    const theirs = await createHealthCheck(ctx, check(p.id, '2026-12-01', 'partner'));
    const deleted = await createHealthCheck(ctx, check(p.id, '2027-01-12', 'partner'));
    await deleteHealthCheck(ctx, deleted.id);
    await createHealthCheck(ctx, check(archived.id, '2027-01-01'));
    await archivePartnership(ctx, archived.id);
    const latest = await latestHealthChecks(ctx.db);
    const byPartnership = new Map(latest.map((h) => [h.partnershipId, h]));
    expect([...byPartnership.keys()].sort()).toEqual([p.id, globex.id].sort());
    expect(byPartnership.get(p.id)?.ours.map((h) => h.assessedOn)).toEqual(['2027-01-10', '2026-10-01']);
    expect(byPartnership.get(p.id)?.partner.map((h) => h.id)).toEqual([theirs.id]);
    expect(byPartnership.get(globex.id)).toEqual({ partnershipId: globex.id, ours: [], partner: [] });
    expect((await latestHealthChecks(ctx.db, 1)).find((h) => h.partnershipId === p.id)?.ours.map((h) => h.id)).toEqual([ours[2]?.id]);
  });
});
