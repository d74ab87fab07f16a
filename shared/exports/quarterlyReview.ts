// The quarterly review of one partnership as plain data, in an internal or a
// partner-safe edition, and the executives' portfolio roll-up. Partner-edition records
// are assembled from shared fields only (see partnerSafe.ts); internal-only facts are
// added beside them when, and only when, the edition is internal.
import type {
  Cadence,
  CadenceKind,
  CadenceMode,
  Commitment,
  CommitmentSource,
  IntentVersion,
  OwedBy,
  Partnership,
  PartnershipStatus,
  Perspective,
} from '../domain';
import { COMMITMENT_VISIBILITY, DECISION_VISIBILITY, EMPTY_INTENT_CONTENT, HEALTH_VISIBILITY, PARTNERSHIP_VISIBILITY, isDay } from '../domain';
import type { PortfolioSnapshot } from '../sample/portfolioGenerator';
import type { BySide, CommitmentState, SideReciprocity } from '../commitments';
import { commitmentState, reciprocity } from '../commitments';
import { cadenceAdherence, plannedOccurrences } from '../cadenceSchedule';
import type { GapRow } from '../health';
import { latestChecks, overallScore, perceptionGap } from '../health';
import type { SectionChange } from '../intentDiff';
import { diffIntent } from '../intentDiff';
import { addDays } from '../dates';
import { localToUtc, parseInstant, utcToLocal } from '../timezones';
import type { Edition } from './partnerSafe';
import { pickShared } from './partnerSafe';
import type { DayRange, Quarter } from './quarter';
import { formatQuarter, isInRange, nextQuarter, quarterRange, toQuarter } from './quarter';

export interface ReviewOptions {
  readonly edition: Edition;
  /** ISO instant, or `yyyy-MM-dd` for the end of that day in `zone`: the moment the review is made. */
  readonly now: string;
  /** The user's IANA zone, in which days (today, due days, the quarter's bounds) are read; UTC when absent. */
  readonly zone?: string;
}

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

export type PartnershipFacts = Pick<Partnership, 'name' | 'partnerOrg' | 'type' | 'signedOn' | 'termEndsOn' | 'owner'>;

