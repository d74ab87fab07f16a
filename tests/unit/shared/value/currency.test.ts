import { describe, expect, it } from 'vitest';
import { convert, sumConverted } from '@shared/value/currency';

const rates = [
  { from: 'EUR', to: 'USD', rate: 1.1, asOf: '2027-01-01' },
  { from: 'EUR', to: 'USD', rate: 1.2, asOf: '2027-04-01' },
  { from: 'EUR', to: 'USD', rate: 9, asOf: '2027-03-01', deletedAt: '2027-03-02T00:00:00.000Z' },
  { from: 'USD', to: 'GBP', rate: 0.8, asOf: '2027-01-01' },
] as const;

describe('convert', () => {
  it('uses the latest rate on or before the day', () => {
    expect(convert(100, 'EUR', 'USD', '2027-03-31', rates)).toMatchObject({ ok: true, rate: 1.1, rateAsOf: '2027-01-01', inverted: false });
    expect((convert(100, 'EUR', 'USD', '2027-03-31', rates) as { amount: number }).amount).toBeCloseTo(110);
    expect((convert(100, 'EUR', 'USD', '2027-04-01', rates) as { amount: number }).amount).toBeCloseTo(120);
  });

  it('inverts the reverse pair only when the pair itself has no rate', () => {
    const gbpToUsd = convert(80, 'GBP', 'USD', '2027-02-01', rates);
    expect(gbpToUsd).toMatchObject({ ok: true, inverted: true, rateAsOf: '2027-01-01' });
    expect((gbpToUsd as { amount: number }).amount).toBeCloseTo(100);
    const both = [...rates, { from: 'USD', to: 'EUR', rate: 0.5, asOf: '2027-02-01' }];
    expect(convert(100, 'EUR', 'USD', '2027-02-15', both)).toMatchObject({ ok: true, rate: 1.1, inverted: false });
  });

  it('says there is no rate, never assuming 1', () => {
    expect(convert(100, 'EUR', 'USD', '2026-12-31', rates)).toEqual({ ok: false, from: 'EUR', to: 'USD', day: '2026-12-31', message: 'No EUR to USD exchange rate on or before 2026-12-31: add one in Settings.' });
    expect(convert(100, 'JPY', 'USD', '2027-05-01', rates).ok).toBe(false);
    expect(convert(100, 'USD', 'USD', '2020-01-01', [])).toMatchObject({ ok: true, amount: 100, rate: 1 });
  });
});

describe('sumConverted', () => {
  it('adds what converts and lists what did not, by currency with the earliest day', () => {
    const total = sumConverted(
      [
        { amount: 100, currency: 'USD', day: '2027-01-05' },
        { amount: 100, currency: 'EUR', day: '2027-04-10' },
        { amount: 50, currency: 'JPY', day: '2027-03-01' },
        { amount: 70, currency: 'JPY', day: '2027-02-01' },
      ],
      'USD',
      rates,
    );
    expect(total.amount).toBeCloseTo(220);
    expect(total).toMatchObject({ currency: 'USD', count: 2, unconverted: 2, missingRates: [{ from: 'JPY', to: 'USD', day: '2027-02-01' }] });
  });
});
