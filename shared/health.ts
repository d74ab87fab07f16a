// Health maths over one partnership's checks: overall score, trend per dimension, the
// perception gap between our view and the partner's, drops, when the next check is due,
// and concrete actions for the weakest and most divergent dimensions.
import type { CommitmentInput, HealthCheck, OwedBy, Perspective } from './domain';
import { STANDARD_DIMENSIONS } from './domain';
import type { DateFormat } from './dates';
import { addDays, formatDayText } from './dates';

export interface TrendPoint {
  readonly assessedOn: string;
  readonly score: number;
}

export interface DimensionTrend {
  readonly dimension: string;
  /** Oldest first. */
  readonly series: readonly TrendPoint[];
  /** Latest score minus the one before it; undefined with a single point. */
  readonly delta?: number;
}

export interface GapRow {
  readonly dimension: string;
  readonly ours?: number;
  readonly partner?: number;
  /** ours − partner; undefined when only one side scored the dimension. */
  readonly gap?: number;
}

export interface HealthDrop {
  readonly isDropped: boolean;
  /** previous − latest overall score, one decimal; 0 unless it dropped. */
  readonly by: number;
  readonly latest?: number;
  readonly previous?: number;
}

export interface HealthCheckDue {
  readonly isDue: boolean;
  readonly dueOn: string;
  readonly lastOn?: string;
}

export interface SuggestedAction {
  readonly dimension: string;
  readonly reason: 'low score' | 'perception gap';
  readonly title: string;
  readonly detail: string;
  readonly owedBy: Extract<OwedBy, 'us' | 'joint'>;
  readonly dueOn: string;
  /** The check the action came from (a commitment's `sourceId`). */
  readonly checkId: string;
}

export const HEALTH_CHECK_INTERVAL_DAYS = 90;
export const LOW_SCORE = 2;
/** Below this, the lowest dimension is still worth an action when none is low. */
export const WEAKEST_WORTH_ACTING_BELOW = 4;
/** The one perception-gap threshold: this many points apart, either way, is a wide gap. */
export const GAP_WORTH_ACTING = 2;
export const ACTION_DUE_DAYS = 14;

const STANDARD_ACTIONS: Readonly<Record<string, string>> = {
  'strategic value': 'Revisit the shared goals against what each side is getting',
  trust: "Hold a candid 1:1 with the partner's day-to-day lead on what is eroding trust",
  communication: 'Agree a fixed weekly update and who sends it',
  execution: 'Review every open commitment with the partner and re-plan the late ones',
  'executive sponsorship': 'Brief both executive sponsors and book a joint review',
};

/** Dimensions are matched by name, ignoring case and surrounding spaces. */
function dimensionKey(dimension: string): string {
  return dimension.trim().toLowerCase();
}

/** Standard dimensions in their usual order, then the user's own alphabetically. */
function compareDimensions(a: string, b: string): number {
  const rank = (d: string) => {
    const i = (STANDARD_DIMENSIONS as readonly string[]).indexOf(dimensionKey(d));
    return i < 0 ? STANDARD_DIMENSIONS.length : i;
  };
  return rank(a) - rank(b) || dimensionKey(a).localeCompare(dimensionKey(b));
}

