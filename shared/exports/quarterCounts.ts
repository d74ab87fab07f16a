// What a quarterly review (quarterlyReview.ts) and the portfolio roll-up
// (portfolioRollup.ts) count alike: the moment they are "as at", cadence adherence up
// to it, and each side's commitments as they stood then.
import type { Cadence, CadenceKind, CadenceMode, Commitment, OccurrenceRecord, PortfolioSnapshot, Touchpoint } from '../domain';
import { isDay } from '../domain';
import type { BySide, SideReciprocity } from '../commitments';
import { reciprocity } from '../commitments';
import { cadenceAdherence } from '../cadenceSchedule';
import { addDays } from '../dates';
import type { ExpansionCache } from '../recurrence';
import { createExpansionCache } from '../recurrence';
import type { ZoneCache } from '../timezones';
import { localToUtc, parseInstant, utcToLocal } from '../timezones';
import type { DayRange } from './quarter';
import { isInRange } from './quarter';

/** Where the moment of the review falls against the quarter. */
export type ReviewTiming = 'ended' | 'in progress' | 'not started';

/**
 * The moment every figure of a review or roll-up is "as at": now inside the quarter,
 * the quarter's end once it is over, its start before it begins (nothing counted yet).
 */
export interface AsAt {
  /** ISO UTC instant. */
  readonly asOf: string;
  /** The day `asOf` falls in, in `zone`; for a moment at midnight, the day that just ended. */
  readonly asOfDay: string;
  readonly timing: ReviewTiming;
  /** The zone days are read in. */
  readonly zone: string;
  /** The moment the review was made (now, or the CLI's --as-of), ISO UTC. */
  readonly generatedAt: string;
}

export interface CadenceAdherenceRow {
  readonly name: string;
  readonly kind: CadenceKind;
  readonly mode: CadenceMode;
  readonly planned: number;
  readonly held: number;
  readonly skipped: number;
  readonly moved: number;
  /** held / planned as a whole percent, capped at 100; undefined when nothing was planned. */
  readonly percent?: number;
  /** Planned later in the quarter than `countedUntil`: shown apart, never counted. */
  readonly ahead: number;
  /** Occurrences before this instant (ISO UTC) are counted: never after the review's moment. */
  readonly countedUntil: string;
}

/** Adherence over all of a partnership's cadences, counted up to the moment; `ahead` is what the quarter still plans after it. */
export interface AdherenceTotals {
  readonly cadences: readonly CadenceAdherenceRow[];
  readonly planned: number;
  readonly held: number;
  readonly percent?: number;
  readonly ahead: number;
}

/** Counts of the commitments due by the review's moment; `open` ones among them are overdue. */
export interface SideSummary extends SideReciprocity {
  /** Done on time out of all due by the review's moment, as a whole percent; undefined when none were. */
  readonly onTimePercent?: number;
  /** Due later in the quarter: outside the rates. */
  readonly dueLater: number;
}

export function todayOf(now: string): string {
  const day = now.slice(0, 10);
  if (!isDay(day)) throw new Error(`Expected "now" as an ISO instant or yyyy-MM-dd, got "${now}".`);
  return day;
}

export const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** The instant of `now`: an ISO instant as is, a day as the end of that day in `zone`. */
function nowInstantMs(now: string, zone: string, cache?: ZoneCache): number {
  if (DAY_PATTERN.test(now)) return parseInstant(localToUtc(`${addDays(todayOf(now), 1)}T00:00`, zone, cache));
  try {
    return parseInstant(now);
  } catch {
    throw new Error(`Expected "now" as an ISO instant or yyyy-MM-dd, got "${now}".`);
  }
}

export const isoOf = (ms: number) => new Date(ms).toISOString();
export const dayAt = (ms: number, zone: string, cache?: ZoneCache) => utcToLocal(isoOf(ms), zone, cache).slice(0, 10);

/** [start, end) of a day range in a zone, as epoch ms: local midnight to the local midnight after. */
function rangeMs(range: DayRange, zone: string, cache?: ZoneCache): [number, number] {
  return windowIn(range, zone, cache).map(parseInstant) as [number, number];
}