export interface PartnershipInternalFacts {
  readonly status: PartnershipStatus;
  readonly tags: readonly string[];
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

export interface CommitmentRow {
  readonly title: string;
  readonly detail: string;
  readonly owedBy: OwedBy;
  readonly ownerName: string;
  readonly dueOn: string;
  readonly status: Commitment['status'];
  readonly doneOn?: string;
  /** As at the review's moment: a commitment done after it reads as still open then. */
  readonly state: CommitmentState;
  /** Due by the review's moment, so counted in the rates; otherwise "due later". */
  readonly isDue: boolean;
  /** Internal edition only. */
  readonly source?: CommitmentSource;
}

/** Counts of the commitments due by the review's moment; `open` ones among them are overdue. */
export interface SideSummary extends SideReciprocity {
  /** Done on time out of all due by the review's moment, as a whole percent; undefined when none were. */
  readonly onTimePercent?: number;
  /** Due later in the quarter: outside the rates. */
  readonly dueLater: number;
}

export interface HealthPoint {
  readonly assessedOn: string;
  readonly perspective: Perspective;
  readonly respondent: string;
  readonly overall: number;
  /** Internal edition only. */
  readonly internalNotes?: string;
}

export type GoalTiming = 'due in quarter' | 'due before quarter' | 'due later' | 'no due date';

export interface GoalStatusRow {
  readonly statement: string;
  readonly metric: string;
  readonly target: string;
  readonly dueBy?: string;
  readonly timing: GoalTiming;
}

export interface DecisionRow {
  readonly decidedOn: string;
  readonly statement: string;
  /** Internal edition only. */
  readonly rationale?: string;
}

export interface PlannedOccurrenceRow {
  readonly cadenceName: string;
  /** Planned instant, ISO UTC. */
  readonly at: string;
  /** Local date-time in the cadence's zone, `yyyy-MM-ddTHH:mm`. */
  readonly local: string;
  readonly zone: string;
}

export interface QuarterlyReview extends AsAt {
  readonly edition: Edition;
  readonly quarter: string;
  readonly range: DayRange;
  readonly generatedOn: string;
  readonly partnership: PartnershipFacts;
  /** Internal edition only. */
  readonly internal?: PartnershipInternalFacts;
  /** Counted up to the moment; `ahead` is what the quarter still plans after it. */
  readonly adherence: { readonly cadences: readonly CadenceAdherenceRow[]; readonly planned: number; readonly held: number; readonly percent?: number; readonly ahead: number };
  readonly commitments: { readonly bySide: BySide<SideSummary>; readonly isReciprocal: boolean; readonly items: readonly CommitmentRow[] };
  /** Checks in the quarter up to the moment plus the last one before it of each side, oldest first; the gap as at `gapAsOf`. */
  readonly health: { readonly points: readonly HealthPoint[]; readonly gap: readonly GapRow[]; readonly gapAsOf: string };
  readonly goals: { readonly version?: number; readonly rows: readonly GoalStatusRow[] };
  readonly decisions: readonly DecisionRow[];
  readonly intentChanges: { readonly fromVersion?: number; readonly toVersion?: number; readonly changes: readonly SectionChange[] };
  readonly nextQuarter: { readonly quarter: string; readonly range: DayRange; readonly occurrences: readonly PlannedOccurrenceRow[]; readonly commitmentsDue: readonly CommitmentRow[] };
}

/** Each side's on-time rates may differ by this many points and still count as reciprocal. */
export const RECIPROCITY_TOLERANCE_POINTS = 25;

export function todayOf(now: string): string {
  const day = now.slice(0, 10);
  if (!isDay(day)) throw new Error(`Expected "now" as an ISO instant or yyyy-MM-dd, got "${now}".`);
  return day;
}

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** The instant of `now`: an ISO instant as is, a day as the end of that day in `zone`. */
function nowInstantMs(now: string, zone: string): number {
  if (DAY_PATTERN.test(now)) return parseInstant(localToUtc(`${addDays(todayOf(now), 1)}T00:00`, zone));
  try {
    return parseInstant(now);
  } catch {
    throw new Error(`Expected "now" as an ISO instant or yyyy-MM-dd, got "${now}".`);
  }
}

const isoOf = (ms: number) => new Date(ms).toISOString();
const dayAt = (ms: number, zone: string) => utcToLocal(isoOf(ms), zone).slice(0, 10);

/** [start, end) of a day range in a zone, as epoch ms: local midnight to the local midnight after. */
function rangeMs(range: DayRange, zone: string): [number, number] {
  return windowIn(range, zone).map(parseInstant) as [number, number];
}

/** The moment a review of `range` made at `now` is as at (see AsAt). */
export function reviewAsAt(range: DayRange, now: string, zone = 'UTC'): AsAt {
  const nowMs = nowInstantMs(now, zone);
  const [startMs, endMs] = rangeMs(range, zone);
  const timing: ReviewTiming = nowMs >= endMs ? 'ended' : nowMs < startMs ? 'not started' : 'in progress';
  const asOfMs = timing === 'ended' ? endMs : timing === 'not started' ? startMs : nowMs;
  return { asOf: isoOf(asOfMs), asOfDay: dayAt(asOfMs - 1, zone), timing, zone, generatedAt: isoOf(nowMs) };
}

function percent(part: number, whole: number): number | undefined {
  return whole > 0 ? Math.min(100, Math.round((100 * part) / whole)) : undefined;
}

function findPartnership(snapshot: PortfolioSnapshot, partnershipId: string): Partnership {
  const partnership = snapshot.partnerships.find((p) => p.id === partnershipId && !p.deletedAt);
  if (!partnership) throw new Error(`No partnership with id "${partnershipId}".`);
  return partnership;
}

const live = <T extends { readonly deletedAt?: string; readonly partnershipId: string }>(list: readonly T[], partnershipId: string): T[] =>
  list.filter((r) => !r.deletedAt && r.partnershipId === partnershipId);

/** The [from, to) instants of a day range in a zone: local midnight to the next local midnight. */
function windowIn(range: DayRange, zone: string): [string, string] {
  return [localToUtc(`${range.first}T00:00`, zone), localToUtc(`${addDays(range.last, 1)}T00:00`, zone)];
}

/**
 * Where counting stops for a cadence: the review's moment, inside the quarter as the
 * cadence's zone draws it. Once the quarter is over it is read against the real now, so a
 * cadence in a zone behind the user's never counts a meeting that has not happened yet.
 */
function countedUntilMs(cadence: Cadence, range: DayRange, asAt: AsAt): number {
  const [fromMs, toMs] = rangeMs(range, cadence.zone);
  if (asAt.timing === 'not started') return fromMs;
  const momentMs = parseInstant(asAt.timing === 'ended' ? asAt.generatedAt : asAt.asOf);
  return Math.min(toMs, Math.max(fromMs, momentMs));
}

function adherenceRow(snapshot: PortfolioSnapshot, cadence: Cadence, range: DayRange, asAt: AsAt): CadenceAdherenceRow {
  const [from, to] = windowIn(range, cadence.zone);
  const countedUntil = isoOf(countedUntilMs(cadence, range, asAt));
  const a = cadenceAdherence(cadence, snapshot.occurrences, snapshot.touchpoints, from, countedUntil);
  const whole = cadenceAdherence(cadence, snapshot.occurrences, snapshot.touchpoints, from, to);
  const ahead = Math.max(0, whole.planned - a.planned);
  const row = { name: cadence.name, kind: cadence.kind, mode: cadence.mode, planned: a.planned, held: a.held, skipped: a.skipped, moved: a.moved, ahead, countedUntil };
  const pct = percent(a.held, a.planned);
  return pct === undefined ? row : { ...row, percent: pct };
}

export function adherenceRows(snapshot: PortfolioSnapshot, partnershipId: string, range: DayRange, asAt: AsAt): CadenceAdherenceRow[] {
  return live(snapshot.cadences, partnershipId)
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id))
    .map((cadence) => adherenceRow(snapshot, cadence, range, asAt));
}

