// Building health checks from both sides, roughly quarterly, and the actions they lead to.
import type { DimensionScore, HealthCheck, HealthCheckId, Perspective } from '../domain';
import { STANDARD_DIMENSIONS } from '../domain';
import { addDays } from '../dates';
import { minDay } from './plan';
import { HEALTH_ACTIONS, HEALTH_COMMENTS, HEALTH_NOTES } from './vocabulary';
import type { Ctx, People } from './buildContext';
import { after, lastDay, logCreate, stampOn } from './buildContext';
import { addCommitment } from './buildCommitments';

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

export function addHealthChecks(ctx: Ctx, people: People): void {
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
