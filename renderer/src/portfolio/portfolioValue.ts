// The value figures the Portfolio sorts by: each partnership's won this year and open pipeline
// as plain numbers in the reporting currency (what could not be converted is left out).
import type { PartnershipFigures } from '@shared/portfolio';
import type { PortfolioValue } from './usePortfolio';

export function figuresOf(value: PortfolioValue | undefined): ReadonlyMap<string, PartnershipFigures> {
  if (!value) return new Map();
  return new Map([...value.values].map(([id, v]) => [id, { won: v.wonThisYear.amount, pipeline: v.openPipeline.amount }]));
}
