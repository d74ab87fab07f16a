// Issue 12, "How it is verified": the sample portfolio stepped day by day for 400 days, a
// morning and an evening, in three time zones (New York and Sydney change their clocks
// during the run), with a closed weekend and a closed holiday, the simulated user acting
// every morning. Every invariant over everything the pure functions say must hold on every
// step. The generated 10x portfolio runs in timeTravel10x.test.ts.
import { describe, expect, it } from 'vitest';
import { samplePortfolio } from '@shared/sample/portfolioGenerator';
import { brokenInvariants, summaryLine } from './timeTravel/report';
import { RUN_DAYS, RUN_START, ZONES } from './timeTravel/schedule';
import { simulate } from './timeTravel/simulate';

// Minutes, not seconds: the run is a few seconds of CPU per zone, on a machine shared with the rest of the suite.
const RUN_TIMEOUT_MS = 10 * 60_000;

describe('time travel over the sample portfolio', () => {
  const sample = samplePortfolio(RUN_START);

  for (const zone of ZONES) {
    it(`tells the truth on every step of ${RUN_DAYS} days in ${zone}`, () => {
      const report = simulate({ label: `sample, ${zone}`, snapshot: sample, zone, seed: 12, readPath: 'excerpts', reviewEvery: 2 });
      console.info(summaryLine(report));
      // The run exercised real states: meetings held, skipped, moved and left unrecorded, reminders delivered, reviews built.
      for (const status of ['held', 'skipped', 'moves made']) expect(report.outcomes.get(status) ?? 0, status).toBeGreaterThan(0);
      expect((report.outcomes.get('not recorded') ?? 0) + (report.outcomes.get('missed') ?? 0), 'left unrecorded').toBeGreaterThan(0);
      expect(report.delivered).toBeGreaterThan(100);
      expect(report.reviews).toBeGreaterThan(1000);
      expect(brokenInvariants(report)).toEqual([]);
    }, RUN_TIMEOUT_MS);
  }
});
