// The user's wall clock for reminders: when a day-based reminder fires, whether an
// instant falls in quiet hours (and when they end), and where a snooze lands. Every
// conversion goes through Intl in the settings' zone, never the machine's TZ.
import type { Weekday } from '../domain';
import { addDays } from '../dates';
import type { ZoneCache } from '../timezones';
import { assertTimeZone, createZoneCache, localToEpochMs, parseInstant, utcToLocal } from '../timezones';
import type { HeldBy } from './types';

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
export function withKnownZone<S extends ReminderSettings>(settings: S, cache?: ZoneCache): S {
  try {
    assertTimeZone(settings.timeZone, cache);
    return settings;
  } catch {
    return { ...settings, timeZone: 'UTC' };
  }
}

// Every function below that converts takes an optional ZoneCache: each heartbeat asks for the
// same few thousand days (each commitment's due day...), and each answer costs a few Intl
// calls. The planner passes its caller's cache, or one of its own for the call.

/** `yyyy-MM-ddTHH:mm` on the wall clock in `zone`. */
export function wallClock(ms: number, zone: string, cache?: ZoneCache): string {
  return utcToLocal(toIso(ms), zone, cache);
}

export function localDay(ms: number, zone: string, cache?: ZoneCache): string {
  return wallClock(ms, zone, cache).slice(0, 10);
}

/** The instant a local day and HH:MM mean in `zone` (a time skipped by DST lands just after the gap). */
export function dayAt(day: string, hhmm: string, zone: string, cache?: ZoneCache): number {
  return localToEpochMs(`${day}T${hhmm}`, zone, cache);
}

