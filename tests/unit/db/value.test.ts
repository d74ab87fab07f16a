// What the value repositories do beyond the record contract (recordContract.test.ts): goals
// keep their ids through edits and new versions, measurements name a real goal, an
// opportunity's stage decides its outcome, external ids are unique per partnership, and
// exchange rates (which belong to no partnership) are logged, unique per pair and day.
import { liveQuery } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_STAGES, ValidationError } from '@shared/domain';
import { countByStage } from '@shared/value/stages';
import { agreeIntent, saveIntentDraft, startDraftFromAgreed } from '../../../renderer/db/intents';
import { createPartnership } from '../../../renderer/db/partnerships';
import { readSettings, saveSettings, saveValueSettings } from '../../../renderer/db/settings';
import {
  countOpportunitiesByStage,
  createExchangeRate,
  createGoalMeasurement,
  createOpportunity,
  deleteExchangeRate,
  deleteOpportunity,
  listExchangeRates,
  restoreExchangeRate,
  restoreOpportunity,
  updateOpportunity,
} from '../../../renderer/db/value';
import type { TestContext } from './testDb';
import { createTestContext } from './testDb';

let ctx: TestContext;
afterEach(async () => {
  await ctx.db.delete();
});

async function world() {
  ctx = createTestContext('2027-01-14T09:00:00.000Z');
  const p = await createPartnership(ctx, { name: 'Acme co-sell', partnerOrg: 'Acme', type: 'co-sell', status: 'active' });
  return p.id as string;
}

const errorsOf = (promise: Promise<unknown>) => promise.then(() => ({}), (e: unknown) => (e instanceof ValidationError ? e.errors : { thrown: String(e) }));
const goals = [
  { statement: 'Grow co-sold pipeline', metric: 'Pipeline', unit: 'currency', currency: 'usd', direction: 'higher', baseline: 0, targetValue: 2_000_000, dueBy: '2027-12-31', measureEveryDays: 30 },
  { statement: 'Certify sellers', metric: 'Sellers', unit: 'count', baseline: 0, targetValue: 40 },
] as const;

describe('goal ids', () => {
  it('gives each new goal an id and keeps it through edits, a copy of the agreed version and saves without ids', async () => {
    const partnershipId = await world();
    const first = await saveIntentDraft(ctx, partnershipId, { purpose: 'Win together', goals: [...goals] });
    const ids = first.goals.map((g) => g.id);
    expect(ids.every((id) => typeof id === 'string' && id.length > 0)).toBe(true);
    expect(new Set(ids).size).toBe(2);
    expect(first.goals[0]).toMatchObject({ currency: 'USD', unit: 'currency', targetValue: 2_000_000 });
    // The editor carries ids: reordered and edited, each goal keeps its own.
    const edited = await saveIntentDraft(ctx, partnershipId, { goals: [{ ...first.goals[1]!, targetValue: 50 }, { ...first.goals[0]!, statement: 'Grow co-sold pipeline in EMEA' }] });
    expect(edited.goals.map((g) => g.id)).toEqual([ids[1], ids[0]]);
    await agreeIntent(ctx, edited.id, { agreedOn: '2027-01-14', agreedByUs: 'Dana', agreedByPartner: 'Sam' });
    const next = await startDraftFromAgreed(ctx, partnershipId);
    expect(next.goals.map((g) => g.id)).toEqual([ids[1], ids[0]]);
    // Typed again without ids (a script, an import): the same statements find their goals; a new one gets its own.
    const retyped = await saveIntentDraft(ctx, partnershipId, { goals: [{ statement: 'certify  sellers' }, { statement: 'Publish a case study' }] });
    expect(retyped.goals[0]!.id).toBe(ids[1]);
    expect(ids).not.toContain(retyped.goals[1]!.id);
  });

  it('refuses a currency goal without its currency, and a target equal to the baseline', async () => {
    const partnershipId = await world();
    const errors = await errorsOf(saveIntentDraft(ctx, partnershipId, { goals: [{ statement: 'Grow', unit: 'currency', baseline: 5, targetValue: 5 }] }));
    expect(errors).toEqual({ 'goals.0.currency': 'Say which currency (e.g. USD).', 'goals.0.targetValue': 'The target must differ from the baseline.' });
  });
});

describe('goal measurements', () => {
  it('refuse a goal that is not in the partnership’s charter', async () => {
    const partnershipId = await world();
    await saveIntentDraft(ctx, partnershipId, { goals: [...goals] });
    expect(await errorsOf(createGoalMeasurement(ctx, { partnershipId, goalId: 'someone-elses', value: 3, asOf: '2027-01-10' }))).toEqual({
      goalId: 'That goal is not in this partnership’s intent: save the intent first.',
    });
    expect(await ctx.db.goalMeasurements.count()).toBe(0);
  });
});

