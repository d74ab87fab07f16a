// What a cadence means over time: the occurrences it plans, what became of each (held,
// skipped, moved, missed), when the next meeting is due in either mode, and adherence.
// Instants are compared as epoch milliseconds and days taken in the cadence's own zone,
// so no answer depends on the machine's TZ.
import type { Cadence, CadenceMode, OccurrenceRecord, Touchpoint } from './domain';
import { addDays, daysBetween } from './dates';
import { expandOccurrences } from './recurrence';
import { DAY_MS, localToUtc, parseInstant, utcToLocal } from './timezones';

export type OccurrenceStatus = 'upcoming' | 'due soon' | 'held' | 'skipped' | 'moved' | 'missed';
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
  /** Occurrences missed since the last one held, skipped or moved (0 unless overdue). */
  readonly missedCount: number;
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

/** An occurrence with no record this long after its end is missed. */
export const MISSED_AFTER_MS = DAY_MS;
/** How far back an unrecorded occurrence still makes a fixed cadence overdue. */
export const MISSED_LOOKBACK_DAYS = 366;
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

/** The calendar day of an instant in a zone (utcToLocal caches its Intl formatter per zone). */
function dayOf(iso: string, zone: string): string {
  return utcToLocal(iso, zone).slice(0, 10);
}

/** Same instant, same key: "…09:00Z" and "…09:00:00.000Z" both match a planned occurrence. */
function occurrenceKey(value: string): string | undefined {
  const ms = instantMs(value);
  return ms === undefined ? undefined : toIso(ms);
}

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

/** The instants a cadence plans in [fromIso, toIso): fixed and active only. */
export function plannedOccurrences(cadence: Cadence, fromIso: string, toIso: string): string[] {
  const isPlanning = !cadence.deletedAt && cadence.status === 'active' && cadence.mode === 'fixed' && cadence.rrule.trim() !== '';
  if (!isPlanning || parseInstant(fromIso) >= parseInstant(toIso)) return [];
  return expandOccurrences({ rrule: cadence.rrule, start: cadence.start, zone: cadence.zone }, fromIso, toIso);
}

