import { describe, expect, it } from 'vitest';
import type { Opportunity } from '@shared/domain';
import { missingRatesOf, valueBySource } from '@shared/value/sourceTotals';

type Deal = Pick<Opportunity, 'amount' | 'currency' | 'outcome' | 'sourced' | 'openedOn' | 'closedOn' | 'partnershipId'> & { deletedAt?: string };
const deal = (over: Partial<Deal>): Deal => ({ partnershipId: 'p1', amount: 100, currency: 'USD', outcome: 'open', sourced: 'us', openedOn: '2027-01-10', ...over });
const rates = [{ from: 'EUR', to: 'USD', rate: 2, asOf: '2027-01-01' }];

describe('valueBySource', () => {
  it('gives won this year and open pipeline for each source with deals, then all of them, converted', () => {
    const rows = valueBySource(
      [
        deal({ sourced: 'us', amount: 100 }),
        deal({ sourced: 'partner', amount: 50, currency: 'EUR' }),
        deal({ sourced: 'partner', amount: 300, outcome: 'won', closedOn: '2027-02-15' }),
        deal({ sourced: 'partner', amount: 7, outcome: 'won', closedOn: '2026-12-31' }),
        deal({ sourced: 'joint', amount: 999, deletedAt: '2027-01-11T00:00:00.000Z' }),
      ],
      '2027-05-01',
      'USD',
      rates,
    );
    expect(rows.map((r) => r.source)).toEqual(['us', 'partner', 'all']);
    expect(rows[0]).toMatchObject({ won: { amount: 0 }, open: { amount: 100, count: 1 } });
    expect(rows[1]).toMatchObject({ won: { amount: 300, count: 1 }, open: { amount: 100, count: 1 } });
    expect(rows[2]).toMatchObject({ won: { amount: 300 }, open: { amount: 200, count: 2 } });
  });

  it('has the all row, at zero, when there are no deals', () => {
    expect(valueBySource([], '2027-05-01', 'EUR', [])).toEqual([{ source: 'all', won: expect.objectContaining({ amount: 0, currency: 'EUR' }), open: expect.objectContaining({ amount: 0 }) }]);
  });

  it('leaves a deal without a rate out and says which rate is missing', () => {
    const [all] = valueBySource([deal({ currency: 'JPY', amount: 5 })], '2027-05-01', 'USD', rates);
    expect(all!.open).toMatchObject({ amount: 0, unconverted: 1, missingRates: [{ from: 'JPY', to: 'USD', day: '2027-05-01' }] });
  });
});

describe('missingRatesOf', () => {
  it('names each missing pair once, with the earliest day it was needed for', () => {
    const total = (missing: { from: string; day: string }[]) => ({ amount: 0, currency: 'USD', count: 0, unconverted: missing.length, missingRates: missing.map((m) => ({ ...m, to: 'USD' })) });
    expect(missingRatesOf([total([{ from: 'JPY', day: '2027-03-01' }]), total([{ from: 'JPY', day: '2027-02-01' }, { from: 'EUR', day: '2027-05-01' }])])).toEqual([
      { from: 'EUR', to: 'USD', day: '2027-05-01' },
      { from: 'JPY', to: 'USD', day: '2027-02-01' },
    ]);
  });
});
