// What a cadence means over time: the occurrences it plans, what became of each (held,
// skipped, moved, or not recorded yet), when the next meeting is due in either mode, and
// adherence. "Next" and "due soon" only look forward: an occurrence that has started is
// never next; with no record it is "not recorded yet" until someone says what happened.
// Instants are compared as epoch milliseconds and days taken in the cadence's own zone,
// so no answer depends on the machine's TZ.
import type { Cadence, CadenceMode, OccurrenceRecord, Touchpoint } from './domain';
import { addDays, daysBetween } from './dates';
import type { ExpansionCache } from './recurrence';
import { createExpansionCache, expandOccurrences } from './recurrence';
import { DAY_MS, instantKey, localToUtc, parseInstant, utcToLocal } from './timezones';

/**
 * 'not recorded': it has started (a moved one: at its new time) and nothing says it was
 * held, skipped or moved ahead. It stays so until recorded; it is never next or due soon.
 */
export type OccurrenceStatus = 'upcoming' | 'due soon' | 'held' | 'skipped' | 'moved' | 'not recorded';
export type DueBand = 'ok' | 'due soon' | 'overdue';

export interface CadenceOccurrence {
  /** The planned instant (ISO UTC): the key records and touchpoints refer to. */
  readonly occurrence: string;
  /** When it takes place: the planned instant, or where it was moved to. */
  readonly at: string;
  readonly status: OccurrenceStatus;
  readonly touchpointId?: string;
  readonly recordId?: string;
}

interface DueBase {
  readonly band: DueBand;
  /** The day it is due, in the cadence's zone (fixed: the occurrence; flexible: the ideal day). */
  readonly dueOn: string;
}

export interface FixedDue extends DueBase {
  readonly mode: 'fixed';
  readonly occurrence: string;
  readonly at: string;
}

export interface FlexibleDue extends DueBase {
  readonly mode: 'flexible';
  readonly idealOn: string;
  readonly maxOn: string;
  readonly lastHeldOn?: string;
}

export type NextDue = FixedDue | FlexibleDue;

export interface CadenceAdherence {
  readonly mode: CadenceMode;
  /** Fixed: occurrences planned (or recorded) in the window. Flexible: floor(days the cadence was live in the window / ideal interval). */
  readonly planned: number;
  readonly held: number;
  readonly skipped: number;
  readonly moved: number;
}

/** A past occurrence nobody recorded that Steward still asks about: one that started since the last recorded one, at most this long ago. */
export const MISSED_LOOKBACK_DAYS = 366;

/** A past occurrence of a fixed cadence with nothing recorded about it: "was it held?". */
export interface UnrecordedOccurrence {
  /** The planned instant (ISO UTC): the key a record or touchpoint settling it uses. */
  readonly occurrence: string;
  /** When it started: the planned instant, or where it was moved to. */
  readonly at: string;
  /** When it ended (start plus the cadence's duration): from then on "was it held?" is a fair question. */
  readonly endsAt: string;
  /** The moved mark, when it was moved to a time that has passed unheld. */
  readonly recordId?: string;
}
const MINUTE_MS = 60_000;
// Growing look-ahead windows, so a weekly rule expands a week and a yearly one still ends up found.
const LOOK_AHEAD_DAYS = [8, 64, 400, 4000] as const;

interface History {
  readonly records: ReadonlyMap<string, OccurrenceRecord>;
  readonly touchpoints: ReadonlyMap<string, Touchpoint>;
}

/** Epoch ms of an ISO instant, or undefined for a blank or malformed one. */
function instantMs(value: string | undefined): number | undefined {
  if (!value) return undefined;
  try {
    return parseInstant(value);
  } catch {
    return undefined;
  }
}

function toIso(ms: number): string {
  return new Date(ms).toISOString();
}

/** The calendar day of an instant in a zone. */
function dayOf(iso: string, zone: string, cache: ExpansionCache | undefined): string {
  return utcToLocal(iso, zone, cache).slice(0, 10);
}

/** Same instant, same key: "…09:00Z" and "…09:00:00.000Z" both match a planned occurrence. */
const occurrenceKey = instantKey;

