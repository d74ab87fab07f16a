// "Record this meeting" writes the meeting and what became of the commitments discussed in
// it in one transaction: all of it, or — on any bad input or refusal — none of it.
import { afterEach, describe, expect, it } from 'vitest';
import type { StewardDb } from '../../../renderer/db/schema';
import { ValidationError } from '@shared/domain';
import { createCadence, findOccurrence } from '../../../renderer/db/cadences';
import { createCommitment } from '../../../renderer/db/commitments';
import { createPartnership } from '../../../renderer/db/partnerships';
import { recordMeeting } from '../../../renderer/db/recordMeeting';
import type { TestContext } from './testDb';
import { createTestContext } from './testDb';

const acme = { name: 'Acme co-sell', partnerOrg: 'Acme Corp', type: 'co-sell', status: 'active' };
const weekly = { name: 'Ops sync', kind: 'ops sync', rrule: 'FREQ=WEEKLY;BYDAY=TH', start: '2027-01-14T09:00', zone: 'Europe/Berlin', durationMinutes: 30 };
const occurrence = '2027-01-14T08:00:00.000Z';

let ctx: TestContext;
afterEach(async () => {
  await ctx.db.delete();
});

async function setup() {
  ctx = createTestContext('2027-01-14T10:00:00.000Z');
  const p = await createPartnership(ctx, acme);
  const cadence = await createCadence(ctx, { ...weekly, partnershipId: p.id });
  const brief = await createCommitment(ctx, { partnershipId: p.id, title: 'Send the webinar brief', owedBy: 'us', dueOn: '2027-01-10' });
  const list = await createCommitment(ctx, { partnershipId: p.id, title: 'Share the account list', owedBy: 'partner', dueOn: '2027-01-12' });
  return { p, cadence, brief, list };
}

const touchpoint = (partnershipId: string, cadenceId: string) => ({
  partnershipId,
  kind: 'meeting' as const,
  occurredOn: '2027-01-14',
  title: 'Ops sync',
  summary: 'Discussion points:\n- Pipeline',
  cadenceId,
  occurrence,
});

async function counts(db: StewardDb) {
  return Object.fromEntries(await Promise.all(db.tables.map(async (t) => [t.name, await t.count()] as const)));
}

describe('recording a meeting', () => {
  it('writes the touchpoint, its decision and follow-ups, holds the occurrence and updates the discussed commitments in one save', async () => {
    const { p, cadence, brief, list } = await setup();
    const recorded = await recordMeeting(ctx, {
      touchpoint: touchpoint(p.id, cadence.id),
      decisions: [{ statement: 'Co-fund the March webinar' }],
      followUps: [
        { title: 'Draft the invite', owedBy: 'us', dueOn: '2027-01-21' },
        { title: 'Name a speaker', owedBy: 'partner', dueOn: '2027-01-28' },
      ],
      commitmentUpdates: [
        { commitmentId: brief.id, action: 'done' },
        { commitmentId: list.id, action: 'redate', dueOn: '2027-01-31' },
      ],
    });
    expect(recorded.decisions).toHaveLength(1);
    expect(recorded.commitments.map((c) => c.title)).toEqual(['Draft the invite', 'Name a speaker']);
    expect(await ctx.db.commitments.get(brief.id)).toMatchObject({ status: 'done', doneOn: '2027-01-14' });
    expect(await ctx.db.commitments.get(list.id)).toMatchObject({ status: 'open', dueOn: '2027-01-31' });
    expect(await findOccurrence(ctx.db, cadence.id, occurrence)).toMatchObject({ outcome: 'held', touchpointId: recorded.touchpoint.id });
  });

  it('reports a bad new date beside its commitment together with the meeting’s own errors, and writes nothing', async () => {
    const { p, cadence, list } = await setup();
    const before = await counts(ctx.db);
    const error = await recordMeeting(ctx, {
      touchpoint: { ...touchpoint(p.id, cadence.id), title: '' },
      commitmentUpdates: [{ commitmentId: list.id, action: 'redate', dueOn: '31/01/2027' }],
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(Object.keys((error as ValidationError).errors).sort()).toEqual([`commitments.${list.id}.dueOn`, 'touchpoint.title']);
    expect(await counts(ctx.db)).toEqual(before);
  });

  it('rolls the whole meeting back when a discussed commitment belongs to another partnership', async () => {
    const { p, cadence } = await setup();
    const other = await createPartnership(ctx, { ...acme, name: 'Other' });
    const theirs = await createCommitment(ctx, { partnershipId: other.id, title: 'Theirs', owedBy: 'us', dueOn: '2027-01-10' });
    const before = await counts(ctx.db);
    const error = await recordMeeting(ctx, { touchpoint: touchpoint(p.id, cadence.id), decisions: [{ statement: 'Kept?' }], commitmentUpdates: [{ commitmentId: theirs.id, action: 'done' }] }).catch(
      (e: unknown) => e,
    );
    expect((error as ValidationError).errors).toHaveProperty(`commitments.${theirs.id}`);
    expect(await counts(ctx.db)).toEqual(before);
    expect(await findOccurrence(ctx.db, cadence.id, occurrence)).toBeUndefined();
  });
});
