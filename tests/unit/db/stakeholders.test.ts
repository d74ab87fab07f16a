import { afterEach, describe, expect, it, vi } from 'vitest';
import { ValidationError } from '@shared/domain';
import { archivePartnership, createPartnership } from '../../../renderer/db/partnerships';
import { createStakeholder, deleteStakeholder, restoreStakeholder, updateStakeholder } from '../../../renderer/db/stakeholders';
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

const logOf = (entityId: string) => ctx.db.activity.where('entityId').equals(entityId).sortBy('at');

describe('stakeholder repository', () => {
  it('creates a stakeholder with its activity entry', async () => {
    const p = await setup();
    const s = await createStakeholder(ctx, { ...lee, partnershipId: p.id });
    expect(s).toMatchObject({ partnershipId: p.id, name: 'Lee Chen', contact: '', internalNotes: '', createdAt: '2027-01-14T09:00:00.000Z' });
    expect(await ctx.db.stakeholders.get(s.id)).toEqual(s);
    expect(await logOf(s.id)).toMatchObject([
      { entity: 'stakeholder', action: 'create', partnershipId: p.id, description: 'Created stakeholder “Lee Chen” (partner side)' },
    ]);
  });

  it('names each invalid field and writes nothing', async () => {
    const p = await setup();
    const error = await createStakeholder(ctx, { ...lee, partnershipId: p.id, name: '', roles: [] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).errors).toEqual({ name: 'Name is required.', roles: 'Choose at least one alliance role.' });
    expect(await ctx.db.stakeholders.count()).toBe(0);
    expect(await ctx.db.activity.count()).toBe(1);
  });

  it('a failed write leaves nothing behind', async () => {
    const p = await setup();
    vi.spyOn(ctx.db.activity, 'add').mockImplementation(() => {
      throw new Error('disk full');
    });
    await expect(createStakeholder(ctx, { ...lee, partnershipId: p.id })).rejects.toThrow('disk full');
    expect(await ctx.db.stakeholders.count()).toBe(0);
  });

  it('refuses stakeholders of an unknown or archived partnership', async () => {
    const p = await setup();
    await expect(createStakeholder(ctx, { ...lee, partnershipId: 'nope' })).rejects.toThrow('The partnership nope does not exist or was deleted.');
    const s = await createStakeholder(ctx, { ...lee, partnershipId: p.id });
    await archivePartnership(ctx, p.id);
    await expect(createStakeholder(ctx, { ...lee, partnershipId: p.id })).rejects.toThrow(
      'The partnership “Acme co-sell” is archived: restore it before adding or changing its records.',
    );
    await expect(updateStakeholder(ctx, s.id, { ...lee, partnershipId: p.id, title: 'CEO' })).rejects.toThrow('is archived');
    expect(await ctx.db.stakeholders.count()).toBe(1);
  });

  it('updates log what changed; a stakeholder cannot move to another partnership', async () => {
    const p = await setup();
    const other = await createPartnership(ctx, { ...acme, name: 'Globex' });
    const s = await createStakeholder(ctx, { ...lee, partnershipId: p.id });
    ctx.advance(1000);
    const updated = await updateStakeholder(ctx, s.id, { ...lee, partnershipId: p.id, roles: ['sponsor', 'decision maker'] });
    expect(updated).toMatchObject({ roles: ['sponsor', 'decision maker'], createdAt: s.createdAt, updatedAt: '2027-01-14T09:00:01.000Z' });
    expect((await logOf(s.id)).at(-1)?.description).toBe('Updated stakeholder “Lee Chen” (partner side): roles changed');
    const errors = await updateStakeholder(ctx, s.id, { ...lee, partnershipId: other.id }).catch((e: ValidationError) => e.errors);
    expect(errors).toEqual({ partnershipId: 'A stakeholder cannot move to another partnership.' });
  });

  it('deletes softly and restores; lists leave deleted ones out, grouped by side then name', async () => {
    const p = await setup();
    const s = await createStakeholder(ctx, { ...lee, partnershipId: p.id });
    const ana = await createStakeholder(ctx, { ...lee, partnershipId: p.id, name: 'Ana Ortiz' });
    const dana = await createStakeholder(ctx, { ...lee, partnershipId: p.id, side: 'us', name: 'Dana Reyes' });
    expect((await listStakeholders(ctx.db, p.id)).map((x) => x.name)).toEqual(['Ana Ortiz', 'Lee Chen', 'Dana Reyes']);
    ctx.advance(1000);
    await deleteStakeholder(ctx, s.id);
    expect((await listStakeholders(ctx.db, p.id)).map((x) => x.id)).toEqual([ana.id, dana.id]);
    expect((await listStakeholders(ctx.db, p.id, 'us')).map((x) => x.id)).toEqual([dana.id]);
    expect((await ctx.db.stakeholders.get(s.id))?.deletedAt).toBe('2027-01-14T09:00:01.000Z');
    ctx.advance(1000);
    await restoreStakeholder(ctx, s.id);
    expect((await listStakeholders(ctx.db, p.id, 'partner')).map((x) => x.id)).toEqual([ana.id, s.id]);
    expect((await logOf(s.id)).map((a) => a.action)).toEqual(['create', 'delete', 'restore']);
  });

  it('refuses to restore into an archived partnership', async () => {
    const p = await setup();
    const s = await createStakeholder(ctx, { ...lee, partnershipId: p.id });
    await deleteStakeholder(ctx, s.id);
    await archivePartnership(ctx, p.id);
    await expect(restoreStakeholder(ctx, s.id)).rejects.toThrow('is archived');
    expect((await ctx.db.stakeholders.get(s.id))?.deletedAt).toBeDefined();
  });
});
