// What only cadences and their occurrence marks do; creating, refusing, updating, deleting
// and restoring a cadence are in recordContract.test.ts with every other record type.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ValidationError } from '@shared/domain';
import {
  createCadence,
  deleteCadence,
  deleteOccurrenceRecord,
  markOccurrence,
  pauseCadence,
  restoreCadence,
  restoreOccurrenceRecord,
  resumeCadence,
  updateCadence,
} from '../../../renderer/db/cadences';
import { archivePartnership, createPartnership } from '../../../renderer/db/partnerships';
import { allActiveCadences, listCadences, listOccurrenceRecords } from '../../../renderer/db/workspaceQueries';
import type { TestContext } from './testDb';
import { createTestContext } from './testDb';

const acme = { name: 'Acme co-sell', partnerOrg: 'Acme Corp', type: 'co-sell', status: 'active' };
const weekly = { name: 'Ops sync', kind: 'ops sync', rrule: 'FREQ=WEEKLY;BYDAY=TH', start: '2027-01-14T09:00', zone: 'Europe/Berlin', durationMinutes: 30 };
const first = '2027-01-14T08:00:00.000Z';
const second = '2027-01-21T08:00:00.000Z';

let ctx: TestContext;
afterEach(async () => {
  await ctx.db.delete();
});

async function setup() {
  ctx = createTestContext();
  const p = await createPartnership(ctx, acme);
  return { p, cadence: await createCadence(ctx, { ...weekly, partnershipId: p.id }) };
}

const logOf = (entityId: string) => ctx.db.activity.where('entityId').equals(entityId).sortBy('at');

