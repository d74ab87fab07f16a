// Expands an RFC 5545 RRULE, anchored at a local start time in an IANA zone, into the
// UTC instants inside a window. ical.js iterates in floating local time (so 09:00 stays
// 09:00 across DST); timezones.ts pins each wall time to UTC without reading the machine's TZ.
// ical.js is slow (tens of µs a step), so rules without COUNT start iterating a whole number
// of periods after DTSTART, just before the window: the cost follows the window, not the age.
import ICAL from 'ical.js';
import {
  DAY_MS,
  assertTimeZone,
  daysInMonth,
  isValidWallTime,
  msToWallTime,
  parseInstant,
  parseLocalDateTime,
  resolveWallTime,
  wallTimeToMs,
  createZoneCache,
} from './timezones';
import type { WallTime, ZoneCache } from './timezones';

export { localToUtc, utcToLocal } from './timezones';

export interface RecurrenceRule {
  readonly rrule: string;
  /** DTSTART as a local wall time, `yyyy-MM-ddTHH:mm`, in `zone`. */
  readonly start: string;
  /** IANA zone name, e.g. America/New_York. */
  readonly zone: string;
}

/**
 * The most candidate times one expansion may examine, counted from where iteration starts
 * (DTSTART, or the fast-forwarded start just before the window; HOURLY and finer rules and
 * rules with COUNT always start at DTSTART) and including candidates the rule rejects.
 * About 274 years of a daily rule or 11 years of an hourly one. Hitting it throws (after a
 * second or two at worst) rather than freezing the app on FREQ=SECONDLY over a year or a
 * rule that never matches.
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
type RecurIterator = ReturnType<Recur['iterator']>;

interface CompiledRule {
  readonly rrule: string;
  readonly recur: Recur;
  readonly start: WallTime;
  readonly zone: string;
  readonly count: number | undefined;
  /** Inclusive last instant, from UNTIL. */
  readonly untilMs: number | undefined;
  /** ical.js found no occurrence at all from DTSTART (it gives up on some rules in its setup). */
  readonly isEmpty: boolean;
}

interface Window {
  readonly fromMs: number;
  readonly toMs: number;
}

/**
 * What expansion remembers between calls, owned by the caller (shared/ keeps no state of its
 * own): the screens, the reminder planner and the data layer share the renderer's one
 * (renderer/db/calendarCache.ts), the CLI makes one per run, a test a fresh one. Every entry
 * is a function of its key, so a cache only saves time; without one nothing is remembered.
 * It is also a ZoneCache: the zone conversions inside an expansion use it.
 */
export interface ExpansionCache extends ZoneCache {
  /** Compiled rules by zone, start and rule text: parsing once matters for a few hundred cadences. */
  readonly compiled: Map<string, CompiledRule>;
  /** Short expansions by rule and window, least recently used first. */
  readonly expansions: Map<string, readonly string[]>;
  /** Whole expansions over a longer range, handed in by rememberExpansion; one per rule, the latest kept. */
  readonly coverings: Map<string, Covering>;
  /** Expansions over windows of whole UTC days, of any length: the reminder planner's (shared/reminders/cadenceReminders.ts). */
  readonly dayExpansions: Map<string, readonly string[]>;
}

interface Covering {
  readonly window: Window;
  readonly instants: readonly string[];
  readonly epochs: readonly number[];
}

export function createExpansionCache(): ExpansionCache {
  return { ...createZoneCache(), compiled: new Map(), expansions: new Map(), coverings: new Map(), dayExpansions: new Map() };
}

// The bounds keep memory flat. Attention and Portfolio ask for every active cadence's next due
// on every refresh, with windows that only move when `now` does (the screens pass a
// minute-rounded now) or a cadence's history changes; ical.js iteration is most of their cost
// (npm run bench). Sized for a few hundred cadences × a few windows × the reminder planner's
// windows, which move every heartbeat: entries are a few hundred bytes.
const COMPILED_CACHE_SIZE = 1000;
const EXPANSION_CACHE_SIZE = 20_000;
const MAX_CACHED_INSTANTS = 16;
const COVERED_CACHE_SIZE = 2000;

