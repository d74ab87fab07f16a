// What only intent versions do: one open draft, agreeing, superseding. Creating, refusing,
// updating, deleting and restoring a draft are in recordContract.test.ts with every other record type.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { IntentVersionId, ValidationError } from '@shared/domain';
import { agreeIntent, deleteIntentDraft, restoreIntentDraft, saveIntentDraft, startDraftFromAgreed, updateIntentDraft } from '../../../renderer/db/intents';
import { createPartnership } from '../../../renderer/db/partnerships';
import { listIntentVersions } from '../../../renderer/db/workspaceQueries';
import type { TestContext } from './testDb';
import { createTestContext } from './testDb';

const acme = { name: 'Acme co-sell', partnerOrg: 'Acme Corp', type: 'co-sell', status: 'active' };
const charter = { purpose: 'Win mid-market deals together', goals: [{ statement: '20 joint wins', metric: 'deals', target: '20', dueBy: '2027-12-31' }] };
const agreement = { agreedOn: '2027-01-14', agreedByUs: 'Dana Reyes', agreedByPartner: 'Lee Chen' };

let ctx: TestContext;
afterEach(async () => {
  await ctx.db.delete();
});

async function setup() {
  ctx = createTestContext();
  return createPartnership(ctx, acme);
}

const logOf = (entityId: string) => ctx.db.activity.where('entityId').equals(entityId).sortBy('at');
const stored = (id: IntentVersionId) => ctx.db.intentVersions.get(id);

describe('intent drafts', () => {
  it('keeps one open draft: saving again updates it in place and logs what changed', async () => {
    const p = await setup();
    const first = await saveIntentDraft(ctx, p.id, charter);
    ctx.advance(1000);
    const second = await saveIntentDraft(ctx, p.id, { ...charter, successCriteria: 'Pipeline doubles' });
    expect(second.id).toBe(first.id);
    expect(second.version).toBe(1);
    expect(await ctx.db.intentVersions.count()).toBe(1);
    const log = await logOf(first.id);
    expect(log.map((a) => a.action)).toEqual(['create', 'update']);
    expect(log[1]?.description).toBe('Updated intent version 1: success criteria: — → Pipeline doubles');
  });

  it('deletes a draft softly and restores it; numbers are not reused', async () => {
    const p = await setup();
    const v1 = await saveIntentDraft(ctx, p.id, charter);
    ctx.advance(1000);
    await deleteIntentDraft(ctx, v1.id);
    expect(await listIntentVersions(ctx.db, p.id)).toEqual([]);
    expect((await stored(v1.id))?.deletedAt).toBe('2027-01-14T09:00:01.000Z');
    ctx.advance(1000);
    await restoreIntentDraft(ctx, v1.id);
    expect((await listIntentVersions(ctx.db, p.id)).map((v) => v.id)).toEqual([v1.id]);
    ctx.advance(1000);
    await deleteIntentDraft(ctx, v1.id);
    const v2 = await saveIntentDraft(ctx, p.id, charter);
    expect(v2.version).toBe(2);
    await expect(restoreIntentDraft(ctx, v1.id)).rejects.toThrow('Intent version 2 is already an open draft');
    expect((await logOf(v1.id)).map((a) => a.action)).toEqual(['create', 'delete', 'restore', 'delete']);
  });
});