/** Live records and linked touchpoints of one cadence, by occurrence; the latest record wins. */
function indexHistory(cadence: Cadence, records: readonly OccurrenceRecord[], touchpoints: readonly Touchpoint[]): History {
  const byOccurrence = new Map<string, OccurrenceRecord>();
  const ownRecords = records.filter((r) => !r.deletedAt && r.cadenceId === cadence.id);
  for (const r of [...ownRecords].sort((a, b) => a.updatedAt.localeCompare(b.updatedAt) || a.id.localeCompare(b.id))) {
    const key = occurrenceKey(r.occurrence);
    if (key) byOccurrence.set(key, r);
  }
  const linked = new Map<string, Touchpoint>();
  const ownTouchpoints = touchpoints.filter((t) => !t.deletedAt && t.cadenceId === cadence.id);
  for (const t of [...ownTouchpoints].sort((a, b) => b.id.localeCompare(a.id))) {
    const key = occurrenceKey(t.occurrence);
    if (key) linked.set(key, t);
  }
  return { records: byOccurrence, touchpoints: linked };
}

/**
 * The instants a cadence plans in [fromIso, toIso): fixed and active only. Every exported
 * function here takes an ExpansionCache (shared/recurrence.ts) its expansions and zone
 * conversions remember work in, the caller's or one for the call; the answers are the same.
 */
export function plannedOccurrences(cadence: Cadence, fromIso: string, toIso: string, cache: ExpansionCache = createExpansionCache()): string[] {
  const isPlanning = !cadence.deletedAt && cadence.status === 'active' && cadence.mode === 'fixed' && cadence.rrule.trim() !== '';
  if (!isPlanning || parseInstant(fromIso) >= parseInstant(toIso)) return [];
  return expandOccurrences({ rrule: cadence.rrule, start: cadence.start, zone: cadence.zone }, fromIso, toIso, cache);
}

/** Planned occurrences plus any recorded ones (the rule may have changed since), in [from, to). */
function occurrencesInWindow(cadence: Cadence, history: History, fromMs: number, toMs: number, cache: ExpansionCache | undefined): string[] {
  const planned = fromMs < toMs ? plannedOccurrences(cadence, toIso(fromMs), toIso(toMs), cache) : [];
  const recorded = [...history.records.keys(), ...history.touchpoints.keys()].filter((key) => {
    const ms = parseInstant(key);
    return ms >= fromMs && ms < toMs;
  });
  return [...new Set([...planned, ...recorded])].sort();
}

function effectiveAt(occurrence: string, record: OccurrenceRecord | undefined): string {
  const movedTo = record?.outcome === 'moved' ? occurrenceKey(record.movedTo ?? '') : undefined;
  return movedTo ?? occurrence;
}

/** What the records say: a linked touchpoint means held, whatever the record says. */
function recordedOccurrence(occurrence: string, history: History): CadenceOccurrence | undefined {
  const record = history.records.get(occurrence);
  const touchpoint = history.touchpoints.get(occurrence);
  const at = effectiveAt(occurrence, record);
  const recordId = record ? { recordId: record.id } : {};
  if (touchpoint) return { occurrence, at, status: 'held', touchpointId: touchpoint.id, ...recordId };
  if (!record) return undefined;
  const touchpointId = record.touchpointId ? { touchpointId: record.touchpointId } : {};
  return { occurrence, at, status: record.outcome, ...touchpointId, ...recordId };
}

/** Unrecorded: upcoming, due soon from the lead time before the start, not recorded once it has started. */
function statusByTime(cadence: Cadence, atMs: number, nowMs: number): 'upcoming' | 'due soon' | 'not recorded' {
  if (atMs <= nowMs) return 'not recorded';
  return nowMs >= atMs - cadence.leadMinutes * MINUTE_MS ? 'due soon' : 'upcoming';
}

/** A moved occurrence whose new time has come with no touchpoint is not recorded either: nobody said it happened. */
function resolveOccurrence(cadence: Cadence, occurrence: string, history: History, nowMs: number): CadenceOccurrence {
  const recorded = recordedOccurrence(occurrence, history);
  if (!recorded) return { occurrence, at: occurrence, status: statusByTime(cadence, parseInstant(occurrence), nowMs) };
  if (recorded.status === 'moved' && parseInstant(recorded.at) <= nowMs) return { ...recorded, status: 'not recorded' };
  return recorded;
}

/**
 * Each occurrence planned (or recorded) in [fromIso, toIso), by planned instant, with
 * what became of it as of `nowIso`; sorted by when it takes place.
 */
