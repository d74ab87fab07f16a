// When a reminder arrived or comes back, said the way a person reads a clock in the
// user's zone: "Today, 09:00", "Yesterday, 17:30", "Mon 18 Jan, 09:00" in lists, and
// "tomorrow at 09:00" inside a sentence.
import type { DateFormat } from '@shared/dates';
import { addDays, formatDayText } from '@shared/dates';
import { calendarCache } from '../../db/calendarCache';

interface TimeParts {
  /** "Today", "Yesterday", "Tomorrow" or a short date. */
  readonly day: string;
  readonly time: string;
  readonly isNear: boolean;
  readonly isToday: boolean;
}

/**
 * A formatter kept in the page's zone cache under `key`: a list writes a time per row, and
 * building a formatter costs far more than using one.
 */
function kept(key: string, make: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  const { formatters } = calendarCache();
  const known = formatters.get(key);
  if (known) return known;
  const made = make();
  formatters.set(key, made);
  return made;
}

function safeZone(zone: string): string {
  try {
    kept(`reminder day\n${zone}`, () => new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }));
    return zone;
  } catch {
    return 'UTC';
  }
}

/** The day of an instant in the zone, yyyy-MM-dd (as dayInZone gives it). */
function dayIn(at: Date, tz: string): string {
  const parts = kept(`reminder day\n${tz}`, () => new Intl.DateTimeFormat('en-CA', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit' })).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

function timeParts(iso: string, now: Date, zone: string, format?: DateFormat): TimeParts {
  const tz = safeZone(zone);
  const at = new Date(iso);
  const time = kept(`reminder time\n${tz}`, () => new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', timeZone: tz })).format(at);
  const [day, today] = [dayIn(at, tz), dayIn(now, tz)];
  const near = { [today]: 'Today', [addDays(today, -1)]: 'Yesterday', [addDays(today, 1)]: 'Tomorrow' }[day];
  if (near) return { day: near, time, isNear: true, isToday: day === today };
  // With the user's date format (Settings), a farther day is written as every other date is,
  // after its weekday: "Mon, 8 Mar 2027" says at once that a release skips the weekend.
  if (format) {
    const weekday = kept(`reminder weekday\n${format.locale}`, () => new Intl.DateTimeFormat(format.locale || undefined, { weekday: 'short', timeZone: 'UTC' })).format(new Date(`${day}T12:00:00Z`));
    return { day: `${weekday}, ${formatDayText(day, format, calendarCache())}`, time, isNear: false, isToday: false };
  }
  const sameYear = day.slice(0, 4) === today.slice(0, 4);
  const date = kept(`reminder date\n${tz}\n${sameYear}`, () => new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', ...(sameYear ? {} : { year: 'numeric' }), timeZone: tz })).format(at);
  return { day: date, time, isNear: false, isToday: false };
}

/** For lists: "Today, 09:00", "Mon 18 Jan, 09:00". */
export function formatReminderTime(iso: string, now: Date, zone: string, format?: DateFormat): string {
  const { day, time } = timeParts(iso, now, zone, format);
  return `${day}, ${time}`;
}

/** Inside a sentence: "at 09:00" today, "tomorrow at 09:00", "on Mon 18 Jan at 09:00". */
export function phraseReminderTime(iso: string, now: Date, zone: string, format?: DateFormat): string {
  const { day, time, isNear, isToday } = timeParts(iso, now, zone, format);
  if (isToday) return `at ${time}`;
  return isNear ? `${day.toLowerCase()} at ${time}` : `on ${day} at ${time}`;
}

/** After "until": "10:00" today, "tomorrow at 09:00", "Mon 8 Mar at 09:00". */
export function phraseUntil(iso: string, now: Date, zone: string, format?: DateFormat): string {
  return phraseReminderTime(iso, now, zone, format).replace(/^(at|on) /, '');
}
