// Building a portfolio's records from plans: each partnership's history is written
// record by record from its plan and a seed, so the same plans and seed always give
// byte-identical records. Nothing reads the clock: every instant derives from `today`.
import type {
  AllianceRole,
  Cadence,
  CadenceId,
  Commitment,
  CommitmentId,
  CommitmentSource,
  Decision,
  DecisionId,
  DimensionScore,
  EntityName,
  HealthCheck,
  HealthCheckId,
  Id,
  IntentContent,
  IntentVersion,
  IntentVersionId,
  OccurrenceRecord,
  OwedBy,
  Partnership,
  PartnershipId,
  Perspective,
  PortfolioSnapshot,
  Side,
  Stakeholder,
  StakeholderFunction,
  StakeholderId,
  Touchpoint,
  TouchpointId,
} from '../domain';
import { STANDARD_DIMENSIONS, emptyPortfolioSnapshot } from '../domain';
import { addDays, daysBetween } from '../dates';
import { expandOccurrences, localToUtc, utcToLocal } from '../recurrence';
import type { Random } from './random';
import { createRandom, hex8, mixSeed } from './random';
import type { CadenceKey, Plan } from './plan';
import { fill, maxDay, minDay, slug, weighted } from './plan';
import type { CharterTemplate, CommitmentTemplate } from './vocabulary';
import {
  AD_HOC_TOUCHPOINTS,
  APPROVAL_AUTHORITY,
  CADENCE_TEXT,
  CHARTERS,
  COMMITMENTS,
  DECISIONS,
  FIRST_NAMES,
  HEALTH_ACTIONS,
  HEALTH_COMMENTS,
  HEALTH_NOTES,
  LAST_NAMES,
  MEETING_POINTS,
  MOVE_NOTES,
  OUR_DOMAIN,
  SKIP_NOTES,
  STAKEHOLDER_NOTES,
  TITLES,
  TOUCHPOINT_NOTES,
} from './vocabulary';

/** Every instant generated is at or before this time of day on `today`. */
export const GENERATED_AT_UTC_TIME = '12:00:00.000';

const MINUTE_MS = 60_000;

interface Ctx {
  readonly rng: Random;
  readonly plan: Plan;
  readonly today: string;
  readonly nowMs: number;
  readonly out: PortfolioSnapshot;
  readonly partnershipId: PartnershipId;
  readonly nextId: <B extends string>() => Id<B>;
  readonly vars: Record<string, string>;
}

interface People {
  readonly us: readonly Stakeholder[];
  readonly partner: readonly Stakeholder[];
  readonly ourSponsor: Stakeholder;
  readonly ourLead: Stakeholder;
  readonly theirSponsor: Stakeholder;
  readonly theirLead: Stakeholder;
}

/** A touchpoint that can lead to decisions and commitments, with how likely each is. */
interface Conversation {
  readonly touchpoint: Touchpoint;
  readonly decisionChance: number;
  readonly commitmentCounts: readonly number[];
}

