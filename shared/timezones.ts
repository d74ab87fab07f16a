// Local wall-clock time <-> UTC instants in an IANA zone, using only Intl so the
// answer never depends on the machine's TZ. Ambiguous and skipped local times
// follow RFC 5545 §3.3.5: the first of a repeated time, the pre-gap offset in a gap.

const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;
const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
// An explicit Z or offset is required: without one Date.parse reads local time (TZ-dependent).
const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** A local wall-clock time; the fields of `Date.UTC`, month 1-12. */
export interface WallTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

/** The UTC instant a wall time resolves to, and whether it fell in a DST gap. */
export interface ResolvedInstant {
  readonly epochMs: number;
  readonly isGap: boolean;
}

/**
 * Memos of the zone conversions, owned by whoever calls: building an Intl formatter costs
 * about ten times using one, and the screens and the reminder planner resolve the same few
 * thousand local times every refresh. Same input, same answer, so a memo only saves time;
 * without one every call builds what it needs. The renderer keeps one for the page's life
 * (renderer/db/calendarCache.ts), the CLI one per run, each test a fresh one or none.
 */
export interface ZoneCache {
  readonly formatters: Map<string, Intl.DateTimeFormat>;
  /** Epoch ms of `zone|yyyy-MM-ddTHH:mm` local times (localToUtc), oldest first. */
  readonly localInstants: Map<string, number>;
  /**
   * Each zone's UTC offset by whole second (zoneOffsetMs): a read of the portfolio asks for the
   * same few thousand instants' offsets again and again (the 400-day time travel: 486k asks,
   * 12k instants), and one costs a formatter's text.
   */
  readonly offsets: Map<string, Map<number, number>>;
}

const LOCAL_INSTANTS_KEPT = 5000;
const OFFSETS_KEPT_PER_ZONE = 20_000;

export function createZoneCache(): ZoneCache {
  return { formatters: new Map(), localInstants: new Map(), offsets: new Map() };
}

function formatterFor(zone: string, cache: ZoneCache | undefined): Intl.DateTimeFormat {
  const cached = cache?.formatters.get(zone);
  if (cached) return cached;
  let formatter: Intl.DateTimeFormat;
  try {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  } catch {
    throw new Error(`Unknown time zone "${zone}": expected an IANA name such as America/New_York`);
  }
  cache?.formatters.set(zone, formatter);
  return formatter;
}

/** Throws a clear Error unless `zone` is an IANA time zone this runtime knows. */
export function assertTimeZone(zone: string, cache?: ZoneCache): void {
  if (zone.trim() === '') throw new Error('Time zone is required: expected an IANA name such as America/New_York');
  formatterFor(zone, cache);
}

/** Milliseconds since the epoch of a wall time read as if it were UTC. */
export function wallTimeToMs(wall: WallTime): number {
  return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
}

export function msToWallTime(ms: number): WallTime {
  const date = new Date(ms);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
  };
}

/**
 * What formatterFor's formatter writes for a four-digit year: "1/14/2027, 09:00:00". Reading
 * that text is about three times cheaper than formatToParts' list of parts, and the screens
 * convert an instant per cadence on every cold read; any other text is read by its parts.
 */
const FORMATTED_WALL = /^(\d{1,2})\/(\d{1,2})\/(\d{4}), (\d{2}):(\d{2}):(\d{2})$/;

/** The zone's UTC offset (wall minus UTC) in force at an instant. */
export function zoneOffsetMs(zone: string, epochMs: number, cache?: ZoneCache): number {
  // Intl prints whole seconds, so compare against the instant truncated to the second.
  const wholeSecond = Math.floor(epochMs / 1000) * 1000;
  if (!cache) return offsetAt(zone, wholeSecond, undefined);
  let known = cache.offsets.get(zone);
  if (!known) cache.offsets.set(zone, (known = new Map()));
  const offset = known.get(wholeSecond);
  if (offset !== undefined) return offset;
  // Full: start again, rather than keep an order of use on every read.
  if (known.size >= OFFSETS_KEPT_PER_ZONE) known.clear();
  const computed = offsetAt(zone, wholeSecond, cache);
  known.set(wholeSecond, computed);
  return computed;
}

