// How value figures read on screen: a goal's value in its unit, an amount in its currency.
import type { Goal } from '@shared/domain';
import type { MoneyFormats } from '@shared/exports/reviewValue';
import { moneyText } from '@shared/exports/reviewValue';
import { moneyCell } from '@shared/exports/reviewMarkdown';
import type { MoneyTotal } from '@shared/value/currency';

// The page's formatters, made on first use: a Portfolio with its value columns, or the roll-up,
// writes amounts on every row, and making a formatter costs far more than using it.
const MONEY_FORMATS: MoneyFormats = new Map();
const COMPACT_FORMATS = new Map<string, Intl.NumberFormat>();
let plainNumbers: Intl.NumberFormat | undefined;

/** "$1,200,000", "88%", "12": a goal's value in its unit (a plain number when it has none). */
export function formatGoalValue(goal: Pick<Goal, 'unit' | 'currency'>, value: number): string {
  if (goal.unit === 'currency' && goal.currency) return formatMoney(value, goal.currency);
  plainNumbers ??= new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });
  const text = plainNumbers.format(value);
  return goal.unit === 'percent' ? `${text}%` : text;
}

/**
 * An amount in its currency, without cents for whole amounts: the review's and the CLI's words
 * (shared moneyText), so the Value tab, the review and its exports write one amount one way.
 */
export function formatMoney(amount: number, currency: string): string {
  return moneyText(amount, currency, MONEY_FORMATS);
}

/** A total as the review's tables write it: its amount, and how many amounts had no rate ("$1,200 (+2 without a rate)"). */
export function formatMoneyTotal(total: MoneyTotal): string {
  return moneyCell(total, MONEY_FORMATS);
}

/** A short amount ("$1.2M") for narrow columns; a currency Intl does not know is written in full. */
export function formatCompactMoney(total: MoneyTotal): string {
  try {
    let made = COMPACT_FORMATS.get(total.currency);
    if (!made) {
      made = new Intl.NumberFormat('en-US', { style: 'currency', currency: total.currency, notation: 'compact', maximumFractionDigits: 1 });
      COMPACT_FORMATS.set(total.currency, made);
    }
    return made.format(total.amount);
  } catch {
    return formatMoneyTotal(total);
  }
}
