// Building what a partnership delivered: measurements of its measurable goals, the joint
// pipeline's opportunities and value events. Drawn from a random stream of its own, after
// every other builder, so the records built before it are the same with or without it.
import type { Goal, GoalMeasurement, GoalMeasurementId, IntentVersion, Opportunity, OpportunityId, OpportunitySource, ValueEvent, ValueEventId, ValueEventKind } from '../domain';
import { DEFAULT_STAGES } from '../domain';
import { addDays, daysBetween } from '../dates';
import { maxDay, weighted } from './plan';
import { ORG_SECTORS, ORG_STEMS } from './vocabulary';
import type { Ctx, People } from './buildContext';
import { lastDay, logCreate, stampOn } from './buildContext';

/** Measurements reach back at most this far: two years of monthly actuals per goal. */
const MEASURE_HISTORY_DAYS = 720;
/** Opportunities opened per year of history. */
const OPPORTUNITIES_PER_YEAR = 40;
const VALUE_EVENTS_PER_YEAR = 2;

/** The currency a partnership's deals are in, from where it is run. */
function currencyOf(ctx: Ctx): string {
  if (ctx.plan.zone === 'Europe/London') return 'GBP';
  return ctx.plan.zone.startsWith('Europe/') ? 'EUR' : 'USD';
}

export function addValue(ctx: Ctx, versions: readonly IntentVersion[], people: People): void {
  addMeasurements(ctx, versions);
  addOpportunities(ctx, people);
  addValueEvents(ctx);
}

/** Each measurable goal's first appearance (the version it entered the charter in) and its latest terms. */
function measurableGoals(versions: readonly IntentVersion[]): { readonly goal: Goal & { readonly id: string }; readonly since: string }[] {
  const byId = new Map<string, { goal: Goal & { readonly id: string }; since: string }>();
  for (const version of versions) {
    for (const goal of version.goals) {
      if (!goal.id || goal.targetValue === undefined || goal.baseline === undefined) continue;
      const since = byId.get(goal.id)?.since ?? version.createdAt.slice(0, 10);
      byId.set(goal.id, { goal: { ...goal, id: goal.id }, since });
    }
  }
  return [...byId.values()];
}

function addMeasurements(ctx: Ctx, versions: readonly IntentVersion[]): void {
  const { rng } = ctx;
  const end = lastDay(ctx);
  // Some partnerships deliver, some lag: the pace of progress towards each target.
  const pace = weighted(rng, { ahead: 2, steady: 4, lagging: 3 });
  const factor = pace === 'ahead' ? 1.15 : pace === 'steady' ? 0.95 : 0.6;
  for (const { goal, since } of measurableGoals(versions)) {
    const due = goal.dueBy || addDays(since, 365);
    const span = Math.max(30, daysBetween(since, due));
    const baseline = goal.baseline!;
    const target = goal.targetValue!;
    for (let day = maxDay(addDays(since, 30), addDays(end, -MEASURE_HISTORY_DAYS)); day <= end; day = addDays(day, 30 + rng.int(-3, 3))) {
      const share = Math.min(1.2, (daysBetween(since, day) / span) * factor);
      const noise = 1 + (rng.next() - 0.5) * 0.1;
      const raw = baseline + (target - baseline) * share * noise;
      const value = goal.unit === 'percent' ? Math.round(raw * 10) / 10 : goal.unit === 'currency' ? Math.round(raw / 1000) * 1000 : Math.round(raw);
      addMeasurement(ctx, goal.id, day, value);
    }
  }
}

function addMeasurement(ctx: Ctx, goalId: string, asOf: string, value: number): void {
  const createdAt = stampOn(ctx, asOf);
  const measurement: GoalMeasurement = {
    id: ctx.nextId<'GoalMeasurement'>() as GoalMeasurementId,
    createdAt,
    updatedAt: createdAt,
    partnershipId: ctx.partnershipId,
    goalId,
    value,
    asOf,
    source: ctx.rng.chance(0.3) ? 'partner' : 'us',
    note: '',
  };
  ctx.out.goalMeasurements.push(measurement);
  logCreate(ctx, 'goal measurement', measurement, `measurement ${value} as of ${asOf}`);
}

