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
import { localToUtc, utcToLocal } from '../timezones';
import type { Edition } from './partnerSafe';
import { pickShared } from './partnerSafe';
import type { DayRange, Quarter } from './quarter';
import { formatQuarter, isInRange, nextQuarter, quarterRange, toQuarter } from './quarter';

export interface ReviewOptions {
  readonly edition: Edition;
  /** ISO instant or `yyyy-MM-dd`; its (UTC) day is "today" for derived commitment states. */
  readonly now: string;
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
}

export interface CommitmentRow {
  readonly title: string;
  readonly detail: string;
  readonly owedBy: OwedBy;
  readonly ownerName: string;
  readonly dueOn: string;
  readonly status: Commitment['status'];
  readonly doneOn?: string;
  readonly state: CommitmentState;
  /** Internal edition only. */
  readonly source?: CommitmentSource;
}

export interface SideSummary extends SideReciprocity {
  /** Done on time out of all due in the window, as a whole percent; undefined when none were due. */
  readonly onTimePercent?: number;
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

export interface QuarterlyReview {
  readonly edition: Edition;
  readonly quarter: string;
  readonly range: DayRange;
  readonly generatedOn: string;
  readonly partnership: PartnershipFacts;
  /** Internal edition only. */
  readonly internal?: PartnershipInternalFacts;
  readonly adherence: { readonly cadences: readonly CadenceAdherenceRow[]; readonly planned: number; readonly held: number; readonly percent?: number };
  readonly commitments: { readonly bySide: BySide<SideSummary>; readonly isReciprocal: boolean; readonly items: readonly CommitmentRow[] };
  /** Checks in the quarter plus the last one before it of each side, oldest first; the gap as at quarter end. */
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

export function adherenceRows(snapshot: PortfolioSnapshot, partnershipId: string, range: DayRange): CadenceAdherenceRow[] {
  return live(snapshot.cadences, partnershipId)
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id))
    .map((cadence) => {
      const a = cadenceAdherence(cadence, snapshot.occurrences, snapshot.touchpoints, ...windowIn(range, cadence.zone));
      const row = { name: cadence.name, kind: cadence.kind, mode: cadence.mode, planned: a.planned, held: a.held, skipped: a.skipped, moved: a.moved };
      const pct = percent(a.held, a.planned);
      return pct === undefined ? row : { ...row, percent: pct };
    });
}

function commitmentRow(c: Commitment, ownerNames: ReadonlyMap<string, string>, today: string, edition: Edition): CommitmentRow {
  const shared = pickShared(c, COMMITMENT_VISIBILITY);
  const row: CommitmentRow = {
    title: shared.title,
    detail: shared.detail,
    owedBy: shared.owedBy,
    ownerName: ownerNames.get(shared.ownerId) ?? '',
    dueOn: shared.dueOn,
    status: shared.status,
    ...(shared.doneOn ? { doneOn: shared.doneOn } : {}),
    state: commitmentState(c, today),
  };
  return edition === 'internal' ? { ...row, source: c.source } : row;
}

export function ownerNames(snapshot: PortfolioSnapshot): Map<string, string> {
  return new Map(snapshot.stakeholders.filter((s) => !s.deletedAt).map((s) => [s.id, s.name]));
}

function commitmentsDue(snapshot: PortfolioSnapshot, partnershipId: string, range: DayRange, today: string, edition: Edition): CommitmentRow[] {
  const names = ownerNames(snapshot);
  return live(snapshot.commitments, partnershipId)
    .filter((c) => isInRange(c.dueOn, range))
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.title.localeCompare(b.title) || a.id.localeCompare(b.id))
    .map((c) => commitmentRow(c, names, today, edition));
}

export function sideSummaries(snapshot: PortfolioSnapshot, partnershipId: string, range: DayRange): BySide<SideSummary> {
  const sides = reciprocity(live(snapshot.commitments, partnershipId), range.first, range.last);
  const summary = (s: SideReciprocity): SideSummary => {
    const pct = percent(s.onTime, s.total);
    return pct === undefined ? s : { ...s, onTimePercent: pct };
  };
  return { us: summary(sides.us), partner: summary(sides.partner), joint: summary(sides.joint) };
}

/** Both sides owed something and kept their word at similar rates. */
export function isReciprocal(sides: BySide<SideSummary>): boolean {
  const [ours, theirs] = [sides.us.onTimePercent, sides.partner.onTimePercent];
  return ours !== undefined && theirs !== undefined && Math.abs(ours - theirs) <= RECIPROCITY_TOLERANCE_POINTS;
}

