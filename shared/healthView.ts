// What the Health tab shows, shaped from the health maths in health.ts: the form's draft
// and its mapping to a check input (and errors back to rows), chart rows for the trend
// and gap charts, the sentences that summarise those charts for screen readers, and
// which suggested actions are already commitments.
import type { Commitment, FieldErrors, HealthCheck, HealthCheckInput, Perspective } from './domain';
import { STANDARD_DIMENSIONS } from './domain';
import type { DimensionTrend, GapRow, HealthDrop, SuggestedAction } from './health';
import { dimensionTrend, overallScore } from './health';

/** The word each score stands for, shown beside the number in the form and tables. */
export const SCORE_ANCHORS = { 1: 'Poor', 2: 'Weak', 3: 'Fair', 4: 'Good', 5: 'Excellent' } as const;
export type Score = keyof typeof SCORE_ANCHORS;
export const SCORES = [1, 2, 3, 4, 5] as const satisfies readonly Score[];

export const PERSPECTIVE_LABELS = { ours: 'Ours', partner: 'Partner’s' } as const satisfies Record<Perspective, string>;

export interface ScoreDraft {
  /** Stable React key; standard rows are keyed by their dimension. */
  readonly key: string;
  readonly dimension: string;
  /** 0 while not scored. */
  readonly score: number;
  readonly comment: string;
  readonly isStandard: boolean;
}

export interface HealthCheckDraft {
  readonly assessedOn: string;
  readonly perspective: Perspective;
  readonly respondent: string;
  readonly rows: readonly ScoreDraft[];
  readonly internalNotes: string;
}

export interface RowErrors {
  readonly dimension?: string;
  readonly score?: string;
  readonly comment?: string;
}

function dimensionKey(dimension: string): string {
  return dimension.trim().toLowerCase();
}

function isStandardDimension(dimension: string): boolean {
  return (STANDARD_DIMENSIONS as readonly string[]).includes(dimensionKey(dimension));
}

/** A blank draft for a new check (every standard dimension unscored), or the check's values to edit. */
export function healthDraftFrom(check: HealthCheck | undefined, today: string): HealthCheckDraft {
  const scores = check?.scores ?? [];
  const standard = STANDARD_DIMENSIONS.map((dimension) => {
    const found = scores.find((s) => dimensionKey(s.dimension) === dimension);
    return { key: dimension, dimension, score: found?.score ?? 0, comment: found?.comment ?? '', isStandard: true };
  });
  const custom = scores
    .filter((s) => !isStandardDimension(s.dimension))
    .map((s, i) => ({ key: `custom-${i}`, dimension: s.dimension, score: s.score, comment: s.comment, isStandard: false }));
  return {
    assessedOn: check?.assessedOn ?? today,
    perspective: check?.perspective ?? 'ours',
    respondent: check?.respondent ?? '',
    rows: [...standard, ...custom],
    internalNotes: check?.internalNotes ?? '',
  };
}

/** A row the user has touched: scored, commented, or (for their own dimensions) named. */
function isFilledIn(row: ScoreDraft): boolean {
  return row.score > 0 || row.comment.trim() !== '' || (!row.isStandard && row.dimension.trim() !== '');
}

/**
 * The check input for a draft. Untouched rows are left out, so a dimension nobody
 * answered is not scored; a touched row without a score stays in, so the schema says
 * "Score from 1 to 5." beside it instead of a comment being dropped. `rowKeys[i]` is
 * the row behind `scores[i]`, to put errors back beside the right row.
 */
export function healthInputFrom(draft: HealthCheckDraft, partnershipId: string): { input: HealthCheckInput; rowKeys: string[] } {
  const filled = draft.rows.filter(isFilledIn);
  return {
    input: {
      partnershipId,
      assessedOn: draft.assessedOn,
      perspective: draft.perspective,
      respondent: draft.respondent,
      scores: filled.map((row) => ({ dimension: row.dimension, score: row.score, comment: row.comment })),
      internalNotes: draft.internalNotes,
    },
    rowKeys: filled.map((row) => row.key),
  };
}

/** "scores.2.score" errors, re-keyed by the row they belong to. */
export function errorsByRow(errors: FieldErrors, rowKeys: readonly string[]): Readonly<Record<string, RowErrors>> {
  const byRow: Record<string, Record<string, string>> = {};
  for (const [path, message] of Object.entries(errors)) {
    const match = /^scores\.(\d+)\.(dimension|score|comment)$/.exec(path);
    const rowKey = match ? rowKeys[Number(match[1])] : undefined;
    if (!match || !rowKey) continue;
    const row = (byRow[rowKey] ??= {});
    row[match[2] ?? 'score'] ??= message;
  }
  return byRow;
}

// ---------------------------------------------------------------- charts

export interface ChartDimension {
  /** Lower-case name, used as the chart's data key. */
  readonly key: string;
  readonly name: string;
}

export interface TrendRow {
  readonly id: string;
  readonly assessedOn: string;
  readonly overall: number;
  readonly scores: Readonly<Record<string, number>>;
}

/** One row per check of a perspective, oldest first, with each dimension's score by key. */
export function trendRows(checks: readonly HealthCheck[], perspective: Perspective): { dimensions: ChartDimension[]; rows: TrendRow[] } {
  const dimensions = dimensionTrend(checks, perspective).map((t) => ({ key: dimensionKey(t.dimension), name: t.dimension }));
  const rows = checks
    .filter((c) => !c.deletedAt && c.perspective === perspective)
    .sort((a, b) => a.assessedOn.localeCompare(b.assessedOn) || a.createdAt.localeCompare(b.createdAt))
    .map((c) => ({
      id: c.id,
      assessedOn: c.assessedOn,
      overall: overallScore(c),
      scores: Object.fromEntries(c.scores.map((s) => [dimensionKey(s.dimension), s.score])),
    }));
  return { dimensions, rows };
}

