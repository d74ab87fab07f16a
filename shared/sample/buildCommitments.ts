// Building the decisions and commitments that follow a conversation, and how each commitment resolved.
import type { Commitment, CommitmentId, CommitmentSource, Decision, DecisionId, IntentVersion, OwedBy, Stakeholder, Touchpoint } from '../domain';
import { addDays, daysBetween } from '../dates';
import { fill, maxDay, minDay, weighted } from './plan';
import type { CommitmentTemplate } from './vocabulary';
import { COMMITMENTS, DECISIONS } from './vocabulary';
import type { Conversation, Ctx, People } from './buildContext';
import { after, lastDay, logCreate, maxIso, stampOn } from './buildContext';

export function followUp(ctx: Ctx, conversation: Conversation, people: People): void {
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

export function addCommitment(ctx: Ctx, people: People, draft: CommitmentDraft): Commitment {
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
export function addGoalCommitments(ctx: Ctx, versions: readonly IntentVersion[], people: People): void {
  for (const version of versions) {
    const goal = version.goals[0];
    if (!version.agreement || !goal) continue;
    const template = { title: `Kick-off plan for “${goal.statement}”`, detail: `Owners, milestones and reporting for ${goal.metric || 'the goal'}: target ${goal.target || 'to be agreed'}.` };
    const createdAt = maxIso(version.createdAt, stampOn(ctx, version.agreement.agreedOn));
    addCommitment(ctx, people, { owedBy: 'joint', template, createdAt, dueOn: addDays(version.agreement.agreedOn, ctx.rng.int(21, 45)), source: 'intent goal', sourceId: version.id });
  }
}

export function addScenarioCommitments(ctx: Ctx, people: People): void {
  for (const extra of ctx.plan.extraCommitments) {
    const dueOn = addDays(ctx.today, extra.dueInDays);
    const createdAt = stampOn(ctx, maxDay(ctx.plan.startDay, addDays(dueOn, -ctx.rng.int(14, 40))));
    addCommitment(ctx, people, { owedBy: extra.owedBy, template: extra, createdAt, dueOn, source: 'manual', sourceId: '', forceOpen: true });
  }
}