function adherenceTotals(cadences: readonly CadenceAdherenceRow[]): QuarterlyReview['adherence'] {
  const sum = (pick: (c: CadenceAdherenceRow) => number) => cadences.reduce((n, c) => n + pick(c), 0);
  const [planned, held, ahead] = [sum((c) => c.planned), sum((c) => c.held), sum((c) => c.ahead)];
  const pct = percent(held, planned);
  return { cadences, planned, held, ahead, ...(pct === undefined ? {} : { percent: pct }) };
}

/** The commitment as it stood at the moment: done after it (by `doneOn`) reads as still open. */
function asAtCommitment(c: Commitment, asAt: AsAt): Commitment {
  if (c.status !== 'done' || !c.doneOn || c.doneOn <= asAt.asOfDay) return c;
  const { doneOn: _doneAfter, ...rest } = c;
  return { ...rest, status: 'open' };
}

/** Due by the moment: its due day is over, or it was settled (done or dropped) by then. */
export function isDueByAsOf(c: Commitment, asAt: AsAt): boolean {
  const firstOpenDay = dayAt(parseInstant(asAt.asOf), asAt.zone);
  return c.dueOn < firstOpenDay || (c.status !== 'open' && c.dueOn <= asAt.asOfDay);
}

function commitmentRow(original: Commitment, ownerNames: ReadonlyMap<string, string>, asAt: AsAt, edition: Edition): CommitmentRow {
  const c = asAtCommitment(original, asAt);
  const shared = pickShared(c, COMMITMENT_VISIBILITY);
  const row: CommitmentRow = {
    title: shared.title,
    detail: shared.detail,
    owedBy: shared.owedBy,
    ownerName: ownerNames.get(shared.ownerId) ?? '',
    dueOn: shared.dueOn,
    status: shared.status,
    ...(shared.doneOn ? { doneOn: shared.doneOn } : {}),
    state: commitmentState(c, dayAt(parseInstant(asAt.asOf), asAt.zone)),
    isDue: isDueByAsOf(c, asAt),
  };
  return edition === 'internal' ? { ...row, source: c.source } : row;
}