export interface OverallRow {
  readonly assessedOn: string;
  readonly ours?: number;
  readonly partner?: number;
}

/** Both sides' overall scores by day; of two checks on one day from one side, the later entered counts. */
export function overallTrend(checks: readonly HealthCheck[]): OverallRow[] {
  const byDay = new Map<string, { assessedOn: string; ours?: number; partner?: number }>();
  const ordered = checks.filter((c) => !c.deletedAt).sort((a, b) => a.assessedOn.localeCompare(b.assessedOn) || a.createdAt.localeCompare(b.createdAt));
  for (const c of ordered) {
    const row = byDay.get(c.assessedOn) ?? { assessedOn: c.assessedOn };
    row[c.perspective] = overallScore(c);
    byDay.set(c.assessedOn, row);
  }
  return [...byDay.values()];
}

/** How one dimension's two scores compare, in words. */
export function describeGap(row: GapRow): string {
  if (row.partner === undefined) return 'Only we scored it';
  if (row.ours === undefined) return 'Only the partner scored it';
  const gap = row.gap ?? 0;
  if (gap === 0) return 'Both sides agree';
  return gap > 0 ? `We rate it ${gap} higher` : `The partner rates it ${-gap} higher`;
}

/** One sentence on the widest gap, for the gap chart's caption. */
export function gapSummary(rows: readonly GapRow[]): string {
  const compared = rows.filter((r) => r.gap !== undefined);
  const widest = compared[0];
  if (!widest) return 'No dimension has been scored by both sides yet, so there is no gap to show.';
  if (widest.gap === 0) {
    return compared.length === 1 ? 'Both sides give the same score on the one dimension they both scored.' : `Both sides give the same score on all ${compared.length} dimensions they both scored.`;
  }
  const others = compared.filter((r) => r !== widest && r.gap !== 0).length;
  const rest = others === 0 ? 'No other dimension differs.' : `${others} other ${others === 1 ? 'dimension differs' : 'dimensions differ'}.`;
  return `Widest gap on ${widest.dimension}: we score ${widest.ours}, the partner ${widest.partner} (${describeGap(widest).toLowerCase()}). ${rest}`;
}

/** Which dimensions moved between the last two checks, for the trend chart's caption. */
export function trendSummary(trends: readonly DimensionTrend[]): string {
  if (trends.length === 0) return 'No checks from this side yet.';
  const moved = trends.filter((t) => t.delta !== undefined && t.delta !== 0);
  if (trends.every((t) => t.delta === undefined)) return 'Only one check from this side so far: the trend starts with the next one.';
  if (moved.length === 0) return 'No dimension changed since the previous check.';
  const parts = moved.map((t) => `${t.dimension} ${(t.delta ?? 0) > 0 ? 'up' : 'down'} ${Math.abs(t.delta ?? 0)}`);
  return `Since the previous check: ${parts.join(', ')}.`;
}

/** Every dimension scored in any check: the standard ones in their usual order, then the user's own by name. */
export function historyDimensions(checks: readonly HealthCheck[]): ChartDimension[] {
  const byKey = new Map<string, string>();
  for (const c of checks) for (const s of c.scores) byKey.set(dimensionKey(s.dimension), s.dimension);
  const standard = STANDARD_DIMENSIONS.filter((d) => byKey.has(d)).map((d) => ({ key: d, name: byKey.get(d) ?? d }));
  const custom = [...byKey]
    .filter(([key]) => !isStandardDimension(key))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, name]) => ({ key, name }));
  return [...standard, ...custom];
}

export function scoreFor(check: HealthCheck, dimension: string): number | undefined {
  return check.scores.find((s) => dimensionKey(s.dimension) === dimensionKey(dimension))?.score;
}

// ---------------------------------------------------------------- suggested actions

export function actionKey(action: SuggestedAction): string {
  return `${action.checkId}:${dimensionKey(action.dimension)}`;
}

/**
 * Actions not yet taken, and those already turned into a commitment (same check as
 * its source, same title), so an action is never suggested twice.
 */
export function partitionActions(
  actions: readonly SuggestedAction[],
  commitments: readonly Commitment[],
): { pending: SuggestedAction[]; created: SuggestedAction[] } {
  const taken = new Set(
    commitments.filter((c) => !c.deletedAt && c.source === 'health check action').map((c) => `${c.sourceId}\n${c.title}`),
  );
  const isTaken = (a: SuggestedAction) => taken.has(`${a.checkId}\n${a.title}`);
  return { pending: actions.filter((a) => !isTaken(a)), created: actions.filter(isTaken) };
}

/** The overall score's move between a side's last two checks, in words. */
export function describeChange(drop: HealthDrop): string {
  if (drop.latest === undefined) return 'No check yet';
  if (drop.previous === undefined) return 'First check from this side';
  const change = Math.round((drop.latest - drop.previous) * 10) / 10;
  if (change === 0) return 'No change since the previous check';
  return `${change > 0 ? 'Up' : 'Down'} ${Math.abs(change)} since the previous check`;
}

export function isScore(value: number): value is Score {
  return (SCORES as readonly number[]).includes(value);
}
