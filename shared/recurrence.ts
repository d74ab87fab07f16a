// Expands an RFC 5545 RRULE, anchored at a local start time in an IANA zone, into the
// UTC instants inside a window. ical.js iterates in floating local time (so 09:00 stays
// 09:00 across DST); timezones.ts pins each wall time to UTC without reading the machine's TZ.
import ICAL from 'ical.js';
import {
  DAY_MS,
  assertTimeZone,
  daysInMonth,
  isValidWallTime,
  parseInstant,
  parseLocalDateTime,
  resolveWallTime,
  wallTimeToMs,
} from './timezones';
import type { WallTime } from './timezones';

export { localToUtc, utcToLocal } from './timezones';

export interface RecurrenceRule {
  readonly rrule: string;
  /** DTSTART as a local wall time, `yyyy-MM-ddTHH:mm`, in `zone`. */
  readonly start: string;
  /** IANA zone name, e.g. America/New_York. */
  readonly zone: string;
}

/**
 * The most candidate times one expansion may examine, counted from DTSTART (not from the
 * window) and including candidates the rule rejects. About 274 years of a daily rule or
 * 11 years of an hourly one. Hitting it throws (after a second or two at worst) rather
 * than freezing the app on FREQ=SECONDLY over a year or a rule that never matches.
 */
export const MAX_CANDIDATES = 100_000;

const RULE_PARTS = new Set([
  'FREQ', 'UNTIL', 'COUNT', 'INTERVAL', 'BYSECOND', 'BYMINUTE', 'BYHOUR', 'BYDAY',
  'BYMONTHDAY', 'BYYEARDAY', 'BYWEEKNO', 'BYMONTH', 'BYSETPOS', 'WKST',
]);
const UNTIL_VALUE = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$/;
const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
// Wall time minus UTC never exceeds this in any zone's history (LMT offsets reach ~16h).
const MAX_OFFSET_MS = 2 * DAY_MS;

type Recur = InstanceType<typeof ICAL.Recur>;

interface CompiledRule {
  readonly rrule: string;
  readonly recur: Recur;
  readonly start: WallTime;
  readonly zone: string;
  readonly count: number | undefined;
  /** Inclusive last instant, from UNTIL. */
  readonly untilMs: number | undefined;
}

interface Window {
  readonly fromMs: number;
  readonly toMs: number;
}

/** Every occurrence in [fromIso, toIso) as sorted ISO-8601 UTC instants. Throws on bad input. */
export function expandOccurrences(rule: RecurrenceRule, fromIso: string, toIso: string): string[] {
  const compiled = compileRule(rule);
  const window = parseWindow(fromIso, toIso);
  return collectInstants(compiled, window).map((epochMs) => new Date(epochMs).toISOString());
}

/** A message saying what is wrong with the rule, or undefined when it can be expanded. */
export function validateRecurrence(rule: RecurrenceRule): string | undefined {
  try {
    compileRule(rule);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

function compileRule(rule: RecurrenceRule): CompiledRule {
  const parts = splitRule(rule.rrule);
  const start = parseLocalDateTime(rule.start, 'start');
  assertTimeZone(rule.zone);
  const count = positiveInteger(parts, 'COUNT', rule.rrule);
  positiveInteger(parts, 'INTERVAL', rule.rrule);
  const until = parts.get('UNTIL');
  const untilMs = until === undefined ? undefined : parseUntil(until, rule);
  // COUNT and UNTIL are applied here, not by ical.js: it compares a floating time with a
  // UTC UNTIL as if both were UTC, and it would count occurrences the filter below drops.
  const unbounded = [...parts].filter(([name]) => name !== 'COUNT' && name !== 'UNTIL');
  const recur = callIcal(rule.rrule, () => ICAL.Recur.fromString(unbounded.map(([n, v]) => `${n}=${v}`).join(';')));
  // Building an iterator is where ical.js rejects combinations such as BYMONTHDAY in WEEKLY.
  callIcal(rule.rrule, () => recur.iterator(toIcalTime(start)));
  return { rrule: rule.rrule, recur, start, zone: rule.zone, count, untilMs };
}

function ruleError(rrule: string, reason: string): Error {
  return new Error(`Invalid recurrence rule "${rrule}": ${reason}`);
}

function callIcal<T>(rrule: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw ruleError(rrule, error instanceof Error ? error.message : String(error));
  }
}

/** NAME=value pairs, upper-cased (RFC 5545 names are case-insensitive), each name once. */
function splitRule(rrule: string): Map<string, string> {
  const body = rrule.trim().replace(/^RRULE:/i, '').toUpperCase();
  const parts = new Map<string, string>();
  for (const segment of body.split(';').filter((piece) => piece !== '')) {
    const [name = '', value = '', ...extra] = segment.split('=');
    if (!RULE_PARTS.has(name)) throw ruleError(rrule, `unknown part "${name}"`);
    if (value === '' || extra.length > 0) throw ruleError(rrule, `${name} needs exactly one value`);
    if (parts.has(name)) throw ruleError(rrule, `${name} appears more than once`);
    parts.set(name, value);
  }
  if (!parts.has('FREQ')) throw ruleError(rrule, 'FREQ is required');
  // ical.js 2.2 expands BYWEEKNO wrongly (an inverted indexOf test), so refuse it outright.
  if (parts.has('BYWEEKNO')) throw ruleError(rrule, 'BYWEEKNO is not supported');
  if (parts.has('COUNT') && parts.has('UNTIL')) throw ruleError(rrule, 'COUNT and UNTIL cannot both be set');
  return parts;
}

// ical.js silently ignores INTERVAL=0, so integer parts are checked here.
function positiveInteger(parts: Map<string, string>, name: string, rrule: string): number | undefined {
  const value = parts.get(name);
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1) throw ruleError(rrule, `${name} must be a positive integer`);
  return Number(value);
}

