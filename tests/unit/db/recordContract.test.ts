// One contract over every record type the repositories write: how a record is created,
// refused, updated, soft-deleted and restored, and that each write goes with its activity
// entry in one transaction. What only one table does stays in that table's test file.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { GoalMeasurementId } from '@shared/domain';
import { ValidationError } from '@shared/domain';
import { createCadence, deleteCadence, restoreCadence, updateCadence } from '../../../renderer/db/cadences';
import { createCommitment, deleteCommitment, restoreCommitment, updateCommitment } from '../../../renderer/db/commitments';
import { createHealthCheck, deleteHealthCheck, restoreHealthCheck, updateHealthCheck } from '../../../renderer/db/healthChecks';
import { deleteIntentDraft, restoreIntentDraft, saveIntentDraft, updateIntentDraft } from '../../../renderer/db/intents';
import { archivePartnership, createPartnership, restorePartnership, updatePartnership } from '../../../renderer/db/partnerships';
import { deleteMeetingPrep, listMeetingPreps, restoreMeetingPrep, saveMeetingPrep, updateMeetingPrep } from '../../../renderer/db/meetingPreps';
import { listPartnerships } from '../../../renderer/db/queries';
import { deleteReviewSummaryById, listReviewSummaries, restoreReviewSummary, saveReviewSummary, updateReviewSummary } from '../../../renderer/db/reviewSummaries';
import type { StewardDb } from '../../../renderer/db/schema';
import { createStakeholder, deleteStakeholder, restoreStakeholder, updateStakeholder } from '../../../renderer/db/stakeholders';
import { createDecision, deleteDecision, deleteTouchpoint, logTouchpoint, restoreDecision, restoreTouchpoint, updateDecision, updateTouchpoint } from '../../../renderer/db/touchpoints';
import { listCadences, listCommitments, listDecisions, listHealthChecks, listIntentVersions, listStakeholders, listTouchpoints } from '../../../renderer/db/workspaceQueries';
import {
  createGoalMeasurement,
  createOpportunity,
  createValueEvent,
  deleteGoalMeasurement,
  deleteOpportunity,
  deleteValueEvent,
  listGoalMeasurements,
  listOpportunities,
  listValueEvents,
  restoreGoalMeasurement,
  restoreOpportunity,
  restoreValueEvent,
  updateGoalMeasurement,
  updateOpportunity,
  updateValueEvent,
} from '../../../renderer/db/value';
import type { TestContext } from './testDb';
import { createTestContext } from './testDb';

const acme = { name: 'Acme co-sell', partnerOrg: 'Acme Corp', type: 'co-sell', status: 'active' };
const START = '2027-01-14T09:00:00.000Z';
const ONE_SECOND_LATER = '2027-01-14T09:00:01.000Z';

/** One test's database: a clock at START and a live partnership the records belong to. */
interface World {
  readonly ctx: TestContext;
  readonly partnershipId: string;
}

interface Stored {
  readonly id: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly deletedAt?: string;
}

/** What the contract needs to know about one record type; `input` and `changed` are for `partnershipId`. */
interface RecordType {
  readonly name: string;
  readonly table: string;
  readonly entity: string;
  /** Created from `input`: fields the repository fills in, and fields it must leave out. */
  readonly created: Readonly<Record<string, unknown>>;
  readonly absent?: readonly string[];
  readonly createdLog: string;
  readonly create: (w: World, partnershipId: string) => Promise<Stored>;
  readonly createInvalid: (w: World) => Promise<unknown>;
  readonly invalidErrors: Readonly<Record<string, string>>;
  /** `change` true: the one-field change `updatedLog` describes; false: the input it was created from. */
  readonly update: (w: World, id: string, partnershipId: string, change: boolean) => Promise<Stored>;
  readonly updatedLog: string;
  readonly remove: (w: World, id: string) => Promise<void>;
  readonly restore: (w: World, id: string) => Promise<void>;
  /** The live records a screen lists, in the partnership of the world. */
  readonly list: (w: World) => Promise<readonly Stored[]>;
  /** Belongs to a partnership: refused in an unknown or archived one, and cannot move to another. */
  readonly isChild: boolean;
}

