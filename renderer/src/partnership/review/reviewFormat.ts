// Small display helpers shared by the review's sections.
import type { PlannedOccurrenceRow } from '@shared/exports/quarterlyReview';
import { SIDE_COLOURS } from '../health/chartTheme';
import type { DateFormat } from '@shared/dates';
import { formatDayMonthText } from '@shared/dates';

export const REVIEW_COLOURS = {
  planned: '#b8c4d1',
  held: '#22577a',
  onTime: '#2d7a46',
  late: '#c2570c',
  open: '#8a96a6',
  ours: SIDE_COLOURS.ours,
  partner: SIDE_COLOURS.partner,
} as const;

export function percentText(value: number | undefined): string {
  return value === undefined ? '—' : `${value}%`;
}

export function scoreText(value: number | undefined): string {
  return value === undefined ? '—' : value.toFixed(1);
}


export interface MeetingGroup {
  readonly cadenceName: string;
  /** Local days, `yyyy-MM-dd`, in order. */
  readonly days: readonly string[];
  /** "16:00 Europe/Berlin" when every meeting shares it; otherwise each day carries its own time. */
  readonly commonTime?: string;
  readonly times: readonly string[];
}

/** Next quarter's meetings per cadence (first meeting first): a weekly sync is one line, not thirteen. */
export function groupMeetings(occurrences: readonly PlannedOccurrenceRow[]): MeetingGroup[] {
  const groups = new Map<string, PlannedOccurrenceRow[]>();
  for (const o of occurrences) groups.set(o.cadenceName, [...(groups.get(o.cadenceName) ?? []), o]);
  return [...groups.entries()].map(([cadenceName, list]) => {
    const times = list.map((o) => `${o.local.slice(11)} ${o.zone}`);
    const common = times.every((t) => t === times[0]) ? times[0] : undefined;
    return { cadenceName, days: list.map((o) => o.local.slice(0, 10)), times, ...(common ? { commonTime: common } : {}) };
  });
}

/** "5 Jan": a day within a quarter, where the year is already plain, in the user's date format. */
export function shortDay(day: string, format: DateFormat): string {
  return formatDayMonthText(day, format);
}