describe('cadence repository', () => {
  it('reports a recurrence the expander cannot schedule on rrule, and writes nothing', async () => {
    ctx = createTestContext();
    const p = await createPartnership(ctx, acme);
    const error = await createCadence(ctx, { ...weekly, partnershipId: p.id, rrule: 'FREQ=SOMETIMES' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(Object.keys((error as ValidationError).errors)).toEqual(['rrule']);
    expect((error as ValidationError).errors.rrule).toContain('FREQ=SOMETIMES');
    const zone = await createCadence(ctx, { ...weekly, partnershipId: p.id, zone: 'Mars/Olympus' }).catch((e: ValidationError) => e.errors);
    expect(Object.keys(zone)).toEqual(['zone']);
    const start = await createCadence(ctx, { ...weekly, partnershipId: p.id, start: '2027-02-30T09:00' }).catch((e: ValidationError) => e.errors);
    expect(Object.keys(start)).toEqual(['start']);
    expect(await ctx.db.cadences.count()).toBe(0);
    expect(await ctx.db.activity.count()).toBe(1);
  });

  it('a flexible cadence keeps its ideal and maximum intervals', async () => {
    ctx = createTestContext();
    const p = await createPartnership(ctx, acme);
    const flexible = await createCadence(ctx, { ...weekly, partnershipId: p.id, mode: 'flexible', rrule: '', idealIntervalDays: 30, maxIntervalDays: 45 });
    expect(flexible).toMatchObject({ mode: 'flexible', idealIntervalDays: 30, maxIntervalDays: 45 });
  });

  it('pausing and marking are refused once the partnership is archived', async () => {
    const { p, cadence } = await setup();
    await archivePartnership(ctx, p.id);
    await expect(pauseCadence(ctx, cadence.id)).rejects.toThrow('is archived');
    await expect(markOccurrence(ctx, { cadenceId: cadence.id, occurrence: first, outcome: 'skipped' })).rejects.toThrow('is archived');
    expect(await ctx.db.cadences.get(cadence.id)).toEqual(cadence);
    expect(await ctx.db.occurrences.count()).toBe(0);
  });

  it('updates re-check the recurrence', async () => {
    const { p, cadence } = await setup();
    const errors = await updateCadence(ctx, cadence.id, { ...weekly, partnershipId: p.id, rrule: 'FREQ=WEEKLY;INTERVAL=0' }).catch((e: ValidationError) => e.errors);
    expect(errors.rrule).toContain('INTERVAL must be a positive integer');
    expect(await ctx.db.cadences.get(cadence.id)).toEqual(cadence);
  });

  it('pauses and resumes, each logged; only active cadences of live partnerships are portfolio-wide', async () => {
    const { p, cadence } = await setup();
    const qbr = await createCadence(ctx, { ...weekly, partnershipId: p.id, name: 'QBR', kind: 'quarterly business review', rrule: 'FREQ=MONTHLY;INTERVAL=3' });
    const other = await createPartnership(ctx, { ...acme, name: 'Globex' });
    const globex = await createCadence(ctx, { ...weekly, partnershipId: other.id });
    ctx.advance(1000);
    const paused = await pauseCadence(ctx, cadence.id);
    expect(paused.status).toBe('paused');
    expect((await logOf(cadence.id)).at(-1)?.description).toBe('Updated cadence “Ops sync”: status: active → paused');
    await archivePartnership(ctx, other.id);
    expect((await allActiveCadences(ctx.db)).map((c) => c.id)).toEqual([qbr.id]);
    expect(globex.status).toBe('active');
    ctx.advance(1000);
    await resumeCadence(ctx, cadence.id);
    expect((await allActiveCadences(ctx.db)).map((c) => c.id).sort()).toEqual([cadence.id, qbr.id].sort());
    expect((await logOf(cadence.id)).map((a) => a.action)).toEqual(['create', 'update', 'update']);
  });

  it('lists cadences by name; a deleted one is not portfolio-wide until restored', async () => {
    const { p, cadence } = await setup();
    const qbr = await createCadence(ctx, { ...weekly, partnershipId: p.id, name: 'Business review' });
    await deleteCadence(ctx, cadence.id);
    expect((await allActiveCadences(ctx.db)).map((c) => c.id)).toEqual([qbr.id]);
    await restoreCadence(ctx, cadence.id);
    expect((await listCadences(ctx.db, p.id)).map((c) => c.name)).toEqual(['Business review', 'Ops sync']);
    expect(await allActiveCadences(ctx.db)).toHaveLength(2);
  });
});

describe('marking occurrences', () => {
  it('marks an occurrence skipped, then moved, in the one record for that occurrence', async () => {
    const { p, cadence } = await setup();
    const skipped = await markOccurrence(ctx, { cadenceId: cadence.id, occurrence: second, outcome: 'skipped', note: 'Partner offsite' });
    expect(skipped).toMatchObject({ partnershipId: p.id, cadenceId: cadence.id, occurrence: second, outcome: 'skipped', note: 'Partner offsite' });
    ctx.advance(1000);
    const moved = await markOccurrence(ctx, { cadenceId: cadence.id, occurrence: second, outcome: 'moved', movedTo: '2027-01-22T08:00:00Z' });
    expect(moved).toMatchObject({ id: skipped.id, createdAt: skipped.createdAt, outcome: 'moved', movedTo: '2027-01-22T08:00:00.000Z', note: '' });
    expect(await ctx.db.occurrences.count()).toBe(1);
    const log = await logOf(skipped.id);
    expect(log.map((a) => [a.action, a.description])).toEqual([
      ['create', 'Marked “Ops sync” of 2027-01-21 08:00 UTC as skipped'],
      ['update', 'Marked “Ops sync” of 2027-01-21 08:00 UTC as moved to 2027-01-22 08:00 UTC'],
    ]);
  });

  it('keys occurrences by the canonical instant, and lists them chronologically without deleted ones', async () => {
    const { cadence } = await setup();
    const later = await markOccurrence(ctx, { cadenceId: cadence.id, occurrence: '2027-01-21T08:00:00Z', outcome: 'skipped' });
    const earlier = await markOccurrence(ctx, { cadenceId: cadence.id, occurrence: first, outcome: 'skipped' });
    expect(later.occurrence).toBe(second);
    expect((await listOccurrenceRecords(ctx.db, cadence.id)).map((o) => o.id)).toEqual([earlier.id, later.id]);
    await deleteOccurrenceRecord(ctx, earlier.id);
    expect((await listOccurrenceRecords(ctx.db, cadence.id)).map((o) => o.id)).toEqual([later.id]);
    await restoreOccurrenceRecord(ctx, earlier.id);
    expect(await listOccurrenceRecords(ctx.db, cadence.id)).toHaveLength(2);
  });

  it('re-marking a deleted mark reuses its row, so each occurrence has one record', async () => {
    const { cadence } = await setup();
    const mark = await markOccurrence(ctx, { cadenceId: cadence.id, occurrence: first, outcome: 'skipped' });
    await deleteOccurrenceRecord(ctx, mark.id);
    const again = await markOccurrence(ctx, { cadenceId: cadence.id, occurrence: first, outcome: 'skipped' });
    expect(again.id).toBe(mark.id);
    expect(again.deletedAt).toBeUndefined();
    expect(await ctx.db.occurrences.count()).toBe(1);
  });

  it('names invalid mark fields and refuses an unknown cadence', async () => {
    const { cadence } = await setup();
    const errors = await markOccurrence(ctx, { cadenceId: cadence.id, occurrence: 'next thursday', outcome: 'moved' }).catch((e: ValidationError) => e.errors);
    expect(errors).toEqual({ occurrence: 'Expected an ISO-8601 UTC instant.', movedTo: 'Say when it moved to.' });
    const moved = await markOccurrence(ctx, { cadenceId: cadence.id, occurrence: first, outcome: 'moved' }).catch((e: ValidationError) => e.errors);
    expect(moved).toEqual({ movedTo: 'Say when it moved to.' });
    await expect(markOccurrence(ctx, { cadenceId: 'nope', occurrence: first, outcome: 'skipped' })).rejects.toThrow('The cadence nope does not exist');
    expect(await ctx.db.occurrences.count()).toBe(0);
  });

  it('a failed mark leaves nothing behind', async () => {
    const { cadence } = await setup();
    vi.spyOn(ctx.db.activity, 'add').mockImplementation(() => {
      throw new Error('disk full');
    });
    await expect(markOccurrence(ctx, { cadenceId: cadence.id, occurrence: first, outcome: 'skipped' })).rejects.toThrow('disk full');
    expect(await ctx.db.occurrences.count()).toBe(0);
  });
});