const weekly = { name: 'Ops sync', kind: 'ops sync', rrule: 'FREQ=WEEKLY;BYDAY=TH', start: '2027-01-14T09:00', zone: 'Europe/Berlin', durationMinutes: 30 };
const lee = { side: 'partner', name: 'Lee Chen', title: 'VP Alliances', function: 'executive', roles: ['sponsor'], approvalAuthority: 'signs up to $250k' };
const brief = { title: 'Send webinar brief', owedBy: 'us', dueOn: '2027-01-21' } as const;
const scores = [
  { dimension: 'trust', score: 4, comment: 'Open about pipeline' },
  { dimension: 'execution', score: 2 },
];
const check = { assessedOn: '2027-01-10', perspective: 'ours', scores, respondent: 'Dana' };
const charter = { purpose: 'Win mid-market deals together', goals: [{ statement: '20 joint wins', metric: 'deals', target: '20', dueBy: '2027-12-31' }] };
const meeting = { kind: 'meeting', occurredOn: '2027-01-14', title: 'Weekly ops sync', summary: 'Reviewed pipeline' } as const;
const decision = { decidedOn: '2026-11-02', statement: 'Target mid-market first' };
// An ad-hoc meeting's preparation (a cadence's is found by cadence and instant instead), its instant written without milliseconds.
const prep = { title: 'Pricing escalation', occurrence: '2027-01-20T14:00:00Z', agenda: ['Pricing', 'Next steps'] };
// The text with spaces around it: the repository stores it trimmed.
const summary = { quarter: '2027-Q1', wins: '  Won Initech  ', risks: '[internal] Churn at Hooli', asks: 'Two architects' };

/** The first goal of the partnership's charter, saving one (with its goal) when it has none. */
async function goalIn(ctx: TestContext, partnershipId: string): Promise<string> {
  const existing = (await listIntentVersions(ctx.db, partnershipId)).flatMap((v) => v.goals)[0]?.id;
  return existing ?? (await saveIntentDraft(ctx, partnershipId, charter)).goals[0]!.id!;
}
const reading = { value: 12, asOf: '2027-01-10', source: 'partner', note: 'From their CRM' } as const;
const deal = { account: 'Initech', amount: 120000, currency: 'usd', stage: 'qualified', sourced: 'joint', openedOn: '2027-01-05', expectedCloseOn: '2027-03-31', owner: 'Dana', externalId: '0061' } as const;
const saving = { kind: 'cost saved', description: 'Shared support desk', amount: 40000, currency: 'EUR', occurredOn: '2027-01-12' } as const;

