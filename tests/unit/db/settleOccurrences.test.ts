// Settling several unrecorded occurrences of one cadence at once (issue 12): one
// transaction, each one afterwards an ordinary held touchpoint or skip mark, and Undo.
import { afterEach, describe, expect, it } from 'vitest';
import { unrecordedOccurrences } from '@shared/cadenceSchedule';
import type { Cadence } from '@shared/domain';
import { ValidationError } from '@shared/domain';
import { createCadence, markOccurrence } from '../../../renderer/db/cadences';
import { createPartnership } from '../../../renderer/db/partnerships';
import { settleOccurrences, unsettleOccurrences } from '../../../renderer/db/settleOccurrences';
import { createStakeholder } from '../../../renderer/db/stakeholders';
import { deleteTouchpoint, updateTouchpoint } from '../../../renderer/db/touchpoints';
import type { TestContext } from './testDb';
import { createTestContext } from './testDb';

const weekly = { name: 'Ops sync', kind: 'ops sync', rrule: 'FREQ=WEEKLY;BYDAY=TH', start: '2027-01-14T09:00', zone: 'Europe/Berlin', durationMinutes: 30 };
const JAN_14 = '2027-01-14T08:00:00.000Z';
const JAN_21 = '2027-01-21T08:00:00.000Z';
const JAN_28 = '2027-01-28T08:00:00.000Z';
const NOW = '2027-02-01T10:00:00.000Z';

let ctx: TestContext;
afterEach(async () => {
  await ctx.db.delete();
});

async function setup() {
  ctx = createTestContext(NOW);
  const p = await createPartnership(ctx, { name: 'Acme co-sell', partnerOrg: 'Acme Corp', type: 'co-sell', status: 'active' });
  const dana = await createStakeholder(ctx, { partnershipId: p.id, name: 'Dana', side: 'us', function: 'operations', roles: ['day-to-day lead'] });
  const cadence = await createCadence(ctx, { ...weekly, partnershipId: p.id, participantIds: [dana.id] });
  return { p, dana, cadence };
}

const unrecorded = async (cadenceId: Cadence['id']) => {
  const cadence = (await ctx.db.cadences.get(cadenceId))!;
  return unrecordedOccurrences(cadence, await ctx.db.occurrences.toArray(), await ctx.db.touchpoints.toArray(), NOW).map((o) => o.occurrence);
};

describe('settleOccurrences', () => {
  it('marks several held in one step: a touchpoint each, dated in the user’s zone, with the participants', async () => {
    const { cadence, dana } = await setup();
    expect(await unrecorded(cadence.id)).toEqual([JAN_14, JAN_21, JAN_28]);
    const done = await settleOccurrences(ctx, { cadenceId: cadence.id, outcome: 'held', occurrences: [JAN_21, JAN_14], timeZone: 'America/Los_Angeles' });
    expect(done.settled.map((s) => s.occurrence)).toEqual([JAN_14, JAN_21]);
    expect(await unrecorded(cadence.id)).toEqual([JAN_28]);
    const touchpoints = await ctx.db.touchpoints.orderBy('occurredOn').toArray();
    expect(touchpoints.map((t) => [t.occurredOn, t.title, t.occurrence, t.attendeeIds])).toEqual([
      ['2027-01-14', 'Ops sync', JAN_14, [dana.id]],
      ['2027-01-21', 'Ops sync', JAN_21, [dana.id]],
    ]);
    const log = await ctx.db.activity.where('partnershipId').equals(cadence.partnershipId).toArray();
    expect(log.filter((a) => a.entity === 'occurrence' && a.description.includes('as held'))).toHaveLength(2);
    // Each is an ordinary touchpoint afterwards: edited, or deleted to un-hold it.
    const [firstHeld] = touchpoints;
    await updateTouchpoint(ctx, firstHeld!.id, { ...firstHeld, summary: 'Went through the pipeline.' });
    await deleteTouchpoint(ctx, touchpoints[1]!.id);
    expect(await unrecorded(cadence.id)).toEqual([JAN_21, JAN_28]);
  });

  it('marks several skipped, and Undo takes every mark back', async () => {
    const { cadence } = await setup();
    const done = await settleOccurrences(ctx, { cadenceId: cadence.id, outcome: 'skipped', occurrences: [JAN_14, JAN_21, JAN_28], timeZone: 'Europe/Berlin' });
    expect(await unrecorded(cadence.id)).toEqual([]);
    expect((await ctx.db.occurrences.toArray()).map((r) => r.outcome)).toEqual(['skipped', 'skipped', 'skipped']);
    await unsettleOccurrences(ctx, done);
    expect(await unrecorded(cadence.id)).toEqual([JAN_14, JAN_21, JAN_28]);
  });

  it('Undo of held deletes the touchpoints it logged and puts back a moved mark it replaced', async () => {
    const { cadence } = await setup();
    await markOccurrence(ctx, { cadenceId: cadence.id, occurrence: JAN_21, outcome: 'moved', movedTo: '2027-01-22T08:00:00.000Z', note: 'Partner travelling' });
    expect(await unrecorded(cadence.id)).toEqual([JAN_14, JAN_21, JAN_28]);
    const done = await settleOccurrences(ctx, { cadenceId: cadence.id, outcome: 'held', occurrences: [JAN_14, JAN_21], timeZone: 'Europe/Berlin' });
    expect((await ctx.db.touchpoints.toArray()).map((t) => t.occurredOn).sort()).toEqual(['2027-01-14', '2027-01-22']);
    await unsettleOccurrences(ctx, done);
    expect((await ctx.db.touchpoints.toArray()).every((t) => t.deletedAt)).toBe(true);
    const moved = (await ctx.db.occurrences.toArray()).find((r) => r.occurrence === JAN_21);
    expect(moved).toMatchObject({ outcome: 'moved', movedTo: '2027-01-22T08:00:00.000Z', note: 'Partner travelling' });
    expect(moved?.deletedAt).toBeUndefined();
    expect(await unrecorded(cadence.id)).toEqual([JAN_14, JAN_21, JAN_28]);
  });

  it('refuses an occurrence already recorded, and writes nothing at all', async () => {
    const { cadence } = await setup();
    await markOccurrence(ctx, { cadenceId: cadence.id, occurrence: JAN_21, outcome: 'skipped', note: '' });
    const before = await ctx.db.activity.count();
    const error = await settleOccurrences(ctx, { cadenceId: cadence.id, outcome: 'held', occurrences: [JAN_14, JAN_21], timeZone: 'Europe/Berlin' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).errors.occurrences).toContain('already recorded as skipped');
    expect(await ctx.db.touchpoints.count()).toBe(0);
    expect(await ctx.db.activity.count()).toBe(before);
    const empty = await settleOccurrences(ctx, { cadenceId: cadence.id, outcome: 'held', occurrences: [], timeZone: 'Europe/Berlin' }).catch((e: ValidationError) => e.errors);
    expect(Object.keys(empty)).toEqual(['occurrences']);
  });
});
