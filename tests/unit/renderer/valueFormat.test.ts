// The Value tab's and the Portfolio's amounts: the page keeps its formatters, and writes each
// amount exactly as the review and the CLI do (shared moneyText, a formatter made per call).
import { describe, expect, it, vi } from 'vitest';
import { moneyCell } from '@shared/exports/reviewMarkdown';
import { moneyText } from '@shared/exports/reviewValue';
import type { MoneyTotal } from '@shared/value/currency';
import { formatCompactMoney, formatGoalValue, formatMoney, formatMoneyTotal } from '../../../renderer/src/partnership/value/valueFormat';

const AMOUNTS = [0, 1, 999.5, 120_000, 1_234.5, -42.25, 0.004, 9_876_543.21];

describe('formatMoney', () => {
  it('writes every amount as moneyText does, in each currency, and an unknown currency plainly', () => {
    for (const currency of ['USD', 'EUR', 'JPY', 'GBP', 'not a currency']) {
      expect(AMOUNTS.map((amount) => formatMoney(amount, currency))).toEqual(AMOUNTS.map((amount) => moneyText(amount, currency)));
    }
    expect(formatMoney(12.5, 'not a currency')).toBe('not a currency 12.50');
  });

  it('makes no formatter for a currency and precision it has written before', () => {
    formatMoney(10, 'CHF');
    formatMoney(10.5, 'CHF');
    formatGoalValue({ unit: 'count' }, 3);
    const expected = [moneyText(20, 'CHF'), moneyText(20.25, 'CHF'), `${new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 }).format(87.5)}%`];
    const made = vi.spyOn(Intl, 'NumberFormat');
    const written = [formatMoney(20, 'CHF'), formatMoney(20.25, 'CHF'), formatGoalValue({ unit: 'percent' }, 87.5)];
    expect(made).not.toHaveBeenCalled();
    expect(written).toEqual(expected);
  });
});

describe('the roll-up’s amounts', () => {
  const totals: MoneyTotal[] = [
    { amount: 1_234_567, currency: 'USD', count: 3, unconverted: 0, missingRates: [] },
    { amount: 950, currency: 'EUR', count: 1, unconverted: 2, missingRates: [{ from: 'GBP', to: 'EUR', day: '2027-01-14' }] },
    { amount: 0, currency: 'JPY', count: 0, unconverted: 0, missingRates: [] },
  ];

  it('writes a total as the review’s tables do, and short as Intl’s compact notation does', () => {
    for (const total of totals) {
      expect(formatMoneyTotal(total)).toBe(moneyCell(total));
      expect(formatCompactMoney(total)).toBe(new Intl.NumberFormat('en-US', { style: 'currency', currency: total.currency, notation: 'compact', maximumFractionDigits: 1 }).format(total.amount));
    }
    expect(formatCompactMoney(totals[0]!)).toBe('$1.2M');
    // A currency Intl does not know is written in full rather than failing the screen.
    expect(formatCompactMoney({ ...totals[0]!, currency: 'not a currency' })).toBe(moneyCell({ ...totals[0]!, currency: 'not a currency' }));
  });

  it('makes no formatter for a currency it has written before', () => {
    for (const total of totals) formatCompactMoney(total);
    const expected = totals.map((total) => [formatMoneyTotal(total), formatCompactMoney(total)]);
    const made = vi.spyOn(Intl, 'NumberFormat');
    const written = totals.map((total) => [formatMoneyTotal(total), formatCompactMoney(total)]);
    expect(made).not.toHaveBeenCalled();
    expect(written).toEqual(expected);
  });
});
