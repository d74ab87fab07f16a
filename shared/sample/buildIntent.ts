// Building a partnership's intent: charter versions that evolve, agreed about a year apart.
import type { Goal, IntentContent, IntentVersion, IntentVersionId } from '../domain';
import { addDays } from '../dates';
import type { Random } from './random';
import { fill, maxDay, minDay } from './plan';
import type { CharterTemplate } from './vocabulary';
import { CHARTERS } from './vocabulary';
import type { Ctx, People } from './buildContext';
import { after, lastDay, logCreate, maxIso, stampOn } from './buildContext';

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
    const target = goal.targets[v] ?? goal.targets[0];
    // The template's place is the goal's identity: the same goal in every version (schema version 9).
    const id = `${ctx.partnershipId}.goal${i}`;
    return { id, statement: fill(goal.statement, ctx.vars), metric: fill(goal.metric, ctx.vars), target, dueBy: goalDueBy(createdDay), ...measurableTarget(goal.metric, target) };
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

/** The numbers behind a target written in words ("$2.5M", "20 deals", "88%", "3 days"); none for "GA on both marketplaces". */
export function measurableTarget(metric: string, target: string): Partial<Goal> {
  const match = /^([$€£]?)(\d+(?:\.\d+)?)([kM%]?)(?:\s|$)/.exec(target.trim());
  if (!match) return {};
  const [, symbol, digits, suffix] = match as unknown as [string, string, string, string];
  const targetValue = Number(digits) * (suffix === 'k' ? 1_000 : suffix === 'M' ? 1_000_000 : 1);
  const currency = symbol === '$' ? 'USD' : symbol === '€' ? 'EUR' : symbol === '£' ? 'GBP' : '';
  const unit = currency ? 'currency' : suffix === '%' ? 'percent' : /^\d+ [a-z]/i.test(target.trim()) || /\bdeals?\b|count|number/i.test(metric) ? 'count' : 'number';
  // Fewer days is better ("Median days from registration to acceptance").
  const direction = /\bdays\b/i.test(metric) ? 'lower' : 'higher';
  const baseline = direction === 'lower' ? targetValue * 3 : unit === 'percent' ? Math.max(0, targetValue - 15) : 0;
  return { unit, ...(currency ? { currency } : {}), direction, baseline, targetValue, measureEveryDays: 30 };
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

export function addIntent(ctx: Ctx, people: People): IntentVersion[] {
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
