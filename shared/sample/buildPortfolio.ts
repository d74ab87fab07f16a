// Building a portfolio's records from plans: each partnership's history is written
// record by record from its plan and a seed, so the same plans and seed always give
// byte-identical records. Nothing reads the clock: every instant derives from `today`.
import type { Id, PortfolioSnapshot } from '../domain';
import { emptyPortfolioSnapshot } from '../domain';
import { createExpansionCache } from '../recurrence';
import { createRandom, hex8, mixSeed } from './random';
import type { Plan } from './plan';
import type { Ctx } from './buildContext';
import { GENERATED_AT_UTC_TIME } from './buildContext';
import { addPartnership, addStakeholders } from './buildPeople';
import { addIntent } from './buildIntent';
import { addAdHocTouchpoints, addCadences, holdCadence } from './buildTouchpoints';
import { addGoalCommitments, addScenarioCommitments, followUp } from './buildCommitments';
import { addHealthChecks } from './buildHealth';
import { addValue } from './buildValue';
import type { Random } from './random';

export function buildPortfolio(plans: readonly Plan[], seed: number, today: string): PortfolioSnapshot {
  const out = emptyPortfolioSnapshot();
  const nowMs = Date.parse(`${today}T${GENERATED_AT_UTC_TIME}Z`);
  const cache = createExpansionCache();
  for (const plan of plans) {
    const nextId = idMaker(seed, plan.index);
    const ctx: Ctx = { rng: createRandom(mixSeed(seed, plan.index, 0xb11d)), plan, today, nowMs, out, nextId, partnershipId: nextId(), vars: {}, cache };
    buildPartnership(ctx, createRandom(mixSeed(seed, plan.index, 0x7a1e)));
  }
  out.activity.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : 1));
  return out;
}

/** UUID-shaped ids, unique by construction: seed, partnership index and a counter. */
function idMaker(seed: number, index: number): <B extends string>() => Id<B> {
  const rng = createRandom(mixSeed(seed, index, 0x1d5));
  const prefix = hex8(mixSeed(seed));
  const part = hex8(index).slice(-4);
  let counter = 0;
  return <B extends string>() => {
    const noise = hex8(rng.int(0, 0xffffffff));
    counter += 1;
    return `${prefix}-${part}-4${noise.slice(0, 3)}-${'89ab'[counter % 4]}${noise.slice(3, 6)}-${counter.toString(16).padStart(12, '0')}` as Id<B>;
  };
}

/** `valueRng`: the value builder's own stream, so the records before it do not depend on it. */
function buildPartnership(ctx: Ctx, valueRng: Random): void {
  addPartnership(ctx);
  const people = addStakeholders(ctx);
  Object.assign(ctx.vars, { partner: ctx.plan.partner, territory: ctx.plan.territory, ourLead: people.ourLead.name, theirLead: people.theirLead.name });
  const versions = addIntent(ctx, people);
  const conversations = [...addCadences(ctx, people).flatMap((c) => holdCadence(ctx, c)), ...addAdHocTouchpoints(ctx, people)];
  for (const conversation of conversations) followUp(ctx, conversation, people);
  addGoalCommitments(ctx, versions, people);
  addScenarioCommitments(ctx, people);
  addHealthChecks(ctx, people);
  addValue({ ...ctx, rng: valueRng }, versions, people);
}
