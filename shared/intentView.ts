// What the Intent tab needs beyond the diff: the charter as an editable form (every
// field kept as typed text, so nothing the user wrote is lost on an error), which
// version the tab shows first, and which two versions "what changed" compares by default.
import type { Goal, GoalDirection, GoalInput, GoalUnit, IntentContent, IntentContentInput, IntentVersion } from './domain';
import { intentChangedSinceAgreed, isIntentNeverAgreed, latestAgreedVersion, pendingDraft } from './intentDiff';

/** Tradeoff weights, 1 (matters little) to 5 (matters most), as select values. */
export const WEIGHTS = ['1', '2', '3', '4', '5'] as const;
export type Weight = (typeof WEIGHTS)[number];

export const WEIGHT_LABELS = {
  '1': '1 — matters little',
  '2': '2 — minor',
  '3': '3 — moderate',
  '4': '4 — important',
  '5': '5 — critical',
} as const satisfies Record<Weight, string>;

/** A row carries a stable key so React keeps focus and typed text in the right row. */
export interface GoalRow {
  readonly key: string;
  /** The goal's stable id ('' for a goal just added): kept through edits so its measurements stay with it. */
  readonly id: string;
  readonly statement: string;
  readonly metric: string;
  readonly target: string;
  readonly dueBy: string;
  readonly unit: GoalUnit;
  readonly currency: string;
  readonly direction: GoalDirection;
  /** Numbers as typed ('' for none). */
  readonly baseline: string;
  readonly targetValue: string;
  readonly measureEveryDays: string;
}

export interface TradeoffRow {
  readonly key: string;
  readonly term: string;
  readonly weightUs: string;
  readonly weightThem: string;
  readonly agreedPosition: string;
}

export interface IntentForm extends Readonly<Omit<IntentContent, 'goals' | 'tradeoffs'>> {
  readonly goals: readonly GoalRow[];
  readonly tradeoffs: readonly TradeoffRow[];
}

export const emptyGoalRow = (key: string): GoalRow => ({
  key,
  id: '',
  statement: '',
  metric: '',
  target: '',
  dueBy: '',
  unit: 'number',
  currency: '',
  direction: 'higher',
  baseline: '',
  targetValue: '',
  measureEveryDays: '',
});

const numberText = (value: number | undefined) => (value === undefined ? '' : String(value));

function goalRowFrom(g: Goal, key: string): GoalRow {
  return {
    key,
    id: g.id ?? '',
    statement: g.statement,
    metric: g.metric,
    target: g.target,
    dueBy: g.dueBy ?? '',
    unit: g.unit ?? 'number',
    currency: g.currency ?? '',
    direction: g.direction ?? 'higher',
    baseline: numberText(g.baseline),
    targetValue: numberText(g.targetValue),
    measureEveryDays: numberText(g.measureEveryDays),
  };
}

/** A blank number is none; anything else that is not a number becomes NaN, which the schema names. */
const optionalNumber = (text: string): number | undefined => (text.trim() === '' ? undefined : Number(text.trim()));

function goalInputFrom(row: GoalRow): GoalInput {
  return {
    ...(row.id ? { id: row.id } : {}),
    statement: row.statement,
    metric: row.metric,
    target: row.target,
    dueBy: row.dueBy,
    unit: row.unit,
    currency: row.unit === 'currency' ? row.currency : '',
    direction: row.direction,
    baseline: optionalNumber(row.baseline),
    targetValue: optionalNumber(row.targetValue),
    measureEveryDays: optionalNumber(row.measureEveryDays),
  };
}

/** A new tradeoff starts at the middle weight for both sides: a neutral, editable default. */
export const emptyTradeoffRow = (key: string): TradeoffRow => ({ key, term: '', weightUs: '3', weightThem: '3', agreedPosition: '' });

