// Seeded plans at benchmark scale (SCALES in portfolioGenerator.ts): partnerships of
// every type, status and region, drawn from one seed so the same options give the same plans.
import type { PartnershipStatus, PartnershipType } from '../domain';
import { STANDARD_DIMENSIONS } from '../domain';
import { addDays, daysBetween } from '../dates';
import type { Random } from './random';
import { createRandom, mixSeed } from './random';
import type { CadenceKey, GenerateOptions, HealthShape, IntentShape, Plan, ScenarioCommitment } from './plan';
import { addYears, fill, maxDay, weighted } from './plan';
import {
  COMMITMENTS,
  ORG_SECTORS,
  ORG_STEMS,
  OUR_OWNERS,
  PARTNERSHIP_NAME_PATTERNS,
  REGIONS,
  TAGS,
} from './vocabulary';

export function randomPlans(options: GenerateOptions): Plan[] {
  const usedOrgs = new Set<string>();
  const plans: Plan[] = [];
  for (let index = 0; index < options.partnerships; index += 1) {
    plans.push(randomPlan(createRandom(mixSeed(options.seed, index, 0x9a4)), index, options, usedOrgs));
  }
  return plans;
}

function regionFor(rng: Random, zone: string | undefined) {
  if (zone === undefined) return rng.pick(REGIONS);
  return REGIONS.find((r) => r.zone === zone) ?? { zone, legalForms: ['Inc.', 'Ltd'], territories: ['Global'] };
}

function uniqueOrg(rng: Random, type: PartnershipType, legalForms: readonly string[], used: Set<string>) {
  for (let attempt = 0; ; attempt += 1) {
    const stem = rng.pick(ORG_STEMS);
    const sector = rng.pick(ORG_SECTORS[type]);
    const partner = attempt < 20 ? stem : `${stem} ${attempt}`;
    const partnerOrg = `${partner} ${sector} ${rng.pick(legalForms)}`;
    if (!used.has(`${partner} ${sector}`)) {
      used.add(`${partner} ${sector}`);
      return { partner, partnerOrg };
    }
  }
}

function randomStatus(rng: Random, spanDays: number): PartnershipStatus {
  if (spanDays < 240) return weighted(rng, { active: 85, 'at risk': 15 });
  return weighted(rng, { active: 68, 'at risk': 12, paused: 8, ended: 12 });
}

function endDayFor(rng: Random, status: PartnershipStatus, startDay: string, today: string): string {
  const span = daysBetween(startDay, today);
  if (status === 'paused') return addDays(today, -rng.int(14, Math.min(120, span - 120)));
  if (status === 'ended') return addDays(today, -rng.int(30, span - 180));
  return today;
}

function termFor(rng: Random, status: PartnershipStatus, signedOn: string, endDay: string, today: string): string | undefined {
  if (status === 'ended') return endDay;
  if (rng.chance(0.08)) return undefined; // evergreen: no fixed term
  if (status !== 'paused' && rng.chance(0.1)) return addDays(today, rng.int(5, 85));
  const years = rng.pick([1, 2, 3]);
  let term = addYears(signedOn, years);
  while (term < today) term = addYears(term, years); // auto-renewed
  return term;
}

function randomCadences(rng: Random, type: PartnershipType): CadenceKey[] {
  const keys: CadenceKey[] = [];
  const ops = rng.next();
  if (ops < 0.18) keys.push('weeklyOps');
  else if (ops < 0.62) keys.push('biweeklyOps');
  if (rng.chance(0.5)) keys.push('steering');
  if (rng.chance(0.6)) keys.push('qbr');
  if (rng.chance(0.22)) keys.push('executive');
  if (rng.chance(type === 'reseller' || type === 'distribution' ? 0.35 : 0.12)) keys.push('partnerUpdate');
  if (keys.length === 0) keys.push('qbr');
  return keys.slice(0, 3);
}

function randomExtras(rng: Random, isLive: boolean): ScenarioCommitment[] {
  if (!isLive) return [];
  return (['us', 'partner'] as const)
    .filter(() => rng.chance(0.15))
    .map((owedBy) => ({ owedBy, dueInDays: -rng.int(2, 35), ...rng.pick(COMMITMENTS[owedBy]) }));
}

function randomPlan(rng: Random, index: number, options: GenerateOptions, usedOrgs: Set<string>): Plan {
  const { today } = options;
  const type = weighted<PartnershipType>(rng, { 'co-sell': 20, technology: 22, reseller: 18, distribution: 12, supplier: 12, 'joint venture': 6, other: 10 });
  const region = regionFor(rng, options.zone);
  const territory = rng.pick(region.territories);
  const { partner, partnerOrg } = uniqueOrg(rng, type, region.legalForms, usedOrgs);
  const historyDays = Math.round(365.25 * options.yearsOfHistory);
  const signedOn = addDays(today, -rng.int(30, historyDays + 365));
  const startDay = maxDay(signedOn, addDays(today, -historyDays));
  const status = randomStatus(rng, daysBetween(startDay, today));
  const endDay = endDayFor(rng, status, startDay, today);
  const isLive = status === 'active' || status === 'at risk';
  const cadences = randomCadences(rng, type);
  const hasFlexible = cadences.includes('executive') || cadences.includes('partnerUpdate');
  const intent = weighted<IntentShape>(rng, { agreed: 77, 'draft after agreed': 18, 'never agreed': 5 });
  const gap = rng.chance(0.15);
  return {
    index,
    name: fill(rng.pick(PARTNERSHIP_NAME_PATTERNS[type]), { partner, territory }),
    partnerOrg,
    partner,
    type,
    status,
    zone: region.zone,
    territory,
    owner: rng.pick(OUR_OWNERS),
    tags: [...rng.sample(TAGS[type], rng.int(1, 2)), territory],
    signedOn,
    termEndsOn: termFor(rng, status, signedOn, endDay, today),
    startDay,
    endDay,
    cadences,
    intent,
    agreedVersions: rng.int(1, intent === 'draft after agreed' ? 2 : 3),
    health: status === 'at risk' && rng.chance(0.5) ? 'dropping' : weighted<HealthShape>(rng, { steady: 68, improving: 20, dropping: 12 }),
    partnerSurveys: gap || rng.chance(0.45),
    ...(gap ? { gapDimension: rng.pick(STANDARD_DIMENSIONS) } : {}),
    missedRecent: isLive && rng.chance(0.12) ? rng.int(1, 3) : 0,
    flexibleOverdue: isLive && hasFlexible && rng.chance(0.3),
    people: {},
    extraCommitments: randomExtras(rng, isLive),
  };
}
