// What every builder of the sample generator shares: the context of the partnership
// being built, the people and conversations passed between steps, working-hours
// instants that never pass the generation time, and the activity entry for each record.
import type { EntityName, Id, PartnershipId, PortfolioSnapshot, Stakeholder, Touchpoint } from '../domain';
import type { Random } from './random';
import type { ExpansionCache } from '../recurrence';
import type { Plan } from './plan';
import { minDay } from './plan';

/** Every instant generated is at or before this time of day on `today`. */
export const GENERATED_AT_UTC_TIME = '12:00:00.000';

export const MINUTE_MS = 60_000;

export interface Ctx {
  readonly rng: Random;
  readonly plan: Plan;
  readonly today: string;
  readonly nowMs: number;
  readonly out: PortfolioSnapshot;
  readonly partnershipId: PartnershipId;
  readonly nextId: <B extends string>() => Id<B>;
  readonly vars: Record<string, string>;
  /** One for the whole build: every cadence's rule is expanded and its zone converted many times. */
  readonly cache: ExpansionCache;
}

export interface People {
  readonly us: readonly Stakeholder[];
  readonly partner: readonly Stakeholder[];
  readonly ourSponsor: Stakeholder;
  readonly ourLead: Stakeholder;
  readonly theirSponsor: Stakeholder;
  readonly theirLead: Stakeholder;
}

/** A touchpoint that can lead to decisions and commitments, with how likely each is. */
export interface Conversation {
  readonly touchpoint: Touchpoint;
  readonly decisionChance: number;
  readonly commitmentCounts: readonly number[];
}

export const dayMs = (day: string) => Date.parse(`${day}T00:00:00.000Z`);
export const iso = (ms: number) => new Date(ms).toISOString();
export const maxIso = (a: string, b: string) => (a > b ? a : b);

/** A working-hours instant on `day` (UTC), never after the generation time. */
export function stampOn(ctx: Ctx, day: string): string {
  const ms = dayMs(day) + ctx.rng.int(7 * 60, 17 * 60) * MINUTE_MS + ctx.rng.int(0, 59_999);
  return iso(Math.min(ms, ctx.nowMs));
}

export function after(ctx: Ctx, instant: string, minMinutes: number, maxMinutes: number): string {
  return iso(Math.min(Date.parse(instant) + ctx.rng.int(minMinutes, maxMinutes) * MINUTE_MS, ctx.nowMs));
}

/** The last day activity can happen on. */
export const lastDay = (ctx: Ctx) => minDay(ctx.plan.endDay, ctx.today);

export function logCreate(ctx: Ctx, entity: EntityName, record: { readonly id: string; readonly createdAt: string }, label: string): void {
  ctx.out.activity.push({
    id: ctx.nextId(),
    at: record.createdAt,
    entity,
    entityId: record.id,
    partnershipId: ctx.partnershipId,
    action: 'create',
    description: `Created ${label}`,
  });
}