const RECORD_TYPES: readonly RecordType[] = [
  {
    name: 'partnership',
    table: 'partnerships',
    entity: 'partnership',
    created: { name: 'Globex co-sell', tags: ['emea', 'cloud'] },
    createdLog: 'Created partnership “Globex co-sell”',
    create: ({ ctx }) => createPartnership(ctx, { ...acme, name: 'Globex co-sell', tags: ['emea', 'emea', 'cloud'] }),
    createInvalid: ({ ctx }) => createPartnership(ctx, { ...acme, name: '  ', type: 'friendship' }),
    invalidErrors: { name: 'Name is required.', type: 'Choose a type from the list.' },
    update: ({ ctx }, id, _p, change) => updatePartnership(ctx, id, { ...acme, name: 'Globex co-sell', tags: ['emea', 'cloud'], status: change ? 'at risk' : 'active' }),
    updatedLog: 'Updated partnership “Globex co-sell”: status: active → at risk',
    remove: ({ ctx }, id) => archivePartnership(ctx, id),
    restore: ({ ctx }, id) => restorePartnership(ctx, id),
    list: ({ ctx }) => listPartnerships(ctx.db),
    isChild: false,
  },
  {
    name: 'stakeholder',
    table: 'stakeholders',
    entity: 'stakeholder',
    created: { name: 'Lee Chen', contact: '', internalNotes: '' },
    createdLog: 'Created stakeholder “Lee Chen” (partner side)',
    create: ({ ctx }, partnershipId) => createStakeholder(ctx, { ...lee, partnershipId }),
    createInvalid: ({ ctx, partnershipId }) => createStakeholder(ctx, { ...lee, partnershipId, name: '', roles: [] }),
    invalidErrors: { name: 'Name is required.', roles: 'Choose at least one alliance role.' },
    update: ({ ctx }, id, partnershipId, change) => updateStakeholder(ctx, id, { ...lee, partnershipId, roles: change ? ['sponsor', 'decision maker'] : ['sponsor'] }),
    updatedLog: 'Updated stakeholder “Lee Chen” (partner side): roles changed',
    remove: ({ ctx }, id) => deleteStakeholder(ctx, id),
    restore: ({ ctx }, id) => restoreStakeholder(ctx, id),
    list: ({ ctx, partnershipId }) => listStakeholders(ctx.db, partnershipId),
    isChild: true,
  },
  {
    name: 'cadence',
    table: 'cadences',
    entity: 'cadence',
    created: { mode: 'fixed', status: 'active', leadMinutes: 60, channel: '', participantIds: [] },
    absent: ['idealIntervalDays'],
    createdLog: 'Created cadence “Ops sync”',
    create: ({ ctx }, partnershipId) => createCadence(ctx, { ...weekly, partnershipId }),
    createInvalid: ({ ctx, partnershipId }) => createCadence(ctx, { ...weekly, partnershipId, name: '', mode: 'flexible', idealIntervalDays: 30, maxIntervalDays: 10 }),
    invalidErrors: { name: 'Name is required.', maxIntervalDays: 'The maximum must be at least the ideal interval.' },
    update: ({ ctx }, id, partnershipId, change) => updateCadence(ctx, id, { ...weekly, partnershipId, rrule: change ? 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TH' : weekly.rrule }),
    updatedLog: 'Updated cadence “Ops sync”: rrule: FREQ=WEEKLY;BYDAY=TH → FREQ=WEEKLY;INTERVAL=2;BYDAY=TH',
    remove: ({ ctx }, id) => deleteCadence(ctx, id),
    restore: ({ ctx }, id) => restoreCadence(ctx, id),
    list: ({ ctx, partnershipId }) => listCadences(ctx.db, partnershipId),
    isChild: true,
  },
  {
    name: 'commitment',
    table: 'commitments',
    entity: 'commitment',
    created: { status: 'open', source: 'manual', sourceId: '', ownerId: '', detail: '' },
    // No goal served: no goalId field (old records and backups have none either).
    absent: ['doneOn', 'goalId'],
    createdLog: 'Created commitment “Send webinar brief”',
    create: ({ ctx }, partnershipId) => createCommitment(ctx, { ...brief, partnershipId }),
    createInvalid: ({ ctx, partnershipId }) => createCommitment(ctx, { ...brief, partnershipId, title: '', owedBy: 'them', status: 'done' }),
    invalidErrors: { title: 'Title is required.', owedBy: 'Choose a side from the list.' },
    update: ({ ctx }, id, partnershipId, change) => updateCommitment(ctx, id, { ...brief, partnershipId, dueOn: change ? '2027-01-28' : brief.dueOn }),
    updatedLog: 'Updated commitment “Send webinar brief”: due on: 2027-01-21 → 2027-01-28',
    remove: ({ ctx }, id) => deleteCommitment(ctx, id),
    restore: ({ ctx }, id) => restoreCommitment(ctx, id),
    list: ({ ctx, partnershipId }) => listCommitments(ctx.db, partnershipId),
    isChild: true,
  },
  {
    name: 'health check',
    table: 'healthChecks',
    entity: 'health check',
    created: {
      perspective: 'ours',
      respondent: 'Dana',
      internalNotes: '',
      scores: [
        { dimension: 'trust', score: 4, comment: 'Open about pipeline' },
        { dimension: 'execution', score: 2, comment: '' },
      ],
    },
    createdLog: 'Created our health check of 2027-01-10',
    create: ({ ctx }, partnershipId) => createHealthCheck(ctx, { ...check, partnershipId }),
    createInvalid: ({ ctx, partnershipId }) => createHealthCheck(ctx, { ...check, partnershipId, perspective: 'theirs', scores: [{ dimension: 'trust', score: 7 }] }),
    invalidErrors: { perspective: 'Choose a perspective from the list.', 'scores.0.score': 'Score from 1 to 5.' },
    update: ({ ctx }, id, partnershipId, change) => updateHealthCheck(ctx, id, { ...check, partnershipId, respondent: change ? 'Lee Chen' : 'Dana' }),
    updatedLog: 'Updated our health check of 2027-01-10: respondent: Dana → Lee Chen',
    remove: ({ ctx }, id) => deleteHealthCheck(ctx, id),
    restore: ({ ctx }, id) => restoreHealthCheck(ctx, id),
    list: ({ ctx, partnershipId }) => listHealthChecks(ctx.db, partnershipId),
    isChild: true,
  },
  {
    name: 'intent draft',
    table: 'intentVersions',
    entity: 'intent',
    created: { version: 1, status: 'draft', purpose: 'Win mid-market deals together', internalNotes: '' },
    createdLog: 'Created intent version 1',
    create: ({ ctx }, partnershipId) => saveIntentDraft(ctx, partnershipId, charter),
    createInvalid: ({ ctx, partnershipId }) => saveIntentDraft(ctx, partnershipId, { goals: [{ statement: ' ' }], tradeoffs: [{ term: 'Pricing', weightUs: 9, weightThem: 1 }] }),
    invalidErrors: { 'goals.0.statement': 'Describe the goal.', 'tradeoffs.0.weightUs': 'Use a number from 1 to 5.' },
    // A draft's partnership comes from the stored version, never from the input.
    update: ({ ctx }, id, _p, change) => updateIntentDraft(ctx, id, change ? { ...charter, successCriteria: 'Pipeline doubles' } : charter),
    updatedLog: 'Updated intent version 1: success criteria: — → Pipeline doubles',
    remove: ({ ctx }, id) => deleteIntentDraft(ctx, id),
    restore: ({ ctx }, id) => restoreIntentDraft(ctx, id),
    list: ({ ctx, partnershipId }) => listIntentVersions(ctx.db, partnershipId),
    isChild: true,
  },
  {
    name: 'touchpoint',
    table: 'touchpoints',
    entity: 'touchpoint',
    created: { title: 'Weekly ops sync', attendeeIds: [] },
    createdLog: 'Created meeting “Weekly ops sync” of 2027-01-14',
    create: async ({ ctx }, partnershipId) => (await logTouchpoint(ctx, { touchpoint: { ...meeting, partnershipId } })).touchpoint,
    createInvalid: ({ ctx, partnershipId }) => logTouchpoint(ctx, { touchpoint: { ...meeting, partnershipId, title: ' ' } }),
    invalidErrors: { 'touchpoint.title': 'Title is required.' },
    update: ({ ctx }, id, partnershipId, change) => updateTouchpoint(ctx, id, { ...meeting, partnershipId, summary: change ? 'Reviewed pipeline and pricing' : meeting.summary }),
    updatedLog: 'Updated meeting “Weekly ops sync” of 2027-01-14: summary: Reviewed pipeline → Reviewed pipeline and pricing',
    remove: ({ ctx }, id) => deleteTouchpoint(ctx, id),
    restore: ({ ctx }, id) => restoreTouchpoint(ctx, id),
    list: ({ ctx, partnershipId }) => listTouchpoints(ctx.db, partnershipId),
    isChild: true,
  },
  {
    name: 'decision',
    table: 'decisions',
    entity: 'decision',
    created: { decidedOn: '2026-11-02', statement: 'Target mid-market first' },
    createdLog: 'Created decision “Target mid-market first”',
    create: ({ ctx }, partnershipId) => createDecision(ctx, { ...decision, partnershipId }),
    createInvalid: ({ ctx, partnershipId }) => createDecision(ctx, { partnershipId, decidedOn: 'yesterday', statement: '' }),
    invalidErrors: { decidedOn: 'Enter a date as YYYY-MM-DD.', statement: 'Decision is required.' },
    update: ({ ctx }, id, partnershipId, change) => updateDecision(ctx, id, { ...decision, partnershipId, ...(change ? { rationale: 'Faster cycles' } : {}) }),
    updatedLog: 'Updated decision “Target mid-market first”: rationale: — → Faster cycles',
    remove: ({ ctx }, id) => deleteDecision(ctx, id),
    restore: ({ ctx }, id) => restoreDecision(ctx, id),
    list: ({ ctx, partnershipId }) => listDecisions(ctx.db, partnershipId),
    isChild: true,
  },
  {
    name: 'goal measurement',
    table: 'goalMeasurements',
    entity: 'goal measurement',
    created: { value: 12, asOf: '2027-01-10', source: 'partner', note: 'From their CRM' },
    createdLog: 'Created measurement 12 as of 2027-01-10',
    create: async ({ ctx }, partnershipId) => createGoalMeasurement(ctx, { ...reading, partnershipId, goalId: await goalIn(ctx, partnershipId) }),
    createInvalid: ({ ctx, partnershipId }) => createGoalMeasurement(ctx, { partnershipId, goalId: 'any goal', value: Number.NaN, asOf: '10/01/2027', source: 'them' }),
    invalidErrors: { value: 'Enter the value as a number.', asOf: 'Enter a date as YYYY-MM-DD.', source: 'Choose a source from the list.' },
    update: async ({ ctx }, id, partnershipId, change) => updateGoalMeasurement(ctx, id, { ...reading, partnershipId, goalId: (await ctx.db.goalMeasurements.get(id as GoalMeasurementId))?.goalId ?? 'unknown', value: change ? 14 : 12 }),
    updatedLog: 'Updated measurement 14 as of 2027-01-10: value: 12 → 14',
    remove: ({ ctx }, id) => deleteGoalMeasurement(ctx, id),
    restore: ({ ctx }, id) => restoreGoalMeasurement(ctx, id),
    list: ({ ctx, partnershipId }) => listGoalMeasurements(ctx.db, partnershipId),
    isChild: true,
  },
  {
    name: 'opportunity',
    table: 'opportunities',
    entity: 'opportunity',
    // The currency is upper-cased, the stage named as the list names it, and its outcome stored.
    created: { account: 'Initech', amount: 120000, currency: 'USD', stage: 'Qualified', outcome: 'open', sourced: 'joint', externalId: '0061' },
    absent: ['closedOn'],
    createdLog: 'Created opportunity “Initech”',
    create: ({ ctx }, partnershipId) => createOpportunity(ctx, { ...deal, partnershipId }),
    createInvalid: ({ ctx, partnershipId }) => createOpportunity(ctx, { ...deal, partnershipId, account: '', amount: -5, sourced: 'them' }),
    invalidErrors: { account: 'Account is required.', amount: 'The amount cannot be negative.', sourced: 'Choose who sourced it from the list.' },
    update: ({ ctx }, id, partnershipId, change) => updateOpportunity(ctx, id, { ...deal, partnershipId, ...(change ? { amount: 150000 } : {}) }),
    updatedLog: 'Updated opportunity “Initech”: amount: 120000 → 150000',
    remove: ({ ctx }, id) => deleteOpportunity(ctx, id),
    restore: ({ ctx }, id) => restoreOpportunity(ctx, id),
    list: ({ ctx, partnershipId }) => listOpportunities(ctx.db, partnershipId),
    isChild: true,
  },
  {
    name: 'value event',
    table: 'valueEvents',
    entity: 'value event',
    created: { kind: 'cost saved', description: 'Shared support desk', amount: 40000, currency: 'EUR', occurredOn: '2027-01-12' },
    createdLog: 'Created value event “Shared support desk”',
    create: ({ ctx }, partnershipId) => createValueEvent(ctx, { ...saving, partnershipId }),
    createInvalid: ({ ctx, partnershipId }) => createValueEvent(ctx, { ...saving, partnershipId, kind: 'luck', description: '', currency: '' }),
    invalidErrors: { kind: 'Choose a kind from the list.', description: 'Description is required.' },
    update: ({ ctx }, id, partnershipId, change) => updateValueEvent(ctx, id, { ...saving, partnershipId, ...(change ? { occurredOn: '2027-01-13' } : {}) }),
    updatedLog: 'Updated value event “Shared support desk”: occurred on: 2027-01-12 → 2027-01-13',
    remove: ({ ctx }, id) => deleteValueEvent(ctx, id),
    restore: ({ ctx }, id) => restoreValueEvent(ctx, id),
    list: ({ ctx, partnershipId }) => listValueEvents(ctx.db, partnershipId),
    isChild: true,
  },
  {
    name: 'meeting preparation',
    table: 'meetingPreps',
    entity: 'meeting prep',
    created: { cadenceId: '', title: 'Pricing escalation', agenda: ['Pricing', 'Next steps'], notes: '', occurrence: '2027-01-20T14:00:00.000Z' },
    createdLog: 'Created the preparation of “Pricing escalation” (2027-01-20T14:00:00.000Z)',
    create: ({ ctx }, partnershipId) => saveMeetingPrep(ctx, { ...prep, partnershipId }),
    createInvalid: ({ ctx, partnershipId }) => saveMeetingPrep(ctx, { ...prep, partnershipId, title: '', agenda: [' '] }),
    invalidErrors: { 'agenda.0': 'An agenda item cannot be empty.', title: 'Give the meeting a title.' },
    update: ({ ctx }, id, partnershipId, change) => updateMeetingPrep(ctx, id, { ...prep, partnershipId, agenda: change ? ['Next steps', 'Pricing'] : prep.agenda }),
    updatedLog: 'Updated the preparation of “Pricing escalation” (2027-01-20T14:00:00.000Z): agenda changed',
    remove: ({ ctx }, id) => deleteMeetingPrep(ctx, id),
    restore: ({ ctx }, id) => restoreMeetingPrep(ctx, id),
    list: ({ ctx, partnershipId }) => listMeetingPreps(ctx.db, partnershipId),
    isChild: true,
  },
  {
    name: 'review summary',
    table: 'reviewSummaries',
    entity: 'review summary',
    created: { quarter: '2027-Q1', wins: 'Won Initech', risks: '[internal] Churn at Hooli', asks: 'Two architects' },
    createdLog: 'Created the executive summary of 2027-Q1',
    create: async ({ ctx }, partnershipId) => (await saveReviewSummary(ctx, { ...summary, partnershipId })).summary,
    createInvalid: ({ ctx, partnershipId }) => saveReviewSummary(ctx, { ...summary, partnershipId, quarter: 'Q5', asks: 'x'.repeat(5001) }),
    invalidErrors: { quarter: 'Name the quarter like 2027-Q1.', asks: 'Asks must be at most 5000 characters.' },
    update: ({ ctx }, id, partnershipId, change) => updateReviewSummary(ctx, id, { ...summary, partnershipId, ...(change ? { asks: 'Three architects' } : {}) }),
    updatedLog: 'Updated the executive summary of 2027-Q1: asks: Two architects → Three architects',
    remove: ({ ctx }, id) => deleteReviewSummaryById(ctx, id),
    restore: ({ ctx }, id) => restoreReviewSummary(ctx, id),
    list: ({ ctx, partnershipId }) => listReviewSummaries(ctx.db, partnershipId),
    isChild: true,
  },
];

let world: World;
afterEach(async () => {
  await world.ctx.db.delete();
});

async function setup(): Promise<World> {
  const ctx = createTestContext(START);
  const partnership = await createPartnership(ctx, acme);
  world = { ctx, partnershipId: partnership.id };
  return world;
}

/** Rows in every table, to prove a refused or failed write left nothing. */
async function counts(db: StewardDb) {
  return Object.fromEntries(await Promise.all(db.tables.map(async (t) => [t.name, await t.count()] as const)));
}

const logOf = (db: StewardDb, entityId: string) => db.activity.where('entityId').equals(entityId).sortBy('at');
const stored = (db: StewardDb, type: RecordType, id: string) => db.table<Stored>(type.table).get(id);
const ids = (records: readonly Stored[]) => records.map((r) => r.id);

describe.each(RECORD_TYPES.map((type) => [type.name, type] as const))('the %s repository', (_name, type) => {
  it('creates a record with an id and timestamps, stored as returned, with one create entry in the log', async () => {
    const w = await setup();
    const record = await type.create(w, w.partnershipId);
    expect(record.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(record).toMatchObject({ ...type.created, createdAt: START, updatedAt: START });
    for (const field of type.absent ?? []) expect(record).not.toHaveProperty(field);
    expect(await stored(w.ctx.db, type, record.id)).toEqual(record);
    const partnershipId = type.isChild ? w.partnershipId : record.id;
    expect(await logOf(w.ctx.db, record.id)).toMatchObject([{ entity: type.entity, action: 'create', partnershipId, at: START, description: type.createdLog }]);
  });

  it('names each invalid field and writes nothing', async () => {
    const w = await setup();
    const before = await counts(w.ctx.db);
    const error = await type.createInvalid(w).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).errors).toEqual(type.invalidErrors);
    expect(await counts(w.ctx.db)).toEqual(before);
  });

  it('a failed write leaves nothing behind: the record rolls back with its log entry', async () => {
    const w = await setup();
    const before = await counts(w.ctx.db);
    vi.spyOn(w.ctx.db.activity, 'add').mockImplementation(() => {
      throw new Error('disk full');
    });
    await expect(type.create(w, w.partnershipId)).rejects.toThrow('disk full');
    expect(await counts(w.ctx.db)).toEqual(before);
  });

  it('an update keeps createdAt, bumps updatedAt and logs what changed', async () => {
    const w = await setup();
    const record = await type.create(w, w.partnershipId);
    w.ctx.advance(1000);
    const updated = await type.update(w, record.id, w.partnershipId, true);
    expect(updated).toMatchObject({ id: record.id, createdAt: START, updatedAt: ONE_SECOND_LATER });
    expect(await stored(w.ctx.db, type, record.id)).toEqual(updated);
    expect((await logOf(w.ctx.db, record.id)).map((a) => [a.action, a.description])).toEqual([
      ['create', type.createdLog],
      ['update', type.updatedLog],
    ]);
  });

  it('an update that changes nothing writes nothing', async () => {
    const w = await setup();
    const record = await type.create(w, w.partnershipId);
    w.ctx.advance(1000);
    const before = await counts(w.ctx.db);
    expect(await type.update(w, record.id, w.partnershipId, false)).toEqual(record);
    expect(await stored(w.ctx.db, type, record.id)).toEqual(record);
    expect(await counts(w.ctx.db)).toEqual(before);
  });

  it('deletes softly and restores: lists leave it out meanwhile, and it comes back as it was', async () => {
    const w = await setup();
    const record = await type.create(w, w.partnershipId);
    expect(ids(await type.list(w))).toContain(record.id);
    w.ctx.advance(1000);
    await type.remove(w, record.id);
    expect(await stored(w.ctx.db, type, record.id)).toEqual({ ...record, deletedAt: ONE_SECOND_LATER, updatedAt: ONE_SECOND_LATER });
    expect(ids(await type.list(w))).not.toContain(record.id);
    w.ctx.advance(1000);
    await type.restore(w, record.id);
    expect(await stored(w.ctx.db, type, record.id)).toEqual({ ...record, updatedAt: '2027-01-14T09:00:02.000Z' });
    expect(ids(await type.list(w))).toContain(record.id);
    expect((await logOf(w.ctx.db, record.id)).map((a) => a.action)).toEqual(['create', 'delete', 'restore']);
  });

  it('refuses to update a deleted or unknown record', async () => {
    const w = await setup();
    const record = await type.create(w, w.partnershipId);
    await expect(type.update(w, 'nope', w.partnershipId, true)).rejects.toThrow(`The ${type.entity} nope does not exist or was deleted.`);
    await type.remove(w, record.id);
    const before = await counts(w.ctx.db);
    await expect(type.update(w, record.id, w.partnershipId, true)).rejects.toThrow('does not exist or was deleted');
    expect(await counts(w.ctx.db)).toEqual(before);
  });
});

const children = RECORD_TYPES.filter((type) => type.isChild);
describe.each(children.map((type) => [type.name, type] as const))('the %s repository, for a record of a partnership,', (_name, type) => {
  it('refuses records of an unknown or archived partnership, and changes to them once it is archived', async () => {
    const w = await setup();
    await expect(type.create(w, 'nope')).rejects.toThrow('The partnership nope does not exist or was deleted.');
    const record = await type.create(w, w.partnershipId);
    await archivePartnership(w.ctx, w.partnershipId);
    const before = await counts(w.ctx.db);
    await expect(type.create(w, w.partnershipId)).rejects.toThrow('The partnership “Acme co-sell” is archived: restore it before adding or changing its records.');
    await expect(type.update(w, record.id, w.partnershipId, true)).rejects.toThrow('is archived');
    expect(await counts(w.ctx.db)).toEqual(before);
  });

  it('refuses to restore into an archived partnership', async () => {
    const w = await setup();
    const record = await type.create(w, w.partnershipId);
    await type.remove(w, record.id);
    await archivePartnership(w.ctx, w.partnershipId);
    await expect(type.restore(w, record.id)).rejects.toThrow('is archived');
    expect((await stored(w.ctx.db, type, record.id))?.deletedAt).toBeDefined();
  });
});

// A record's history stays with one partnership. (A draft's partnership is never taken from
// its input, so there is nothing to move; see the intent tests.)
const movable = children.filter((type) => type.name !== 'intent draft');
describe.each(movable.map((type) => [type.name, type] as const))('the %s repository', (_name, type) => {
  it('refuses to move a record to another partnership', async () => {
    const w = await setup();
    const other = await createPartnership(w.ctx, { ...acme, name: 'Globex' });
    const record = await type.create(w, w.partnershipId);
    const before = await counts(w.ctx.db);
    const errors = await type.update(w, record.id, other.id, true).catch((e: ValidationError) => e.errors);
    expect(errors).toEqual({ partnershipId: `A ${type.entity} cannot move to another partnership.` });
    expect(await counts(w.ctx.db)).toEqual(before);
  });
});
