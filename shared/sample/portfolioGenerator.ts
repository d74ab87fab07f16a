// Deterministic, realistic portfolios: the first-run sample (hand-shaped so the Attention
// screen has something of every kind to show) and seeded portfolios at benchmark scale.
// A partnership is first described as a Plan (who, what, when, which situations to seed);
// the builder then writes its history record by record: the same plan and seed always
// give byte-identical records. Nothing reads the clock: every instant is derived from
// `today`, and no instant is later than `today` at 12:00 UTC (GENERATED_AT_UTC_TIME).
// No record is soft-deleted: the data is meant to be looked at, not to test the trash.
import type { PortfolioSnapshot } from '../domain';
import { isDay } from '../domain';
import { buildPortfolio } from './buildPortfolio';
import type { GenerateOptions } from './plan';
import { randomPlans } from './randomPlans';
import { samplePlans } from './sampleSpecs';

export { GENERATED_AT_UTC_TIME } from './buildContext';
export type { GenerateOptions } from './plan';

/**
 * Benchmark sizes, ≈1k, ≈10k and ≈100k records in total (activity included); the seeds
 * were picked so the totals land near those marks. Pass `today`:
 * `generatePortfolio({ ...SCALES['10x'], today })`.
 */
export const SCALES = {
  '1x': { seed: 8, partnerships: 5, yearsOfHistory: 1.5 },
  '10x': { seed: 10, partnerships: 30, yearsOfHistory: 3 },
  '100x': { seed: 102, partnerships: 200, yearsOfHistory: 5 },
} as const satisfies Record<string, Omit<GenerateOptions, 'today'>>;

const SAMPLE_SEED = 20_240_611;

export function generatePortfolio(options: GenerateOptions): PortfolioSnapshot {
  if (!isDay(options.today)) throw new Error(`today must be a day written yyyy-MM-dd, got "${options.today}"`);
  if (!Number.isInteger(options.partnerships) || options.partnerships < 0) throw new Error('partnerships must be a whole number of at least 0');
  if (!(options.yearsOfHistory > 0 && options.yearsOfHistory <= 30)) throw new Error('yearsOfHistory must be more than 0 and at most 30');
  return buildPortfolio(randomPlans(options), options.seed, options.today);
}

/** The first-run sample: seven hand-shaped partnerships, each seeding a different Attention reason. */
export function samplePortfolio(today: string): PortfolioSnapshot {
  if (!isDay(today)) throw new Error(`today must be a day written yyyy-MM-dd, got "${today}"`);
  return buildPortfolio(samplePlans(today), SAMPLE_SEED, today);
}