export function occurrenceStatus(
  cadence: Cadence,
  records: readonly OccurrenceRecord[],
  touchpoints: readonly Touchpoint[],
  fromIso: string,
  toIso: string,
  nowIso: string,
  cache: ExpansionCache = createExpansionCache(),
): CadenceOccurrence[] {
  const history = indexHistory(cadence, records, touchpoints);
  const nowMs = parseInstant(nowIso);
  return occurrencesInWindow(cadence, history, parseInstant(fromIso), parseInstant(toIso), cache)
    .map((occurrence) => resolveOccurrence(cadence, occurrence, history, nowMs))
    .sort((a, b) => a.at.localeCompare(b.at) || a.occurrence.localeCompare(b.occurrence));
}

/** The planned instants (epoch ms) held or skipped: what they are never changes with time, unlike a move. */
function settledInstants(history: History): number[] {
  const keys = new Set([...history.records.keys(), ...history.touchpoints.keys()]);
  return [...keys].filter((key) => ['held', 'skipped'].includes(recordedOccurrence(key, history)?.status ?? '')).map(parseInstant);
}

/** Still ahead of now: planned and unrecorded, or moved to a time to come. */
function isAhead(o: CadenceOccurrence): boolean {
  return o.status === 'upcoming' || o.status === 'due soon' || o.status === 'moved';
}

function earliest(list: readonly CadenceOccurrence[]): CadenceOccurrence | undefined {
  return [...list].sort((a, b) => a.at.localeCompare(b.at) || a.occurrence.localeCompare(b.occurrence))[0];
}

function fixedDue(cadence: Cadence, next: CadenceOccurrence, nowMs: number, cache: ExpansionCache | undefined): FixedDue {
  const band = statusByTime(cadence, parseInstant(next.at), nowMs) === 'due soon' ? 'due soon' : 'ok';
  return { mode: 'fixed', band, dueOn: dayOf(next.at, cadence.zone, cache), occurrence: next.occurrence, at: next.at };
}

/**
 * The earliest occurrence still ahead of now, moved ones at their new time. The look-ahead
 * only grows when nothing is ahead in it, e.g. for a yearly rule.
 */
function nextFixedDue(cadence: Cadence, history: History, nowMs: number, cache: ExpansionCache | undefined): FixedDue | undefined {
  const resolve = (occurrence: string) => resolveOccurrence(cadence, occurrence, history, nowMs);
  const moved = [...history.records.keys()].map(resolve).filter(isAhead);
  for (const [i, days] of LOOK_AHEAD_DAYS.entries()) {
    const endMs = nowMs + days * DAY_MS;
    const isLastWindow = i === LOOK_AHEAD_DAYS.length - 1;
    const inWindow = occurrencesInWindow(cadence, history, nowMs, endMs, cache).map(resolve);
    const next = earliest([...moved, ...inWindow].filter((o) => isAhead(o) && (isLastWindow || parseInstant(o.at) < endMs)));
    if (next) return fixedDue(cadence, next, nowMs, cache);
  }
  return undefined;
}

/**
 * Occurrences that have started with nothing recorded, oldest first: those planned since
 * the latest one held or skipped (at most MISSED_LOOKBACK_DAYS back), and those moved to a
 * time that has passed with no touchpoint. Occurrences before the latest one held or
 * skipped are taken as settled by then, so a long-idle history does not come back as
 * questions. (Moving a meeting settles nothing yet, so it hides no earlier question.)
 */
function unrecordedFixed(cadence: Cadence, history: History, nowMs: number, cache: ExpansionCache | undefined): UnrecordedOccurrence[] {
  const lookbackMs = nowMs - MISSED_LOOKBACK_DAYS * DAY_MS;
  const fromMs = Math.max(lookbackMs, ...settledInstants(history).filter((ms) => ms <= nowMs).map((ms) => ms + 1));
  const resolve = (occurrence: string) => resolveOccurrence(cadence, occurrence, history, nowMs);
  const planned = occurrencesInWindow(cadence, history, fromMs, nowMs + 1, cache).map(resolve);
  const moved = [...history.records.keys()].filter((key) => parseInstant(key) >= lookbackMs).map(resolve);
  const byKey = new Map([...planned, ...moved].filter((o) => o.status === 'not recorded').map((o) => [o.occurrence, o]));
  const durationMs = cadence.durationMinutes * MINUTE_MS;
  return [...byKey.values()]
    .sort((a, b) => a.at.localeCompare(b.at) || a.occurrence.localeCompare(b.occurrence))
    .map((o) => ({ occurrence: o.occurrence, at: o.at, endsAt: toIso(parseInstant(o.at) + durationMs), ...(o.recordId ? { recordId: o.recordId } : {}) }));
}

