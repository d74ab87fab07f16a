import { afterEach, describe, expect, it } from 'vitest';
import { ValidationError } from '@shared/domain';
import { activeAttentionSnoozes, snoozeAttentionItem, unsnoozeAttentionItem } from '../../../renderer/db/attentionSnoozes';
import { listInbox, listLedger, recordTick } from '../../../renderer/db/reminders';
import type { TestContext } from './testDb';
import { createTestContext } from './testDb';

const NOW = '2027-01-14T09:00:00.000Z';
let ctx: TestContext;
afterEach(async () => {
  await ctx.db.delete();
});

describe('snoozing an Attention item', () => {
  it('hides it until the chosen instant, out of the reminder planner’s ledger and the centre', async () => {
    ctx = createTestContext(NOW);
    await snoozeAttentionItem(ctx, { itemKey: 'commitment:k1', partnershipId: 'p1', until: '2027-01-18T00:00:00.000Z' });
    await recordTick(ctx, NOW);
    expect(await activeAttentionSnoozes(ctx.db, NOW)).toEqual(new Map([['commitment:k1', '2027-01-18T00:00:00.000Z']]));
    expect(await activeAttentionSnoozes(ctx.db, '2027-01-18T00:00:00.000Z')).toEqual(new Map());
    expect(await listLedger(ctx.db)).toEqual([]);
    expect(await listInbox(ctx.db)).toEqual([]);
  });

  it('undoes a snooze, putting back the one it replaced', async () => {
    ctx = createTestContext(NOW);
    await snoozeAttentionItem(ctx, { itemKey: 'health-due:p1', partnershipId: 'p1', until: '2027-01-16T00:00:00.000Z' });
    const previous = await snoozeAttentionItem(ctx, { itemKey: 'health-due:p1', partnershipId: 'p1', until: '2027-01-30T00:00:00.000Z' });
    await unsnoozeAttentionItem(ctx, 'health-due:p1', previous);
    expect((await activeAttentionSnoozes(ctx.db, NOW)).get('health-due:p1')).toBe('2027-01-16T00:00:00.000Z');
    await unsnoozeAttentionItem(ctx, 'health-due:p1');
    expect(await activeAttentionSnoozes(ctx.db, NOW)).toEqual(new Map());
  });

  it('refuses a time that is not in the future', async () => {
    ctx = createTestContext(NOW);
    await expect(snoozeAttentionItem(ctx, { itemKey: 'renewal:p1', partnershipId: 'p1', until: NOW })).rejects.toBeInstanceOf(ValidationError);
    await expect(snoozeAttentionItem(ctx, { itemKey: 'renewal:p1', partnershipId: 'p1', until: 'tomorrow' })).rejects.toBeInstanceOf(ValidationError);
    expect(await ctx.db.reminders.count()).toBe(0);
  });
});
