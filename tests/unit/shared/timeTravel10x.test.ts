// Issue 12's time-travel simulation over the generated 10x portfolio (SCALES['10x']: 30
// partnerships, three years of history): the same 400 days, steps and invariants as
// timeTravel.test.ts. Each zone steps a different sixth of the partnerships (every record of
// theirs), reviewed every other evening in turns: the whole portfolio a year long in three
// zones would be minutes of CPU, and the invariants are per partnership, so a sample of
// partnerships with all their history keeps the portfolio's variety at a fifth of the cost.
import { describe, expect, it } from 'vitest';
import { SCALES, generatePortfolio } from '@shared/sample/portfolioGenerator';
import { brokenInvariants, summaryLine } from './timeTravel/report';
import { RUN_DAYS, RUN_START, ZONES } from './timeTravel/schedule';
import { simulate } from './timeTravel/simulate';
import { partnershipsOf } from './timeTravel/subset';

const RUN_TIMEOUT_MS = 10 * 60_000;
const SHARE = 6;

describe('time travel over the generated 10x portfolio', () => {
  const portfolio = generatePortfolio({ ...SCALES['10x'], today: RUN_START });

  ZONES.forEach((zone, z) => {
    it(`tells the truth on every step of ${RUN_DAYS} days in ${zone}`, () => {
      const snapshot = partnershipsOf(portfolio, (i) => i % SHARE === z);
      const report = simulate({ label: `10x (partnerships ${z}, ${z + SHARE}, …), ${zone}`, snapshot, zone, seed: 1012 + z, readPath: 'excerpts', reviewEvery: 2 });
      console.info(summaryLine(report));
      expect(snapshot.partnerships.length).toBe(SCALES['10x'].partnerships / SHARE);
      expect(report.outcomes.get('held') ?? 0).toBeGreaterThan(0);
      expect(report.delivered).toBeGreaterThan(50);
      expect(brokenInvariants(report)).toEqual([]);
    }, RUN_TIMEOUT_MS);
  });
});
