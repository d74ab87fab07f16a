// The page's one ExpansionCache (shared/recurrence.ts): rule expansions and zone conversions
// remembered for the life of the page, shared by the screens, the reminder planner and the
// excerpts' builder. Its entries are functions of their keys alone, so one cache serves any
// database the page opens; shared/ keeps no such state itself.
import type { ExpansionCache } from '@shared/recurrence';
import { createExpansionCache } from '@shared/recurrence';

let current = createExpansionCache();

/** The page's cache: pass it to the shared functions that take one. */
export function calendarCache(): ExpansionCache {
  return current;
}

/**
 * Starts an empty one, as a fresh start of the app would (the benchmark's cold runs), but
 * keeps the Intl formatters (one per zone, built on the page's first date either way): the
 * benchmark's cold figures measure expansions and answers, as they did when the formatters
 * lived in shared/ and were never cleared.
 */
export function forgetCalendarCache(): void {
  current = { ...createExpansionCache(), formatters: current.formatters };
}