/** The latest day a flexible cadence was held: a linked touchpoint or a held record. */
function lastHeldDay(cadence: Cadence, records: readonly OccurrenceRecord[], touchpoints: readonly Touchpoint[], cache: ExpansionCache | undefined): string | undefined {
  const touchpointDays = touchpoints.filter((t) => !t.deletedAt && t.cadenceId === cadence.id).map((t) => t.occurredOn);
  const recordDays = records
    .filter((r) => !r.deletedAt && r.cadenceId === cadence.id && r.outcome === 'held')
    .map((r) => instantMs(r.occurrence))
    .filter((ms): ms is number => ms !== undefined)
    .map((ms) => dayOf(toIso(ms), cadence.zone, cache));
  return [...touchpointDays, ...recordDays].sort().at(-1);
}

function nextFlexibleDue(cadence: Cadence, records: readonly OccurrenceRecord[], touchpoints: readonly Touchpoint[], nowMs: number, cache: ExpansionCache | undefined): FlexibleDue | undefined {
  const ideal = cadence.idealIntervalDays;
  if (!ideal) return undefined;
  const lastHeldOn = lastHeldDay(cadence, records, touchpoints, cache);
  // Never held: measured from the day the cadence starts.
  const base = lastHeldOn ?? cadence.start.slice(0, 10);
  const idealOn = addDays(base, ideal);
  const maxOn = addDays(base, Math.max(ideal, cadence.maxIntervalDays ?? ideal));
  const today = dayOf(toIso(nowMs), cadence.zone, cache);
  const band = today > maxOn ? 'overdue' : today >= idealOn ? 'due soon' : 'ok';
  return { mode: 'flexible', band, dueOn: idealOn, idealOn, maxOn, ...(lastHeldOn ? { lastHeldOn } : {}) };
}

/**
 * When the cadence is next due, or undefined when it plans nothing more (paused, deleted,
 * a rule that has ended, a flexible cadence without an interval). Fixed: the earliest
 * occurrence still ahead of `nowIso` not skipped in advance (a moved one at its new time),
 * due soon from its lead time; never one that has started (see unrecordedOccurrences).
 * Flexible: ideal and maximum days after the last held (due soon from the ideal day,
 * overdue after the maximum).
 */
export function nextDue(cadence: Cadence, records: readonly OccurrenceRecord[], touchpoints: readonly Touchpoint[], nowIso: string, cache: ExpansionCache = createExpansionCache()): NextDue | undefined {
  if (cadence.deletedAt || cadence.status === 'paused') return undefined;
  const nowMs = parseInstant(nowIso);
  if (cadence.mode === 'flexible') return nextFlexibleDue(cadence, records, touchpoints, nowMs, cache);
  return nextFixedDue(cadence, indexHistory(cadence, records, touchpoints), nowMs, cache);
}

/**
 * The occurrences of an active fixed cadence that have started by `nowIso` with nothing
 * recorded (held, skipped, or moved to a time still ahead), oldest first: what "was it
 * held?" asks about. Empty for flexible, paused and deleted cadences.
 */
export function unrecordedOccurrences(cadence: Cadence, records: readonly OccurrenceRecord[], touchpoints: readonly Touchpoint[], nowIso: string, cache: ExpansionCache = createExpansionCache()): UnrecordedOccurrence[] {
  if (cadence.deletedAt || cadence.status !== 'active' || cadence.mode !== 'fixed') return [];
  return unrecordedFixed(cadence, indexHistory(cadence, records, touchpoints), parseInstant(nowIso), cache);
}

/**
 * The part of [fromMs, toMs) in which the cadence plans meetings: from its start, and for
 * a paused one up to its last change (`updatedAt`): no pause date is stored, and a
 * cadence cannot have been paused after it was last changed.
 */