export function ownerNames(snapshot: PortfolioSnapshot): Map<string, string> {
  return new Map(snapshot.stakeholders.filter((s) => !s.deletedAt).map((s) => [s.id, s.name]));
}

function commitmentsDue(snapshot: PortfolioSnapshot, partnershipId: string, range: DayRange, asAt: AsAt, edition: Edition): CommitmentRow[] {
  const names = ownerNames(snapshot);
  return live(snapshot.commitments, partnershipId)
    .filter((c) => isInRange(c.dueOn, range))
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.title.localeCompare(b.title) || a.id.localeCompare(b.id))
    .map((c) => commitmentRow(c, names, asAt, edition));
}

/** Per side, the commitments of the quarter due by the moment (as they stood then), and how many are due later. */
export function sideSummaries(snapshot: PortfolioSnapshot, partnershipId: string, range: DayRange, asAt: AsAt): BySide<SideSummary> {
  const inQuarter = live(snapshot.commitments, partnershipId).filter((c) => isInRange(c.dueOn, range)).map((c) => asAtCommitment(c, asAt));
  const sides = reciprocity(inQuarter.filter((c) => isDueByAsOf(c, asAt)), range.first, range.last);
  const later = reciprocity(inQuarter.filter((c) => !isDueByAsOf(c, asAt)), range.first, range.last);
  const summary = (s: SideReciprocity, dueLater: number): SideSummary => {
    const pct = percent(s.onTime, s.total);
    return pct === undefined ? { ...s, dueLater } : { ...s, dueLater, onTimePercent: pct };
  };
  return { us: summary(sides.us, later.us.total), partner: summary(sides.partner, later.partner.total), joint: summary(sides.joint, later.joint.total) };
}

/** Both sides had something due by the moment and kept their word at similar rates. */
export function isReciprocal(sides: BySide<SideSummary>): boolean {
  const [ours, theirs] = [sides.us.onTimePercent, sides.partner.onTimePercent];
  return ours !== undefined && theirs !== undefined && Math.abs(ours - theirs) <= RECIPROCITY_TOLERANCE_POINTS;
}

/** The last day a review counts: the quarter's last, or the moment's day if that is earlier. */
function lastCountedDay(range: DayRange, asAt: AsAt): string {
  return asAt.asOfDay < range.last ? asAt.asOfDay : range.last;
}

