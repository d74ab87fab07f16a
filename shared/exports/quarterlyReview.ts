// The quarterly review of one partnership as plain data, in an internal or a
// partner-safe edition. Partner-edition records are assembled from shared fields only
// (see partnerSafe.ts); internal-only facts are added beside them when, and only when,
// the edition is internal. What it counts alike with the roll-up is in quarterCounts.ts.
import type { Cadence, Commitment, CommitmentSource, IntentVersion, OwedBy, Partnership, PartnershipStatus, Perspective, PortfolioSnapshot } from '../domain';
import { COMMITMENT_VISIBILITY, DECISION_VISIBILITY, EMPTY_INTENT_CONTENT, HEALTH_VISIBILITY, PARTNERSHIP_VISIBILITY } from '../domain';
import type { BySide, CommitmentState } from '../commitments';
import { commitmentState } from '../commitments';
import { plannedOccurrences } from '../cadenceSchedule';
import type { ExpansionCache } from '../recurrence';
import { createExpansionCache } from '../recurrence';
import type { GapRow } from '../health';
import { overallScore, perceptionGap } from '../health';
import type { SectionChange } from '../intentDiff';
import { diffIntent } from '../intentDiff';
import { addDays } from '../dates';
import { utcToLocal } from '../timezones';
import type { Edition } from './partnerSafe';
import { pickShared } from './partnerSafe';
import type { DayRange, Quarter } from './quarter';
import { formatQuarter, isInRange, nextQuarter, previousQuarter, quarterRange, toQuarter } from './quarter';
import type { DateFormat } from '../dates';
import type { ReviewValue, ValueSettings } from './reviewValue';
import { buildReviewValue, showsOpportunityAmounts } from './reviewValue';
import type { ReviewSummaryView } from './reviewSummary';
import { draftSummary, summaryView } from './reviewSummary';
import type { AdherenceTotals, AsAt, SideSummary } from './quarterCounts';
import { adherenceRows, adherenceTotals, asAtCommitment, firstOpenDay, generatedDay, isDueByAsOf, lastCountedDay, live, reviewAsAt, sideSummaries, windowIn } from './quarterCounts';

export interface ReviewOptions {
  readonly edition: Edition;
  /** ISO instant, or `yyyy-MM-dd` for the end of that day in `zone`: the moment the review is made. */
  readonly now: string;
  /** The user's IANA zone, in which days (today, due days, the quarter's bounds) are read; UTC when absent. */
  readonly zone?: string;
  /** The reporting currency and the user's exchange rates; USD without rates when absent. */
  readonly value?: ValueSettings;
  /** How the drafted summary writes days; the locale-free "19 Nov 2026" when absent. */
  readonly dateFormat?: DateFormat;
  /**
   * Remembers rule expansions and zone conversions across builds (the page's calendar cache,
   * a simulation's); one for this build when absent.
   */
  readonly cache?: ExpansionCache;
}

export type PartnershipFacts = Pick<Partnership, 'name' | 'partnerOrg' | 'type' | 'signedOn' | 'termEndsOn' | 'owner'>;

export interface PartnershipInternalFacts {
  readonly status: PartnershipStatus;
  readonly tags: readonly string[];
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
  readonly adherence: AdherenceTotals;
  readonly commitments: { readonly bySide: BySide<SideSummary>; readonly isReciprocal: boolean; readonly items: readonly CommitmentRow[] };
  /** Checks in the quarter up to the moment plus the last one before it of each side, oldest first; the gap as at `gapAsOf`. */
  readonly health: { readonly points: readonly HealthPoint[]; readonly gap: readonly GapRow[]; readonly gapAsOf: string };
  readonly goals: { readonly version?: number; readonly rows: readonly GoalStatusRow[] };
  readonly decisions: readonly DecisionRow[];
  readonly intentChanges: { readonly fromVersion?: number; readonly toVersion?: number; readonly changes: readonly SectionChange[] };
  readonly nextQuarter: { readonly quarter: string; readonly range: DayRange; readonly occurrences: readonly PlannedOccurrenceRow[]; readonly commitmentsDue: readonly CommitmentRow[] };
  /** Goals measured, the joint pipeline and value events (reviewValue.ts). */
  readonly value: ReviewValue;
  /** The executive summary saved with this quarter's review, or the draft from the data (reviewSummary.ts). */
  readonly summary: ReviewSummaryView;
}

/** Each side's on-time rates may differ by this many points and still count as reciprocal. */
export const RECIPROCITY_TOLERANCE_POINTS = 25;

function findPartnership(snapshot: PortfolioSnapshot, partnershipId: string): Partnership {
  const partnership = snapshot.partnerships.find((p) => p.id === partnershipId && !p.deletedAt);
  if (!partnership) throw new Error(`No partnership with id "${partnershipId}".`);
  return partnership;
}

function commitmentRow(original: Commitment, ownerNames: ReadonlyMap<string, string>, asAt: AsAt, openDay: string, edition: Edition): CommitmentRow {
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
    state: commitmentState(c, openDay),
    isDue: isDueByAsOf(c, asAt, openDay),
  };
  return edition === 'internal' ? { ...row, source: c.source } : row;
}

export function ownerNames(snapshot: PortfolioSnapshot): Map<string, string> {
  return new Map(snapshot.stakeholders.filter((s) => !s.deletedAt).map((s) => [s.id, s.name]));
}

