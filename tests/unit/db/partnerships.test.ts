import { afterEach, describe, expect, it, vi } from 'vitest';
import { ValidationError } from '@shared/domain';
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
  it('creates a partnership with id, timestamps and an activity entry in one go', async () => {
    ctx = createTestContext();
    const created = await createPartnership(ctx, acme);
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(created.createdAt).toBe('2027-01-14T09:00:00.000Z');
    expect(created.tags).toEqual(['emea', 'cloud']);
    const stored = await ctx.db.partnerships.get(created.id);
    expect(stored).toEqual(created);
    const log = await recentActivity(ctx.db, created.id);
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ action: 'create', entity: 'partnership', description: 'Created partnership “Acme co-sell”' });
  });

  it('rejects invalid input with a message per field and writes nothing', async () => {
    ctx = createTestContext();
    const attempt = createPartnership(ctx, { ...acme, name: '  ', type: 'friendship', termEndsOn: '2025-01-01' });
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    const errors = await attempt.catch((e: ValidationError) => e.errors);
    expect(errors).toMatchObject({
      name: 'Name is required.',
      type: 'Choose a type from the list.',
    });
    expect(await ctx.db.partnerships.count()).toBe(0);
    expect(await ctx.db.activity.count()).toBe(0);
  });

  it('rejects a term that ends before it was signed', async () => {
    ctx = createTestContext();
    const errors = await createPartnership(ctx, { ...acme, termEndsOn: '2025-01-01' }).catch((e: ValidationError) => e.errors);
    expect(errors).toEqual({ termEndsOn: 'The term must end on or after the day it was signed.' });
  });

  it('a failed write leaves nothing behind: the record rolls back with its log entry', async () => {
    ctx = createTestContext();
    vi.spyOn(ctx.db.activity, 'add').mockImplementation(() => {
      throw new Error('disk full');
    });
    await expect(createPartnership(ctx, acme)).rejects.toThrow('disk full');
    expect(await ctx.db.partnerships.count()).toBe(0);
  });

  it('updates keep createdAt, bump updatedAt, and log what changed', async () => {
    ctx = createTestContext();
    const created = await createPartnership(ctx, acme);
    ctx.advance(60_000);
    const updated = await updatePartnership(ctx, created.id, { ...acme, status: 'at risk' });
    expect(updated.createdAt).toBe(created.createdAt);
    expect(updated.updatedAt).toBe('2027-01-14T09:01:00.000Z');
    const [latest] = await recentActivity(ctx.db, created.id);
    expect(latest?.description).toBe('Updated partnership “Acme co-sell”: status: active → at risk');
  });

  it('an update that changes nothing writes nothing', async () => {
    ctx = createTestContext();
    const created = await createPartnership(ctx, acme);
    await updatePartnership(ctx, created.id, acme);
    expect(await ctx.db.activity.count()).toBe(1);
  });

  it('archive hides a partnership from the portfolio; restore brings it back unchanged', async () => {
    ctx = createTestContext();
    const created = await createPartnership(ctx, acme);
    ctx.advance(1000);
    await archivePartnership(ctx, created.id);
    expect(await listPartnerships(ctx.db)).toEqual([]);
    const archived = await listPartnerships(ctx.db, { archived: true });
    expect(archived.map((p) => p.id)).toEqual([created.id]);
    expect(archived[0]?.deletedAt).toBe('2027-01-14T09:00:01.000Z');
    ctx.advance(1000);
    await restorePartnership(ctx, created.id);
    const [restored] = await listPartnerships(ctx.db);
    expect(restored?.deletedAt).toBeUndefined();
    expect(restored?.name).toBe('Acme co-sell');
    const actions = (await recentActivity(ctx.db, created.id)).map((a) => a.action);
    expect(actions).toEqual(['restore', 'delete', 'create']);
  });

  it('refuses to update an archived or unknown partnership', async () => {
    ctx = createTestContext();
    const created = await createPartnership(ctx, acme);
    await archivePartnership(ctx, created.id);
    await expect(updatePartnership(ctx, created.id, acme)).rejects.toThrow('does not exist or was deleted');
    await expect(updatePartnership(ctx, 'nope', acme)).rejects.toThrow('does not exist or was deleted');
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
