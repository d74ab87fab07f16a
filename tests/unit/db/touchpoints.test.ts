// What only touchpoints and decisions do; creating, refusing, updating, deleting and
// restoring either are in recordContract.test.ts with every other record type.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StewardDb } from '../../../renderer/db/schema';
import { ValidationError } from '@shared/domain';
import { createCadence, markOccurrence } from '../../../renderer/db/cadences';
import { archivePartnership, createPartnership } from '../../../renderer/db/partnerships';
import {
  createDecision,
  deleteDecision,
  deleteTouchpoint,
  logTouchpoint,
  restoreDecision,
  restoreTouchpoint,
  updateTouchpoint,
} from '../../../renderer/db/touchpoints';
import type { FollowUpDraft } from '../../../renderer/db/touchpoints';
import {
  lastHeldOnByCadence,
  listDecisions,
  listOccurrenceRecords,
  listTouchpointDecisions,
  listTouchpointFollowUps,
  listTouchpoints,
  occurrenceRecordsBetween,
} from '../../../renderer/db/workspaceQueries';
import type { TestContext } from './testDb';
import { createTestContext } from './testDb';

const acme = { name: 'Acme co-sell', partnerOrg: 'Acme Corp', type: 'co-sell', status: 'active' };
const weekly = { name: 'Ops sync', kind: 'ops sync', rrule: 'FREQ=WEEKLY;BYDAY=TH', start: '2027-01-14T09:00', zone: 'Europe/Berlin', durationMinutes: 30 };
const occurrence = '2027-01-14T08:00:00.000Z';
const meeting = { kind: 'meeting', occurredOn: '2027-01-14', title: 'Weekly ops sync', summary: 'Reviewed pipeline' } as const;
const decisions = [
  { statement: 'Co-fund the March webinar', rationale: 'Both want mid-market leads' },
  { statement: 'Share the pipeline weekly' },
];
const followUps: FollowUpDraft[] = [{ title: 'Send webinar brief', owedBy: 'us', dueOn: '2027-01-21' }];

let ctx: TestContext;
afterEach(async () => {
  await ctx.db.delete();
});

async function setup() {
  ctx = createTestContext();
  const p = await createPartnership(ctx, acme);
  const cadence = await createCadence(ctx, { ...weekly, partnershipId: p.id });
  return { p, cadence };
}

const logOf = (entityId: string) => ctx.db.activity.where('entityId').equals(entityId).sortBy('at');

/** Rows in every table, to prove a failed or refused write left nothing. */
async function counts(db: StewardDb) {
  return Object.fromEntries(await Promise.all(db.tables.map(async (t) => [t.name, await t.count()] as const)));
}

