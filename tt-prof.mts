import { samplePortfolio } from './shared/sample/portfolioGenerator';
import { summaryLine } from './tests/unit/shared/timeTravel/report';
import { RUN_START } from './tests/unit/shared/timeTravel/schedule';
import { simulate } from './tests/unit/shared/timeTravel/simulate';
const sample = samplePortfolio(RUN_START);
const t0 = performance.now();
const report = simulate({ label: 'sample', snapshot: sample, zone: 'America/New_York', seed: 12, readPath: 'excerpts', reviewEvery: 2 });
console.log(summaryLine(report), ((performance.now() - t0) / 1000).toFixed(1), 's');