function commitmentsDue(snapshot: PortfolioSnapshot, partnershipId: string, range: DayRange, asAt: AsAt, edition: Edition, cache: ExpansionCache): CommitmentRow[] {
  const names = ownerNames(snapshot);
  const openDay = firstOpenDay(asAt, cache);
  return live(snapshot.commitments, partnershipId)
    .filter((c) => isInRange(c.dueOn, range))
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.title.localeCompare(b.title) || a.id.localeCompare(b.id))
    .map((c) => commitmentRow(c, names, asAt, openDay, edition));
}

/** Both sides had something due by the moment and kept their word at similar rates. */
export function isReciprocal(sides: BySide<SideSummary>): boolean {
  const [ours, theirs] = [sides.us.onTimePercent, sides.partner.onTimePercent];
  return ours !== undefined && theirs !== undefined && Math.abs(ours - theirs) <= RECIPROCITY_TOLERANCE_POINTS;
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

function plannedIn(cadences: readonly Cadence[], range: DayRange, cache: ExpansionCache): PlannedOccurrenceRow[] {
  return cadences
    .flatMap((cadence) =>
      plannedOccurrences(cadence, ...windowIn(range, cadence.zone, cache), cache).map((at) => ({ cadenceName: cadence.name, at, local: utcToLocal(at, cadence.zone, cache).slice(0, 16), zone: cadence.zone })),
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

const DEFAULT_VALUE_SETTINGS: ValueSettings = { currency: 'USD', rates: [] };

/** The newest live summary saved for this partnership's quarter. */
function savedSummary(snapshot: PortfolioSnapshot, partnershipId: string, quarter: string) {
  return live(snapshot.reviewSummaries, partnershipId)
    .filter((s) => s.quarter === quarter)
    .sort((a, b) => a.updatedAt.localeCompare(b.updatedAt) || a.id.localeCompare(b.id))
    .at(-1);
}

interface SummaryContext {
  readonly snapshot: PortfolioSnapshot;
  readonly partnership: Partnership;
  readonly quarter: string;
  readonly asAt: AsAt;
  readonly edition: Edition;
  /** The internal edition's value section: the draft marks what it takes from it that is internal. */
  readonly internalValue: ReviewValue;
  readonly healthPoints: readonly HealthPoint[];
  readonly dateFormat?: DateFormat;
  readonly cache: ExpansionCache;
}

/** Every commitment of the partnership as at the moment (overdue ones become risks and asks), then the summary. */
function summarySection(ctx: SummaryContext): ReviewSummaryView {
  const names = ownerNames(ctx.snapshot);
  const openDay = firstOpenDay(ctx.asAt, ctx.cache);
  const commitments = live(ctx.snapshot.commitments, ctx.partnership.id).map((c) => commitmentRow(c, names, ctx.asAt, openDay, 'internal'));
  const draft = draftSummary({ value: ctx.internalValue, sharesAmounts: ctx.partnership.shareOpportunityAmounts === true, commitments, healthPoints: ctx.healthPoints }, ctx.dateFormat, ctx.cache);
  return summaryView(savedSummary(ctx.snapshot, ctx.partnership.id, ctx.quarter), draft, ctx.edition);
}

export function buildQuarterlyReview(snapshot: PortfolioSnapshot, partnershipId: string, quarter: Quarter | string, options: ReviewOptions): QuarterlyReview {
  const { edition } = options;
  const partnership = findPartnership(snapshot, partnershipId);
  const q = toQuarter(quarter);
  const [range, next] = [quarterRange(q), nextQuarter(q)];
  // The rules and zones are expanded and converted many times over in one build.
  const cache = options.cache ?? createExpansionCache();
  const asAt = reviewAsAt(range, options.now, options.zone, cache);
  const versions = live(snapshot.intentVersions, partnershipId);
  const bySide = sideSummaries(snapshot, partnershipId, range, asAt, cache);
  const goalsInForce = intentInForceOn(versions, range.last);
  const previous = previousQuarter(q);
  const valueOf = (e: Edition) =>
    buildReviewValue({ snapshot, partnership, goals: goalsInForce?.goals ?? [], range, previous: { quarter: formatQuarter(previous), range: quarterRange(previous) }, asAt, edition: e, settings: options.value ?? DEFAULT_VALUE_SETTINGS });
  const value = valueOf(edition);
  // The partner edition's draft is made from the internal figures, then its internal lines are dropped.
  const internalValue = edition === 'internal' || showsOpportunityAmounts(partnership, edition) ? value : valueOf('internal');
  const health = healthSection(snapshot, partnershipId, range, asAt, edition);
  return {
    edition,
    quarter: formatQuarter(q),
    range,
    ...asAt,
    generatedOn: generatedDay(options.now, asAt, cache),
    partnership: partnershipFacts(partnership),
    ...(edition === 'internal' ? { internal: { status: partnership.status, tags: [...partnership.tags] } } : {}),
    adherence: adherenceTotals(adherenceRows(snapshot, partnershipId, range, asAt, cache)),
    commitments: { bySide, isReciprocal: isReciprocal(bySide), items: commitmentsDue(snapshot, partnershipId, range, asAt, edition, cache) },
    health,
    goals: goalsSection(goalsInForce, range),
    decisions: decisionsIn(snapshot, partnershipId, range, asAt, edition),
    intentChanges: intentChanges(versions, range, edition),
    nextQuarter: {
      quarter: formatQuarter(next),
      range: quarterRange(next),
      occurrences: plannedIn(live(snapshot.cadences, partnershipId), quarterRange(next), cache),
      commitmentsDue: commitmentsDue(snapshot, partnershipId, quarterRange(next), asAt, edition, cache),
    },
    value,
    summary: summarySection({ snapshot, partnership, quarter: formatQuarter(q), asAt, edition, internalValue, healthPoints: health.points, dateFormat: options.dateFormat, cache }),
  };
}

