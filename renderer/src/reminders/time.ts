// When a reminder arrived or comes back, said the way a person reads a clock in the
// user's zone: "Today, 09:00", "Yesterday, 17:30", "Mon 18 Jan, 09:00" in lists, and
// "tomorrow at 09:00" inside a sentence.
import type { DateFormat } from '@shared/dates';
import { addDays, dayInZone, formatDayText } from '@shared/dates';

interface TimeParts {
  /** "Today", "Yesterday", "Tomorrow" or a short date. */
  readonly day: string;
  readonly time: string;
  readonly isNear: boolean;
  readonly isToday: boolean;
}

function safeZone(zone: string): string {
  try {
    new Intl.DateTimeFormat(undefined, { timeZone: zone });
    return zone;
  } catch {
    return 'UTC';
  }
}

function timeParts(iso: string, now: Date, zone: string, format?: DateFormat): TimeParts {
  const tz = safeZone(zone);
  const at = new Date(iso);
  const time = at.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit', timeZone: tz });
  const [day, today] = [dayInZone(at, tz), dayInZone(now, tz)];
  const near = { [today]: 'Today', [addDays(today, -1)]: 'Yesterday', [addDays(today, 1)]: 'Tomorrow' }[day];
  if (near) return { day: near, time, isNear: true, isToday: day === today };
  // With the user's date format (Settings), a farther day is written as every other date is,
  // after its weekday: "Mon, 8 Mar 2027" says at once that a release skips the weekend.
  if (format) {
    const weekday = new Date(`${day}T12:00:00Z`).toLocaleDateString(format.locale || undefined, { weekday: 'short', timeZone: 'UTC' });
    return { day: `${weekday}, ${formatDayText(day, format)}`, time, isNear: false, isToday: false };
  }
  const sameYear = day.slice(0, 4) === today.slice(0, 4);
  const date = at.toLocaleDateString(undefined, { weekday: 'short', day: 'numeric', month: 'short', ...(sameYear ? {} : { year: 'numeric' }), timeZone: tz });
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