function roundOne(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Live checks oldest first; same-day checks in the order they were entered. */
export function chronological(checks: readonly HealthCheck[], perspective?: Perspective): HealthCheck[] {
  return checks
    .filter((c) => !c.deletedAt && (perspective === undefined || c.perspective === perspective))
    .sort((a, b) => a.assessedOn.localeCompare(b.assessedOn) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

/** Mean of the scores to one decimal; 0 for a check without scores (the schema forbids it). */
export function overallScore(check: HealthCheck): number {
  if (check.scores.length === 0) return 0;
  const sum = check.scores.reduce((total, s) => total + s.score, 0);
  // sum × 10 is a whole number, so the division is exact enough to round halves up.
  return Math.round((sum * 10) / check.scores.length) / 10;
}

export function latestChecks(checks: readonly HealthCheck[]): { readonly ours?: HealthCheck; readonly partner?: HealthCheck } {
  return { ours: chronological(checks, 'ours').at(-1), partner: chronological(checks, 'partner').at(-1) };
}

/** Each dimension's scores over time from one perspective, named as in its latest check. */
export function dimensionTrend(checks: readonly HealthCheck[], perspective: Perspective): DimensionTrend[] {
  const byKey = new Map<string, { dimension: string; series: TrendPoint[] }>();
  for (const check of chronological(checks, perspective)) {
    for (const s of check.scores) {
      const entry = byKey.get(dimensionKey(s.dimension)) ?? { dimension: s.dimension, series: [] };
      entry.dimension = s.dimension;
      entry.series.push({ assessedOn: check.assessedOn, score: s.score });
      byKey.set(dimensionKey(s.dimension), entry);
    }
  }
  return [...byKey.values()]
    .map(({ dimension, series }) => {
      const [previous, latest] = series.slice(-2);
      return series.length < 2 || !previous || !latest ? { dimension, series } : { dimension, series, delta: latest.score - previous.score };
    })
    .sort((a, b) => compareDimensions(a.dimension, b.dimension));
}

/**
 * Whether the two sides' scores on a dimension are far enough apart to act on. The Health
 * tab, its suggested actions and the quarterly review all call a gap wide by this rule.
 */
export function isWideGap(row: Pick<GapRow, 'gap'>): boolean {
  return row.gap !== undefined && Math.abs(row.gap) >= GAP_WORTH_ACTING;
}

/**
 * Latest ours against latest partner, per dimension, widest |gap| first (ties in the
 * usual dimension order). Dimensions only one side scored are kept, with the other side
 * and the gap undefined, and listed after every dimension both sides scored.
 */
export function perceptionGap(checks: readonly HealthCheck[]): GapRow[] {
  const { ours, partner } = latestChecks(checks);
  const rows = new Map<string, { dimension: string; ours?: number; partner?: number }>();
  for (const s of ours?.scores ?? []) rows.set(dimensionKey(s.dimension), { dimension: s.dimension, ours: s.score });
  for (const s of partner?.scores ?? []) {
    const row = rows.get(dimensionKey(s.dimension)) ?? { dimension: s.dimension };
    rows.set(dimensionKey(s.dimension), { ...row, partner: s.score });
  }
  const withGap = [...rows.values()].map((r) => (r.ours !== undefined && r.partner !== undefined ? { ...r, gap: r.ours - r.partner } : r));
  const size = (r: GapRow) => (r.gap === undefined ? -1 : Math.abs(r.gap));
  return withGap.sort((a, b) => size(b) - size(a) || compareDimensions(a.dimension, b.dimension));
}

/** Whether the overall score fell between the last two checks of a perspective. */
export function healthDropped(checks: readonly HealthCheck[], perspective: Perspective): HealthDrop {
  const ordered = chronological(checks, perspective);
  const [previousCheck, latestCheck] = [ordered.at(-2), ordered.at(-1)];
  if (!latestCheck) return { isDropped: false, by: 0 };
  const latest = overallScore(latestCheck);
  if (!previousCheck) return { isDropped: false, by: 0, latest };
  const previous = overallScore(previousCheck);
  const by = roundOne(previous - latest);
  return { isDropped: by > 0, by: Math.max(0, by), latest, previous };
}

/** Due today when there has never been a check; else `intervalDays` after the latest of either side. */
export function healthCheckDue(checks: readonly HealthCheck[], today: string, intervalDays = HEALTH_CHECK_INTERVAL_DAYS): HealthCheckDue {
  const lastOn = chronological(checks).at(-1)?.assessedOn;
  if (!lastOn) return { isDue: true, dueOn: today };
  const dueOn = addDays(lastOn, intervalDays);
  return { isDue: dueOn <= today, dueOn, lastOn };
}

function actionTitle(dimension: string): string {
  return STANDARD_ACTIONS[dimensionKey(dimension)] ?? `Agree with the partner one concrete step to improve ${dimension}`;
}

/** Every dimension scored LOW_SCORE or less; failing that, the single weakest if it is below 4. */
function weakDimensions(check: HealthCheck): { dimension: string; score: number; comment: string }[] {
  const sorted = [...check.scores].sort((a, b) => a.score - b.score || compareDimensions(a.dimension, b.dimension));
  const low = sorted.filter((s) => s.score <= LOW_SCORE);
  if (low.length > 0) return low;
  const weakest = sorted[0];
  return weakest && weakest.score < WEAKEST_WORTH_ACTING_BELOW ? [weakest] : [];
}

function lowScoreAction(check: HealthCheck, s: { dimension: string; score: number; comment: string }, dueOn: string, format?: DateFormat): SuggestedAction {
  const said = s.comment ? ` Comment: "${s.comment}".` : '';
  return {
    dimension: s.dimension,
    reason: 'low score',
    title: actionTitle(s.dimension),
    detail: `Our health check of ${formatDayText(check.assessedOn, format)} scored ${s.dimension} ${s.score}/5.${said}`,
    owedBy: 'us',
    dueOn,
    checkId: check.id,
  };
}

function gapAction(row: GapRow, checkId: string, dueOn: string): SuggestedAction {
  const view = (row.gap ?? 0) > 0 ? 'We rate it higher than the partner does' : 'The partner rates it higher than we do';
  return {
    dimension: row.dimension,
    reason: 'perception gap',
    title: actionTitle(row.dimension),
    detail: `We score ${row.dimension} ${row.ours}/5, the partner scores it ${row.partner}/5. ${view}: agree together what is behind the difference.`,
    owedBy: 'joint',
    dueOn,
    checkId,
  };
}

/**
 * Actions for the weakest dimensions of our latest check (owed by us) and for the
 * dimensions where the two sides differ by GAP_WORTH_ACTING or more (joint). One action
 * per dimension: a low score wins over a gap. Low scores first (weakest first), then gaps
 * (widest first); ties in the usual dimension order. Due ACTION_DUE_DAYS from today.
 * Dates in the text follow `format` (Settings), the locale-free "19 Nov 2026" when absent.
 */
export function suggestActions(checks: readonly HealthCheck[], today: string, format?: DateFormat): SuggestedAction[] {
  const dueOn = addDays(today, ACTION_DUE_DAYS);
  const { ours, partner } = latestChecks(checks);
  const low = ours ? weakDimensions(ours).map((s) => lowScoreAction(ours, s, dueOn, format)) : [];
  const taken = new Set(low.map((a) => dimensionKey(a.dimension)));
  // A gap is revealed by whichever of the two checks came in last.
  const revealedBy = chronological([ours, partner].filter((c): c is HealthCheck => c !== undefined)).at(-1)?.id ?? '';
  const gaps = perceptionGap(checks)
    .filter((row) => isWideGap(row) && !taken.has(dimensionKey(row.dimension)))
    .map((row) => gapAction(row, revealedBy, dueOn));
  return [...low, ...gaps];
}

/** The commitment a suggested action becomes when the user accepts it. */
export function actionToCommitment(action: SuggestedAction, partnershipId: string): CommitmentInput {
  return {
    partnershipId,
    title: action.title,
    detail: action.detail,
    owedBy: action.owedBy,
    dueOn: action.dueOn,
    source: 'health check action',
    sourceId: action.checkId,
  };
}
