// What only commitments do; creating, refusing, updating, deleting and restoring one are in
// recordContract.test.ts with every other record type.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ValidationError } from '@shared/domain';
import {
  completeCommitment,
  createCommitment,
  createCommitments,
  deleteCommitment,
  dropCommitment,
  reopenCommitment,
  restoreCommitment,
} from '../../../renderer/db/commitments';
import { saveIntentDraft } from '../../../renderer/db/intents';
import { archivePartnership, createPartnership } from '../../../renderer/db/partnerships';
import { updateCommitment } from '../../../renderer/db/commitments';
import { listCommitments, openCommitmentsDueBefore } from '../../../renderer/db/workspaceQueries';
import type { TestContext } from './testDb';
import { createTestContext } from './testDb';

const acme = { name: 'Acme co-sell', partnerOrg: 'Acme Corp', type: 'co-sell', status: 'active' };
const brief = { title: 'Send webinar brief', owedBy: 'us', dueOn: '2027-01-21' } as const;

let ctx: TestContext;
afterEach(async () => {
  await ctx.db.delete();
});

async function setup() {
  ctx = createTestContext();
  return createPartnership(ctx, acme);
}

const logOf = (entityId: string) => ctx.db.activity.where('entityId').equals(entityId).sortBy('at');

describe('commitment repository', () => {
  it('a commitment may serve a goal of its partnership’s charter, and only such a goal', async () => {
    const p = await setup();
    const intent = await saveIntentDraft(ctx, p.id, { goals: [{ statement: 'Close joint deals', targetValue: 40 }] });
    const goalId = intent.goals[0]!.id!;
    const refused = await createCommitment(ctx, { ...brief, partnershipId: p.id, goalId: 'no-such-goal' }).catch((e: ValidationError) => e.errors);
    expect(refused).toEqual({ goalId: 'That goal is not in this partnership’s intent: save the intent first.' });
    expect(await ctx.db.commitments.count()).toBe(0);

    const serving = await createCommitment(ctx, { ...brief, partnershipId: p.id, goalId });
    expect((await ctx.db.commitments.get(serving.id))?.goalId).toBe(goalId);
    // Marking it done keeps the goal; an edit without one drops the field.
    await completeCommitment(ctx, serving.id, '2027-01-20');
    expect((await ctx.db.commitments.get(serving.id))?.goalId).toBe(goalId);
    await updateCommitment(ctx, serving.id, { ...brief, partnershipId: p.id, goalId: '' });
    expect(await ctx.db.commitments.get(serving.id)).not.toHaveProperty('goalId');
  });

  it('a done commitment needs the day it was done, and writes nothing without it', async () => {
    const p = await setup();
    const doneErrors = await createCommitment(ctx, { ...brief, partnershipId: p.id, status: 'done' }).catch((e: ValidationError) => e.errors);
    expect(doneErrors).toEqual({ doneOn: 'Say when it was done.' });
    expect(await ctx.db.commitments.count()).toBe(0);
  });

  it('completing, or creating many at once, is refused once the partnership is archived', async () => {
    const p = await setup();
    const c = await createCommitment(ctx, { ...brief, partnershipId: p.id });
    await archivePartnership(ctx, p.id);
    await expect(completeCommitment(ctx, c.id, '2027-01-20')).rejects.toThrow('is archived');
    await expect(createCommitments(ctx, p.id, [brief])).rejects.toThrow('is archived');
    expect(await ctx.db.commitments.toArray()).toEqual([c]);
  });

  it('completes, reopens and drops, each logged with what changed', async () => {
    const p = await setup();
    const c = await createCommitment(ctx, { ...brief, partnershipId: p.id });
    ctx.advance(1000);
    const done = await completeCommitment(ctx, c.id, '2027-01-20');
    expect(done).toMatchObject({ status: 'done', doneOn: '2027-01-20', updatedAt: '2027-01-14T09:00:01.000Z' });
    expect((await logOf(c.id)).at(-1)?.description).toBe('Updated commitment “Send webinar brief”: status: open → done; done on: — → 2027-01-20');
    ctx.advance(1000);
    const reopened = await reopenCommitment(ctx, c.id);
    expect(reopened.status).toBe('open');
    expect(reopened).not.toHaveProperty('doneOn');
    ctx.advance(1000);
    expect((await dropCommitment(ctx, c.id)).status).toBe('dropped');
    expect((await logOf(c.id)).map((a) => a.action)).toEqual(['create', 'update', 'update', 'update']);
    const errors = await completeCommitment(ctx, c.id, 'today').catch((e: ValidationError) => e.errors);
    expect(errors).toEqual({ doneOn: 'Enter a date as YYYY-MM-DD.' });
  });

  it('lists live commitments by due date, or by status, through a delete and restore', async () => {
    const p = await setup();
    const later = await createCommitment(ctx, { ...brief, partnershipId: p.id, dueOn: '2027-02-01' });
    const sooner = await createCommitment(ctx, { ...brief, partnershipId: p.id, title: 'Intro to CFO', owedBy: 'partner' });
    expect((await listCommitments(ctx.db, p.id)).map((c) => c.id)).toEqual([sooner.id, later.id]);
    await deleteCommitment(ctx, sooner.id);
    expect((await listCommitments(ctx.db, p.id)).map((c) => c.id)).toEqual([later.id]);
    await restoreCommitment(ctx, sooner.id);
    expect((await listCommitments(ctx.db, p.id, 'open')).map((c) => c.id)).toEqual([sooner.id, later.id]);
    expect(await listCommitments(ctx.db, p.id, 'done')).toEqual([]);
  });
});

