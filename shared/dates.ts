// Calendar-day arithmetic on yyyy-MM-dd strings, independent of the machine's TZ.
import type { ZoneCache } from './timezones';

/** The calendar day an instant falls on in an IANA zone (its formatter kept in `cache` when there is one). */
export function dayInZone(instant: Date, zone: string, cache?: ZoneCache): string {
  return dayWith(dayFormatter(zone, cache), instant);
}

function dayFormatter(zone: string, cache?: ZoneCache): Intl.DateTimeFormat {
  return localeFormatter('en-CA', `day in ${zone}`, { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }, cache);
}

function dayWith(formatter: Intl.DateTimeFormat, instant: Date): string {
  const parts = formatter.formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

const MS_PER_DAY = 86_400_000;

/** The number `day`'s digits from `start` to `end` write, or NaN if one is not a digit. */
function digitsOf(day: string, start: number, end: number): number {
  let value = 0;
  for (let i = start; i < end; i += 1) {
    const digit = day.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return Number.NaN;
    value = value * 10 + digit;
  }
  return value;
}

function dayNumber(day: string): number {
  // A yyyy-MM-dd day read by its digits, without the lists split and map make: a read of the
  // portfolio takes a day difference per commitment and cadence. Anything else as before.
  if (day.length === 10 && day[4] === '-' && day[7] === '-') {
    const ms = Date.UTC(digitsOf(day, 0, 4), digitsOf(day, 5, 7) - 1, digitsOf(day, 8, 10));
    if (!Number.isNaN(ms)) return ms / MS_PER_DAY;
  }
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

export function addDays(day: string, days: number): string {
  return new Date((dayNumber(day) + days) * MS_PER_DAY).toISOString().slice(0, 10);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];


/**
 * How days are written everywhere, on screen and in exports: the user's locale, or one of
 * three fixed styles chosen in Settings. 'd MMM yyyy' is the locale-free "19 Nov 2026".
 */
export const DATE_STYLES = ['locale', 'd MMM yyyy', 'MMM d, yyyy', 'yyyy-MM-dd'] as const;
export type DateStyle = (typeof DATE_STYLES)[number];

/** A style with the locale it resolves against (the locale is used by 'locale' only). */
export interface DateFormat {
  readonly style: DateStyle;
  /** A BCP 47 tag such as 'en-US'; an unknown or empty tag falls back to 'en-GB'. */
  readonly locale: string;
}

/** What pure text used before the setting existed, and still the default when none is given. */
export const TEXT_DATE_FORMAT: DateFormat = { style: 'd MMM yyyy', locale: 'en-GB' };

/**
 * A formatter for this locale (the 'locale' style's, or a fixed one) and these options, kept
 * in the caller's cache when there is one, under `key` (which names the options and zone, and
 * no zone name is): building one costs far more than using it, and a list writes a date per row.
 */
function localeFormatter(locale: string, key: string, options: Intl.DateTimeFormatOptions, cache: ZoneCache | undefined): Intl.DateTimeFormat {
  const id = `${key}\n${locale}`;
  const kept = cache?.formatters.get(id);
  if (kept) return kept;
  const made = new Intl.DateTimeFormat(safeLocale(locale), options);
  cache?.formatters.set(id, made);
  return made;
}

function safeLocale(locale: string): string {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf(locale)[0] ?? 'en-GB';
  } catch {
    return 'en-GB';
  }
}

/**
 * A day in the given format: "19 Nov 2026", "Nov 19, 2026", "2026-11-19", or the locale's
 * short date ("Nov 19, 2026" in en-US, "19 Nov 2026" in en-GB). The day is formatted at
 * noon UTC in UTC, so no zone moves it.
 */
export function formatDayText(day: string, format: DateFormat = TEXT_DATE_FORMAT, cache?: ZoneCache): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  switch (format.style) {
    case 'yyyy-MM-dd':
      return day;
    case 'MMM d, yyyy':
      return `${MONTHS[m - 1]} ${d}, ${y}`;
    case 'locale':
      return localeFormatter(format.locale, 'day text', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }, cache).format(Date.UTC(y, m - 1, d, 12));
    default:
      return `${d} ${MONTHS[m - 1]} ${y}`;
  }
}

/** A day without its year, where the year is plain from context ("5 Jan", "Jan 5", "01-05"), in the format's order. */
export function formatDayMonthText(day: string, format: DateFormat = TEXT_DATE_FORMAT, cache?: ZoneCache): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  switch (format.style) {
    case 'yyyy-MM-dd':
      return day.slice(5);
    case 'MMM d, yyyy':
      return `${MONTHS[m - 1]} ${d}`;
    case 'locale':
      return localeFormatter(format.locale, 'day-month text', { day: 'numeric', month: 'short', timeZone: 'UTC' }, cache).format(Date.UTC(y, m - 1, d, 12));
    default:
      return `${d} ${MONTHS[m - 1]}`;
  }
}

/**
 * An instant as its day in the zone (in the format) and its wall time there: "19 Nov 2026,
 * 14:05"; the 'locale' style writes the time as the locale does ("2:05 PM" in en-US).
 */
export function formatInstantText(instant: string, zone: string, format: DateFormat = TEXT_DATE_FORMAT, cache?: ZoneCache): string {
  const at = new Date(instant);
  if (Number.isNaN(at.getTime())) return instant;
  // With a cache, a list of instants builds its three formatters once, not three per row.
  const time =
    format.style === 'locale'
      ? localeFormatter(format.locale, `time in ${zone}`, { timeZone: zone, hour: 'numeric', minute: '2-digit' }, cache).format(at)
      : localeFormatter('en-GB', `24-hour time in ${zone}`, { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }, cache).format(at);
  return `${formatDayText(dayInZone(at, zone, cache), format, cache)}, ${time}`;
}

/** No day in any zone is longer than 25 hours; the search for the next one looks this far. */
const LONGEST_DAY_MS = 26 * 3_600_000;

/**
 * The first instant after `now` that falls on a later day in the zone: usually the next
 * local midnight, but found by search rather than by building "tomorrow 00:00", because
 * where a DST change happens at midnight that wall time does not exist.
 */
export function nextDayStart(now: Date, zone: string): Date {
  // One formatter for the whole search: building one is the slow part.
  const formatter = dayFormatter(zone);
  const today = dayWith(formatter, now);
  let before = now.getTime();
  let after = before + LONGEST_DAY_MS;
  // Invariant: `before` is still today, `after` is a later day; halve to the millisecond.
  while (after - before > 1) {
    const middle = Math.floor((before + after) / 2);
    if (dayWith(formatter, new Date(middle)) > today) after = middle;
    else before = middle;
  }
  return new Date(after);
}
