// Proving value (issue 16): goal measurements, opportunities, value events and exchange
// rates. Every write is validated, checked against its partnership (open, not archived)
// inside its own transaction, and logged; deletes are soft and can be undone.
import Dexie from 'dexie';
import type { z } from 'zod';
import type { ExchangeRate, ExchangeRateId, GoalMeasurement, GoalMeasurementId, Opportunity, OpportunityId, Settings, StageOutcome, ValueEvent } from '@shared/domain';
import {
  ValidationError,
  exchangeRateInputSchema,
  goalMeasurementInputSchema,
  opportunityInputSchema,
  opportunityWriteSchema,
  parseOrThrow,
  valueEventInputSchema,
} from '@shared/domain';
import { describeChange } from '@shared/changes';
import { newId } from './ids';
import type { DbContext } from './context';
import { NotFoundError } from './context';
import type { RecordSpec } from './records';
import { activityEntry, deleteRecord } from './records';
import { createChild, requireOpenPartnership, restoreChild, updateChild } from './children';
import { addRecord, writeTransaction } from './writePath';
import { readSettingsButZone } from './settings';
import { requireGoal } from './goals';
import { sumByStage } from '@shared/value/stages';
import type { StewardDb } from './schema';

/** Drops empty optional days, so a record holds a day or nothing (as every other record does). */
function withoutEmpty<T extends Record<string, unknown>>(fields: T, keys: readonly (keyof T)[]): T {
  const copy = { ...fields };
  for (const key of keys) if (copy[key] === '' || copy[key] === undefined) delete copy[key];
  return copy;
}

// ---------------------------------------------------------------- goal measurements

export const goalMeasurementSpec: RecordSpec<typeof goalMeasurementInputSchema, GoalMeasurement> = {
  table: 'goalMeasurements',
  entity: 'goal measurement',
  schema: goalMeasurementInputSchema,
  toFields: (m) => m,
  partnershipOf: (m) => m.partnershipId,
  label: (m) => `measurement ${m.value} as of ${m.asOf}`,
};

const measurementTables = (db: StewardDb) => [db.partnerships, db.intentVersions, db.goalMeasurements, db.activity];

export async function createGoalMeasurement(ctx: DbContext, input: unknown): Promise<GoalMeasurement> {
  const parsed = parseOrThrow(goalMeasurementInputSchema, input);
  return writeTransaction(ctx.db, measurementTables(ctx.db), async () => {
    await requireOpenPartnership(ctx.db, parsed.partnershipId);
    await requireGoal(ctx.db, parsed.partnershipId, parsed.goalId);
    return createChild(ctx, goalMeasurementSpec, input);
  });
}

export async function updateGoalMeasurement(ctx: DbContext, id: string, input: unknown): Promise<GoalMeasurement> {
  const parsed = parseOrThrow(goalMeasurementInputSchema, input);
  return writeTransaction(ctx.db, measurementTables(ctx.db), async () => {
    // A move to another partnership, or a deleted record, is refused by updateChild with its own reason.
    const before = await ctx.db.goalMeasurements.get(id as GoalMeasurementId);
    if (before && !before.deletedAt && before.partnershipId === parsed.partnershipId) {
      await requireOpenPartnership(ctx.db, parsed.partnershipId);
      await requireGoal(ctx.db, parsed.partnershipId, parsed.goalId);
    }
    return updateChild(ctx, goalMeasurementSpec, id, input);
  });
}

export const deleteGoalMeasurement = (ctx: DbContext, id: string) => deleteRecord(ctx, goalMeasurementSpec, id);
export const restoreGoalMeasurement = (ctx: DbContext, id: string) => restoreChild(ctx, goalMeasurementSpec, id);

