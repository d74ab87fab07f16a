// The user's wall clock for reminders: when a day-based reminder fires, whether an
// instant falls in quiet hours (and when they end), and where a snooze lands. Every
// conversion goes through Intl in the settings' zone, never the machine's TZ.
import type { Weekday } from '../domain';
import { addDays } from '../dates';
import { assertTimeZone, localToUtc, parseInstant, utcToLocal } from '../timezones';

/** The settings the planner reads; a stored `Settings` row fits as it is. */
export interface ReminderSettings {
  readonly timeZone: string;
  readonly workingDays: readonly Weekday[];
  /** HH:MM: day-based reminders fire at this local time. */
  readonly workdayStart: string;
  readonly quietHoursEnabled: boolean;
  /** HH:MM; a start after the end spans midnight; equal start and end means no quiet hours. */
  readonly quietStart: string;
  readonly quietEnd: string;
  /** Lead for a cadence that somehow has none of its own. */
  readonly cadenceLeadMinutes: number;
  readonly commitmentLeadDays: number;
  readonly healthCheckIntervalDays: number;
  readonly mutedPartnershipIds?: readonly string[];
}

export type SnoozeOption = '1h' | 'tomorrow' | 'next week' | { readonly custom: string };

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
const JS_WEEKDAYS: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

export function toIso(ms: number): string {
  return new Date(ms).toISOString();
}

/** Epoch ms of an ISO instant, or undefined for a missing or malformed one. */
export function instantOrUndefined(value: string | undefined): number | undefined {
  if (!value) return undefined;
  try {
    return parseInstant(value);
  } catch {
    return undefined;
  }
}

/** The same settings, in UTC when the stored zone is unknown: a bad zone must not stop every reminder. */
export function withKnownZone<S extends ReminderSettings>(settings: S): S {
  try {
    assertTimeZone(settings.timeZone);
    return settings;
  } catch {
    return { ...settings, timeZone: 'UTC' };
  }
}

/** `yyyy-MM-ddTHH:mm` on the wall clock in `zone`. */
export function wallClock(ms: number, zone: string): string {
  return utcToLocal(toIso(ms), zone);
}

export function localDay(ms: number, zone: string): string {
  return wallClock(ms, zone).slice(0, 10);
}

// Every heartbeat asks for the same few thousand days (each commitment's due day...) and
// each answer costs a few Intl calls: remember them. Same input, same output.
const DAYS_KEPT = 5000;
const dayInstants = new Map<string, number>();

/** The instant a local day and HH:MM mean in `zone` (a time skipped by DST lands just after the gap). */
export function dayAt(day: string, hhmm: string, zone: string): number {
  const key = `${zone}|${day}T${hhmm}`;
  const known = dayInstants.get(key);
  if (known !== undefined) return known;
  const ms = parseInstant(localToUtc(`${day}T${hhmm}`, zone));
  if (dayInstants.size >= DAYS_KEPT) dayInstants.delete(dayInstants.keys().next().value ?? '');
  dayInstants.set(key, ms);
  return ms;
}

/** When a day-based reminder for `day` fires: the start of the working day, not midnight. */
export function workdayStartOn(day: string, settings: ReminderSettings): number {
  return dayAt(day, settings.workdayStart, settings.timeZone);
}

function weekdayOf(day: string): Weekday {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return JS_WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()] ?? 'mon';
}

function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

interface QuietSpell {
  readonly start: number;
  readonly end: number;
  /** Minutes since local midnight at the instant asked about. */
  readonly at: number;
  readonly day: string;
}

/** The quiet-hours spell an instant falls in, or undefined when it is not quiet time. */
function quietSpell(ms: number, settings: ReminderSettings): QuietSpell | undefined {
  if (!settings.quietHoursEnabled) return undefined;
  const [start, end] = [minutesOf(settings.quietStart), minutesOf(settings.quietEnd)];
  if (start === end) return undefined;
  const wall = wallClock(ms, settings.timeZone);
  const at = minutesOf(wall.slice(11));
  const isQuiet = start < end ? at >= start && at < end : at >= start || at < end;
  return isQuiet ? { start, end, at, day: wall.slice(0, 10) } : undefined;
}