function plannedSpan(cadence: Cadence, fromMs: number, toMs: number, cache: ExpansionCache | undefined): [number, number] {
  const startMs = parseInstant(localToUtc(cadence.start, cadence.zone, cache));
  const pausedMs = cadence.status === 'paused' ? instantMs(cadence.updatedAt) : undefined;
  return [Math.max(fromMs, startMs), Math.min(toMs, pausedMs ?? toMs)];
}

/** Whole days a window [fromMs, toMs) touches in a zone: its first day and its last, both included. */
function daysTouched(fromMs: number, toMs: number, zone: string, cache: ExpansionCache | undefined): [string, string] {
  return [dayOf(toIso(fromMs), zone, cache), dayOf(toIso(toMs - 1), zone, cache)];
}

function flexibleAdherence(cadence: Cadence, records: readonly OccurrenceRecord[], touchpoints: readonly Touchpoint[], fromMs: number, toMs: number, cache: ExpansionCache | undefined): CadenceAdherence {
  if (fromMs >= toMs) return { mode: 'flexible', planned: 0, held: 0, skipped: 0, moved: 0 };
  // A window that ends part-way through a day (a review as at now) includes that day's meetings.
  const [fromDay, lastDay] = daysTouched(fromMs, toMs, cadence.zone, cache);
  const held = touchpoints.filter((t) => !t.deletedAt && t.cadenceId === cadence.id && t.occurredOn >= fromDay && t.occurredOn <= lastDay);
  // A held record that points at (or shares an occurrence with) a counted touchpoint is the same meeting.
  const counted = new Set(held.flatMap((t) => [t.id, occurrenceKey(t.occurrence) ?? t.id]));
  const heldRecords = records.filter((r) => {
    const ms = instantMs(r.occurrence);
    const isInWindow = ms !== undefined && ms >= fromMs && ms < toMs;
    const isCounted = counted.has(r.touchpointId ?? '') || counted.has(occurrenceKey(r.occurrence) ?? '');
    return !r.deletedAt && r.cadenceId === cadence.id && r.outcome === 'held' && isInWindow && !isCounted;
  });
  const ideal = cadence.idealIntervalDays ?? 0;
  const [spanFrom, spanTo] = plannedSpan(cadence, fromMs, toMs, cache);
  const spanDays = spanFrom < spanTo ? daysBetween(...daysTouched(spanFrom, spanTo, cadence.zone, cache)) + 1 : 0;
  const planned = ideal > 0 ? Math.floor(spanDays / ideal) : 0;
  return { mode: 'flexible', planned, held: held.length + heldRecords.length, skipped: 0, moved: 0 };
}

/** Occurrences the rule plans while the cadence is live (see plannedSpan), paused or not. */
function plannedInSpan(cadence: Cadence, fromMs: number, toMs: number, cache: ExpansionCache | undefined): string[] {
  const [spanFrom, spanTo] = plannedSpan(cadence, fromMs, toMs, cache);
  const asActive: Cadence = { ...cadence, status: 'active' };
  return spanFrom < spanTo ? plannedOccurrences(asActive, toIso(spanFrom), toIso(spanTo), cache) : [];
}

/**
 * Planned against held in [fromIso, toIso), e.g. for a quarterly review as at a moment
 * (pass that moment as `toIso`). Planned counts only from the cadence's start and, when
 * paused, up to its last change; what was recorded in the window counts either way.
 */
export function cadenceAdherence(
  cadence: Cadence,
  records: readonly OccurrenceRecord[],
  touchpoints: readonly Touchpoint[],
  fromIso: string,
  toIso: string,
  cache: ExpansionCache = createExpansionCache(),
): CadenceAdherence {
  const [fromMs, toMs] = [parseInstant(fromIso), parseInstant(toIso)];
  if (cadence.mode === 'flexible') return flexibleAdherence(cadence, records, touchpoints, fromMs, toMs, cache);
  const history = indexHistory(cadence, records, touchpoints);
  const recorded = [...history.records.keys(), ...history.touchpoints.keys()].filter((key) => parseInstant(key) >= fromMs && parseInstant(key) < toMs);
  const occurrences = [...new Set([...plannedInSpan(cadence, fromMs, toMs, cache), ...recorded])];
  const outcomes = occurrences.map((o) => recordedOccurrence(o, history)?.status);
  const count = (status: OccurrenceStatus) => outcomes.filter((s) => s === status).length;
  return { mode: 'fixed', planned: outcomes.length, held: count('held'), skipped: count('skipped'), moved: count('moved') };
}
