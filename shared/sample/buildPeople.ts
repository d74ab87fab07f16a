// Building a partnership record and its people on both sides.
import type { AllianceRole, Partnership, Side, Stakeholder, StakeholderFunction, StakeholderId } from '../domain';
import { addDays, daysBetween } from '../dates';
import type { Random } from './random';
import { maxDay, minDay, slug } from './plan';
import { APPROVAL_AUTHORITY, FIRST_NAMES, LAST_NAMES, OUR_DOMAIN, STAKEHOLDER_NOTES, TITLES } from './vocabulary';
import type { Ctx, People } from './buildContext';
import { lastDay, logCreate, maxIso, stampOn } from './buildContext';

export function addPartnership(ctx: Ctx): void {
  const { plan, rng } = ctx;
  const createdAt = stampOn(ctx, plan.startDay);
  const editedOn =
    plan.status === 'paused' || plan.status === 'ended'
      ? plan.endDay
      : plan.status === 'at risk'
        ? addDays(ctx.today, -rng.int(5, 60))
        : addDays(plan.startDay, rng.int(0, Math.max(0, daysBetween(plan.startDay, ctx.today))));
  const partnership: Partnership = {
    id: ctx.partnershipId,
    createdAt,
    updatedAt: maxIso(createdAt, stampOn(ctx, maxDay(editedOn, plan.startDay))),
    name: plan.name,
    partnerOrg: plan.partnerOrg,
    type: plan.type,
    status: plan.status,
    signedOn: plan.signedOn,
    ...(plan.termEndsOn ? { termEndsOn: plan.termEndsOn } : {}),
    owner: plan.owner,
    tags: [...new Set(plan.tags)],
  };
  ctx.out.partnerships.push(partnership);
  logCreate(ctx, 'partnership', partnership, `partnership “${plan.name}”`);
}

const EXTRA_ROLES: readonly { readonly roles: readonly AllianceRole[]; readonly fn: StakeholderFunction }[] = [
  { roles: ['decision maker'], fn: 'finance' },
  { roles: ['decision maker'], fn: 'legal' },
  { roles: ['influencer'], fn: 'product' },
  { roles: ['influencer', 'contributor'], fn: 'sales' },
  { roles: ['contributor'], fn: 'engineering' },
  { roles: ['contributor'], fn: 'marketing' },
];

/** `wanted` when the plan names the person (those names are reserved up front), else a fresh one. */
function personName(rng: Random, used: Set<string>, wanted?: string): string {
  if (wanted !== undefined) return wanted;
  let name = `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;
  while (used.has(name)) name = `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;
  used.add(name);
  return name;
}

function emailOf(name: string, domain: string): string {
  return `${slug(name).replace(/-/g, '.')}@${domain}`;
}

interface PersonSpec {
  readonly side: Side;
  readonly roles: readonly AllianceRole[];
  readonly fn: StakeholderFunction;
  readonly name?: string;
  readonly title?: string;
}

function addStakeholder(ctx: Ctx, used: Set<string>, spec: PersonSpec): Stakeholder {
  const { rng, plan } = ctx;
  const name = personName(rng, used, spec.name);
  const createdAt = stampOn(ctx, minDay(addDays(plan.startDay, rng.int(0, 10)), lastDay(ctx)));
  const stakeholder: Stakeholder = {
    id: ctx.nextId<'Stakeholder'>() as StakeholderId,
    createdAt,
    updatedAt: createdAt,
    partnershipId: ctx.partnershipId,
    side: spec.side,
    name,
    title: spec.title ?? rng.pick(TITLES[spec.fn]),
    function: spec.fn,
    roles: spec.roles,
    approvalAuthority: spec.roles.includes('sponsor') || spec.roles.includes('decision maker') ? rng.pick(APPROVAL_AUTHORITY) : '',
    contact: emailOf(name, spec.side === 'us' ? OUR_DOMAIN : `${slug(plan.partner)}.example`),
    internalNotes: rng.pick(STAKEHOLDER_NOTES),
  };
  ctx.out.stakeholders.push(stakeholder);
  logCreate(ctx, 'stakeholder', stakeholder, `stakeholder “${name}”`);
  return stakeholder;
}

export function addStakeholders(ctx: Ctx): People {
  const { rng, plan } = ctx;
  const used = new Set([plan.owner, ...[plan.people.ourSponsor, plan.people.theirSponsor, plan.people.theirLead].filter((name) => name !== undefined)]);
  const add = (spec: PersonSpec) => addStakeholder(ctx, used, spec);
  const ourSponsor = add({ side: 'us', roles: ['sponsor'], fn: 'executive', ...(plan.people.ourSponsor ? { name: plan.people.ourSponsor } : {}) });
  const ourLead = add({ side: 'us', roles: ['day-to-day lead'], fn: 'operations', name: plan.owner, title: 'Alliance Manager' });
  const theirSponsor = add({ side: 'partner', roles: plan.people.theirSponsorDecides ? ['sponsor', 'decision maker'] : ['sponsor'], fn: 'executive', ...(plan.people.theirSponsor ? { name: plan.people.theirSponsor } : {}) });
  const theirLead = add({ side: 'partner', roles: ['day-to-day lead'], fn: rng.pick(['operations', 'sales'] as const), ...(plan.people.theirLead ? { name: plan.people.theirLead } : {}) });
  const ourExtras = rng.sample(EXTRA_ROLES, rng.int(1, 3)).map(({ roles, fn }) => add({ side: 'us', roles, fn }));
  const theirExtras = rng.sample(EXTRA_ROLES, rng.int(1, 3)).map(({ roles, fn }) => add({ side: 'partner', roles, fn }));
  return { us: [ourSponsor, ourLead, ...ourExtras], partner: [theirSponsor, theirLead, ...theirExtras], ourSponsor, ourLead, theirSponsor, theirLead };
}