function healthSection(snapshot: PortfolioSnapshot, partnershipId: string, range: DayRange, edition: Edition): QuarterlyReview['health'] {
  const checks = live(snapshot.healthChecks, partnershipId).filter((c) => c.assessedOn <= range.last);
  const ordered = [...checks].sort((a, b) => a.assessedOn.localeCompare(b.assessedOn) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  const baseline = (['ours', 'partner'] as const).flatMap((side) => ordered.filter((c) => c.perspective === side && c.assessedOn < range.first).slice(-1));
  const shown = ordered.filter((c) => baseline.includes(c) || c.assessedOn >= range.first);
  const points = shown.map((check): HealthPoint => {
    const shared = pickShared(check, HEALTH_VISIBILITY);
    const point = { assessedOn: shared.assessedOn, perspective: shared.perspective, respondent: shared.respondent, overall: overallScore(check) };
    return edition === 'internal' ? { ...point, internalNotes: check.internalNotes } : point;
  });
  return { points, gap: perceptionGap(checks), gapAsOf: range.last };
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

function decisionsIn(snapshot: PortfolioSnapshot, partnershipId: string, range: DayRange, edition: Edition): DecisionRow[] {
  return live(snapshot.decisions, partnershipId)
    .filter((d) => isInRange(d.decidedOn, range))
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

export function buildQuarterlyReview(snapshot: PortfolioSnapshot, partnershipId: string, quarter: Quarter | string, options: ReviewOptions): QuarterlyReview {
  const { edition } = options;
  const today = todayOf(options.now);
  const partnership = findPartnership(snapshot, partnershipId);
  const q = toQuarter(quarter);
  const [range, next] = [quarterRange(q), nextQuarter(q)];
  const versions = live(snapshot.intentVersions, partnershipId);
  const cadences = adherenceRows(snapshot, partnershipId, range);
  const [planned, held] = [cadences.reduce((n, c) => n + c.planned, 0), cadences.reduce((n, c) => n + c.held, 0)];
  const pct = percent(held, planned);
  const bySide = sideSummaries(snapshot, partnershipId, range);
  return {
    edition,
    quarter: formatQuarter(q),
    range,
    generatedOn: today,
    partnership: partnershipFacts(partnership),
    ...(edition === 'internal' ? { internal: { status: partnership.status, tags: [...partnership.tags] } } : {}),
    adherence: { cadences, planned, held, ...(pct === undefined ? {} : { percent: pct }) },
    commitments: { bySide, isReciprocal: isReciprocal(bySide), items: commitmentsDue(snapshot, partnershipId, range, today, edition) },
    health: healthSection(snapshot, partnershipId, range, edition),
    goals: goalsSection(intentInForceOn(versions, range.last), range),
    decisions: decisionsIn(snapshot, partnershipId, range, edition),
    intentChanges: intentChanges(versions, range, edition),
    nextQuarter: {
      quarter: formatQuarter(next),
      range: quarterRange(next),
      occurrences: plannedIn(live(snapshot.cadences, partnershipId), quarterRange(next)),
      commitmentsDue: commitmentsDue(snapshot, partnershipId, quarterRange(next), today, edition),
    },
  };
}

export interface RollupRow {
  readonly partnershipId: string;
  readonly name: string;
  readonly partnerOrg: string;
  readonly status: PartnershipStatus;
  /** Held / planned across the partnership's cadences, whole percent. */
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
export interface PortfolioRollup {
  readonly quarter: string;
  readonly range: DayRange;
  readonly generatedOn: string;
  readonly rows: readonly RollupRow[];
}

function rollupRow(snapshot: PortfolioSnapshot, partnership: Partnership, range: DayRange): RollupRow {
  const cadences = adherenceRows(snapshot, partnership.id, range);
  const adherence = percent(cadences.reduce((n, c) => n + c.held, 0), cadences.reduce((n, c) => n + c.planned, 0));
  const sides = sideSummaries(snapshot, partnership.id, range);
  const { ours, partner } = latestChecks(live(snapshot.healthChecks, partnership.id).filter((c) => c.assessedOn <= range.last));
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

/** One row per partnership not deleted, by name. */
export function buildPortfolioRollup(snapshot: PortfolioSnapshot, quarter: Quarter | string, now: string): PortfolioRollup {
  const q = toQuarter(quarter);
  const range = quarterRange(q);
  const rows = snapshot.partnerships
    .filter((p) => !p.deletedAt)
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id))
    .map((p) => rollupRow(snapshot, p, range));
  return { quarter: formatQuarter(q), range, generatedOn: todayOf(now), rows };
}