/** The offset in force at a whole second, read from the zone's formatter. */
function offsetAt(zone: string, wholeSecond: number, cache: ZoneCache | undefined): number {
  const formatter = formatterFor(zone, cache);
  const written = FORMATTED_WALL.exec(formatter.format(wholeSecond));
  if (written) {
    const [month, day, year, hour, minute, second] = written.slice(1).map(Number) as [number, number, number, number, number, number];
    return Date.UTC(year, month - 1, day, hour, minute, second) - wholeSecond;
  }
  const field: Record<string, number> = {};
  for (const part of formatter.formatToParts(wholeSecond)) {
    if (part.type !== 'literal') field[part.type] = Number(part.value);
  }
  const wall = Date.UTC(field.year ?? 0, (field.month ?? 1) - 1, field.day ?? 1, field.hour ?? 0, field.minute ?? 0, field.second ?? 0);
  return wall - wholeSecond;
}

/**
 * Resolves a wall time (given as `wallTimeToMs`) in `zone`. Offsets are sampled a day
 * either side, so any single transition near the wall time is seen (as Temporal does).
 */
export function resolveWallTime(wallMs: number, zone: string, given?: ZoneCache): ResolvedInstant {
  // Without a caller's cache, one for this call: its three or four offsets share one formatter.
  const cache = given ?? createZoneCache();
  const offsetBefore = zoneOffsetMs(zone, wallMs - DAY_MS, cache);
  const offsetAfter = zoneOffsetMs(zone, wallMs + DAY_MS, cache);
  // The common case, no transition within a day: one offset, one instant.
  if (offsetBefore === offsetAfter) return { epochMs: wallMs - offsetBefore, isGap: false };
  const valid = [offsetBefore, offsetAfter]
    .map((offset) => wallMs - offset)
    .filter((epochMs) => zoneOffsetMs(zone, epochMs, cache) === wallMs - epochMs);
  if (valid.length > 0) return { epochMs: Math.min(...valid), isGap: false };
  // Skipped by a spring-forward: read it with the offset in force before the gap.
  return { epochMs: wallMs - offsetBefore, isGap: true };
}