const ruleKey = (rule: RecurrenceRule) => `${rule.zone}\n${rule.start}\n${rule.rrule}`;

/** Adds to a Map used as a bounded cache: Map keeps insertion order, so the first key is the oldest. */
function remember<V>(map: Map<string, V>, limit: number, key: string, value: V): void {
  map.delete(key);
  if (map.size >= limit) map.delete(map.keys().next().value ?? '');
  map.set(key, value);
}

/**
 * Remembers `instants` as the whole expansion of `rule` in [fromIso, toIso), as
 * expandOccurrences gave it; expansions with this cache of any window inside it are then
 * read from it (the excerpts' plans, so a cold start does not iterate ical.js for every cadence).
 */
export function rememberExpansion(cache: ExpansionCache, rule: RecurrenceRule, fromIso: string, toIso: string, instants: readonly string[]): void {
  remember(cache.coverings, COVERED_CACHE_SIZE, ruleKey(rule), { window: parseWindow(fromIso, toIso), instants, epochs: instants.map(parseInstant) });
}

function fromCovering(cache: ExpansionCache, rule: RecurrenceRule, window: Window): string[] | undefined {
  const covering = cache.coverings.get(ruleKey(rule));
  if (!covering || window.fromMs < covering.window.fromMs || window.toMs > covering.window.toMs) return undefined;
  return covering.instants.filter((_, i) => covering.epochs[i]! >= window.fromMs && covering.epochs[i]! < window.toMs);
}

/**
 * Every occurrence in [fromIso, toIso) as sorted ISO-8601 UTC instants. Throws on bad input.
 * Without a cache, one lives for this call only.
 */
export function expandOccurrences(rule: RecurrenceRule, fromIso: string, toIso: string, cache: ExpansionCache = createExpansionCache()): string[] {
  const key = `${ruleKey(rule)}\n${fromIso}\n${toIso}`;
  const cached = cache.expansions.get(key);
  if (cached) {
    // Re-inserting makes this the most recently used.
    remember(cache.expansions, EXPANSION_CACHE_SIZE, key, cached);
    return [...cached];
  }
  const window = parseWindow(fromIso, toIso);
  const covered = fromCovering(cache, rule, window);
  if (covered) return covered;
  const compiled = compileRuleCached(rule, cache);
  const instants = toIsoList(collectInstants(compiled, window, fastForwardedIterator(compiled, window), cache));
  // Long expansions (a calendar export, the sample generator) are not the hot path: not kept.
  if (instants.length <= MAX_CACHED_INSTANTS) remember(cache.expansions, EXPANSION_CACHE_SIZE, key, instants);
  return [...instants];
}

/**
 * expandOccurrences without the fast-forward: ical.js iterates from the real DTSTART. The
 * reference the fast path is proven against (tests/unit/shared/recurrenceFastForward.test.ts);
 * the app calls expandOccurrences.
 */
export function expandOccurrencesFromStart(rule: RecurrenceRule, fromIso: string, toIso: string, cache: ExpansionCache = createExpansionCache()): string[] {
  const compiled = compileRuleCached(rule, cache);
  const window = parseWindow(fromIso, toIso);
  return toIsoList(collectInstants(compiled, window, compiled.recur.iterator(toIcalTime(compiled.start)), cache));
}

/**
 * A message saying what is wrong with the rule, or undefined when it can be expanded and
 * gives at least its first occurrence (a rule that never happens is as useless as a typo).
 */