/** UNTIL as an inclusive UTC bound: Z is UTC, a bare date-time is local, a date is the whole local day. */
function parseUntil(value: string, rule: RecurrenceRule): number {
  const fields = (UNTIL_VALUE.exec(value) ?? []).slice(1);
  const [year, month, day, hour, minute, second] = fields.slice(0, 6).map((field) => Number(field ?? 0));
  const wall = { year: year ?? 0, month: month ?? 0, day: day ?? 0, hour: hour ?? 0, minute: minute ?? 0, second: second ?? 0 };
  if (fields.length === 0 || !isValidWallTime(wall)) {
    throw ruleError(rule.rrule, `UNTIL "${value}" must look like 19971224T000000Z or 19971224`);
  }
  const isDateOnly = fields[3] === undefined;
  if (isDateOnly) return resolveWallTime(wallTimeToMs(wall) + DAY_MS, rule.zone).epochMs - 1;
  if (fields[6] === 'Z') return wallTimeToMs(wall);
  return resolveWallTime(wallTimeToMs(wall), rule.zone).epochMs;
}

function parseWindow(fromIso: string, toIso: string): Window {
  const fromMs = parseInstant(fromIso);
  const toMs = parseInstant(toIso);
  if (fromMs >= toMs) throw new Error(`Invalid window: from (${fromIso}) must be before to (${toIso})`);
  return { fromMs, toMs };
}

function toIcalTime(wall: WallTime): InstanceType<typeof ICAL.Time> {
  // No zone: a floating time, so ical.js steps wall-clock fields and never shifts for DST.
  return ICAL.Time.fromData({ ...wall, isDate: false });
}

function collectInstants(rule: CompiledRule, window: Window): number[] {
  const found = new Set<number>();
  let matched = 0;
  for (const candidate of candidates(rule)) {
    const placement = place(rule, wallTimeToMs(candidate), window);
    if (placement === 'stop') break;
    if (!satisfiesByParts(rule.recur, candidate)) continue;
    matched += 1;
    if (typeof placement === 'number') found.add(placement);
    if (matched === rule.count) break;
  }
  // Instants can come out of order (and coincide) when an HOURLY rule lands in a DST gap.
  return [...found].sort((a, b) => a - b);
}

/**
 * The candidate's instant when it is inside the window (and not after UNTIL), 'outside'
 * when it is not, 'stop' when no later candidate can be inside. Local times map to
 * instants in order, except that a gap time can land after the next few real times;
 * so only a real (non-gap) time past the end stops the expansion.
 */
function place(rule: CompiledRule, wallMs: number, window: Window): number | 'outside' | 'stop' {
  // Far enough before the window that no offset brings it in: skip the Intl work.
  if (wallMs + MAX_OFFSET_MS < window.fromMs) return 'outside';
  const { epochMs, isGap } = resolveWallTime(wallMs, rule.zone);
  const endMs = Math.min(window.toMs, (rule.untilMs ?? Number.POSITIVE_INFINITY) + 1);
  if (epochMs >= endMs) return isGap ? 'outside' : 'stop';
  return epochMs >= window.fromMs ? epochMs : 'outside';
}

/** ical.js candidates from DTSTART as wall times, stopping with an Error past MAX_CANDIDATES. */
function* candidates(rule: CompiledRule): Generator<WallTime> {
  const iterator = rule.recur.iterator(toIcalTime(rule.start));
  const check = iterator.check_contracting_rules.bind(iterator);
  let examined = 0;
  // Counted where ical.js tests each candidate, not per returned occurrence: on a rule
  // that never matches (FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30) one next() would spin forever.
  iterator.check_contracting_rules = () => {
    examined += 1;
    if (examined > MAX_CANDIDATES) {
      throw new Error(`Recurrence rule "${rule.rrule}" needs more than ${MAX_CANDIDATES} steps: use a shorter window or a coarser rule`);
    }
    return check();
  };
  // next() returns the same mutable Time each call, so copy its fields before going on.
  for (let next = iterator.next(); next; next = iterator.next()) {
    yield { year: next.year, month: next.month, day: next.day, hour: next.hour, minute: next.minute, second: next.second };
  }
}

/**
 * Every occurrence of a rule carries one of its BYMONTH, BYMONTHDAY, BYDAY weekdays and
 * BYHOUR/BYMINUTE/BYSECOND values. ical.js 2.2 sometimes breaks that (YEARLY;BYMONTH=2;
 * BYMONTHDAY=30 gives March 2; a DTSTART off the rule is returned), so such times are dropped.
 */
function satisfiesByParts(recur: Recur, wall: WallTime): boolean {
  const { parts } = recur;
  const monthLength = daysInMonth(wall.year, wall.month);
  const weekday = WEEKDAYS[new Date(Date.UTC(wall.year, wall.month - 1, wall.day)).getUTCDay()];
  return (
    allows(parts.BYMONTH, wall.month) &&
    allows(parts.BYMONTHDAY?.map((day) => (day < 0 ? monthLength + day + 1 : day)), wall.day) &&
    allows(parts.BYDAY?.map((day) => day.slice(-2)), weekday) &&
    allows(parts.BYHOUR, wall.hour) &&
    allows(parts.BYMINUTE, wall.minute) &&
    allows(parts.BYSECOND, wall.second)
  );
}

function allows<T>(values: readonly T[] | undefined, value: T): boolean {
  return values === undefined || values.includes(value);
}
