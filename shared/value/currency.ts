// Amounts keep their own currency; reports convert them to the reporting currency with the
// rates the user entered (never fetched). A conversion uses the latest rate on or before the
// day it is for; the reverse pair's rate, inverted, only when the pair itself has none; and
// says plainly when there is no rate, never assuming 1.
import type { ExchangeRate } from '../domain';

export type Rate = Pick<ExchangeRate, 'from' | 'to' | 'rate' | 'asOf'> & { readonly deletedAt?: string };

export type Conversion =
  | { readonly ok: true; readonly amount: number; readonly currency: string; readonly rate: number; readonly rateAsOf?: string; readonly inverted: boolean }
  | { readonly ok: false; readonly from: string; readonly to: string; readonly day: string; readonly message: string };

/** The live rate of the pair with the latest asOf on or before `day`. */
function latestRate(rates: readonly Rate[], from: string, to: string, day: string): Rate | undefined {
  let best: Rate | undefined;
  for (const r of rates) {
    if (r.deletedAt || r.from !== from || r.to !== to || r.asOf > day) continue;
    if (!best || r.asOf > best.asOf) best = r;
  }
  return best;
}

export function noRateMessage(from: string, to: string, day: string): string {
  return `No ${from} to ${to} exchange rate on or before ${day}: add one in Settings.`;
}

/** `amount` in `from` as `to`, on `day` (yyyy-MM-dd). */
export function convert(amount: number, from: string, to: string, day: string, rates: readonly Rate[]): Conversion {
  if (from === to) return { ok: true, amount, currency: to, rate: 1, inverted: false };
  const direct = latestRate(rates, from, to, day);
  if (direct) return { ok: true, amount: amount * direct.rate, currency: to, rate: direct.rate, rateAsOf: direct.asOf, inverted: false };
  const reverse = latestRate(rates, to, from, day);
  if (reverse) return { ok: true, amount: amount / reverse.rate, currency: to, rate: 1 / reverse.rate, rateAsOf: reverse.asOf, inverted: true };
  return { ok: false, from, to, day, message: noRateMessage(from, to, day) };
}

export interface MissingRate {
  readonly from: string;
  readonly to: string;
  /** The earliest day a rate was needed for. */
  readonly day: string;
}

/** A sum in one currency, and what could not be converted into it (left out of `amount`). */
export interface MoneyTotal {
  readonly amount: number;
  readonly currency: string;
  /** How many amounts were added. */
  readonly count: number;
  /** How many amounts were left out for want of a rate. */
  readonly unconverted: number;
  /** One entry per currency that had no rate, with the earliest day it was needed for. */
  readonly missingRates: readonly MissingRate[];
}

export function emptyTotal(currency: string): MoneyTotal {
  return { amount: 0, currency, count: 0, unconverted: 0, missingRates: [] };
}

/** Adds each item's amount, converted on its own day, into `currency`. */
export function sumConverted(items: readonly { readonly amount: number; readonly currency: string; readonly day: string }[], currency: string, rates: readonly Rate[]): MoneyTotal {
  let amount = 0;
  let count = 0;
  let unconverted = 0;
  const missing = new Map<string, MissingRate>();
  for (const item of items) {
    const converted = convert(item.amount, item.currency, currency, item.day, rates);
    if (converted.ok) {
      amount += converted.amount;
      count += 1;
      continue;
    }
    unconverted += 1;
    const known = missing.get(item.currency);
    if (!known || item.day < known.day) missing.set(item.currency, { from: item.currency, to: currency, day: item.day });
  }
  const missingRates = [...missing.values()].sort((a, b) => a.from.localeCompare(b.from));
  return { amount, currency, count, unconverted, missingRates };
}