/** Planned occurrences plus any recorded ones (the rule may have changed since), in [from, to). */
function occurrencesInWindow(cadence: Cadence, history: History, fromMs: number, toMs: number): string[] {
  const planned = fromMs < toMs ? plannedOccurrences(cadence, toIso(fromMs), toIso(toMs)) : [];
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

/** Unrecorded: due soon from the lead time before the start until missed, a day after the end. */
function statusByTime(cadence: Cadence, atMs: number, nowMs: number): 'upcoming' | 'due soon' | 'missed' {
  if (nowMs > atMs + cadence.durationMinutes * MINUTE_MS + MISSED_AFTER_MS) return 'missed';
  return nowMs >= atMs - cadence.leadMinutes * MINUTE_MS ? 'due soon' : 'upcoming';
}

function resolveOccurrence(cadence: Cadence, occurrence: string, history: History, nowMs: number): CadenceOccurrence {
  return recordedOccurrence(occurrence, history) ?? { occurrence, at: occurrence, status: statusByTime(cadence, parseInstant(occurrence), nowMs) };
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
): CadenceOccurrence[] {
  const history = indexHistory(cadence, records, touchpoints);
  const nowMs = parseInstant(nowIso);
  return occurrencesInWindow(cadence, history, parseInstant(fromIso), parseInstant(toIso))
    .map((occurrence) => resolveOccurrence(cadence, occurrence, history, nowMs))
    .sort((a, b) => a.at.localeCompare(b.at) || a.occurrence.localeCompare(b.occurrence));
}

function isPending(cadence: Cadence, o: CadenceOccurrence, nowMs: number): boolean {
  if (o.status === 'upcoming' || o.status === 'due soon') return true;
  return o.status === 'moved' && statusByTime(cadence, parseInstant(o.at), nowMs) !== 'missed';
}

function earliest(list: readonly CadenceOccurrence[]): CadenceOccurrence | undefined {
  return [...list].sort((a, b) => a.at.localeCompare(b.at) || a.occurrence.localeCompare(b.occurrence))[0];
}

function fixedDue(cadence: Cadence, next: CadenceOccurrence, nowMs: number, missedCount: number): FixedDue {
  const timing = statusByTime(cadence, parseInstant(next.at), nowMs);
  const band = missedCount > 0 ? 'overdue' : timing === 'due soon' ? 'due soon' : 'ok';
  return { mode: 'fixed', band, dueOn: dayOf(next.at, cadence.zone), occurrence: next.occurrence, at: next.at, missedCount };
}

/**
 * One pass over [after the latest recorded occurrence (at most a year back), now + look-ahead):
 * the oldest missed occurrence if any, else the earliest pending one, moved ones at their
 * new time. The look-ahead only grows when nothing is pending, e.g. for a yearly rule.
 */
function nextFixedDue(cadence: Cadence, history: History, nowMs: number): FixedDue | undefined {
  const recorded = [...history.records.keys(), ...history.touchpoints.keys()].map(parseInstant).filter((ms) => ms <= nowMs);
  const fromMs = Math.max(nowMs - MISSED_LOOKBACK_DAYS * DAY_MS, ...recorded.map((ms) => ms + 1));
  const resolve = (occurrence: string) => resolveOccurrence(cadence, occurrence, history, nowMs);
  const moved = [...history.records.keys()].map(resolve).filter((o) => isPending(cadence, o, nowMs));
  for (const [i, days] of LOOK_AHEAD_DAYS.entries()) {
    const endMs = nowMs + days * DAY_MS;
    const inWindow = occurrencesInWindow(cadence, history, fromMs, endMs).map(resolve);
    const missed = inWindow.filter((o) => o.status === 'missed');
    const oldestMissed = missed[0];
    if (oldestMissed) return fixedDue(cadence, oldestMissed, nowMs, missed.length);
    const isLastWindow = i === LOOK_AHEAD_DAYS.length - 1;
    const candidates = [...moved, ...inWindow].filter((o) => isPending(cadence, o, nowMs) && (isLastWindow || parseInstant(o.at) < endMs));
    const next = earliest(candidates);
    if (next) return fixedDue(cadence, next, nowMs, 0);
  }
  return undefined;
}

/** The latest day a flexible cadence was held: a linked touchpoint or a held record. */
function lastHeldDay(cadence: Cadence, records: readonly OccurrenceRecord[], touchpoints: readonly Touchpoint[]): string | undefined {
  const touchpointDays = touchpoints.filter((t) => !t.deletedAt && t.cadenceId === cadence.id).map((t) => t.occurredOn);
  const recordDays = records
    .filter((r) => !r.deletedAt && r.cadenceId === cadence.id && r.outcome === 'held')
    .map((r) => instantMs(r.occurrence))
    .filter((ms): ms is number => ms !== undefined)
    .map((ms) => dayOf(toIso(ms), cadence.zone));
  return [...touchpointDays, ...recordDays].sort().at(-1);
}

function nextFlexibleDue(cadence: Cadence, records: readonly OccurrenceRecord[], touchpoints: readonly Touchpoint[], nowMs: number): FlexibleDue | undefined {
  const ideal = cadence.idealIntervalDays;
  if (!ideal) return undefined;
  const lastHeldOn = lastHeldDay(cadence, records, touchpoints);
  // Never held: measured from the day the cadence starts.
  const base = lastHeldOn ?? cadence.start.slice(0, 10);
  const idealOn = addDays(base, ideal);
  const maxOn = addDays(base, Math.max(ideal, cadence.maxIntervalDays ?? ideal));
  const today = dayOf(toIso(nowMs), cadence.zone);
  const band = today > maxOn ? 'overdue' : today >= idealOn ? 'due soon' : 'ok';
  return { mode: 'flexible', band, dueOn: idealOn, idealOn, maxOn, ...(lastHeldOn ? { lastHeldOn } : {}) };
}

/**
 * When the cadence is next due, or undefined when it plans nothing (paused, deleted, a
 * rule that has ended, a flexible cadence without an interval). Fixed: the oldest missed
 * occurrence since the last recorded one (overdue), else the next one not yet held,
 * skipped or moved (a moved one at its new time). Flexible: ideal and maximum days
 * after the last held (due soon from the ideal day, overdue after the maximum).
 */
export function nextDue(cadence: Cadence, records: readonly OccurrenceRecord[], touchpoints: readonly Touchpoint[], nowIso: string): NextDue | undefined {
  if (cadence.deletedAt || cadence.status === 'paused') return undefined;
  const nowMs = parseInstant(nowIso);
  if (cadence.mode === 'flexible') return nextFlexibleDue(cadence, records, touchpoints, nowMs);
  return nextFixedDue(cadence, indexHistory(cadence, records, touchpoints), nowMs);
}

/**
 * The part of [fromMs, toMs) in which the cadence plans meetings: from its start, and for
 * a paused one up to its last change (`updatedAt`): no pause date is stored, and a
 * cadence cannot have been paused after it was last changed.
 */
function plannedSpan(cadence: Cadence, fromMs: number, toMs: number): [number, number] {
  const startMs = parseInstant(localToUtc(cadence.start, cadence.zone));
  const pausedMs = cadence.status === 'paused' ? instantMs(cadence.updatedAt) : undefined;
  return [Math.max(fromMs, startMs), Math.min(toMs, pausedMs ?? toMs)];
}

/** Whole days a window [fromMs, toMs) touches in a zone: its first day and its last, both included. */
function daysTouched(fromMs: number, toMs: number, zone: string): [string, string] {
  return [dayOf(toIso(fromMs), zone), dayOf(toIso(toMs - 1), zone)];
}

function flexibleAdherence(cadence: Cadence, records: readonly OccurrenceRecord[], touchpoints: readonly Touchpoint[], fromMs: number, toMs: number): CadenceAdherence {
  if (fromMs >= toMs) return { mode: 'flexible', planned: 0, held: 0, skipped: 0, moved: 0 };
  // A window that ends part-way through a day (a review as at now) includes that day's meetings.
  const [fromDay, lastDay] = daysTouched(fromMs, toMs, cadence.zone);
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
  const [spanFrom, spanTo] = plannedSpan(cadence, fromMs, toMs);
  const spanDays = spanFrom < spanTo ? daysBetween(...daysTouched(spanFrom, spanTo, cadence.zone)) + 1 : 0;
  const planned = ideal > 0 ? Math.floor(spanDays / ideal) : 0;
  return { mode: 'flexible', planned, held: held.length + heldRecords.length, skipped: 0, moved: 0 };
}

/** Occurrences the rule plans while the cadence is live (see plannedSpan), paused or not. */
function plannedInSpan(cadence: Cadence, fromMs: number, toMs: number): string[] {
  const [spanFrom, spanTo] = plannedSpan(cadence, fromMs, toMs);
  const asActive: Cadence = { ...cadence, status: 'active' };
  return spanFrom < spanTo ? plannedOccurrences(asActive, toIso(spanFrom), toIso(spanTo)) : [];
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
): CadenceAdherence {
  const [fromMs, toMs] = [parseInstant(fromIso), parseInstant(toIso)];
  if (cadence.mode === 'flexible') return flexibleAdherence(cadence, records, touchpoints, fromMs, toMs);
  const history = indexHistory(cadence, records, touchpoints);
  const recorded = [...history.records.keys(), ...history.touchpoints.keys()].filter((key) => parseInstant(key) >= fromMs && parseInstant(key) < toMs);
  const occurrences = [...new Set([...plannedInSpan(cadence, fromMs, toMs), ...recorded])];
  const outcomes = occurrences.map((o) => recordedOccurrence(o, history)?.status);
  const count = (status: OccurrenceStatus) => outcomes.filter((s) => s === status).length;
  return { mode: 'fixed', planned: outcomes.length, held: count('held'), skipped: count('skipped'), moved: count('moved') };
}