describe('many commitments in one step', () => {
  it('creates them all in one transaction, each logged', async () => {
    const p = await setup();
    const created = await createCommitments(ctx, p.id, [
      { ...brief, source: 'health check action' },
      { title: 'Name an executive sponsor', owedBy: 'partner', dueOn: '2027-02-15', source: 'health check action' },
    ]);
    expect(created.map((c) => [c.title, c.partnershipId, c.source])).toEqual([
      ['Send webinar brief', p.id, 'health check action'],
      ['Name an executive sponsor', p.id, 'health check action'],
    ]);
    expect(await ctx.db.commitments.count()).toBe(2);
    expect(await ctx.db.activity.filter((a) => a.entity === 'commitment').count()).toBe(2);
    expect(await createCommitments(ctx, p.id, [])).toEqual([]);
  });

  it('keys errors by position and writes none when any is invalid', async () => {
    const p = await setup();
    const errors = await createCommitments(ctx, p.id, [brief, { ...brief, title: '' }, { ...brief, dueOn: '2027-02-30' }]).catch((e: ValidationError) => e.errors);
    expect(errors).toEqual({ '1.title': 'Title is required.', '2.dueOn': 'Enter a date as YYYY-MM-DD.' });
    expect(await ctx.db.commitments.count()).toBe(0);
  });

  it('a failure part-way leaves none of them behind', async () => {
    const p = await setup();
    const add = ctx.db.activity.add.bind(ctx.db.activity);
    let calls = 0;
    vi.spyOn(ctx.db.activity, 'add').mockImplementation((...args) => {
      calls += 1;
      if (calls === 3) throw new Error('disk full');
      return add(...args);
    });
    await expect(createCommitments(ctx, p.id, [brief, brief, brief])).rejects.toThrow('disk full');
    expect(await ctx.db.commitments.count()).toBe(0);
  });
});

describe('open commitments across the portfolio', () => {
  it('returns open, live commitments due strictly before the day, earliest first, without archived partnerships', async () => {
    const p = await setup();
    const other = await createPartnership(ctx, { ...acme, name: 'Globex' });
    const overdue = await createCommitment(ctx, { ...brief, partnershipId: p.id, dueOn: '2027-01-10' });
    const dueToday = await createCommitment(ctx, { ...brief, partnershipId: p.id, dueOn: '2027-01-14' });
    await createCommitment(ctx, { ...brief, partnershipId: p.id, dueOn: '2027-01-15' });
    const done = await createCommitment(ctx, { ...brief, partnershipId: p.id, dueOn: '2027-01-05' });
    await completeCommitment(ctx, done.id, '2027-01-05');
    const deleted = await createCommitment(ctx, { ...brief, partnershipId: p.id, dueOn: '2027-01-06' });
    await deleteCommitment(ctx, deleted.id);
    const earliest = await createCommitment(ctx, { ...brief, partnershipId: p.id, dueOn: '2027-01-02' });
    await createCommitment(ctx, { ...brief, partnershipId: other.id, dueOn: '2027-01-03' });
    await archivePartnership(ctx, other.id);
    expect((await openCommitmentsDueBefore(ctx.db, '2027-01-14')).map((c) => c.id)).toEqual([earliest.id, overdue.id]);
    expect((await openCommitmentsDueBefore(ctx.db, '2027-01-15')).map((c) => c.id)).toEqual([earliest.id, overdue.id, dueToday.id]);
  });
});