describe('logging a touchpoint', () => {
  it('keeps its decisions and same-day follow-ups in the order they were typed, though they share a creation instant', async () => {
    const { p } = await setup();
    const statements = ['First', 'Second', 'Third', 'Fourth', 'Fifth'];
    const titles = ['Brief', 'Deck', 'Pricing', 'Intro'];
    const logged = await logTouchpoint(ctx, {
      touchpoint: { ...meeting, partnershipId: p.id },
      decisions: statements.map((statement) => ({ statement })),
      followUps: titles.map((title) => ({ title, owedBy: 'us', dueOn: '2027-01-21' })),
    });
    expect(new Set(logged.decisions.map((d) => d.createdAt)).size).toBe(1);
    expect((await listTouchpointDecisions(ctx.db, logged.touchpoint.id)).map((d) => d.statement)).toEqual(statements);
    expect((await listDecisions(ctx.db, p.id)).map((d) => d.statement)).toEqual([...statements].reverse());
    expect((await listTouchpointFollowUps(ctx.db, logged.touchpoint)).map((c) => c.title)).toEqual(titles);
  });

  it('writes the touchpoint, its decisions, follow-ups and held occurrence, each logged', async () => {
    const { p, cadence } = await setup();
    const logged = await logTouchpoint(ctx, { touchpoint: { ...meeting, partnershipId: p.id, cadenceId: cadence.id, occurrence }, decisions, followUps });
    const { touchpoint } = logged;
    expect(touchpoint).toMatchObject({ partnershipId: p.id, title: 'Weekly ops sync', cadenceId: cadence.id, occurrence, attendeeIds: [] });
    expect(logged.decisions.map((d) => [d.statement, d.decidedOn, d.touchpointId])).toEqual([
      ['Co-fund the March webinar', '2027-01-14', touchpoint.id],
      ['Share the pipeline weekly', '2027-01-14', touchpoint.id],
    ]);
    expect(logged.commitments).toMatchObject([{ title: 'Send webinar brief', owedBy: 'us', status: 'open', source: 'touchpoint', sourceId: touchpoint.id, partnershipId: p.id }]);
    expect(logged.occurrence).toMatchObject({ cadenceId: cadence.id, occurrence, outcome: 'held', touchpointId: touchpoint.id });
    expect(await listOccurrenceRecords(ctx.db, cadence.id)).toEqual([logged.occurrence]);
    expect(await listTouchpointDecisions(ctx.db, touchpoint.id)).toHaveLength(2);
    expect(await listTouchpointFollowUps(ctx.db, touchpoint)).toEqual(logged.commitments);
    expect(await logOf(touchpoint.id)).toMatchObject([{ entity: 'touchpoint', action: 'create', description: 'Created meeting “Weekly ops sync” of 2027-01-14' }]);
    expect(await logOf(logged.decisions[0]!.id)).toMatchObject([{ entity: 'decision', description: 'Created decision “Co-fund the March webinar”' }]);
    expect(await logOf(logged.commitments[0]!.id)).toMatchObject([{ entity: 'commitment', description: 'Created commitment “Send webinar brief”' }]);
    expect(await logOf(logged.occurrence!.id)).toMatchObject([
      { entity: 'occurrence', action: 'create', partnershipId: p.id, description: 'Marked “Ops sync” of 2027-01-14 08:00 UTC as held (meeting “Weekly ops sync” of 2027-01-14)' },
    ]);
  });

  it('validates every part first and keys errors by their path in the input; nothing is written', async () => {
    const { p } = await setup();
    const before = await counts(ctx.db);
    const error = await logTouchpoint(ctx, {
      touchpoint: { ...meeting, partnershipId: p.id, title: ' ' },
      decisions: [decisions[0]!, { statement: '' }],
      // What a tampered or stale form could send: the types allow no such side, the schema catches it.
      followUps: [followUps[0]!, { title: 'Intro to CFO', owedBy: 'nobody', dueOn: 'soon' } as unknown as FollowUpDraft],
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).errors).toEqual({
      'touchpoint.title': 'Title is required.',
      'decisions.1.statement': 'Decision is required.',
      'followUps.1.owedBy': 'Choose a side from the list.',
      'followUps.1.dueOn': 'Enter a date as YYYY-MM-DD.',
    });
    expect(await counts(ctx.db)).toEqual(before);
  });

  it('requires the cadence when an occurrence is given', async () => {
    const { p } = await setup();
    const errors = await logTouchpoint(ctx, { touchpoint: { ...meeting, partnershipId: p.id, occurrence } }).catch((e: ValidationError) => e.errors);
    expect(errors).toEqual({ 'touchpoint.cadenceId': 'Choose the cadence this occurrence belongs to.' });
  });

  it('a failed write part-way leaves no touchpoint, decision, commitment or occurrence behind', async () => {
    const { p, cadence } = await setup();
    const before = await counts(ctx.db);
    const add = ctx.db.activity.add.bind(ctx.db.activity);
    let calls = 0;
    // Touchpoint, two decisions and the follow-up are written; the occurrence's entry fails.
    vi.spyOn(ctx.db.activity, 'add').mockImplementation((...args) => {
      calls += 1;
      if (calls === 5) throw new Error('disk full');
      return add(...args);
    });
    const attempt = logTouchpoint(ctx, { touchpoint: { ...meeting, partnershipId: p.id, cadenceId: cadence.id, occurrence }, decisions, followUps });
    await expect(attempt).rejects.toThrow('disk full');
    expect(calls).toBe(5);
    expect(await counts(ctx.db)).toEqual(before);
  });

  it('refuses an unknown or archived partnership, and a cadence of another partnership', async () => {
    const { p, cadence } = await setup();
    const other = await createPartnership(ctx, { ...acme, name: 'Globex' });
    const errors = await logTouchpoint(ctx, { touchpoint: { ...meeting, partnershipId: other.id, cadenceId: cadence.id } }).catch((e: ValidationError) => e.errors);
    expect(errors).toEqual({ 'touchpoint.cadenceId': 'That cadence is not part of this partnership.' });
    await expect(logTouchpoint(ctx, { touchpoint: { ...meeting, partnershipId: 'nope' } })).rejects.toThrow('does not exist');
    await archivePartnership(ctx, p.id);
    await expect(logTouchpoint(ctx, { touchpoint: { ...meeting, partnershipId: p.id }, decisions })).rejects.toThrow('is archived');
    expect(await ctx.db.touchpoints.count()).toBe(0);
    expect(await ctx.db.decisions.count()).toBe(0);
  });

  it('holding an occurrence overrides a skipped mark, but a held occurrence is not held twice or marked skipped', async () => {
    const { p, cadence } = await setup();
    const skipped = await markOccurrence(ctx, { cadenceId: cadence.id, occurrence, outcome: 'skipped' });
    const input = { touchpoint: { ...meeting, partnershipId: p.id, cadenceId: cadence.id, occurrence } };
    const { occurrence: held } = await logTouchpoint(ctx, input);
    expect(held).toMatchObject({ id: skipped.id, outcome: 'held' });
    const errors = await logTouchpoint(ctx, input).catch((e: ValidationError) => e.errors);
    expect(errors).toEqual({ 'touchpoint.occurrence': 'That occurrence is already held by another touchpoint.' });
    await expect(markOccurrence(ctx, { cadenceId: cadence.id, occurrence, outcome: 'skipped' })).rejects.toThrow('This occurrence was held');
    expect(await ctx.db.touchpoints.count()).toBe(1);
  });
});