/** The form for a version's content, or a blank charter; `newKey` names each row. */
export function intentFormFrom(content: IntentContent | undefined, newKey: () => string): IntentForm {
  return {
    purpose: content?.purpose ?? '',
    goals: (content?.goals ?? []).map((g) => goalRowFrom(g, newKey())),
    valueExchange: { ...(content?.valueExchange ?? { weGive: '', weGet: '', theyGive: '', theyGet: '' }) },
    scope: { ...(content?.scope ?? { inScope: '', outOfScope: '' }) },
    tradeoffs: (content?.tradeoffs ?? []).map((t) => ({
      key: newKey(),
      term: t.term,
      weightUs: String(t.weightUs),
      weightThem: String(t.weightThem),
      agreedPosition: t.agreedPosition,
    })),
    nonNegotiables: content?.nonNegotiables ?? '',
    successCriteria: content?.successCriteria ?? '',
    exitConditions: content?.exitConditions ?? '',
    internalNotes: content?.internalNotes ?? '',
  };
}

/** A blank weight becomes NaN rather than 0, so the schema reports it instead of clamping. */
const weightOf = (text: string): number => (text.trim() === '' ? Number.NaN : Number(text));

/**
 * The repository's input for a form. Rows keep their positions (none are dropped), so an
 * error keyed "goals.1.statement" always points at the second row on screen.
 */
export function intentInputFrom(form: IntentForm): IntentContentInput {
  return {
    ...form,
    goals: form.goals.map(goalInputFrom),
    tradeoffs: form.tradeoffs.map(({ term, weightUs, weightThem, agreedPosition }) => ({
      term,
      weightUs: weightOf(weightUs),
      weightThem: weightOf(weightThem),
      agreedPosition,
    })),
  };
}

/** Replaces one row's fields, leaving the others (and the row's key) alone. */
export function updateRow<R extends { readonly key: string }>(rows: readonly R[], index: number, patch: Partial<Omit<R, 'key'>>): R[] {
  return rows.map((row, i) => (i === index ? { ...row, ...patch } : row));
}

export function removeRow<R>(rows: readonly R[], index: number): R[] {
  return rows.filter((_, i) => i !== index);
}

/** Where the charter stands, for the tab's status line and actions. */
export interface IntentOverview {
  /** The version in force. */
  readonly agreed?: IntentVersion;
  /** The open draft written after it (or the only draft, when none was agreed). */
  readonly draft?: IntentVersion;
  /** What the reading view shows first: the agreed version, or the draft if none was agreed. */
  readonly current?: IntentVersion;
  readonly isNeverAgreed: boolean;
  /** A draft exists and says something different from the agreed version. */
  readonly isDraftChanged: boolean;
}

export function intentOverview(versions: readonly IntentVersion[]): IntentOverview {
  const agreed = latestAgreedVersion(versions);
  const draft = pendingDraft(versions);
  return {
    agreed,
    draft,
    current: agreed ?? draft,
    isNeverAgreed: isIntentNeverAgreed(versions),
    isDraftChanged: intentChangedSinceAgreed(versions),
  };
}

export interface Comparison {
  readonly from: IntentVersion;
  readonly to: IntentVersion;
}

const byVersion = (a: IntentVersion, b: IntentVersion) => a.version - b.version;

/**
 * The comparison a reviewer most likely wants: the agreed version against the draft
 * being negotiated; failing that, "what changed since the last review" (the previously
 * agreed version against the one in force); failing that, the two newest versions.
 */
export function defaultComparison(versions: readonly IntentVersion[]): Comparison | undefined {
  const { agreed, draft } = intentOverview(versions);
  if (agreed && draft) return { from: agreed, to: draft };
  const live = versions.filter((v) => !v.deletedAt).sort(byVersion);
  if (agreed) {
    const previous = live.filter((v) => v.status === 'superseded' && v.version < agreed.version).at(-1);
    if (previous) return { from: previous, to: agreed };
  }
  const [from, to] = live.slice(-2);
  return from && to ? { from, to } : undefined;
}