const OPEN_STAGES = DEFAULT_STAGES.filter((s) => s.outcome === 'open').map((s) => s.name);
const SOURCE_WEIGHTS: Readonly<Record<OpportunitySource, number>> = { us: 3, partner: 3, joint: 2, influenced: 2 };

function addOpportunities(ctx: Ctx, people: People): void {
  const { rng, plan } = ctx;
  const end = lastDay(ctx);
  const days = daysBetween(plan.startDay, end);
  if (days <= 0) return;
  const count = Math.round((days / 365) * OPPORTUNITIES_PER_YEAR * (0.6 + rng.next() * 0.8));
  const currency = currencyOf(ctx);
  const owners = [people.ourLead.name, ...people.us.map((p) => p.name)];
  for (let n = 0; n < count; n++) {
    const openedOn = addDays(plan.startDay, rng.int(0, days));
    const closesOn = addDays(openedOn, rng.int(30, 200));
    const isClosed = closesOn <= end;
    const isWon = isClosed && rng.chance(0.4);
    const stage = isClosed ? (isWon ? 'Closed won' : 'Closed lost') : rng.pick(OPEN_STAGES);
    const createdAt = stampOn(ctx, openedOn);
    const amount = Math.round(Math.exp(Math.log(10_000) + rng.next() * (Math.log(600_000) - Math.log(10_000))) / 500) * 500;
    const opportunity: Opportunity = {
      id: ctx.nextId<'Opportunity'>() as OpportunityId,
      createdAt,
      updatedAt: isClosed ? stampOn(ctx, closesOn) : createdAt,
      partnershipId: ctx.partnershipId,
      account: `${rng.pick(ORG_STEMS)} ${rng.pick(ORG_SECTORS[plan.type])}`,
      amount,
      currency,
      stage,
      outcome: isClosed ? (isWon ? 'won' : 'lost') : 'open',
      sourced: weighted(rng, SOURCE_WEIGHTS),
      openedOn,
      ...(isClosed ? { closedOn: closesOn } : { expectedCloseOn: closesOn }),
      owner: rng.pick(owners),
      externalId: `006${String(plan.index).padStart(4, '0')}${String(n).padStart(5, '0')}`,
    };
    ctx.out.opportunities.push(opportunity);
    logCreate(ctx, 'opportunity', opportunity, `opportunity “${opportunity.account}”`);
  }
}

const VALUE_EVENT_TEXT: Readonly<Record<ValueEventKind, readonly string[]>> = {
  'cost saved': ['Shared support desk cut escalation costs', 'Joint training replaced two vendor courses'],
  'integration installs': ['Connector installs passed a new milestone', 'Marketplace listing drove a wave of installs'],
  'reference won': ['Customer agreed to a joint case study', 'Reference call closed a late-stage deal'],
  'co-marketing': ['Joint webinar filled the pipeline', 'Co-branded campaign launched in the territory'],
  other: ['Analyst report named the partnership', 'Partner executive keynote at our summit'],
};

function addValueEvents(ctx: Ctx): void {
  const { rng, plan } = ctx;
  const end = lastDay(ctx);
  const days = daysBetween(plan.startDay, end);
  const count = Math.floor((days / 365) * VALUE_EVENTS_PER_YEAR);
  const currency = currencyOf(ctx);
  for (let n = 0; n < count; n++) {
    const kind = rng.pick(Object.keys(VALUE_EVENT_TEXT) as ValueEventKind[]);
    const occurredOn = addDays(plan.startDay, rng.int(0, days));
    const createdAt = stampOn(ctx, occurredOn);
    const hasAmount = kind === 'cost saved' || rng.chance(0.2);
    const event: ValueEvent = {
      id: ctx.nextId<'ValueEvent'>() as ValueEventId,
      createdAt,
      updatedAt: createdAt,
      partnershipId: ctx.partnershipId,
      kind,
      description: rng.pick(VALUE_EVENT_TEXT[kind]),
      ...(hasAmount ? { amount: rng.int(5, 120) * 1000 } : {}),
      currency: hasAmount ? currency : '',
      occurredOn,
    };
    ctx.out.valueEvents.push(event);
    logCreate(ctx, 'value event', event, `value event “${event.description}”`);
  }
}