describe('editing and deleting touchpoints', () => {
  it('deleting releases the held occurrence and keeps decisions and follow-ups; restore holds it again', async () => {
    const { p, cadence } = await setup();
    const { touchpoint } = await logTouchpoint(ctx, { touchpoint: { ...meeting, partnershipId: p.id, cadenceId: cadence.id, occurrence }, decisions, followUps });
    ctx.advance(1000);
    await deleteTouchpoint(ctx, touchpoint.id);
    expect(await listTouchpoints(ctx.db, p.id)).toEqual([]);
    expect(await listOccurrenceRecords(ctx.db, cadence.id)).toEqual([]);
    expect(await listDecisions(ctx.db, p.id)).toHaveLength(2);
    expect(await ctx.db.commitments.count()).toBe(1);
    ctx.advance(1000);
    await restoreTouchpoint(ctx, touchpoint.id);
    expect((await listTouchpoints(ctx.db, p.id)).map((t) => t.id)).toEqual([touchpoint.id]);
    expect(await listOccurrenceRecords(ctx.db, cadence.id)).toMatchObject([{ outcome: 'held', touchpointId: touchpoint.id }]);
    expect((await logOf(touchpoint.id)).map((a) => a.action)).toEqual(['create', 'delete', 'restore']);
  });

  it('updating moves the held mark to a new occurrence and re-dates the decisions taken in it', async () => {
    const { p, cadence } = await setup();
    const next = '2027-01-21T08:00:00.000Z';
    const { touchpoint } = await logTouchpoint(ctx, { touchpoint: { ...meeting, partnershipId: p.id, cadenceId: cadence.id, occurrence }, decisions });
    ctx.advance(1000);
    const updated = await updateTouchpoint(ctx, touchpoint.id, { ...meeting, partnershipId: p.id, cadenceId: cadence.id, occurrence: next, occurredOn: '2027-01-21' });
    expect(updated).toMatchObject({ occurrence: next, occurredOn: '2027-01-21', createdAt: touchpoint.createdAt });
    expect(await listOccurrenceRecords(ctx.db, cadence.id)).toMatchObject([{ occurrence: next, outcome: 'held', touchpointId: touchpoint.id }]);
    expect((await listDecisions(ctx.db, p.id)).map((d) => d.decidedOn)).toEqual(['2027-01-21', '2027-01-21']);
    expect((await logOf(touchpoint.id)).at(-1)?.description).toBe(
      'Updated meeting “Weekly ops sync” of 2027-01-21: occurred on: 2027-01-14 → 2027-01-21; occurrence: 2027-01-14T08:00:00.000Z → 2027-01-21T08:00:00.000Z',
    );
  });

  it('update validation names fields unprefixed', async () => {
    const { p } = await setup();
    const { touchpoint } = await logTouchpoint(ctx, { touchpoint: { ...meeting, partnershipId: p.id } });
    const errors = await updateTouchpoint(ctx, touchpoint.id, { ...meeting, partnershipId: p.id, occurredOn: '2027-13-01' }).catch((e: ValidationError) => e.errors);
    expect(errors).toEqual({ occurredOn: 'Enter a date as YYYY-MM-DD.' });
  });

  it('lists touchpoints newest first, leaving deleted ones out', async () => {
    const { p } = await setup();
    const older = await logTouchpoint(ctx, { touchpoint: { ...meeting, partnershipId: p.id, occurredOn: '2027-01-07' } });
    const newer = await logTouchpoint(ctx, { touchpoint: { ...meeting, partnershipId: p.id, occurredOn: '2027-01-14' } });
    ctx.advance(1000);
    const sameDayLater = await logTouchpoint(ctx, { touchpoint: { ...meeting, partnershipId: p.id, kind: 'email', occurredOn: '2027-01-14' } });
    const gone = await logTouchpoint(ctx, { touchpoint: { ...meeting, partnershipId: p.id, occurredOn: '2027-01-10' } });
    await deleteTouchpoint(ctx, gone.touchpoint.id);
    expect((await listTouchpoints(ctx.db, p.id)).map((t) => t.id)).toEqual([sameDayLater.touchpoint.id, newer.touchpoint.id, older.touchpoint.id]);
  });
});

