// The Value tab's and the Portfolio's amounts: the page keeps its formatters, and writes each
// amount exactly as the review and the CLI do (shared moneyText, a formatter made per call).
import { describe, expect, it, vi } from 'vitest';
import { moneyText } from '@shared/exports/reviewValue';
import { formatGoalValue, formatMoney } from '../../../renderer/src/partnership/value/valueFormat';

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
