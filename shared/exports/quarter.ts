// Calendar quarters written "2027-Q1": parsing, formatting, their day range and
// neighbours. Pure day-string arithmetic, so no answer depends on the machine's TZ.
import { isDay } from '../domain';

export interface Quarter {
  readonly year: number;
  readonly q: 1 | 2 | 3 | 4;
}

export interface DayRange {
  /** First day of the quarter, `yyyy-MM-dd`. */
  readonly first: string;
  /** Last day of the quarter, inclusive. */
  readonly last: string;
}

const QUARTER_PATTERN = /^(\d{4})-Q([1-4])$/;

/** "2027-Q1" (case-insensitive, surrounding spaces ignored) → { year: 2027, q: 1 }; throws otherwise. */
export function parseQuarter(text: string): Quarter {
  const match = QUARTER_PATTERN.exec(text.trim().toUpperCase());
  if (!match) throw new Error(`Expected a quarter written like 2027-Q1, got "${text}".`);
  return { year: Number(match[1]), q: Number(match[2]) as Quarter['q'] };
}

export function formatQuarter(quarter: Quarter): string {
  return `${String(quarter.year).padStart(4, '0')}-Q${quarter.q}`;
}

/** The quarter as text, or a parsed one passed through. */
export function toQuarter(quarter: Quarter | string): Quarter {
  return typeof quarter === 'string' ? parseQuarter(quarter) : quarter;
}

const LAST_DAY = ['03-31', '06-30', '09-30', '12-31'] as const;
const FIRST_DAY = ['01-01', '04-01', '07-01', '10-01'] as const;

export function quarterRange(quarter: Quarter): DayRange {
  const year = String(quarter.year).padStart(4, '0');
  return { first: `${year}-${FIRST_DAY[quarter.q - 1]}`, last: `${year}-${LAST_DAY[quarter.q - 1]}` };
}

export function nextQuarter(quarter: Quarter): Quarter {
  return quarter.q === 4 ? { year: quarter.year + 1, q: 1 } : { year: quarter.year, q: (quarter.q + 1) as Quarter['q'] };
}

export function previousQuarter(quarter: Quarter): Quarter {
  return quarter.q === 1 ? { year: quarter.year - 1, q: 4 } : { year: quarter.year, q: (quarter.q - 1) as Quarter['q'] };
}

/** The quarter a `yyyy-MM-dd` day falls in; throws for anything that is not a real day. */
export function quarterOfDay(day: string): Quarter {
  if (!isDay(day)) throw new Error(`Expected a day written yyyy-MM-dd, got "${day}".`);
  const [year, month] = day.split('-').map(Number) as [number, number];
  return { year, q: (Math.floor((month - 1) / 3) + 1) as Quarter['q'] };
}

/** True when `day` lies in the range, both ends included. */
export function isInRange(day: string, range: DayRange): boolean {
  return day >= range.first && day <= range.last;
}

/** Every quarter from `from` to `to`, both included, oldest first; empty when `to` comes before `from`. */
export function quarterSpan(from: Quarter, to: Quarter): Quarter[] {
  const span: Quarter[] = [];
  for (let q = from; q.year < to.year || (q.year === to.year && q.q <= to.q); q = nextQuarter(q)) span.push(q);
  return span;
}
