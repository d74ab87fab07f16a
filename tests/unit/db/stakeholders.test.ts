// What only stakeholders do; creating, refusing, updating, deleting and restoring are in
// recordContract.test.ts with every other record type.
import { afterEach, describe, expect, it } from 'vitest';
import { createPartnership } from '../../../renderer/db/partnerships';
import { createStakeholder, deleteStakeholder, restoreStakeholder } from '../../../renderer/db/stakeholders';
import { listStakeholders } from '../../../renderer/db/workspaceQueries';
import type { TestContext } from './testDb';
import { createTestContext } from './testDb';

const acme = { name: 'Acme co-sell', partnerOrg: 'Acme Corp', type: 'co-sell', status: 'active' };
const lee = { side: 'partner', name: 'Lee Chen', title: 'VP Alliances', function: 'executive', roles: ['sponsor'], approvalAuthority: 'signs up to $250k' };

let ctx: TestContext;
afterEach(async () => {
  await ctx.db.delete();
});

async function setup() {
  ctx = createTestContext();
  return createPartnership(ctx, acme);
}

describe('stakeholder repository', () => {
  it('lists live stakeholders grouped by side then name, or one side, through a delete and restore', async () => {
    const p = await setup();
    const s = await createStakeholder(ctx, { ...lee, partnershipId: p.id });
    const ana = await createStakeholder(ctx, { ...lee, partnershipId: p.id, name: 'Ana Ortiz' });
    const dana = await createStakeholder(ctx, { ...lee, partnershipId: p.id, side: 'us', name: 'Dana Reyes' });
    expect((await listStakeholders(ctx.db, p.id)).map((x) => x.name)).toEqual(['Ana Ortiz', 'Lee Chen', 'Dana Reyes']);
    await deleteStakeholder(ctx, s.id);
    expect((await listStakeholders(ctx.db, p.id)).map((x) => x.id)).toEqual([ana.id, dana.id]);
    expect((await listStakeholders(ctx.db, p.id, 'us')).map((x) => x.id)).toEqual([dana.id]);
    await restoreStakeholder(ctx, s.id);
    expect((await listStakeholders(ctx.db, p.id, 'partner')).map((x) => x.id)).toEqual([ana.id, s.id]);
  });
});