export function isQuietAt(ms: number, settings: ReminderSettings): boolean {
  return quietSpell(ms, settings) !== undefined;
}

/** Whether `now` (ISO) falls in the user's quiet hours, in the settings' zone. */
export function isQuietTime(now: string, settings: ReminderSettings): boolean {
  return isQuietAt(parseInstant(now), withKnownZone(settings));
}

/** When the quiet spell containing `ms` ends; `ms` itself when it is not quiet time. */
export function quietEndsAt(ms: number, settings: ReminderSettings): number {
  const spell = quietSpell(ms, settings);
  if (!spell) return ms;
  const day = spell.start > spell.end && spell.at >= spell.start ? addDays(spell.day, 1) : spell.day;
  const end = dayAt(day, settings.quietEnd, settings.timeZone);
  // Only an end time repeated by a DST fall-back can resolve behind us: count wall minutes instead.
  return end > ms ? end : ms + (spell.end - spell.at) * MINUTE_MS;
}

/** When the quiet spell containing `ms` began; `ms` itself when it is not quiet time. */
export function quietStartedAt(ms: number, settings: ReminderSettings): number {
  const spell = quietSpell(ms, settings);
  if (!spell) return ms;
  const day = spell.start > spell.end && spell.at < spell.end ? addDays(spell.day, -1) : spell.day;
  const start = dayAt(day, settings.quietStart, settings.timeZone);
  const wallMinutesAgo = spell.at >= spell.start ? spell.at - spell.start : spell.at + 24 * 60 - spell.start;
  return start <= ms ? start : ms - wallMinutesAgo * MINUTE_MS;
}

/** The first working day on or after `day` (the day itself when no working day is set). */
function firstWorkingDayFrom(day: string, settings: ReminderSettings): string {
  for (let offset = 0; offset < 7; offset += 1) {
    const candidate = addDays(day, offset);
    if (settings.workingDays.includes(weekdayOf(candidate))) return candidate;
  }
  return day;
}

function customSnooze(custom: string, nowMs: number, zone: string): number {
  const at = LOCAL_DATE_TIME.test(custom) ? dayAt(custom.slice(0, 10), custom.slice(11), zone) : instantOrUndefined(custom);
  if (at === undefined) throw new Error(`Invalid snooze time "${custom}": expected yyyy-MM-ddTHH:mm or an ISO instant.`);
  if (at <= nowMs) throw new Error('Choose a snooze time in the future.');
  return at;
}

/**
 * When a snoozed reminder comes back. Tomorrow: the next working day (after today, in the
 * settings' zone) at the start of the working day. Next week: the first working day of
 * next week (weeks start on Monday) at the start of the working day. Custom: a local
 * `yyyy-MM-ddTHH:mm` in the settings' zone or an ISO instant; it must be in the future.
 */
export function snoozeUntil(option: SnoozeOption, now: string, settings: ReminderSettings): string {
  const nowMs = parseInstant(now);
  const usable = withKnownZone(settings);
  const today = localDay(nowMs, usable.timeZone);
  if (option === '1h') return toIso(nowMs + HOUR_MS);
  if (option === 'tomorrow') return toIso(workdayStartOn(firstWorkingDayFrom(addDays(today, 1), usable), usable));
  if (option === 'next week') {
    // Sunday is 0: Monday is 7 days on, Sunday 1.
    const daysToMonday = (8 - JS_WEEKDAYS.indexOf(weekdayOf(today))) % 7 || 7;
    return toIso(workdayStartOn(firstWorkingDayFrom(addDays(today, daysToMonday), usable), usable));
  }
  return toIso(customSnooze(option.custom, nowMs, usable.timeZone));
}