/** The moment a review of `range` made at `now` is as at (see AsAt); `cache` remembers the zone conversions. */
export function reviewAsAt(range: DayRange, now: string, zone = 'UTC', cache?: ZoneCache): AsAt {
  const nowMs = nowInstantMs(now, zone, cache);
  const [startMs, endMs] = rangeMs(range, zone, cache);
  const timing: ReviewTiming = nowMs >= endMs ? 'ended' : nowMs < startMs ? 'not started' : 'in progress';
  const asOfMs = timing === 'ended' ? endMs : timing === 'not started' ? startMs : nowMs;
  return { asOf: isoOf(asOfMs), asOfDay: dayAt(asOfMs - 1, zone, cache), timing, zone, generatedAt: isoOf(nowMs) };
}

export function percent(part: number, whole: number): number | undefined {
  return whole > 0 ? Math.min(100, Math.round((100 * part) / whole)) : undefined;
}

export const live = <T extends { readonly deletedAt?: string; readonly partnershipId: string }>(list: readonly T[], partnershipId: string): T[] =>
  list.filter((r) => !r.deletedAt && r.partnershipId === partnershipId);

/** The [from, to) instants of a day range in a zone: local midnight to the next local midnight. */
export function windowIn(range: DayRange, zone: string, cache?: ZoneCache): [string, string] {
  return [localToUtc(`${range.first}T00:00`, zone, cache), localToUtc(`${addDays(range.last, 1)}T00:00`, zone, cache)];
}

/**
 * Where counting stops for a cadence: the review's moment, inside the quarter as the
 * cadence's zone draws it. Once the quarter is over it is read against the real now, so a
 * cadence in a zone behind the user's never counts a meeting that has not happened yet.
 */
function countedUntilMs(cadence: Cadence, range: DayRange, asAt: AsAt, cache: ExpansionCache): number {
  const [fromMs, toMs] = rangeMs(range, cadence.zone, cache);
  if (asAt.timing === 'not started') return fromMs;
  const momentMs = parseInstant(asAt.timing === 'ended' ? asAt.generatedAt : asAt.asOf);
  return Math.min(toMs, Math.max(fromMs, momentMs));
}

/** A cadence's live records and touchpoints: what its adherence is counted from. */
interface CadenceHistory {
  readonly records: OccurrenceRecord[];
  readonly touchpoints: Touchpoint[];
}

/**
 * Instants are compared as text here, so a margin of days holds every instant written with
 * an offset (its text starts with its local day, at most a day from UTC's).
 */
const TEXT_MARGIN_DAYS = 2;

/**
 * The live records and touchpoints of each cadence that can count in the range: those whose
 * occurrence falls within TEXT_MARGIN_DAYS of it, and for a flexible cadence the touchpoints
 * held within them too. Grouped in one pass, not filtered out of the whole history twice per
 * cadence; cadenceAdherence finds the same ones (it drops deleted ones and compares instants).
 */
function historyInRange(snapshot: PortfolioSnapshot, cadences: readonly Cadence[], range: DayRange): Map<string, CadenceHistory> {
  const [from, to] = [addDays(range.first, -TEXT_MARGIN_DAYS), addDays(range.last, TEXT_MARGIN_DAYS + 1)];
  const isNear = (text: string) => text >= from && text < to;
  const flexible = new Set<string>(cadences.filter((c) => c.mode === 'flexible').map((c) => c.id));
  const byCadence = new Map(cadences.map((c): [string, CadenceHistory] => [c.id, { records: [], touchpoints: [] }]));
  for (const r of snapshot.occurrences) if (!r.deletedAt && isNear(r.occurrence)) byCadence.get(r.cadenceId)?.records.push(r);
  for (const t of snapshot.touchpoints) {
    if (!t.deletedAt && (isNear(t.occurrence) || (flexible.has(t.cadenceId) && isNear(t.occurredOn)))) byCadence.get(t.cadenceId)?.touchpoints.push(t);
  }
  return byCadence;
}

