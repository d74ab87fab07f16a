// What only partnerships do; creating, refusing, updating, archiving and restoring are in
// recordContract.test.ts with every other record type.
import { afterEach, describe, expect, it } from 'vitest';
import type { ValidationError } from '@shared/domain';
import { archivePartnership, createPartnership, restorePartnership, updatePartnership } from '../../../renderer/db/partnerships';
import { listPartnerships, recentActivity } from '../../../renderer/db/queries';
import type { TestContext } from './testDb';
import { createTestContext } from './testDb';

const acme = { name: 'Acme co-sell', partnerOrg: 'Acme Corp', type: 'co-sell', status: 'active', signedOn: '2026-03-01', termEndsOn: '2028-02-29', owner: 'Dana', tags: ['emea', 'emea', 'cloud'] };

let ctx: TestContext;
afterEach(async () => {
  await ctx.db.delete();
});

describe('partnership repository', () => {
  it('rejects a term that ends before it was signed', async () => {
    ctx = createTestContext();
    const errors = await createPartnership(ctx, { ...acme, termEndsOn: '2025-01-01' }).catch((e: ValidationError) => e.errors);
    expect(errors).toEqual({ termEndsOn: 'The term must end on or after the day it was signed.' });
  });

  it('lists archived partnerships apart; the recent activity shows the archive and restore, newest first', async () => {
    ctx = createTestContext();
    const created = await createPartnership(ctx, acme);
    ctx.advance(1000);
    await archivePartnership(ctx, created.id);
    const archived = await listPartnerships(ctx.db, { archived: true });
    expect(archived.map((p) => p.id)).toEqual([created.id]);
    expect(archived[0]?.deletedAt).toBe('2027-01-14T09:00:01.000Z');
    ctx.advance(1000);
    await restorePartnership(ctx, created.id);
    expect(await listPartnerships(ctx.db, { archived: true })).toEqual([]);
    const actions = (await recentActivity(ctx.db, created.id)).map((a) => a.action);
    expect(actions).toEqual(['restore', 'delete', 'create']);
  });
});

describe('the activity log', () => {
  it('keeps entries written in the same millisecond in the order they were written', async () => {
    ctx = createTestContext();
    const created = await createPartnership(ctx, acme);
    await updatePartnership(ctx, created.id, { ...acme, status: 'at risk' });
    await archivePartnership(ctx, created.id);
    await restorePartnership(ctx, created.id);
    const actions = (await recentActivity(ctx.db, created.id)).map((a) => a.action);
    expect(actions).toEqual(['restore', 'delete', 'update', 'create']);
  });
});