export function buildPortfolio(plans: readonly Plan[], seed: number, today: string): PortfolioSnapshot {
  const out = emptyPortfolioSnapshot();
  const nowMs = Date.parse(`${today}T${GENERATED_AT_UTC_TIME}Z`);
  for (const plan of plans) {
    const nextId = idMaker(seed, plan.index);
    const ctx: Ctx = { rng: createRandom(mixSeed(seed, plan.index, 0xb11d)), plan, today, nowMs, out, nextId, partnershipId: nextId(), vars: {} };
    buildPartnership(ctx);
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

function buildPartnership(ctx: Ctx): void {
  addPartnership(ctx);
  const people = addStakeholders(ctx);
  Object.assign(ctx.vars, { partner: ctx.plan.partner, territory: ctx.plan.territory, ourLead: people.ourLead.name, theirLead: people.theirLead.name });
  const versions = addIntent(ctx, people);
  const conversations = [...addCadences(ctx, people).flatMap((c) => holdCadence(ctx, c)), ...addAdHocTouchpoints(ctx, people)];
  for (const conversation of conversations) followUp(ctx, conversation, people);
  addGoalCommitments(ctx, versions, people);
  addScenarioCommitments(ctx, people);
  addHealthChecks(ctx, people);
}

// Instants -------------------------------------------------------------------------------

const dayMs = (day: string) => Date.parse(`${day}T00:00:00.000Z`);
const iso = (ms: number) => new Date(ms).toISOString();
const maxIso = (a: string, b: string) => (a > b ? a : b);

/** A working-hours instant on `day` (UTC), never after the generation time. */
function stampOn(ctx: Ctx, day: string): string {
  const ms = dayMs(day) + ctx.rng.int(7 * 60, 17 * 60) * MINUTE_MS + ctx.rng.int(0, 59_999);
  return iso(Math.min(ms, ctx.nowMs));
}

function after(ctx: Ctx, instant: string, minMinutes: number, maxMinutes: number): string {
  return iso(Math.min(Date.parse(instant) + ctx.rng.int(minMinutes, maxMinutes) * MINUTE_MS, ctx.nowMs));
}

/** The last day activity can happen on. */
const lastDay = (ctx: Ctx) => minDay(ctx.plan.endDay, ctx.today);

function logCreate(ctx: Ctx, entity: EntityName, record: { readonly id: string; readonly createdAt: string }, label: string): void {
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

// Partnership and people ------------------------------------------------------------------

function addPartnership(ctx: Ctx): void {
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

const EXTRA_ROLES: readonly { readonly role: AllianceRole; readonly fn: StakeholderFunction }[] = [
  { role: 'decision maker', fn: 'finance' },
  { role: 'decision maker', fn: 'legal' },
  { role: 'influencer', fn: 'product' },
  { role: 'influencer', fn: 'sales' },
  { role: 'contributor', fn: 'engineering' },
  { role: 'contributor', fn: 'marketing' },
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
  readonly role: AllianceRole;
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
    role: spec.role,
    approvalAuthority: spec.role === 'sponsor' || spec.role === 'decision maker' ? rng.pick(APPROVAL_AUTHORITY) : '',
    contact: emailOf(name, spec.side === 'us' ? OUR_DOMAIN : `${slug(plan.partner)}.example`),
    internalNotes: rng.pick(STAKEHOLDER_NOTES),
  };
  ctx.out.stakeholders.push(stakeholder);
  logCreate(ctx, 'stakeholder', stakeholder, `stakeholder “${name}”`);
  return stakeholder;
}

function addStakeholders(ctx: Ctx): People {
  const { rng, plan } = ctx;
  const used = new Set([plan.owner, ...Object.values(plan.people).filter((name) => name !== undefined)]);
  const add = (spec: PersonSpec) => addStakeholder(ctx, used, spec);
  const ourSponsor = add({ side: 'us', role: 'sponsor', fn: 'executive', ...(plan.people.ourSponsor ? { name: plan.people.ourSponsor } : {}) });
  const ourLead = add({ side: 'us', role: 'day-to-day lead', fn: 'operations', name: plan.owner, title: 'Alliance Manager' });
  const theirSponsor = add({ side: 'partner', role: 'sponsor', fn: 'executive', ...(plan.people.theirSponsor ? { name: plan.people.theirSponsor } : {}) });
  const theirLead = add({ side: 'partner', role: 'day-to-day lead', fn: rng.pick(['operations', 'sales'] as const), ...(plan.people.theirLead ? { name: plan.people.theirLead } : {}) });
  const ourExtras = rng.sample(EXTRA_ROLES, rng.int(1, 3)).map(({ role, fn }) => add({ side: 'us', role, fn }));
  const theirExtras = rng.sample(EXTRA_ROLES, rng.int(1, 3)).map(({ role, fn }) => add({ side: 'partner', role, fn }));
  return { us: [ourSponsor, ourLead, ...ourExtras], partner: [theirSponsor, theirLead, ...theirExtras], ourSponsor, ourLead, theirSponsor, theirLead };
}

// Intent ----------------------------------------------------------------------------------

/** Choices about the charter made once, so successive versions evolve rather than reshuffle. */
interface CharterPicks {
  readonly goalOrder: readonly number[];
  readonly goalCount: number;
  readonly tradeoffCount: number;
  readonly weights: readonly (readonly [number, number])[];
  readonly notes: readonly string[];
}

function charterPicks(rng: Random, template: CharterTemplate): CharterPicks {
  return {
    goalOrder: rng.shuffle(template.goals.map((_, i) => i)),
    goalCount: rng.int(2, 3),
    tradeoffCount: rng.int(2, template.tradeoffs.length),
    weights: template.tradeoffs.map(() => [rng.int(1, 5), rng.int(1, 5)] as const),
    notes: rng.sample(template.internalNotes, 2),
  };
}

/** The last day of the quarter a year after `day`: when a version's goals fall due. */
function goalDueBy(day: string): string {
  const [y, m] = day.split('-').map(Number) as [number, number];
  const quarterEndMonth = Math.ceil(m / 3) * 3;
  return new Date(Date.UTC(y + 1, quarterEndMonth, 0)).toISOString().slice(0, 10);
}

function charterContent(ctx: Ctx, template: CharterTemplate, picks: CharterPicks, version: number, createdDay: string): IntentContent {
  const v = Math.min(version, 2);
  const goals = picks.goalOrder.slice(0, Math.min(picks.goalCount + version, 4)).map((i) => {
    const goal = template.goals[i] as CharterTemplate['goals'][number];
    return { statement: fill(goal.statement, ctx.vars), metric: fill(goal.metric, ctx.vars), target: goal.targets[v] ?? goal.targets[0], dueBy: goalDueBy(createdDay) };
  });
  const tradeoffs = template.tradeoffs.slice(0, picks.tradeoffCount).map((t, i) => {
    const [weightUs, weightThem] = picks.weights[i] ?? [3, 3];
    const renegotiated = version > 0 && i === 0;
    return { term: t.term, weightUs: renegotiated ? Math.max(1, weightUs - 1) : weightUs, weightThem, agreedPosition: t.positions[renegotiated ? 1 : 0] };
  });
  return {
    purpose: fill(template.purpose, ctx.vars),
    goals,
    valueExchange: {
      weGive: fill(template.valueExchange.weGive, ctx.vars),
      weGet: fill(template.valueExchange.weGet, ctx.vars),
      theyGive: fill(template.valueExchange.theyGive, ctx.vars),
      theyGet: fill(template.valueExchange.theyGet, ctx.vars),
    },
    scope: { inScope: template.inScope.slice(0, 2 + version).map((s) => fill(s, ctx.vars)).join('\n'), outOfScope: fill(template.outOfScope, ctx.vars) },
    tradeoffs,
    nonNegotiables: template.nonNegotiables,
    successCriteria: template.successCriteria,
    exitConditions: template.exitConditions,
    internalNotes: picks.notes.slice(0, 1 + Math.min(version, 1)).join('\n'),
  };
}

interface VersionPlan {
  readonly createdOn: string;
  readonly agreedOn?: string;
}

/** When each version was written and agreed: about a year apart, the draft (if any) recent. */
function versionTimeline(ctx: Ctx): VersionPlan[] {
  const { rng, plan } = ctx;
  const last = addDays(lastDay(ctx), -1);
  const firstDraft = minDay(addDays(plan.startDay, rng.int(0, 5)), lastDay(ctx));
  if (plan.intent === 'never agreed' || firstDraft >= last) return [{ createdOn: firstDraft }];
  const timeline: VersionPlan[] = [];
  let createdOn = firstDraft;
  while (timeline.length < plan.agreedVersions && createdOn < last) {
    const agreedOn = minDay(addDays(createdOn, rng.int(5, 25)), last);
    timeline.push({ createdOn, agreedOn });
    createdOn = addDays(agreedOn, rng.int(300, 420));
  }
  const lastAgreed = timeline[timeline.length - 1]?.agreedOn ?? firstDraft;
  if (plan.intent === 'draft after agreed' && lastAgreed < ctx.today) {
    timeline.push({ createdOn: maxDay(addDays(lastAgreed, 1), addDays(ctx.today, -rng.int(10, 60))) });
  }
  return timeline;
}

function addIntent(ctx: Ctx, people: People): IntentVersion[] {
  const template = CHARTERS[ctx.plan.type];
  const picks = charterPicks(ctx.rng, template);
  const timeline = versionTimeline(ctx);
  const agreedAt = timeline.map((v) => (v.agreedOn ? stampOn(ctx, v.agreedOn) : undefined));
  const lastAgreedIndex = timeline.map((v) => !!v.agreedOn).lastIndexOf(true);
  return timeline.map((v, i) => {
    const createdAt = stampOn(ctx, v.createdOn);
    const status = !v.agreedOn ? 'draft' : i === lastAgreedIndex ? 'agreed' : 'superseded';
    const updatedAt = maxIso(createdAt, (status === 'superseded' ? agreedAt[i + 1] : agreedAt[i]) ?? after(ctx, createdAt, 30, 60 * 24 * 3));
    const version: IntentVersion = {
      id: ctx.nextId<'IntentVersion'>() as IntentVersionId,
      createdAt,
      updatedAt,
      partnershipId: ctx.partnershipId,
      version: i + 1,
      status,
      ...charterContent(ctx, template, picks, i, v.createdOn),
      ...(v.agreedOn ? { agreement: { agreedOn: v.agreedOn, agreedByUs: people.ourSponsor.name, agreedByPartner: people.theirSponsor.name } } : {}),
    };
    ctx.out.intentVersions.push(version);
    logCreate(ctx, 'intent', version, `intent version ${i + 1}`);
    const agreed = agreedAt[i];
    if (agreed) logAgree(ctx, version, maxIso(createdAt, agreed));
    return version;
  });
}

function logAgree(ctx: Ctx, version: IntentVersion, at: string): void {
  const by = version.agreement ? `${version.agreement.agreedByUs} and ${version.agreement.agreedByPartner}` : '';
  ctx.out.activity.push({ id: ctx.nextId(), at, entity: 'intent', entityId: version.id, partnershipId: ctx.partnershipId, action: 'agree', description: `Agreed intent version ${version.version} (${by})` });
}

// Cadences and the touchpoints that follow them ---------------------------------------------

interface CadenceRule {
  readonly rrule: string;
  readonly durationMinutes: number;
  readonly times: readonly string[];
  readonly leadMinutes: number;
  readonly idealIntervalDays?: number;
  readonly maxIntervalDays?: number;
  readonly conversation: Omit<Conversation, 'touchpoint'>;
}

const CADENCE_RULES: Readonly<Record<CadenceKey, CadenceRule>> = {
  weeklyOps: { rrule: 'FREQ=WEEKLY;BYDAY=TU', durationMinutes: 30, times: ['09:00', '10:00', '16:00'], leadMinutes: 30, conversation: { decisionChance: 0.03, commitmentCounts: [0, 0, 0, 0, 0, 1] } },
  biweeklyOps: { rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=WE', durationMinutes: 45, times: ['09:30', '14:00', '15:30'], leadMinutes: 60, conversation: { decisionChance: 0.05, commitmentCounts: [0, 0, 0, 1] } },
  steering: { rrule: 'FREQ=MONTHLY;BYDAY=2TH', durationMinutes: 60, times: ['10:00', '15:00'], leadMinutes: 24 * 60, conversation: { decisionChance: 0.35, commitmentCounts: [0, 1, 1, 2] } },
  qbr: { rrule: 'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15', durationMinutes: 90, times: ['10:00', '13:00'], leadMinutes: 7 * 24 * 60, conversation: { decisionChance: 0.5, commitmentCounts: [1, 2, 2, 3] } },
  executive: { rrule: '', durationMinutes: 30, times: ['08:30', '17:00'], leadMinutes: 24 * 60, idealIntervalDays: 60, maxIntervalDays: 90, conversation: { decisionChance: 0.2, commitmentCounts: [0, 0, 1] } },
  partnerUpdate: { rrule: '', durationMinutes: 15, times: ['11:00'], leadMinutes: 24 * 60, idealIntervalDays: 30, maxIntervalDays: 45, conversation: { decisionChance: 0, commitmentCounts: [0] } },
};

interface LiveCadence {
  readonly cadence: Cadence;
  readonly rule: CadenceRule;
  readonly participants: People;
  readonly missedRecent: number;
}

function participantsFor(key: CadenceKey, people: People): string[] {
  const leads = [people.ourLead.id, people.theirLead.id];
  if (key === 'weeklyOps' || key === 'biweeklyOps') return [...leads, ...[people.us[2], people.partner[2]].flatMap((s) => (s ? [s.id] : []))];
  if (key === 'partnerUpdate') return [people.ourLead.id];
  return [people.ourSponsor.id, people.theirSponsor.id, ...leads];
}

function addCadences(ctx: Ctx, people: People): LiveCadence[] {
  const { rng, plan } = ctx;
  const firstFixed = plan.cadences.find((key) => CADENCE_RULES[key].rrule !== '');
  return plan.cadences.map((key) => {
    const rule = CADENCE_RULES[key];
    const text = CADENCE_TEXT[key];
    const createdAt = stampOn(ctx, minDay(addDays(plan.startDay, rng.int(2, 10)), lastDay(ctx)));
    const isLive = plan.status === 'active' || plan.status === 'at risk';
    const cadence: Cadence = {
      id: ctx.nextId<'Cadence'>() as CadenceId,
      createdAt,
      updatedAt: isLive ? createdAt : maxIso(createdAt, stampOn(ctx, plan.endDay)),
      partnershipId: ctx.partnershipId,
      name: text.name,
      kind: text.kind,
      mode: rule.rrule ? 'fixed' : 'flexible',
      rrule: rule.rrule,
      start: `${addDays(createdAt.slice(0, 10), rng.int(1, 10))}T${rng.pick(rule.times)}`,
      zone: plan.zone,
      durationMinutes: rule.durationMinutes,
      channel: text.channel,
      participantIds: participantsFor(key, people),
      agendaTemplate: text.agenda,
      leadMinutes: rule.leadMinutes,
      ...(rule.idealIntervalDays ? { idealIntervalDays: rule.idealIntervalDays, maxIntervalDays: rule.maxIntervalDays } : {}),
      status: isLive ? 'active' : 'paused',
    };
    ctx.out.cadences.push(cadence);
    logCreate(ctx, 'cadence', cadence, `cadence “${cadence.name}”`);
    return { cadence, rule, participants: people, missedRecent: key === firstFixed ? plan.missedRecent : 0 };
  });
}

function holdCadence(ctx: Ctx, live: LiveCadence): Conversation[] {
  const touchpoints = live.cadence.mode === 'fixed' ? holdFixed(ctx, live) : holdFlexible(ctx, live);
  return touchpoints.map((touchpoint) => ({ touchpoint, ...live.rule.conversation }));
}

/** Past planned instants of a fixed cadence, expanded once over the partnership's life. */
function pastOccurrences(ctx: Ctx, cadence: Cadence): string[] {
  const from = addDays(cadence.start.slice(0, 10), -1);
  const to = addDays(lastDay(ctx), 1);
  if (from >= to) return [];
  const instants = expandOccurrences({ rrule: cadence.rrule, start: cadence.start, zone: cadence.zone }, iso(dayMs(from)), iso(dayMs(to)));
  return instants.filter((instant) => Date.parse(instant) + cadence.durationMinutes * MINUTE_MS <= ctx.nowMs);
}

function holdFixed(ctx: Ctx, live: LiveCadence): Touchpoint[] {
  const { rng } = ctx;
  const instants = pastOccurrences(ctx, live.cadence);
  const held: Touchpoint[] = [];
  instants.forEach((occurrence, i) => {
    if (i >= instants.length - live.missedRecent) return; // missed: nothing recorded, so the app flags it
    const roll = rng.next();
    if (roll < 0.07) return recordOccurrence(ctx, live.cadence, occurrence, { outcome: 'skipped', note: rng.pick(SKIP_NOTES) });
    const movedTo = roll < 0.1 ? moveOccurrence(ctx, live.cadence, occurrence) : undefined;
    const heldAt = movedTo ?? occurrence;
    const touchpoint = Date.parse(heldAt) + live.cadence.durationMinutes * MINUTE_MS <= ctx.nowMs ? meetingTouchpoint(ctx, live, occurrence, heldAt) : undefined;
    if (touchpoint) held.push(touchpoint);
    recordOccurrence(ctx, live.cadence, occurrence, {
      outcome: movedTo ? 'moved' : 'held',
      note: movedTo ? rng.pick(MOVE_NOTES) : '',
      ...(movedTo ? { movedTo } : {}),
      ...(touchpoint ? { touchpointId: touchpoint.id, createdAt: touchpoint.createdAt } : {}),
    });
  });
  return held;
}

/** The same wall-clock time one to three days later, in the cadence's zone. */
function moveOccurrence(ctx: Ctx, cadence: Cadence, occurrence: string): string {
  const local = utcToLocal(occurrence, cadence.zone);
  return localToUtc(`${addDays(local.slice(0, 10), ctx.rng.int(1, 3))}${local.slice(10)}`, cadence.zone);
}

interface OccurrenceFields {
  readonly outcome: OccurrenceRecord['outcome'];
  readonly note: string;
  readonly movedTo?: string;
  readonly touchpointId?: string;
  readonly createdAt?: string;
}

function recordOccurrence(ctx: Ctx, cadence: Cadence, occurrence: string, fields: OccurrenceFields): void {
  // Skips and moves are entered a day or two ahead; a held one with its touchpoint.
  const ahead = iso(Math.min(Date.parse(occurrence) - ctx.rng.int(60, 48 * 60) * MINUTE_MS, ctx.nowMs));
  const createdAt = fields.createdAt ?? maxIso(cadence.createdAt, ahead);
  const { createdAt: _ignored, ...rest } = fields;
  const record: OccurrenceRecord = {
    id: ctx.nextId(),
    createdAt,
    updatedAt: createdAt,
    partnershipId: ctx.partnershipId,
    cadenceId: cadence.id,
    occurrence,
    ...rest,
  };
  ctx.out.occurrences.push(record);
  logCreate(ctx, 'occurrence', record, `${cadence.name} on ${utcToLocal(occurrence, cadence.zone).slice(0, 10)}: ${fields.outcome}`);
}

function summaryFor(ctx: Ctx, kind: Cadence['kind']): string {
  const points = ctx.rng.sample(MEETING_POINTS[kind], ctx.rng.int(1, 3));
  return points.map((p) => fill(p, { ...ctx.vars, n: String(ctx.rng.int(2, 6)) })).join(' ');
}

function attendeesFrom(ctx: Ctx, ids: readonly string[]): string[] {
  if (ids.length <= 2) return [...ids];
  return ids.filter((_, i) => i < 2 || ctx.rng.chance(0.8));
}

function pushTouchpoint(ctx: Ctx, touchpoint: Touchpoint): Touchpoint {
  ctx.out.touchpoints.push(touchpoint);
  logCreate(ctx, 'touchpoint', touchpoint, `touchpoint “${touchpoint.title}”`);
  return touchpoint;
}

function meetingTouchpoint(ctx: Ctx, live: LiveCadence, occurrence: string, heldAt: string): Touchpoint {
  const { cadence } = live;
  const createdAt = after(ctx, iso(Date.parse(heldAt) + cadence.durationMinutes * MINUTE_MS), 5, 240);
  return pushTouchpoint(ctx, {
    id: ctx.nextId<'Touchpoint'>() as TouchpointId,
    createdAt,
    updatedAt: createdAt,
    partnershipId: ctx.partnershipId,
    kind: cadence.kind === 'partner update' ? 'partner update' : 'meeting',
    occurredOn: utcToLocal(heldAt, cadence.zone).slice(0, 10),
    title: cadence.name,
    attendeeIds: attendeesFrom(ctx, cadence.participantIds),
    summary: summaryFor(ctx, cadence.kind),
    internalNotes: ctx.rng.chance(0.1) ? ctx.rng.pick(TOUCHPOINT_NOTES) : '',
    cadenceId: cadence.id,
    occurrence,
  });
}

/** A flexible cadence is "held" every ideal interval or so; overdue plans stop early. */
function holdFlexible(ctx: Ctx, live: LiveCadence): Touchpoint[] {
  const { rng, plan } = ctx;
  const { cadence } = live;
  const ideal = cadence.idealIntervalDays ?? 30;
  const stopOn = plan.flexibleOverdue ? addDays(ctx.today, -((cadence.maxIntervalDays ?? ideal) + rng.int(8, 25))) : lastDay(ctx);
  const held: Touchpoint[] = [];
  for (let day = cadence.start.slice(0, 10); day <= stopOn; day = addDays(day, ideal + rng.int(-7, 10))) {
    const heldAt = localToUtc(`${day}${cadence.start.slice(10)}`, cadence.zone);
    const endMs = Date.parse(heldAt) + cadence.durationMinutes * MINUTE_MS;
    if (endMs > ctx.nowMs) break;
    const createdAt = after(ctx, iso(endMs), 5, 180);
    held.push(
      pushTouchpoint(ctx, {
        id: ctx.nextId<'Touchpoint'>() as TouchpointId,
        createdAt,
        updatedAt: createdAt,
        partnershipId: ctx.partnershipId,
        kind: cadence.kind === 'partner update' ? 'partner update' : 'call',
        occurredOn: day,
        title: cadence.name,
        attendeeIds: [...cadence.participantIds],
        summary: summaryFor(ctx, cadence.kind),
        internalNotes: '',
        cadenceId: cadence.id,
        occurrence: '',
      }),
    );
  }
  return held;
}

const AD_HOC_FOLLOW_UPS: Readonly<Record<'call' | 'email' | 'partner update', Omit<Conversation, 'touchpoint'>>> = {
  call: { decisionChance: 0.06, commitmentCounts: [0, 0, 1] },
  email: { decisionChance: 0, commitmentCounts: [0, 0, 0, 1] },
  'partner update': { decisionChance: 0, commitmentCounts: [0] },
};

function addAdHocTouchpoints(ctx: Ctx, people: People): Conversation[] {
  const { rng } = ctx;
  const conversations: Conversation[] = [];
  for (let day = addDays(ctx.plan.startDay, rng.int(5, 30)); day <= lastDay(ctx); day = addDays(day, rng.int(18, 60))) {
    const template = rng.pick(AD_HOC_TOUCHPOINTS);
    const createdAt = stampOn(ctx, day);
    const touchpoint = pushTouchpoint(ctx, {
      id: ctx.nextId<'Touchpoint'>() as TouchpointId,
      createdAt,
      updatedAt: createdAt,
      partnershipId: ctx.partnershipId,
      kind: template.kind,
      occurredOn: day,
      title: fill(template.title, ctx.vars),
      attendeeIds: template.kind === 'call' ? [people.ourLead.id, people.theirLead.id] : [people.ourLead.id],
      summary: fill(template.summary, ctx.vars),
      internalNotes: '',
      cadenceId: '',
      occurrence: '',
    });
    conversations.push({ touchpoint, ...AD_HOC_FOLLOW_UPS[template.kind] });
  }
  return conversations;
}

// Decisions and commitments -----------------------------------------------------------------

function followUp(ctx: Ctx, conversation: Conversation, people: People): void {
  const { rng } = ctx;
  const { touchpoint } = conversation;
  if (rng.chance(conversation.decisionChance)) addDecision(ctx, touchpoint);
  const count = rng.pick(conversation.commitmentCounts);
  for (let i = 0; i < count; i += 1) {
    const owedBy = weighted<OwedBy>(rng, { us: 45, partner: 40, joint: 15 });
    const template = rng.pick(COMMITMENTS[owedBy]);
    addCommitment(ctx, people, { owedBy, template, createdAt: after(ctx, touchpoint.createdAt, 1, 10), dueOn: addDays(touchpoint.occurredOn, rng.int(5, 40)), source: 'touchpoint', sourceId: touchpoint.id });
  }
}

function addDecision(ctx: Ctx, touchpoint: Touchpoint): void {
  const template = ctx.rng.pick(DECISIONS);
  const createdAt = after(ctx, touchpoint.createdAt, 1, 20);
  const decision: Decision = {
    id: ctx.nextId<'Decision'>() as DecisionId,
    createdAt,
    updatedAt: createdAt,
    partnershipId: ctx.partnershipId,
    decidedOn: touchpoint.occurredOn,
    statement: template.statement,
    rationale: template.rationale,
    touchpointId: touchpoint.id,
  };
  ctx.out.decisions.push(decision);
  logCreate(ctx, 'decision', decision, `decision “${decision.statement}”`);
}

interface CommitmentDraft {
  readonly owedBy: OwedBy;
  readonly template: CommitmentTemplate;
  readonly createdAt: string;
  readonly dueOn: string;
  readonly source: CommitmentSource;
  readonly sourceId: string;
  /** Scenario commitments stay open whatever the odds say. */
  readonly forceOpen?: boolean;
}

function ownerFor(ctx: Ctx, people: People, owedBy: OwedBy): Stakeholder {
  if (owedBy === 'joint') return people.ourLead;
  const side = owedBy === 'us' ? people.us : people.partner;
  return ctx.rng.chance(0.6) ? (side[1] as Stakeholder) : ctx.rng.pick(side);
}

interface Resolution {
  readonly status: Commitment['status'];
  readonly doneOn?: string;
  /** The day of the last change (done or dropped), if any. */
  readonly changedOn?: string;
}

/** Mostly done (a third of those late), some dropped, and a few still open past their due date. */
function resolveCommitment(ctx: Ctx, createdOn: string, dueOn: string): Resolution {
  const { rng, today } = ctx;
  const last = lastDay(ctx);
  const isLive = ctx.plan.status === 'active' || ctx.plan.status === 'at risk';
  const between = (from: string, to: string) => (to <= from ? from : addDays(from, rng.int(0, daysBetween(from, to))));
  if (dueOn >= today && isLive) {
    if (!rng.chance(0.15) || createdOn >= today) return { status: 'open' };
    const doneOn = between(createdOn, today);
    return { status: 'done', doneOn, changedOn: doneOn };
  }
  const isRecent = daysBetween(dueOn, today) <= 120;
  const roll = rng.next();
  const openShare = !isLive ? 0 : isRecent ? 0.14 : 0.015;
  if (roll < openShare) return { status: 'open' };
  if (roll < openShare + 0.07 || createdOn > last) return { status: 'dropped', changedOn: between(createdOn, minDay(addDays(dueOn, 20), last)) };
  const lateness = rng.chance(0.3) ? rng.int(1, 25) : -rng.int(0, 10);
  const doneOn = minDay(maxDay(addDays(dueOn, lateness), createdOn), last);
  return { status: 'done', doneOn, changedOn: doneOn };
}

function addCommitment(ctx: Ctx, people: People, draft: CommitmentDraft): Commitment {
  const createdOn = draft.createdAt.slice(0, 10);
  const resolution = draft.forceOpen ? { status: 'open' as const } : resolveCommitment(ctx, createdOn, draft.dueOn);
  const commitment: Commitment = {
    id: ctx.nextId<'Commitment'>() as CommitmentId,
    createdAt: draft.createdAt,
    updatedAt: resolution.changedOn ? maxIso(draft.createdAt, stampOn(ctx, resolution.changedOn)) : draft.createdAt,
    partnershipId: ctx.partnershipId,
    title: fill(draft.template.title, ctx.vars),
    detail: fill(draft.template.detail, ctx.vars),
    owedBy: draft.owedBy,
    ownerId: ownerFor(ctx, people, draft.owedBy).id,
    dueOn: draft.dueOn,
    status: resolution.status,
    ...(resolution.doneOn ? { doneOn: resolution.doneOn } : {}),
    source: draft.source,
    sourceId: draft.sourceId,
  };
  ctx.out.commitments.push(commitment);
  logCreate(ctx, 'commitment', commitment, `commitment “${commitment.title}”`);
  return commitment;
}

/** Each agreed version starts with one joint commitment toward its first goal. */
function addGoalCommitments(ctx: Ctx, versions: readonly IntentVersion[], people: People): void {
  for (const version of versions) {
    const goal = version.goals[0];
    if (!version.agreement || !goal) continue;
    const template = { title: `Kick-off plan for “${goal.statement}”`, detail: `Owners, milestones and reporting for ${goal.metric || 'the goal'}: target ${goal.target || 'to be agreed'}.` };
    const createdAt = maxIso(version.createdAt, stampOn(ctx, version.agreement.agreedOn));
    addCommitment(ctx, people, { owedBy: 'joint', template, createdAt, dueOn: addDays(version.agreement.agreedOn, ctx.rng.int(21, 45)), source: 'intent goal', sourceId: version.id });
  }
}

function addScenarioCommitments(ctx: Ctx, people: People): void {
  for (const extra of ctx.plan.extraCommitments) {
    const dueOn = addDays(ctx.today, extra.dueInDays);
    const createdAt = stampOn(ctx, maxDay(ctx.plan.startDay, addDays(dueOn, -ctx.rng.int(14, 40))));
    addCommitment(ctx, people, { owedBy: extra.owedBy, template: extra, createdAt, dueOn, source: 'manual', sourceId: '', forceOpen: true });
  }
}

// Health ------------------------------------------------------------------------------------

/** Our checks, roughly quarterly from six weeks after the start. */
function ourCheckDays(ctx: Ctx): string[] {
  const days: string[] = [];
  for (let day = addDays(ctx.plan.startDay, ctx.rng.int(30, 60)); day <= lastDay(ctx); day = addDays(day, 91 + ctx.rng.int(-10, 10))) days.push(day);
  return days;
}

const clampScore = (value: number) => Math.min(5, Math.max(1, Math.round(value)));

function ourScores(ctx: Ctx, base: readonly number[], index: number, total: number, previous: readonly number[] | undefined): number[] {
  const { health } = ctx.plan;
  const isLatest = index === total - 1;
  if (health === 'dropping' && isLatest && previous) {
    const steep = new Set([3, ctx.rng.int(0, 2)]); // execution and one more drop by two
    return previous.map((score, d) => Math.max(1, score - (steep.has(d) ? 2 : 1)));
  }
  const trend = health === 'improving' ? Math.min(1, index * 0.12) - 0.4 : 0;
  const scores = base.map((b) => clampScore(b + trend + (ctx.rng.next() - 0.5)));
  // The check before a drop is a good one, so the drop is plain to see.
  return health === 'dropping' && index === total - 2 ? scores.map((s) => Math.max(3, s)) : scores;
}

/** The partner scores a little lower than we do; a planned gap differs by two on one dimension. */
function partnerScores(ctx: Ctx, ours: readonly number[], withGap: boolean): number[] {
  return ours.map((score, d) => {
    if (withGap && STANDARD_DIMENSIONS[d] === ctx.plan.gapDimension) return score >= 3 ? score - 2 : score + 2;
    return clampScore(score - 0.3 + (ctx.rng.next() - 0.5) * 1.2);
  });
}

function scoreRows(scores: readonly number[]): DimensionScore[] {
  return scores.map((score, d) => {
    const dimension = STANDARD_DIMENSIONS[d] as string;
    const comments = HEALTH_COMMENTS[dimension] ?? ['', '', ''];
    return { dimension, score, comment: comments[score <= 2 ? 0 : score === 3 ? 1 : 2] };
  });
}

function addHealthCheck(ctx: Ctx, assessedOn: string, perspective: Perspective, respondent: string, scores: readonly number[]): HealthCheck {
  const createdAt = stampOn(ctx, assessedOn);
  const check: HealthCheck = {
    id: ctx.nextId<'HealthCheck'>() as HealthCheckId,
    createdAt,
    updatedAt: createdAt,
    partnershipId: ctx.partnershipId,
    assessedOn,
    perspective,
    respondent,
    scores: scoreRows(scores),
    internalNotes: ctx.rng.pick(HEALTH_NOTES),
  };
  ctx.out.healthChecks.push(check);
  logCreate(ctx, 'health check', check, `health check (${perspective === 'ours' ? 'our view' : 'partner view'}) on ${assessedOn}`);
  return check;
}

function addHealthAction(ctx: Ctx, people: People, check: HealthCheck): void {
  const weakest = [...check.scores].sort((a, b) => a.score - b.score)[0];
  const template = weakest ? HEALTH_ACTIONS[weakest.dimension] : undefined;
  if (!weakest || !template || weakest.score > 2 || !ctx.rng.chance(0.6)) return;
  const dueOn = addDays(check.assessedOn, ctx.rng.int(10, 30));
  addCommitment(ctx, people, { owedBy: 'us', template, createdAt: after(ctx, check.createdAt, 5, 60), dueOn, source: 'health check action', sourceId: check.id });
}

function addHealthChecks(ctx: Ctx, people: People): void {
  const { rng, plan } = ctx;
  const days = ourCheckDays(ctx);
  const base = STANDARD_DIMENSIONS.map(() => 3 + rng.next() * 1.6);
  let previous: number[] | undefined;
  days.forEach((day, i) => {
    const scores = ourScores(ctx, base, i, days.length, previous);
    previous = scores;
    const check = addHealthCheck(ctx, day, 'ours', people.ourLead.name, scores);
    addHealthAction(ctx, people, check);
    // The partner answers every other survey, and always the latest, so the latest pair of
    // checks compares like with like: a gap shows only where the plan puts one.
    const isLatest = i === days.length - 1;
    if (!plan.partnerSurveys || !(isLatest || i % 2 === 1)) return;
    const surveyDay = addDays(day, rng.int(3, 10));
    if (surveyDay > lastDay(ctx) && !isLatest) return;
    const withGap = isLatest && plan.gapDimension !== undefined;
    addHealthCheck(ctx, minDay(surveyDay, lastDay(ctx)), 'partner', people.theirLead.name, partnerScores(ctx, scores, withGap));
  });
}