describe('opportunities', () => {
  const deal = { account: 'Initech', amount: 90_000, currency: 'EUR', stage: 'Proposal', sourced: 'partner', openedOn: '2027-01-02', externalId: 'SF-1' } as const;

  it('take their outcome from the stage list, need a closing day once won or lost, and keep the outcome when the list changes', async () => {
    const partnershipId = await world();
    const open = await createOpportunity(ctx, { ...deal, partnershipId });
    expect(open.outcome).toBe('open');
    expect(await errorsOf(updateOpportunity(ctx, open.id, { ...deal, partnershipId, stage: 'Closed won' }))).toEqual({ closedOn: 'Say when it was won.' });
    const won = await updateOpportunity(ctx, open.id, { ...deal, partnershipId, stage: 'closed WON', closedOn: '2027-01-12' });
    expect(won).toMatchObject({ stage: 'Closed won', outcome: 'won', closedOn: '2027-01-12' });
    expect(await errorsOf(createOpportunity(ctx, { ...deal, partnershipId, externalId: 'SF-2', stage: 'Dreaming' }))).toEqual({
      stage: '“Dreaming” is not a stage: choose one of Prospecting, Qualified, Proposal, Negotiation, Closed won, Closed lost (Settings lists them).',
    });
    // A stage list that drops the stage a deal is in is refused, naming how many it holds.
    const replaced = [{ name: 'Open', outcome: 'open' }, { name: 'Signed', outcome: 'won' }, { name: 'Gone', outcome: 'lost' }] as const;
    expect(await errorsOf(saveValueSettings(ctx, { reportingCurrency: 'EUR', opportunityStages: [...replaced] }))).toEqual({
      opportunityStages: '1 opportunity is in “Closed won”: move it to another stage before removing this one.',
    });
    // Renamed instead, the deal follows its stage (logged) and stays won.
    await saveValueSettings(ctx, { reportingCurrency: 'EUR', opportunityStages: [...replaced] }, { 'Closed won': 'Signed' });
    expect(await ctx.db.opportunities.get(won.id)).toMatchObject({ stage: 'Signed', outcome: 'won' });
    expect((await ctx.db.activity.where('entityId').equals(won.id).toArray()).map((a) => a.description)).toContain('Updated opportunity “Initech”: stage: Closed won → Signed (the stage was renamed)');
    expect((await readSettings(ctx)).reportingCurrency).toBe('EUR');
  });

  it('keep an external id unique within a partnership, also when one is restored', async () => {
    const partnershipId = await world();
    const other = (await createPartnership(ctx, { name: 'Globex', partnerOrg: 'Globex', type: 'co-sell', status: 'active' })).id;
    const first = await createOpportunity(ctx, { ...deal, partnershipId });
    expect(await errorsOf(createOpportunity(ctx, { ...deal, partnershipId, account: 'Umbrella' }))).toEqual({ externalId: 'Another opportunity of this partnership has the external id “SF-1”.' });
    // Another partnership's CRM may use the same id.
    await createOpportunity(ctx, { ...deal, partnershipId: other });
    await deleteOpportunity(ctx, first.id);
    await createOpportunity(ctx, { ...deal, partnershipId, account: 'Umbrella' });
    expect(await errorsOf(restoreOpportunity(ctx, first.id))).toEqual({ externalId: 'Another opportunity of this partnership has the external id “SF-1”.' });
  });
});

