import { describe, expect, it } from 'vitest';
import type { Opportunity } from '@shared/domain';
import { openPipeline, totalsBySource, valueByPartnership, wonThisYear } from '@shared/value/pipeline';

type Deal = Pick<Opportunity, 'amount' | 'currency' | 'outcome' | 'sourced' | 'openedOn' | 'closedOn' | 'partnershipId'> & { deletedAt?: string };
const deal = (over: Partial<Deal>): Deal => ({ partnershipId: 'p1', amount: 100, currency: 'USD', outcome: 'open', sourced: 'us', openedOn: '2027-01-10', ...over });
const rates = [{ from: 'EUR', to: 'USD', rate: 2, asOf: '2027-01-01' }];
const Q1 = { first: '2027-01-01', last: '2027-03-31' };

const deals: Deal[] = [
  deal({ sourced: 'us', amount: 100 }),
  deal({ sourced: 'partner', amount: 50, currency: 'EUR', openedOn: '2027-02-01' }),
  deal({ sourced: 'partner', amount: 300, openedOn: '2026-11-01', outcome: 'won', closedOn: '2027-02-15' }),
  deal({ sourced: 'joint', amount: 40, openedOn: '2027-01-20', outcome: 'lost', closedOn: '2027-03-31' }),
  deal({ sourced: 'influenced', amount: 70, openedOn: '2027-04-01' }),
  deal({ sourced: 'us', amount: 999, deletedAt: '2027-01-11T00:00:00.000Z' }),
  deal({ sourced: 'us', amount: 10, currency: 'JPY', openedOn: '2027-03-01' }),
];

describe('totalsBySource', () => {
  it('counts created by opening day, won and lost by closing day, per source and in all, converted', () => {
    const totals = totalsBySource(deals, Q1, 'USD', rates);
    expect(totals.us.created).toMatchObject({ amount: 100, count: 1, unconverted: 1, missingRates: [{ from: 'JPY', to: 'USD', day: '2027-03-01' }] });
    expect(totals.partner.created).toMatchObject({ amount: 100, count: 1 });
    expect(totals.partner.won).toMatchObject({ amount: 300, count: 1 });
    expect(totals.joint.created).toMatchObject({ amount: 40, count: 1 });
    expect(totals.joint.lost).toMatchObject({ amount: 40, count: 1 });
    expect(totals.influenced.created).toMatchObject({ amount: 0, count: 0 });
    expect(totals.all.created).toMatchObject({ amount: 240, count: 3, unconverted: 1 });
    expect(totals.all.won.amount).toBe(300);
  });
});

describe('won this year and open pipeline', () => {
  it('sum won deals closed this year and every open deal at today’s rate', () => {
    expect(wonThisYear(deals, '2027-05-01', 'USD', rates)).toMatchObject({ amount: 300, count: 1 });
    expect(wonThisYear(deals, '2028-01-02', 'USD', rates)).toMatchObject({ amount: 0, count: 0 });
    expect(openPipeline(deals, '2027-05-01', 'USD', rates)).toMatchObject({ amount: 100 + 100 + 70, count: 3, unconverted: 1 });
  });

  it('groups by partnership', () => {
    const byPartnership = valueByPartnership([...deals, deal({ partnershipId: 'p2', outcome: 'won', closedOn: '2027-01-02', amount: 5 })], '2027-05-01', 'USD', rates);
    expect(byPartnership.get('p2')?.wonThisYear.amount).toBe(5);
    expect(byPartnership.get('p1')?.openPipeline.amount).toBe(270);
  });
});