function healthSection(snapshot: PortfolioSnapshot, partnershipId: string, range: DayRange, asAt: AsAt, edition: Edition): QuarterlyReview['health'] {
  const gapAsOf = lastCountedDay(range, asAt);
  const checks = live(snapshot.healthChecks, partnershipId).filter((c) => c.assessedOn <= gapAsOf);
  const ordered = [...checks].sort((a, b) => a.assessedOn.localeCompare(b.assessedOn) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  const baseline = (['ours', 'partner'] as const).flatMap((side) => ordered.filter((c) => c.perspective === side && c.assessedOn < range.first).slice(-1));
  const shown = ordered.filter((c) => baseline.includes(c) || c.assessedOn >= range.first);
  const points = shown.map((check): HealthPoint => {
    const shared = pickShared(check, HEALTH_VISIBILITY);
    const point = { assessedOn: shared.assessedOn, perspective: shared.perspective, respondent: shared.respondent, overall: overallScore(check) };
    return edition === 'internal' ? { ...point, internalNotes: check.internalNotes } : point;
  });
  return { points, gap: perceptionGap(checks), gapAsOf };
}

/** The charter in force on a day: the newest version agreed on or before it (superseded since or not). */
export function intentInForceOn(versions: readonly IntentVersion[], day: string): IntentVersion | undefined {
  return versions
    .filter((v) => !v.deletedAt && v.status !== 'draft' && v.agreement && v.agreement.agreedOn <= day)
    .sort((a, b) => b.version - a.version)[0];
}

function goalTiming(dueBy: string | undefined, range: DayRange): GoalTiming {
  if (!dueBy) return 'no due date';
  if (dueBy < range.first) return 'due before quarter';
  return dueBy <= range.last ? 'due in quarter' : 'due later';
}

function goalsSection(version: IntentVersion | undefined, range: DayRange): QuarterlyReview['goals'] {
  if (!version) return { rows: [] };
  const rows = version.goals.map((g) => ({ statement: g.statement, metric: g.metric, target: g.target, ...(g.dueBy ? { dueBy: g.dueBy } : {}), timing: goalTiming(g.dueBy, range) }));
  return { version: version.version, rows };
}

function intentChanges(versions: readonly IntentVersion[], range: DayRange, edition: Edition): QuarterlyReview['intentChanges'] {
  const [from, to] = [intentInForceOn(versions, addDays(range.first, -1)), intentInForceOn(versions, range.last)];
  const changes = to && from?.id !== to.id ? diffIntent(from ?? EMPTY_INTENT_CONTENT, to, { partnerSafe: edition === 'partner' }) : [];
  return { ...(from ? { fromVersion: from.version } : {}), ...(to ? { toVersion: to.version } : {}), changes };
}

function decisionsIn(snapshot: PortfolioSnapshot, partnershipId: string, range: DayRange, asAt: AsAt, edition: Edition): DecisionRow[] {
  return live(snapshot.decisions, partnershipId)
    .filter((d) => isInRange(d.decidedOn, range) && d.decidedOn <= asAt.asOfDay)
    .sort((a, b) => a.decidedOn.localeCompare(b.decidedOn) || a.id.localeCompare(b.id))
    .map((d) => {
      const shared = pickShared(d, DECISION_VISIBILITY);
      const row = { decidedOn: shared.decidedOn, statement: shared.statement };
      return edition === 'internal' ? { ...row, rationale: d.rationale } : row;
    });
}

function plannedIn(cadences: readonly Cadence[], range: DayRange): PlannedOccurrenceRow[] {
  return cadences
    .flatMap((cadence) =>
      plannedOccurrences(cadence, ...windowIn(range, cadence.zone)).map((at) => ({ cadenceName: cadence.name, at, local: utcToLocal(at, cadence.zone).slice(0, 16), zone: cadence.zone })),
    )
    .sort((a, b) => a.at.localeCompare(b.at) || a.cadenceName.localeCompare(b.cadenceName));
}

function partnershipFacts(partnership: Partnership): PartnershipFacts {
  const shared = pickShared(partnership, PARTNERSHIP_VISIBILITY);
  return {
    name: shared.name,
    partnerOrg: shared.partnerOrg,
    type: shared.type,
    owner: shared.owner,
    ...(shared.signedOn ? { signedOn: shared.signedOn } : {}),
    ...(shared.termEndsOn ? { termEndsOn: shared.termEndsOn } : {}),
  };
}

/** The day the review was made: a day given as `now` is that day; an instant's day in the zone. */
function generatedDay(now: string, asAt: AsAt): string {
  return DAY_PATTERN.test(now) ? todayOf(now) : dayAt(parseInstant(asAt.generatedAt), asAt.zone);
}

export function buildQuarterlyReview(snapshot: PortfolioSnapshot, partnershipId: string, quarter: Quarter | string, options: ReviewOptions): QuarterlyReview {
  const { edition } = options;
  const partnership = findPartnership(snapshot, partnershipId);
  const q = toQuarter(quarter);
  const [range, next] = [quarterRange(q), nextQuarter(q)];
  const asAt = reviewAsAt(range, options.now, options.zone);
  const versions = live(snapshot.intentVersions, partnershipId);
  const bySide = sideSummaries(snapshot, partnershipId, range, asAt);
  return {
    edition,
    quarter: formatQuarter(q),
    range,
    ...asAt,
    generatedOn: generatedDay(options.now, asAt),
    partnership: partnershipFacts(partnership),
    ...(edition === 'internal' ? { internal: { status: partnership.status, tags: [...partnership.tags] } } : {}),
    adherence: adherenceTotals(adherenceRows(snapshot, partnershipId, range, asAt)),
    commitments: { bySide, isReciprocal: isReciprocal(bySide), items: commitmentsDue(snapshot, partnershipId, range, asAt, edition) },
    health: healthSection(snapshot, partnershipId, range, asAt, edition),
    goals: goalsSection(intentInForceOn(versions, range.last), range),
    decisions: decisionsIn(snapshot, partnershipId, range, asAt, edition),
    intentChanges: intentChanges(versions, range, edition),
    nextQuarter: {
      quarter: formatQuarter(next),
      range: quarterRange(next),
      occurrences: plannedIn(live(snapshot.cadences, partnershipId), quarterRange(next)),
      commitmentsDue: commitmentsDue(snapshot, partnershipId, quarterRange(next), asAt, edition),
    },
  };
}

export interface RollupRow {
  readonly partnershipId: string;
  readonly name: string;
  readonly partnerOrg: string;
  readonly status: PartnershipStatus;
  /** Held / planned across the partnership's cadences up to the moment, whole percent. */
  readonly adherencePercent?: number;
  readonly oursOnTimePercent?: number;
  readonly theirsOnTimePercent?: number;
  /** Overall score of the latest check of each side up to quarter end. */
  readonly healthOurs?: number;
  readonly healthPartner?: number;
  /** healthOurs − healthPartner, one decimal. */
  readonly gap?: number;
  readonly renewalOn?: string;
}

/** For executives only: there is no partner edition of the roll-up. */
export interface PortfolioRollup extends AsAt {
  readonly quarter: string;
  readonly range: DayRange;
  readonly generatedOn: string;
  readonly rows: readonly RollupRow[];
}

function rollupRow(snapshot: PortfolioSnapshot, partnership: Partnership, range: DayRange, asAt: AsAt): RollupRow {
  const adherence = adherenceTotals(adherenceRows(snapshot, partnership.id, range, asAt)).percent;
  const sides = sideSummaries(snapshot, partnership.id, range, asAt);
  const lastDay = lastCountedDay(range, asAt);
  const { ours, partner } = latestChecks(live(snapshot.healthChecks, partnership.id).filter((c) => c.assessedOn <= lastDay));
  const [healthOurs, healthPartner] = [ours && overallScore(ours), partner && overallScore(partner)];
  const optional = {
    adherencePercent: adherence,
    oursOnTimePercent: sides.us.onTimePercent,
    theirsOnTimePercent: sides.partner.onTimePercent,
    healthOurs,
    healthPartner,
    gap: healthOurs !== undefined && healthPartner !== undefined ? Math.round((healthOurs - healthPartner) * 10) / 10 : undefined,
    renewalOn: partnership.termEndsOn,
  };
  const defined = Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined));
  return { partnershipId: partnership.id, name: partnership.name, partnerOrg: partnership.partnerOrg, status: partnership.status, ...defined };
}

/** One row per partnership not deleted, by name, counted as the reviews count (as at `now` in `zone`). */
export function buildPortfolioRollup(snapshot: PortfolioSnapshot, quarter: Quarter | string, now: string, zone = 'UTC'): PortfolioRollup {
  const q = toQuarter(quarter);
  const range = quarterRange(q);
  const asAt = reviewAsAt(range, now, zone);
  const rows = snapshot.partnerships
    .filter((p) => !p.deletedAt)
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id))
    .map((p) => rollupRow(snapshot, p, range, asAt));
  return { quarter: formatQuarter(q), range, ...asAt, generatedOn: generatedDay(now, asAt), rows };
}