describe('agreeing the intent', () => {
  it('marks the draft agreed with who agreed and when, logged as agree', async () => {
    const p = await setup();
    const draft = await saveIntentDraft(ctx, p.id, charter);
    ctx.advance(1000);
    const agreed = await agreeIntent(ctx, draft.id, agreement);
    expect(agreed).toMatchObject({ status: 'agreed', agreement, version: 1 });
    expect(await stored(draft.id)).toEqual(agreed);
    const log = await logOf(draft.id);
    expect(log.at(-1)).toMatchObject({ action: 'agree', description: 'Agreed intent version 1 on 2027-01-14 (Dana Reyes and Lee Chen)' });
  });

  it('agreeing version 2 supersedes version 1', async () => {
    const p = await setup();
    const v1 = await agreeIntent(ctx, (await saveIntentDraft(ctx, p.id, charter)).id, agreement);
    const v2 = await startDraftFromAgreed(ctx, p.id);
    expect(v2).toMatchObject({ version: 2, status: 'draft', purpose: charter.purpose, goals: v1.goals });
    expect(v2.agreement).toBeUndefined();
    await saveIntentDraft(ctx, p.id, { ...charter, purpose: 'Win enterprise deals together' });
    ctx.advance(86_400_000);
    await agreeIntent(ctx, v2.id, { ...agreement, agreedOn: '2027-04-01' });
    const versions = await listIntentVersions(ctx.db, p.id);
    expect(versions.map((v) => [v.version, v.status])).toEqual([[1, 'superseded'], [2, 'agreed']]);
    expect(versions[0]?.agreement).toEqual(agreement);
    expect((await logOf(v1.id)).at(-1)?.description).toBe('Superseded intent version 1 by version 2');
    expect((await logOf(v2.id)).at(-1)?.description).toBe('Agreed intent version 2 on 2027-04-01 (Dana Reyes and Lee Chen), superseding version 1');
  });

  it('rejects an incomplete agreement by field and changes nothing', async () => {
    const p = await setup();
    const draft = await saveIntentDraft(ctx, p.id, charter);
    const errors = await agreeIntent(ctx, draft.id, { agreedOn: '14/01/2027', agreedByUs: '', agreedByPartner: 'Lee' }).catch((e: ValidationError) => e.errors);
    expect(errors).toEqual({ agreedOn: 'Enter a date as YYYY-MM-DD.', agreedByUs: 'Name who agreed on our side.' });
    expect((await stored(draft.id))?.status).toBe('draft');
    expect(await ctx.db.activity.count()).toBe(2);
  });

  it('refuses an agreement dated before the one it supersedes', async () => {
    const p = await setup();
    await agreeIntent(ctx, (await saveIntentDraft(ctx, p.id, charter)).id, agreement);
    const v2 = await startDraftFromAgreed(ctx, p.id);
    const errors = await agreeIntent(ctx, v2.id, { ...agreement, agreedOn: '2026-12-31' }).catch((e: ValidationError) => e.errors);
    expect(errors).toEqual({ agreedOn: 'Version 1 was agreed on 2027-01-14; this one cannot be agreed earlier.' });
  });

  it('a failed agreement leaves both versions as they were', async () => {
    const p = await setup();
    const v1 = await agreeIntent(ctx, (await saveIntentDraft(ctx, p.id, charter)).id, agreement);
    const v2 = await startDraftFromAgreed(ctx, p.id);
    const logged = await ctx.db.activity.count();
    const add = ctx.db.activity.add.bind(ctx.db.activity);
    let calls = 0;
    // The first entry (v1 superseded) is written; the second (v2 agreed) fails.
    vi.spyOn(ctx.db.activity, 'add').mockImplementation((...args) => {
      calls += 1;
      if (calls === 2) throw new Error('disk full');
      return add(...args);
    });
    await expect(agreeIntent(ctx, v2.id, agreement)).rejects.toThrow('disk full');
    expect(await stored(v1.id)).toEqual(v1);
    expect(await stored(v2.id)).toEqual(v2);
    expect(await ctx.db.activity.count()).toBe(logged);
  });

  it('agreed versions are never edited, deleted or agreed again', async () => {
    const p = await setup();
    const v1 = await agreeIntent(ctx, (await saveIntentDraft(ctx, p.id, charter)).id, agreement);
    await expect(updateIntentDraft(ctx, v1.id, { purpose: 'Rewritten history' })).rejects.toThrow(
      'Intent version 1 is agreed and cannot be edited: start a new draft from the agreed version instead.',
    );
    await expect(deleteIntentDraft(ctx, v1.id)).rejects.toThrow('cannot be deleted');
    await expect(agreeIntent(ctx, v1.id, agreement)).rejects.toThrow('cannot be agreed again');
    expect(await stored(v1.id)).toEqual(v1);
    const next = await saveIntentDraft(ctx, p.id, { purpose: 'New direction' });
    expect(next).toMatchObject({ version: 2, status: 'draft' });
    expect(await stored(v1.id)).toEqual(v1);
  });

  it('starts a draft from the agreed version only when there is one and no draft is open', async () => {
    const p = await setup();
    await expect(startDraftFromAgreed(ctx, p.id)).rejects.toThrow('There is no agreed intent to start a draft from.');
    const v1 = await saveIntentDraft(ctx, p.id, charter);
    await agreeIntent(ctx, v1.id, agreement);
    await startDraftFromAgreed(ctx, p.id);
    await expect(startDraftFromAgreed(ctx, p.id)).rejects.toThrow('Intent version 2 is already an open draft');
    expect(await ctx.db.intentVersions.count()).toBe(2);
  });

  it('updates a draft by id', async () => {
    const p = await setup();
    const draft = await saveIntentDraft(ctx, p.id, charter);
    const updated = await updateIntentDraft(ctx, draft.id, { ...charter, exitConditions: 'Either side, 90 days notice' });
    expect(updated).toMatchObject({ id: draft.id, version: 1, status: 'draft', exitConditions: 'Either side, 90 days notice' });
  });

  it('lists versions in version order without deleted drafts', async () => {
    const p = await setup();
    const v1 = await agreeIntent(ctx, (await saveIntentDraft(ctx, p.id, charter)).id, agreement);
    const v2 = await startDraftFromAgreed(ctx, p.id);
    await deleteIntentDraft(ctx, v2.id);
    const v3 = await startDraftFromAgreed(ctx, p.id);
    expect((await listIntentVersions(ctx.db, p.id)).map((v) => [v.id, v.version])).toEqual([[v1.id, 1], [v3.id, 3]]);
  });
});