/** When a day-based reminder for `day` fires: the start of the working day, not midnight. */
export function workdayStartOn(day: string, settings: ReminderSettings, cache?: ZoneCache): number {
  return dayAt(day, settings.workdayStart, settings.timeZone, cache);
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
function quietSpell(ms: number, settings: ReminderSettings, cache: ZoneCache | undefined): QuietSpell | undefined {
  if (!settings.quietHoursEnabled) return undefined;
  const [start, end] = [minutesOf(settings.quietStart), minutesOf(settings.quietEnd)];
  if (start === end) return undefined;
  const wall = wallClock(ms, settings.timeZone, cache);
  const at = minutesOf(wall.slice(11));
  const isQuiet = start < end ? at >= start && at < end : at >= start || at < end;
  return isQuiet ? { start, end, at, day: wall.slice(0, 10) } : undefined;
}

export function isQuietAt(ms: number, settings: ReminderSettings, cache?: ZoneCache): boolean {
  return quietSpell(ms, settings, cache) !== undefined;
}

/** Whether `now` (ISO) falls in the user's quiet hours, in the settings' zone. */
export function isQuietTime(now: string, settings: ReminderSettings): boolean {
  return isQuietAt(parseInstant(now), withKnownZone(settings));
}

/** When the quiet spell containing `ms` ends; `ms` itself when it is not quiet time. */
export function quietEndsAt(ms: number, settings: ReminderSettings, cache?: ZoneCache): number {
  const spell = quietSpell(ms, settings, cache);
  if (!spell) return ms;
  const day = spell.start > spell.end && spell.at >= spell.start ? addDays(spell.day, 1) : spell.day;
  const end = dayAt(day, settings.quietEnd, settings.timeZone, cache);
  // Only an end time repeated by a DST fall-back can resolve behind us: count wall minutes instead.
  return end > ms ? end : ms + (spell.end - spell.at) * MINUTE_MS;
}

/** When the quiet spell containing `ms` began; `ms` itself when it is not quiet time. */
export function quietStartedAt(ms: number, settings: ReminderSettings, cache?: ZoneCache): number {
  const spell = quietSpell(ms, settings, cache);
  if (!spell) return ms;
  const day = spell.start > spell.end && spell.at < spell.end ? addDays(spell.day, -1) : spell.day;
  const start = dayAt(day, settings.quietStart, settings.timeZone, cache);
  const wallMinutesAgo = spell.at >= spell.start ? spell.at - spell.start : spell.at + 24 * 60 - spell.start;
  return start <= ms ? start : ms - wallMinutesAgo * MINUTE_MS;
}

export function isWorkingDay(day: string, settings: ReminderSettings): boolean {
  return settings.workingDays.length === 0 || settings.workingDays.includes(weekdayOf(day));
}

/**
 * When the first working day after days off opens (minutes since local midnight): the
 * start of the working day, or the end of overnight quiet hours when that comes first
 * (the user's own "morning", so a 09:00 meeting's 08:00 preparation still arrives).
 */
function openingMinutes(settings: ReminderSettings): number {
  const start = minutesOf(settings.workdayStart);
  if (!settings.quietHoursEnabled) return start;
  const [quietStart, quietEnd] = [minutesOf(settings.quietStart), minutesOf(settings.quietEnd)];
  const isOvernight = quietStart !== quietEnd && (quietStart > quietEnd || quietStart === 0);
  return isOvernight ? Math.min(start, quietEnd) : start;
}

const hhmmOf = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/**
 * Why `ms` is not working time, or undefined when it is. A day off lasts until the next
 * working day opens (not its midnight): what waited over a weekend arrives at the start of
 * Monday's hours. Otherwise only quiet hours hold reminders back.
 */
export function heldByAt(ms: number, settings: ReminderSettings, cache?: ZoneCache): HeldBy | undefined {
  const wall = wallClock(ms, settings.timeZone, cache);
  const day = wall.slice(0, 10);
  if (!isWorkingDay(day, settings)) return 'day off';
  if (quietSpell(ms, settings, cache)) return 'quiet hours';
  const isFirstAfterDayOff = !isWorkingDay(addDays(day, -1), settings);
  return isFirstAfterDayOff && minutesOf(wall.slice(11)) < openingMinutes(settings) ? 'before hours' : undefined;
}

/** Working time, when reminders are delivered: a working day (from its opening after days off), outside quiet hours. */
export function isWorkingAt(ms: number, settings: ReminderSettings, cache?: ZoneCache): boolean {
  return heldByAt(ms, settings, cache) === undefined;
}

/** The first working-time instant at or after `ms`: where held reminders are released. Never runs backwards. */
export function workingTimeFrom(ms: number, settings: ReminderSettings, cache: ZoneCache = createZoneCache()): number {
  const opening = hhmmOf(openingMinutes(settings));
  let at = ms;
  // Each step moves to a later day's opening or to the end of a quiet spell: a few weeks of steps at most.
  for (let step = 0; step < 64; step += 1) {
    const held = heldByAt(at, settings, cache);
    if (held === undefined) return at;
    const day = localDay(at, settings.timeZone, cache);
    const openingDay = isWorkingDay(day, settings) ? day : firstWorkingDayFrom(addDays(day, 1), settings);
    const next = held === 'quiet hours' ? quietEndsAt(at, settings, cache) : dayAt(openingDay, opening, settings.timeZone, cache);
    // ('before hours' is a working day: its own opening.)
    // An opening repeated by a DST fall-back can resolve behind us: step a minute instead.
    at = next > at ? next : at + MINUTE_MS;
  }
  // Settings that leave no working time (quiet hours over every opening): deliver rather than hold for ever.
  return quietEndsAt(ms, settings, cache);
}

/** Whether `now` (ISO) is working time for reminders in the settings' zone. */
export function isWorkingTime(now: string, settings: ReminderSettings): boolean {
  return isWorkingAt(parseInstant(now), withKnownZone(settings));
}

/** When reminders held at `now` (ISO) are released: `now` itself in working time. */
export function nextWorkingTime(now: string, settings: ReminderSettings): string {
  return toIso(workingTimeFrom(parseInstant(now), withKnownZone(settings)));
}

/** The first working day on or after `day` (the day itself when no working day is set). */
function firstWorkingDayFrom(day: string, settings: ReminderSettings): string {
  for (let offset = 0; offset < 7; offset += 1) {
    const candidate = addDays(day, offset);
    if (isWorkingDay(candidate, settings)) return candidate;
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
