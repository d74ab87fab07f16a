// Display formatting for days and instants, in the one format Settings chooses (the user's
// locale by default); the formatting itself is shared/dates.ts, so screens and the text
// built in shared/ agree. Components get these bound to Settings with useDateText.
import { differenceInCalendarDays } from 'date-fns';
import type { DateFormat } from '@shared/dates';
import { formatDayText, formatInstantText } from '@shared/dates';
import { calendarCache } from '../db/calendarCache';

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The browser's (or the desktop app's) language, which the 'locale' date style follows. */
export function systemLocale(): string {
  return globalThis.navigator?.language || 'en-GB';
}

/** The locale's own style, for screens shown before Settings can be read (the recovery screen). */
export function localeDateFormat(): DateFormat {
  return { style: 'locale', locale: systemLocale() };
}

export function formatDay(day: string | undefined, format: DateFormat): string {
  if (!day) return '—';
  return formatDayText(day, format, calendarCache());
}

/** An instant as a day and time in the user's zone. */
export function formatInstant(iso: string, zone: string, format: DateFormat): string {
  return formatInstantText(iso, zone, format, calendarCache());
}

/** Days are parsed at noon UTC so no time zone moves them to a neighbouring day. */
function dayToDate(day: string): Date {
  return new Date(`${day}T12:00:00Z`);
}

/** "in 12 days", "today", "3 days ago", between two yyyy-MM-dd days. */
export function relativeDays(day: string, today: string): string {
  const diff = differenceInCalendarDays(dayToDate(day), dayToDate(today));
  if (diff === 0) return 'today';
  if (diff === 1) return 'tomorrow';
  if (diff === -1) return 'yesterday';
  return diff > 0 ? `in ${diff} days` : `${-diff} days ago`;
}
