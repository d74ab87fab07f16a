// Display formatting for days and instants, in the user's locale. Days are
// parsed at noon UTC so no time zone moves them to a neighbouring day.
import { differenceInCalendarDays } from 'date-fns';

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function dayToDate(day: string): Date {
  return new Date(`${day}T12:00:00Z`);
}

export function formatDay(day: string | undefined): string {
  if (!day) return '—';
  return dayToDate(day).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

export function formatInstant(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/** "in 12 days", "today", "3 days ago", between two yyyy-MM-dd days. */
export function relativeDays(day: string, today: string): string {
  const diff = differenceInCalendarDays(dayToDate(day), dayToDate(today));
  if (diff === 0) return 'today';
  if (diff === 1) return 'tomorrow';
  if (diff === -1) return 'yesterday';
  return diff > 0 ? `in ${diff} days` : `${-diff} days ago`;
}