/** A partnership's live measurements, oldest first (by the day they were true, then when entered). */
export async function listGoalMeasurements(db: StewardDb, partnershipId: string, goalId?: string): Promise<GoalMeasurement[]> {
  const rows = goalId === undefined ? await db.goalMeasurements.where('partnershipId').equals(partnershipId).toArray() : await db.goalMeasurements.where('[partnershipId+goalId]').equals([partnershipId, goalId]).toArray();
  return rows.filter((m) => !m.deletedAt).sort((a, b) => a.asOf.localeCompare(b.asOf) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

// ---------------------------------------------------------------- opportunities

const opportunityOptionalDays = ['expectedCloseOn', 'closedOn'] as const;

export const opportunitySpec: RecordSpec<typeof opportunityWriteSchema, Opportunity> = {
  table: 'opportunities',
  entity: 'opportunity',
  schema: opportunityWriteSchema,
  toFields: (o) => withoutEmpty({ ...o, closedOn: o.outcome === 'open' ? '' : o.closedOn }, opportunityOptionalDays) as Omit<Opportunity, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt'>,
  partnershipOf: (o) => o.partnershipId,
  label: (o) => `opportunity “${o.account}”`,
};

/** The stage as the stage list names it (matched ignoring case) and its outcome; unknown stages are refused. */
export function stageOf(settings: Pick<Settings, 'opportunityStages'>, stage: string): { readonly name: string; readonly outcome: StageOutcome } {
  const found = settings.opportunityStages.find((s) => s.name.toLowerCase() === stage.trim().toLowerCase());
  if (!found) throw new ValidationError({ stage: `“${stage}” is not a stage: choose one of ${settings.opportunityStages.map((s) => s.name).join(', ')} (Settings lists them).` });
  return found;
}

/** The record's fields with the stage's outcome; a won or lost deal needs its closing day. */
function withOutcome(settings: Pick<Settings, 'opportunityStages'>, parsed: z.output<typeof opportunityInputSchema>): z.input<typeof opportunityWriteSchema> {
  const stage = stageOf(settings, parsed.stage);
  if (stage.outcome !== 'open' && !parsed.closedOn) throw new ValidationError({ closedOn: `Say when it was ${stage.outcome === 'won' ? 'won' : 'lost'}.` });
  return { ...parsed, stage: stage.name, outcome: stage.outcome };
}

/** No other live opportunity of the partnership has this external id. */
async function requireUniqueExternalId(db: StewardDb, partnershipId: string, externalId: string, exceptId?: string): Promise<void> {
  if (!externalId) return;
  const others = await db.opportunities.where('[partnershipId+externalId]').equals([partnershipId, externalId]).toArray();
  if (others.some((o) => !o.deletedAt && o.id !== exceptId)) throw new ValidationError({ externalId: `Another opportunity of this partnership has the external id “${externalId}”.` });
}

const opportunityTables = (db: StewardDb) => [db.partnerships, db.settings, db.opportunities, db.activity];

export async function createOpportunity(ctx: DbContext, input: unknown): Promise<Opportunity> {
  const parsed = parseOrThrow(opportunityInputSchema, input);
  return writeTransaction(ctx.db, opportunityTables(ctx.db), async () => {
    const fields = withOutcome(await readSettingsButZone(ctx), parsed);
    await requireOpenPartnership(ctx.db, parsed.partnershipId);
    await requireUniqueExternalId(ctx.db, parsed.partnershipId, parsed.externalId);
    return createChild(ctx, opportunitySpec, fields);
  });
}

export async function updateOpportunity(ctx: DbContext, id: string, input: unknown): Promise<Opportunity> {
  const parsed = parseOrThrow(opportunityInputSchema, input);
  return writeTransaction(ctx.db, opportunityTables(ctx.db), async () => {
    const fields = withOutcome(await readSettingsButZone(ctx), parsed);
    // A missing record, a move or an archived partnership is refused by updateChild with its own reason.
    const before = await ctx.db.opportunities.get(id as OpportunityId);
    if (before && !before.deletedAt && before.partnershipId === parsed.partnershipId) {
      await requireOpenPartnership(ctx.db, parsed.partnershipId);
      await requireUniqueExternalId(ctx.db, parsed.partnershipId, parsed.externalId, id);
    }
    return updateChild(ctx, opportunitySpec, id, fields);
  });
}

export const deleteOpportunity = (ctx: DbContext, id: string) => deleteRecord(ctx, opportunitySpec, id);

/** Restoring one whose external id another has taken meanwhile would make two: refused with that reason. */
export async function restoreOpportunity(ctx: DbContext, id: string): Promise<void> {
  await writeTransaction(ctx.db, opportunityTables(ctx.db), async () => {
    const record = await ctx.db.opportunities.get(id as OpportunityId);
    if (!record) throw new NotFoundError('opportunity', id);
    await requireUniqueExternalId(ctx.db, record.partnershipId, record.externalId, id);
    await restoreChild(ctx, opportunitySpec, id);
  });
}

/** A partnership's live opportunities, the newest opened first. */
export async function listOpportunities(db: StewardDb, partnershipId: string): Promise<Opportunity[]> {
  const rows = await db.opportunities.where('partnershipId').equals(partnershipId).toArray();
  return rows.filter((o) => !o.deletedAt).sort((a, b) => b.openedOn.localeCompare(a.openedOn) || a.account.localeCompare(b.account) || a.id.localeCompare(b.id));
}

// ---------------------------------------------------------------- value events

export const valueEventSpec: RecordSpec<typeof valueEventInputSchema, ValueEvent> = {
  table: 'valueEvents',
  entity: 'value event',
  schema: valueEventInputSchema,
  toFields: (e) => (e.amount === undefined ? { ...e, currency: '' } : e),
  partnershipOf: (e) => e.partnershipId,
  label: (e) => `value event “${e.description}”`,
};

export const createValueEvent = (ctx: DbContext, input: unknown) => createChild(ctx, valueEventSpec, input);
export const updateValueEvent = (ctx: DbContext, id: string, input: unknown) => updateChild(ctx, valueEventSpec, id, input);
export const deleteValueEvent = (ctx: DbContext, id: string) => deleteRecord(ctx, valueEventSpec, id);
export const restoreValueEvent = (ctx: DbContext, id: string) => restoreChild(ctx, valueEventSpec, id);

/** A partnership's live value events, the newest first. */
export async function listValueEvents(db: StewardDb, partnershipId: string): Promise<ValueEvent[]> {
  const rows = await db.valueEvents.where('partnershipId').equals(partnershipId).toArray();
  return rows.filter((e) => !e.deletedAt).sort((a, b) => b.occurredOn.localeCompare(a.occurredOn) || a.id.localeCompare(b.id));
}

// ---------------------------------------------------------------- exchange rates
// Rates belong to no partnership: their activity entries carry partnershipId '', and their
// writes touch no excerpt (writeTransaction is still the one way to write, excerpts.test.ts).

const rateLabel = (r: Pick<ExchangeRate, 'from' | 'to' | 'rate' | 'asOf'>) => `exchange rate 1 ${r.from} = ${r.rate} ${r.to} from ${r.asOf}`;
const rateTables = (db: StewardDb) => [db.exchangeRates, db.activity];

/** One live rate per pair and day: a second would leave "the rate on that day" ambiguous. */
async function requireUniqueRate(db: StewardDb, rate: Pick<ExchangeRate, 'from' | 'to' | 'asOf'>, exceptId?: string): Promise<void> {
  const same = await db.exchangeRates.where('[from+to+asOf]').equals([rate.from, rate.to, rate.asOf]).toArray();
  if (same.some((r) => !r.deletedAt && r.id !== exceptId)) throw new ValidationError({ asOf: `There is already a ${rate.from} to ${rate.to} rate from ${rate.asOf}: change that one.` });
}

export async function createExchangeRate(ctx: DbContext, input: unknown): Promise<ExchangeRate> {
  const fields = parseOrThrow(exchangeRateInputSchema, input);
  return writeTransaction(ctx.db, rateTables(ctx.db), async () => {
    await requireUniqueRate(ctx.db, fields);
    const at = ctx.now().toISOString();
    const record = { ...fields, id: newId<'ExchangeRate'>(), createdAt: at, updatedAt: at } as ExchangeRate;
    await ctx.db.exchangeRates.add(record);
    await addRecord(ctx.db, 'activity', activityEntry(ctx, 'exchange rate', record.id, '', 'create', `Created ${rateLabel(record)}`));
    return record;
  });
}

export async function updateExchangeRate(ctx: DbContext, id: string, input: unknown): Promise<ExchangeRate> {
  const fields = parseOrThrow(exchangeRateInputSchema, input);
  return writeTransaction(ctx.db, rateTables(ctx.db), async () => {
    const before = await ctx.db.exchangeRates.get(id as ExchangeRateId);
    if (!before || before.deletedAt) throw new NotFoundError('exchange rate', id);
    await requireUniqueRate(ctx.db, fields, id);
    const after = { ...fields, id: before.id, createdAt: before.createdAt, updatedAt: ctx.now().toISOString() } as ExchangeRate;
    const change = describeChange(before as unknown as Record<string, unknown>, after as unknown as Record<string, unknown>);
    if (change === 'No changes') return before;
    await ctx.db.exchangeRates.put(after);
    await addRecord(ctx.db, 'activity', activityEntry(ctx, 'exchange rate', id, '', 'update', `Updated ${rateLabel(after)}: ${change}`));
    return after;
  });
}

async function setRateDeleted(ctx: DbContext, id: string, isDeleted: boolean): Promise<void> {
  await writeTransaction(ctx.db, rateTables(ctx.db), async () => {
    const record = await ctx.db.exchangeRates.get(id as ExchangeRateId);
    if (!record) throw new NotFoundError('exchange rate', id);
    if (Boolean(record.deletedAt) === isDeleted) return;
    if (!isDeleted) await requireUniqueRate(ctx.db, record, id);
    const at = ctx.now().toISOString();
    const { deletedAt: _previous, ...rest } = record;
    await ctx.db.exchangeRates.put(isDeleted ? { ...rest, deletedAt: at, updatedAt: at } : { ...rest, updatedAt: at });
    await addRecord(ctx.db, 'activity', activityEntry(ctx, 'exchange rate', id, '', isDeleted ? 'delete' : 'restore', `${isDeleted ? 'Deleted' : 'Restored'} ${rateLabel(record)}`));
  });
}

export const deleteExchangeRate = (ctx: DbContext, id: string) => setRateDeleted(ctx, id, true);
export const restoreExchangeRate = (ctx: DbContext, id: string) => setRateDeleted(ctx, id, false);

/** Every live rate, by pair and then the newest first. */
export async function listExchangeRates(db: StewardDb): Promise<ExchangeRate[]> {
  return activeExchangeRates(await db.exchangeRates.toArray());
}

/** The live rates of the stored rows, by pair, newest first (what listExchangeRates gives). */
export function activeExchangeRates(rows: readonly ExchangeRate[]): ExchangeRate[] {
  return rows.filter((r) => !r.deletedAt).sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to) || b.asOf.localeCompare(a.asOf));
}

/**
 * How many live opportunities each stage holds (by name in lower case): what Settings may not
 * strand. Counted from the indexes, reading no opportunity: each stage's entries in `stage`
 * less its soft-deleted ones, which are all `[stage+deletedAt]` holds (a live record has no
 * deletedAt, so it is not in that index). At 100x that is 20,000 records Settings no longer reads.
 */
export async function countOpportunitiesByStage(db: StewardDb): Promise<Map<string, number>> {
  return db.transaction('r', db.opportunities, async () => {
    const stages = await db.opportunities.orderBy('stage').uniqueKeys();
    const counts = await Promise.all(
      stages.map(async (stage) => {
        const [all, deleted] = await Promise.all([
          db.opportunities.where('stage').equals(stage).count(),
          db.opportunities.where('[stage+deletedAt]').between([stage, Dexie.minKey], [stage, Dexie.maxKey]).count(),
        ]);
        return [String(stage), all - deleted] as const;
      }),
    );
    return sumByStage(counts);
  });
}
