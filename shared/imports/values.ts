// Turning one CSV cell into a field value: our own exporter's formula guard undone,
// list values matched loosely ("Co-Sell", "we", "done"), and dates read by a stated
// rule rather than by `new Date(string)`, whose answer depends on the engine and zone.
import { isDay } from '../domain';

/** The apostrophe Steward's CSV export puts before a formula-looking cell (exports/csv.ts). */
const EXPORT_GUARD = /^'[=+\-@\t\r]/;
const FORMULA_START = /^[=+\-@]/;

/**
 * The cell's text, trimmed, without the single leading `'` our export adds before
 * =, +, -, @, TAB or CR, so an exported file imports back unchanged. Any other text
 * stays literal: Steward never evaluates a cell, and every export guards it again.
 */
export function cleanCell(raw: string): string {
  const trimmed = raw.trim();
  return EXPORT_GUARD.test(trimmed) ? trimmed.slice(1).trim() : trimmed;
}

/** A cell a spreadsheet would run as a formula (stored as plain text here). */
export function looksLikeFormula(value: string): boolean {
  return FORMULA_START.test(value) && !/^[+-]?\d+([.,]\d+)?$/.test(value);
}

function choiceKey(value: string): string {
  return value.trim().toLowerCase().replace(/[\s_\-–]+/g, ' ');
}

/**
 * The list value a cell names: compared ignoring case, spaces, '-' and '_'
 * ("Co_Sell" → "co-sell"), then through the aliases ("we" → "us").
 */
export function matchChoice<T extends string>(value: string, options: readonly T[], aliases: Readonly<Record<string, T>> = {}): T | undefined {
  const key = choiceKey(value);
  return options.find((option) => choiceKey(option) === key) ?? aliases[key];
}

/** How to read a date written with slashes or dots: 03/04/2027 is 3 April (dmy) or March 4 (mdy). */
export type DateOrder = 'dmy' | 'mdy';

const ISO_DAY = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const SLASHED_ISO = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/;
const SLASHED = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/;

const pad = (n: string) => n.padStart(2, '0');

/**
 * A cell as a `yyyy-MM-dd` day, or undefined when it is not a real date. The rule:
 * a year first (2027-03-14, 2027/3/14) is always year-month-day; a year last
 * (14/03/2027, 3.14.2027) follows `order`. Two-digit years and month names are refused.
 */
export function parseImportDay(value: string, order: DateOrder): string | undefined {
  const iso = ISO_DAY.exec(value) ?? SLASHED_ISO.exec(value);
  const slashed = SLASHED.exec(value);
  let day: string | undefined;
  if (iso) day = `${iso[1]}-${pad(iso[2]!)}-${pad(iso[3]!)}`;
  else if (slashed) {
    const [first, second, year] = [slashed[1]!, slashed[2]!, slashed[3]!];
    day = order === 'dmy' ? `${year}-${pad(second)}-${pad(first)}` : `${year}-${pad(first)}-${pad(second)}`;
  }
  return day && isDay(day) ? day : undefined;
}

/** True when a cell is a year-last date, whose meaning depends on the date order. */
export function isYearLastDate(value: string): boolean {
  return SLASHED.test(value);
}

/**
 * The order the file's year-last dates must be in: day first when some first number
 * is above 12, month first when some second one is; day first when nothing tells.
 */
export function guessDateOrder(values: readonly string[]): DateOrder {
  return knownDateOrder(values) ?? 'dmy';
}

/** The order the year-last dates show (a first number above 12 is a day, a second one a month); undefined when none tells, or they disagree. */
export function knownDateOrder(values: readonly string[]): DateOrder | undefined {
  let isDayFirst = false;
  let isMonthFirst = false;
  for (const value of values) {
    const match = SLASHED.exec(value);
    if (!match) continue;
    if (Number(match[1]) > 12) isDayFirst = true;
    if (Number(match[2]) > 12) isMonthFirst = true;
  }
  if (isDayFirst === isMonthFirst) return undefined;
  return isDayFirst ? 'dmy' : 'mdy';
}

/** Tags from one cell: separated by commas or semicolons, blanks dropped. */
export function splitTags(value: string): string[] {
  return value
    .split(/[,;]/)
    .map((tag) => tag.trim())
    .filter(Boolean);
}