function adherenceRow(cadence: Cadence, history: CadenceHistory, range: DayRange, asAt: AsAt, cache: ExpansionCache): CadenceAdherenceRow {
  const [from, to] = windowIn(range, cadence.zone, cache);
  const countedUntil = isoOf(countedUntilMs(cadence, range, asAt, cache));
  const a = cadenceAdherence(cadence, history.records, history.touchpoints, from, countedUntil, cache);
  const whole = cadenceAdherence(cadence, history.records, history.touchpoints, from, to, cache);
  const ahead = Math.max(0, whole.planned - a.planned);
  const row = { name: cadence.name, kind: cadence.kind, mode: cadence.mode, planned: a.planned, held: a.held, skipped: a.skipped, moved: a.moved, ahead, countedUntil };
  const pct = percent(a.held, a.planned);
  return pct === undefined ? row : { ...row, percent: pct };
}

/** Each cadence's adherence in the range; `cache` remembers expansions and zone conversions (one for the call when absent). */
export function adherenceRows(snapshot: PortfolioSnapshot, partnershipId: string, range: DayRange, asAt: AsAt, cache: ExpansionCache = createExpansionCache()): CadenceAdherenceRow[] {
  const cadences = live(snapshot.cadences, partnershipId).sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  const histories = historyInRange(snapshot, cadences, range);
  return cadences.map((cadence) => adherenceRow(cadence, histories.get(cadence.id)!, range, asAt, cache));
}

export function adherenceTotals(cadences: readonly CadenceAdherenceRow[]): AdherenceTotals {
  const sum = (pick: (c: CadenceAdherenceRow) => number) => cadences.reduce((n, c) => n + pick(c), 0);
  const [planned, held, ahead] = [sum((c) => c.planned), sum((c) => c.held), sum((c) => c.ahead)];
  const pct = percent(held, planned);
  return { cadences, planned, held, ahead, ...(pct === undefined ? {} : { percent: pct }) };
}

/** The commitment as it stood at the moment: done after it (by `doneOn`) reads as still open. */
export function asAtCommitment(c: Commitment, asAt: AsAt): Commitment {
  if (c.status !== 'done' || !c.doneOn || c.doneOn <= asAt.asOfDay) return c;
  const { doneOn: _doneAfter, ...rest } = c;
  return { ...rest, status: 'open' };
}

/** The first day not over at the moment (the moment's own day): a due day before it is past. */
export function firstOpenDay(asAt: AsAt, cache?: ZoneCache): string {
  return dayAt(parseInstant(asAt.asOf), asAt.zone, cache);
}

/**
 * Due by the moment: its due day is over, or it was settled (done or dropped) by then.
 * `openDay` is firstOpenDay(asAt), which a caller looping over commitments reads once.
 */
export function isDueByAsOf(c: Commitment, asAt: AsAt, openDay = firstOpenDay(asAt)): boolean {
  return c.dueOn < openDay || (c.status !== 'open' && c.dueOn <= asAt.asOfDay);
}

/** Per side, the commitments of the quarter due by the moment (as they stood then), and how many are due later. */
export function sideSummaries(snapshot: PortfolioSnapshot, partnershipId: string, range: DayRange, asAt: AsAt, cache?: ZoneCache): BySide<SideSummary> {
  const inQuarter = live(snapshot.commitments, partnershipId).filter((c) => isInRange(c.dueOn, range)).map((c) => asAtCommitment(c, asAt));
  const openDay = firstOpenDay(asAt, cache);
  const sides = reciprocity(inQuarter.filter((c) => isDueByAsOf(c, asAt, openDay)), range.first, range.last);
  const later = reciprocity(inQuarter.filter((c) => !isDueByAsOf(c, asAt, openDay)), range.first, range.last);
  const summary = (s: SideReciprocity, dueLater: number): SideSummary => {
    const pct = percent(s.onTime, s.total);
    return pct === undefined ? { ...s, dueLater } : { ...s, dueLater, onTimePercent: pct };
  };
  return { us: summary(sides.us, later.us.total), partner: summary(sides.partner, later.partner.total), joint: summary(sides.joint, later.joint.total) };
}

/** The last day a review counts: the quarter's last, or the moment's day if that is earlier. */
export function lastCountedDay(range: DayRange, asAt: AsAt): string {
  return asAt.asOfDay < range.last ? asAt.asOfDay : range.last;
}

/** The day the review was made: a day given as `now` is that day; an instant's day in the zone. */
export function generatedDay(now: string, asAt: AsAt, cache?: ZoneCache): string {
  return DAY_PATTERN.test(now) ? todayOf(now) : dayAt(parseInstant(asAt.generatedAt), asAt.zone, cache);
}