describe('the decision log', () => {
  it('lists live decisions newest first, through a delete and restore', async () => {
    const { p } = await setup();
    const early = await createDecision(ctx, { partnershipId: p.id, decidedOn: '2026-11-02', statement: 'Target mid-market first' });
    const late = await createDecision(ctx, { partnershipId: p.id, decidedOn: '2027-01-05', statement: 'Drop the reseller tier' });
    expect((await listDecisions(ctx.db, p.id)).map((d) => d.id)).toEqual([late.id, early.id]);
    await deleteDecision(ctx, late.id);
    expect((await listDecisions(ctx.db, p.id)).map((d) => d.id)).toEqual([early.id]);
    await restoreDecision(ctx, late.id);
    expect((await listDecisions(ctx.db, p.id)).map((d) => d.id)).toEqual([late.id, early.id]);
  });
});

describe('cadence reads for the Attention screen', () => {
  it('finds the day each cadence was last held, ignoring deleted touchpoints', async () => {
    const { p, cadence } = await setup();
    const review = await createCadence(ctx, { ...weekly, partnershipId: p.id, name: 'Review', mode: 'flexible', rrule: '', idealIntervalDays: 30, maxIntervalDays: 45 });
    const never = await createCadence(ctx, { ...weekly, partnershipId: p.id, name: 'Never held' });
    await logTouchpoint(ctx, { touchpoint: { ...meeting, partnershipId: p.id, cadenceId: review.id, occurredOn: '2026-12-01' } });
    const latest = await logTouchpoint(ctx, { touchpoint: { ...meeting, partnershipId: p.id, cadenceId: review.id, occurredOn: '2027-01-05' } });
    await logTouchpoint(ctx, { touchpoint: { ...meeting, partnershipId: p.id, cadenceId: cadence.id, occurrence } });
    expect(await lastHeldOnByCadence(ctx.db, [cadence, review, never])).toEqual(new Map([[cadence.id, '2027-01-14'], [review.id, '2027-01-05']]));
    await deleteTouchpoint(ctx, latest.touchpoint.id);
    expect((await lastHeldOnByCadence(ctx.db, [review])).get(review.id)).toBe('2026-12-01');
  });

  it('gives the occurrence records of a window, the end excluded', async () => {
    const { p, cadence } = await setup();
    await logTouchpoint(ctx, { touchpoint: { ...meeting, partnershipId: p.id, cadenceId: cadence.id, occurrence } });
    const skipped = await markOccurrence(ctx, { cadenceId: cadence.id, occurrence: '2027-01-21T08:00:00.000Z', outcome: 'skipped' });
    await markOccurrence(ctx, { cadenceId: cadence.id, occurrence: '2027-01-28T08:00:00.000Z', outcome: 'skipped' });
    const window = await occurrenceRecordsBetween(ctx.db, [cadence.id], '2027-01-15T00:00:00.000Z', '2027-01-28T08:00:00.000Z');
    expect(window.map((o) => o.id)).toEqual([skipped.id]);
  });
});