describe('opportunities by stage', () => {
  const deal = { account: 'Initech', amount: 90_000, currency: 'EUR', stage: 'Proposal', sourced: 'partner', openedOn: '2027-01-02', externalId: '' } as const;

  it('are counted from the indexes alone, as from every record: live ones, by name in any case, deleted ones left out until restored', async () => {
    const partnershipId = await world();
    const made = [];
    for (const [stage, account] of [['Proposal', 'A'], ['Proposal', 'B'], ['Qualified', 'C'], ['Negotiation', 'D'], ['Negotiation', 'E']] as const) made.push(await createOpportunity(ctx, { ...deal, partnershipId, stage, account }));
    // A stage written in another case (an older row, a sync from a machine whose list differs) is the same stage.
    await ctx.db.opportunities.put({ ...made[0]!, id: 'op-lower' as typeof made[0]['id'], stage: 'proposal' });
    await deleteOpportunity(ctx, made[2]!.id);
    await deleteOpportunity(ctx, made[3]!.id);
    const reads = [IDBObjectStore.prototype, IDBIndex.prototype].flatMap((proto) => (['get', 'getAll', 'openCursor'] as const).map((method) => vi.spyOn(proto, method)));
    const counted = await countOpportunitiesByStage(ctx.db);
    expect(reads.filter((spy) => spy.mock.calls.length > 0)).toEqual([]);
    expect(counted).toEqual(new Map([['proposal', 3], ['negotiation', 1]]));
    expect(counted).toEqual(countByStage(await ctx.db.opportunities.toArray()));
    await restoreOpportunity(ctx, made[2]!.id);
    expect(await countOpportunitiesByStage(ctx.db)).toEqual(new Map([['proposal', 3], ['qualified', 1], ['negotiation', 1]]));
  });

  it('follow each write in a live query, as Settings shows them', async () => {
    const partnershipId = await world();
    const seen: ReadonlyMap<string, number>[] = [];
    const subscription = liveQuery(() => countOpportunitiesByStage(ctx.db)).subscribe((counts) => void seen.push(counts));
    try {
      await vi.waitFor(() => expect(seen.at(-1)).toEqual(new Map()));
      const first = await createOpportunity(ctx, { ...deal, partnershipId });
      await vi.waitFor(() => expect(seen.at(-1)).toEqual(new Map([['proposal', 1]])));
      await createOpportunity(ctx, { ...deal, partnershipId, stage: 'Negotiation' });
      await vi.waitFor(() => expect(seen.at(-1)).toEqual(new Map([['proposal', 1], ['negotiation', 1]])));
      await deleteOpportunity(ctx, first.id);
      await vi.waitFor(() => expect(seen.at(-1)).toEqual(new Map([['negotiation', 1]])));
    } finally {
      subscription.unsubscribe();
    }
  });
});

describe('value settings', () => {
  it('survive a save of the general settings form, which does not carry them', async () => {
    await world();
    await saveValueSettings(ctx, { reportingCurrency: 'gbp', opportunityStages: [...DEFAULT_STAGES] });
    const { reportingCurrency: _r, opportunityStages: _s, id: _id, updatedAt: _u, ...form } = await readSettings(ctx);
    await saveSettings(ctx, { ...form, userName: 'Dana' });
    expect(await readSettings(ctx)).toMatchObject({ userName: 'Dana', reportingCurrency: 'GBP' });
  });

  it('refuse a stage list without a won stage, or with a name twice', async () => {
    await world();
    const errors = await errorsOf(saveValueSettings(ctx, { reportingCurrency: 'USD', opportunityStages: [{ name: 'A', outcome: 'open' }, { name: 'a', outcome: 'open' }, { name: 'Lost', outcome: 'lost' }] }));
    expect(errors).toEqual({ 'opportunityStages.1.name': '“a” is in the list twice.', opportunityStages: 'Keep at least one won stage.' });
  });
});

describe('exchange rates', () => {
  it('are logged, one per pair and day, and deleted softly with undo', async () => {
    await world();
    const rate = await createExchangeRate(ctx, { from: 'eur', to: 'usd', rate: 1.08, asOf: '2027-01-01' });
    expect(rate).toMatchObject({ from: 'EUR', to: 'USD', rate: 1.08 });
    expect(await errorsOf(createExchangeRate(ctx, { from: 'EUR', to: 'USD', rate: 1.1, asOf: '2027-01-01' }))).toEqual({ asOf: 'There is already a EUR to USD rate from 2027-01-01: change that one.' });
    expect(await errorsOf(createExchangeRate(ctx, { from: 'EUR', to: 'eur', rate: 0, asOf: '2027-01-01' }))).toEqual({ rate: 'A rate must be more than 0.', to: 'Convert between two different currencies.' });
    await deleteExchangeRate(ctx, rate.id);
    expect(await listExchangeRates(ctx.db)).toEqual([]);
    await restoreExchangeRate(ctx, rate.id);
    expect((await listExchangeRates(ctx.db)).map((r) => r.id)).toEqual([rate.id]);
    const log = await ctx.db.activity.where('entityId').equals(rate.id).toArray();
    expect(log.map((a) => [a.action, a.partnershipId, a.description])).toEqual([
      ['create', '', 'Created exchange rate 1 EUR = 1.08 USD from 2027-01-01'],
      ['delete', '', 'Deleted exchange rate 1 EUR = 1.08 USD from 2027-01-01'],
      ['restore', '', 'Restored exchange rate 1 EUR = 1.08 USD from 2027-01-01'],
    ]);
  });
});