export function daysInMonth(year: number, month: number): number {
  // The Gregorian rule, without building a Date (parseInstant checks every instant it reads by
  // this). Years under 100 (Date.UTC maps them onto 1900-1999) and anything not a month of a
  // whole year keep Date's answer.
  if (!Number.isInteger(year) || year < 100 || !Number.isInteger(month) || month < 1 || month > 12) return new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True when the fields name a real calendar date and time (no Feb 30, no 24:00). */
export function isValidWallTime(wall: WallTime): boolean {
  // Date.UTC maps years 0-99 onto 1900-1999, and Intl gives eras before year 1000.
  const inRange = wall.year >= 1000 && wall.year <= 9999 && wall.month >= 1 && wall.month <= 12;
  return (
    inRange &&
    wall.day >= 1 &&
    wall.day <= daysInMonth(wall.year, wall.month) &&
    wall.hour <= 23 &&
    wall.minute <= 59 &&
    wall.second <= 59
  );
}

/** Parses `yyyy-MM-ddTHH:mm`, throwing a clear Error (naming `label`) for anything else. */
export function parseLocalDateTime(localDateTime: string, label = 'local date-time'): WallTime {
  const match = LOCAL_DATE_TIME.exec(localDateTime);
  const [year, month, day, hour, minute] = (match ?? []).slice(1).map(Number);
  const wall = { year: year ?? 0, month: month ?? 0, day: day ?? 0, hour: hour ?? 0, minute: minute ?? 0, second: 0 };
  if (!match || !isValidWallTime(wall)) {
    throw new Error(`Invalid ${label} "${localDateTime}": expected yyyy-MM-ddTHH:mm, e.g. 2027-01-14T09:00`);
  }
  return wall;
}

/** The digits of `iso` from `start` to `end` as a number, or NaN if any is not a digit. */
function digitsAt(iso: string, start: number, end: number): number {
  let value = 0;
  for (let i = start; i < end; i += 1) {
    const digit = iso.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return Number.NaN;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * The instant `Date.toISOString` writes (`yyyy-MM-ddTHH:mm:ss.sssZ`, the form every stored
 * instant has) read field by field, or NaN for any other text. The screens parse the same
 * few thousand instants on every refresh, and the general path below (a regular expression,
 * then Date.parse) was the largest single cost of ranking the portfolio's attention.
 */
function parseCanonicalInstant(iso: string): number {
  if (iso.length !== 24 || iso[4] !== '-' || iso[7] !== '-' || iso[10] !== 'T' || iso[13] !== ':' || iso[16] !== ':' || iso[19] !== '.' || iso[23] !== 'Z') return Number.NaN;
  const wall = { year: digitsAt(iso, 0, 4), month: digitsAt(iso, 5, 7), day: digitsAt(iso, 8, 10), hour: digitsAt(iso, 11, 13), minute: digitsAt(iso, 14, 16), second: digitsAt(iso, 17, 19) };
  const ms = digitsAt(iso, 20, 23);
  return isValidWallTime(wall) && !Number.isNaN(ms) ? wallTimeToMs(wall) + ms : Number.NaN;
}

/** Parses an ISO-8601 instant that carries Z or an offset; returns epoch milliseconds. */
export function parseInstant(iso: string): number {
  const canonical = parseCanonicalInstant(iso);
  if (!Number.isNaN(canonical)) return canonical;
  const match = ISO_INSTANT.exec(iso);
  const [year, month, day, hour, minute, second] = (match ?? []).slice(1).map((field) => Number(field ?? 0));
  const wall = { year: year ?? 0, month: month ?? 0, day: day ?? 0, hour: hour ?? 0, minute: minute ?? 0, second: second ?? 0 };
  const epochMs = match && isValidWallTime(wall) ? Date.parse(iso) : Number.NaN;
  if (Number.isNaN(epochMs)) {
    throw new Error(`Invalid instant "${iso}": expected ISO-8601 with Z or an offset, e.g. 2027-01-14T14:00:00.000Z`);
  }
  return epochMs;
}

/**
 * One spelling per instant, as `Date.toISOString` writes it ("…09:00Z" and "…09:00:00.000Z"
 * are one occurrence), or undefined for a missing or malformed one. A stored instant already
 * has that spelling and is returned as it is: the screens and the reminder planner key every
 * record of a cadence's history by it, on every read.
 */
export function instantKey(value: string | undefined): string | undefined {
  if (!value) return undefined;
  if (!Number.isNaN(parseCanonicalInstant(value))) return value;
  try {
    return new Date(parseInstant(value)).toISOString();
  } catch {
    return undefined;
  }
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** `yyyy-MM-ddTHH:mm` in `zone` -> ISO-8601 UTC instant, by RFC 5545 §3.3.5. */
export function localToUtc(localDateTime: string, zone: string, cache?: ZoneCache): string {
  return new Date(localToEpochMs(localDateTime, zone, cache)).toISOString();
}

/** localToUtc as epoch milliseconds, remembered in `cache` when there is one. */
export function localToEpochMs(localDateTime: string, zone: string, cache?: ZoneCache): number {
  const key = `${zone}|${localDateTime}`;
  const known = cache?.localInstants.get(key);
  if (known !== undefined) return known;
  // Without a caller's cache, one for this call, so the check and the offsets build one formatter, not five.
  const local = cache ?? createZoneCache();
  assertTimeZone(zone, local);
  const epochMs = resolveWallTime(wallTimeToMs(parseLocalDateTime(localDateTime)), zone, local).epochMs;
  if (cache) {
    // Map keeps insertion order, so the first key is the oldest entry.
    if (cache.localInstants.size >= LOCAL_INSTANTS_KEPT) cache.localInstants.delete(cache.localInstants.keys().next().value ?? '');
    cache.localInstants.set(key, epochMs);
  }
  return epochMs;
}

/** ISO-8601 instant -> `yyyy-MM-ddTHH:mm` on the wall clock in `zone` (seconds dropped). */
export function utcToLocal(iso: string, zone: string, given?: ZoneCache): string {
  const cache = given ?? createZoneCache();
  assertTimeZone(zone, cache);
  const epochMs = parseInstant(iso);
  const wall = msToWallTime(epochMs + zoneOffsetMs(zone, epochMs, cache));
  return `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}T${pad(wall.hour)}:${pad(wall.minute)}`;
}