export function validateRecurrence(rule: RecurrenceRule, cache: ExpansionCache = createExpansionCache()): string | undefined {
  try {
    return firstOccurrenceProblem(compileRuleCached(rule, cache), cache);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/**
 * What is wrong with the rule text alone (no start or zone needed), or undefined: the
 * check a form or a file can make even while its start or zone is still wrong.
 */
export function ruleTextProblem(rrule: string): string | undefined {
  try {
    const parts = splitRule(rrule);
    const unbounded = [...parts].filter(([name]) => name !== 'COUNT' && name !== 'UNTIL');
    callIcal(rrule, () => ICAL.Recur.fromString(unbounded.map(([n, v]) => `${n}=${v}`).join(';')));
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/**
 * How many candidate times the first occurrence may take. Real rhythms match within a few
 * (a leap-day rule within ~1,500); a rule that needs more is refused, quickly, as one that
 * never happens rather than examined for seconds (MAX_CANDIDATES) on every screen.
 */
const FIRST_OCCURRENCE_BUDGET = 5_000;

function firstOccurrenceProblem(rule: CompiledRule, cache: ExpansionCache | undefined): string | undefined {
  const startMs = resolveWallTime(wallTimeToMs(rule.start), rule.zone, cache).epochMs;
  if (rule.untilMs !== undefined && rule.untilMs < startMs) return ruleError(rule.rrule, 'UNTIL is before the start, so it never happens').message;
  // Made only when needed: an Error records a stack, and a restore checks hundreds of good rules.
  const never = () => ruleError(rule.rrule, 'it never produces an occurrence (check BYMONTH, BYMONTHDAY and BYDAY together)').message;
  if (rule.isEmpty) return never();
  try {
    for (const candidate of candidates(rule, rule.recur.iterator(toIcalTime(rule.start)), FIRST_OCCURRENCE_BUDGET)) {
      if (!satisfiesByParts(rule.recur, candidate)) continue;
      const epochMs = resolveWallTime(wallTimeToMs(candidate), rule.zone, cache).epochMs;
      return rule.untilMs !== undefined && epochMs > rule.untilMs ? ruleError(rule.rrule, 'it has no occurrence before UNTIL').message : undefined;
    }
  } catch {
    return ruleError(rule.rrule, `no occurrence within its first ${FIRST_OCCURRENCE_BUDGET} candidate times: it probably never happens`).message;
  }
  return never();
}

function toIsoList(instants: readonly number[]): string[] {
  return instants.map((epochMs) => new Date(epochMs).toISOString());
}

/** compileRule, memoised in `cache`; a rule that fails to compile is not cached, so it throws every time. */
function compileRuleCached(rule: RecurrenceRule, cache: ExpansionCache | undefined): CompiledRule {
  const key = ruleKey(rule);
  const cached = cache?.compiled.get(key);
  if (cached) return cached;
  const compiled = compileRule(rule, cache);
  if (cache) remember(cache.compiled, COMPILED_CACHE_SIZE, key, compiled);
  return compiled;
}

function compileRule(rule: RecurrenceRule, cache: ExpansionCache | undefined): CompiledRule {
  const parts = splitRule(rule.rrule);
  const start = parseLocalDateTime(rule.start, 'start');
  assertTimeZone(rule.zone, cache);
  const count = positiveInteger(parts, 'COUNT', rule.rrule);
  positiveInteger(parts, 'INTERVAL', rule.rrule);
  const until = parts.get('UNTIL');
  const untilMs = until === undefined ? undefined : parseUntil(until, rule, cache);
  // COUNT and UNTIL are applied here, not by ical.js: it compares a floating time with a
  // UTC UNTIL as if both were UTC, and it would count occurrences the filter below drops.
  const unbounded = [...parts].filter(([name]) => name !== 'COUNT' && name !== 'UNTIL');
  const recur = callIcal(rule.rrule, () => ICAL.Recur.fromString(unbounded.map(([n, v]) => `${n}=${v}`).join(';')));
  // Building an iterator is where ical.js rejects combinations such as BYMONTHDAY in WEEKLY.
  const iterator = callIcal(rule.rrule, () => recur.iterator(toIcalTime(start)));
  return { rrule: rule.rrule, recur, start, zone: rule.zone, count, untilMs, isEmpty: iterator.completed };
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
  const reasons: string[] = [];
  // Empty parts (";;", a trailing ";") carry nothing and were always accepted: refusing them
  // now would refuse the user's own earlier backups holding such a rule.
  for (const segment of body.split(';').filter((piece) => piece !== '')) {
    const [name = '', value = '', ...extra] = segment.split('=');
    if (!RULE_PARTS.has(name)) reasons.push(`unknown part "${name}"`);
    else if (value === '' || extra.length > 0) reasons.push(`${name} needs exactly one value`);
    else if (parts.has(name)) reasons.push(`${name} appears more than once`);
    else parts.set(name, value);
  }
  reasons.push(...partProblems(parts));
  if (reasons.length > 0) throw ruleError(rrule, reasons.join('; '));
  return parts;
}

const FREQUENCIES = ['SECONDLY', 'MINUTELY', 'HOURLY', 'DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'];
const BYDAY_VALUE = /^([+-]?)(\d{1,2})?(SU|MO|TU|WE|TH|FR|SA)$/;

/**
 * What RFC 5545 forbids and ical.js would accept (then spin on, or ignore): checked here so
 * every problem of a rule is named in one message, before ical.js sees it.
 */
function partProblems(parts: ReadonlyMap<string, string>): string[] {
  const reasons: string[] = [];
  const freq = parts.get('FREQ');
  if (freq === undefined) reasons.push('FREQ is required');
  else if (!FREQUENCIES.includes(freq)) reasons.push(`FREQ must be one of ${FREQUENCIES.join(', ')} (not "${freq}")`);
  for (const day of parts.get('BYDAY')?.split(',') ?? []) {
    const match = BYDAY_VALUE.exec(day);
    const ordinal = Number(match?.[2] ?? 0);
    if (!match || (match[2] !== undefined && (ordinal < 1 || ordinal > 53)))
      reasons.push(`BYDAY "${day}" must be a weekday (MO, TU, WE, TH, FR, SA, SU), optionally with a position such as 2TH or -1FR`);
    else if (match[2] !== undefined && freq !== 'MONTHLY' && freq !== 'YEARLY') reasons.push(`BYDAY "${day}" has a position, which only MONTHLY and YEARLY rules allow`);
  }
  if (parts.get('BYSETPOS')?.split(',').some((pos) => !/^[+-]?\d{1,3}$/.test(pos) || Number(pos) === 0 || Math.abs(Number(pos)) > 366))
    reasons.push('BYSETPOS values must be whole numbers from 1 to 366 or -366 to -1');
  // ical.js 2.2 expands BYWEEKNO wrongly (an inverted indexOf test), so refuse it outright.
  if (parts.has('BYWEEKNO')) reasons.push('BYWEEKNO is not supported');
  if (parts.has('COUNT') && parts.has('UNTIL')) reasons.push('COUNT and UNTIL cannot both be set');
  for (const name of ['COUNT', 'INTERVAL']) {
    const value = parts.get(name);
    if (value !== undefined && (!/^\d+$/.test(value) || Number(value) < 1)) reasons.push(`${name} must be a positive integer`);
  }
  return reasons;
}

// ical.js silently ignores INTERVAL=0, so integer parts are checked here.
function positiveInteger(parts: Map<string, string>, name: string, rrule: string): number | undefined {
  const value = parts.get(name);
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1) throw ruleError(rrule, `${name} must be a positive integer`);
  return Number(value);
}

/** UNTIL as an inclusive UTC bound: Z is UTC, a bare date-time is local, a date is the whole local day. */
function parseUntil(value: string, rule: RecurrenceRule, cache: ExpansionCache | undefined): number {
  const fields = (UNTIL_VALUE.exec(value) ?? []).slice(1);
  const [year, month, day, hour, minute, second] = fields.slice(0, 6).map((field) => Number(field ?? 0));
  const wall = { year: year ?? 0, month: month ?? 0, day: day ?? 0, hour: hour ?? 0, minute: minute ?? 0, second: second ?? 0 };
  if (fields.length === 0 || !isValidWallTime(wall)) {
    throw ruleError(rule.rrule, `UNTIL "${value}" must look like 19971224T000000Z or 19971224`);
  }
  const isDateOnly = fields[3] === undefined;
  if (isDateOnly) return resolveWallTime(wallTimeToMs(wall) + DAY_MS, rule.zone, cache).epochMs - 1;
  if (fields[6] === 'Z') return wallTimeToMs(wall);
  return resolveWallTime(wallTimeToMs(wall), rule.zone, cache).epochMs;
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

function collectInstants(rule: CompiledRule, window: Window, iterator: RecurIterator, cache: ExpansionCache | undefined): number[] {
  const found = new Set<number>();
  let matched = 0;
  for (const candidate of candidates(rule, iterator)) {
    const placement = place(rule, wallTimeToMs(candidate), window, cache);
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
function place(rule: CompiledRule, wallMs: number, window: Window, cache: ExpansionCache | undefined): number | 'outside' | 'stop' {
  // Far enough before the window that no offset brings it in: skip the Intl work.
  if (wallMs + MAX_OFFSET_MS < window.fromMs) return 'outside';
  const { epochMs, isGap } = resolveWallTime(wallMs, rule.zone, cache);
  const endMs = Math.min(window.toMs, (rule.untilMs ?? Number.POSITIVE_INFINITY) + 1);
  if (epochMs >= endMs) return isGap ? 'outside' : 'stop';
  return epochMs >= window.fromMs ? epochMs : 'outside';
}

/** ical.js candidates as wall times, stopping with an Error past MAX_CANDIDATES. */
function* candidates(rule: CompiledRule, iterator: RecurIterator, budget = MAX_CANDIDATES): Generator<WallTime> {
  const check = iterator.check_contracting_rules.bind(iterator);
  let examined = 0;
  // Counted where ical.js tests each candidate, not per returned occurrence: on a rule
  // that never matches (FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30) one next() would spin forever.
  iterator.check_contracting_rules = () => {
    examined += 1;
    if (examined > budget) {
      throw new Error(`Recurrence rule "${rule.rrule}" needs more than ${budget} steps: use a shorter window or a coarser rule`);
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

/**
 * An ical.js iterator started a whole number of periods after DTSTART, shortly before the
 * window, when that is known to give the same occurrences in the window; else from DTSTART.
 */
function fastForwardedIterator(rule: CompiledRule, window: Window): RecurIterator {
  const moved = rule.count === undefined && !rule.isEmpty ? fastForwardStart(rule, window) : undefined;
  if (moved) {
    try {
      const iterator = rule.recur.iterator(toIcalTime(moved));
      if (!iterator.completed) return iterator;
    } catch {
      // ical.js's setup looks only a few periods ahead and can reject, or give up on, a
      // start that DTSTART itself passes: iterate from DTSTART then, as before.
    }
  }
  return rule.recur.iterator(toIcalTime(rule.start));
}

/**
 * DTSTART moved forward by whole periods (INTERVAL × FREQ) so weekdays, WKST weeks, month
 * and year phases and the time of day stay put; MONTHLY and YEARLY also keep the day of
 * month, so an implied 31st or Feb 29 still skips the months and years that lack it.
 * Undefined when no whole period fits or the rule shape must iterate from DTSTART.
 *
 * ical.js carries state from where it starts into the first stretch it walks: a start off
 * the rule is returned as is, BYMONTHDAY is not normalised in the first month (DAILY) or
 * year (YEARLY, whose next year also depends on it), BYMONTH is walked by index from the
 * start month to the end of that year. So the moved start stays that far before the window.
 *
 * Never moved, because from DTSTART ical.js reaches the window in a state no later start
 * reproduces (the exact cases in recurrenceFastForward.test.ts show three of them):
 * - COUNT, which is counted from DTSTART;
 * - HOURLY and finer: ical.js walks BYHOUR-type lists ignoring INTERVAL;
 * - BYMONTH with WEEKLY, or with DAILY every 2+ days: the jump to the next BYMONTH month
 *   leaves a phase that depends on all the history before;
 * - MONTHLY with BYDAY and BYMONTHDAY: ical.js throws after 48 months without a match;
 * - MONTHLY with a 5th or -5th weekday: the search from the start month can leave ical.js
 *   out of step with INTERVAL;
 * - YEARLY with a BYMONTHDAY past the 28th or negative: ical.js re-reads it each year
 *   against the month it ended the year before in;
 * - MONTHLY and YEARLY decades after DTSTART (see isBeforeGiveUp).
 */
function fastForwardStart(rule: CompiledRule, window: Window): WallTime | undefined {
  // No wall time before the horizon resolves to an instant inside the window.
  const horizonMs = window.fromMs - MAX_OFFSET_MS;
  const horizon = msToWallTime(horizonMs);
  const { freq, interval, parts } = rule.recur;
  const hasByMonth = parts.BYMONTH !== undefined;
  switch (freq) {
    case 'DAILY': {
      if (hasByMonth && interval > 1) return undefined;
      let limitMs = horizonMs - interval * DAY_MS;
      if (parts.BYMONTHDAY) limitMs = Math.min(limitMs, Date.UTC(horizon.year, horizon.month - 1, 1) - 1);
      if (hasByMonth) limitMs = Math.min(limitMs, Date.UTC(horizon.year, 0, 1) - 1);
      return shiftByDays(rule.start, interval, limitMs);
    }
    case 'WEEKLY':
      return hasByMonth ? undefined : shiftByDays(rule.start, 7 * interval, horizonMs - 7 * interval * DAY_MS);
    case 'MONTHLY': {
      const isHistoryBound = (parts.BYDAY && parts.BYMONTHDAY) || parts.BYDAY?.some(isFifthWeekday);
      if (isHistoryBound || !isBeforeGiveUp(rule, window)) return undefined;
      // One whole period and a month before the horizon; with BYMONTH, before its year.
      const limitMonth = monthIndex(horizon) - interval - 1;
      return shiftByMonths(rule.start, interval, hasByMonth ? Math.min(limitMonth, monthIndex(horizon) - horizon.month) : limitMonth);
    }
    case 'YEARLY':
      if (parts.BYMONTHDAY?.some((day) => day < 1 || day > 28) || !isBeforeGiveUp(rule, window)) return undefined;
      // The moved start's year and the next iterated one end before the horizon's year.
      return shiftByMonths(rule.start, 12 * interval, monthIndex(horizon) - horizon.month - 12 * interval);
    default:
      return undefined;
  }
}

/**
 * ical.js stops for good after 336 months or 28 years in a row without an occurrence,
 * counted in the months or years it visits. From DTSTART that streak could end before the
 * window where a later start would not, so MONTHLY and YEARLY rules only move when the
 * window ends too soon after DTSTART for such a streak: decades, for any rule.
 */
function isBeforeGiveUp(rule: CompiledRule, window: Window): boolean {
  const { freq, interval, parts } = rule.recur;
  const years = msToWallTime(window.toMs + MAX_OFFSET_MS).year - rule.start.year + 1;
  if (freq === 'YEARLY') return years / interval + 1 < 28;
  // With BYMONTH ical.js visits the listed months each year and ignores INTERVAL.
  const monthsPerYear = parts.BYMONTH ? parts.BYMONTH.length : 12 / interval;
  return years * monthsPerYear + 1 < 336;
}

/** 5FR or -5FR: a weekday many months lack. */
function isFifthWeekday(byday: string): boolean {
  return /^[+-]?5/.test(byday);
}

/** The start moved by the most whole steps that keep it at or before limitMs (wall time). */
function shiftByDays(start: WallTime, stepDays: number, limitMs: number): WallTime | undefined {
  const startMs = wallTimeToMs(start);
  const steps = Math.floor((limitMs - startMs) / (stepDays * DAY_MS));
  return steps > 0 ? msToWallTime(startMs + steps * stepDays * DAY_MS) : undefined;
}

/** The start moved by whole steps to a month at or before limitMonth that has its day. */
function shiftByMonths(start: WallTime, stepMonths: number, limitMonth: number): WallTime | undefined {
  for (let steps = Math.floor((limitMonth - monthIndex(start)) / stepMonths); steps > 0; steps -= 1) {
    const index = monthIndex(start) + steps * stepMonths;
    const moved = { ...start, year: Math.floor(index / 12), month: (index % 12) + 1 };
    if (moved.day <= daysInMonth(moved.year, moved.month)) return moved;
  }
  return undefined;
}

/** Months since year 0: consecutive months differ by one. */
function monthIndex(wall: WallTime): number {
  return wall.year * 12 + wall.month - 1;
}
