// "What changed since the last review": two versions of the charter compared section by
// section, lists item by item, each line readable on its own. The partner-safe edition
// drops internal sections and never shows our tradeoff weights, not even as a change.
import type { IntentContent, IntentVersion, Visibility } from './domain';
import { INTENT_VISIBILITY } from './domain';

export type IntentSection = keyof IntentContent;
export type ChangeKind = 'added' | 'removed' | 'changed';

type Goal = IntentContent['goals'][number];
type Tradeoff = IntentContent['tradeoffs'][number];
type TextSection = 'purpose' | 'nonNegotiables' | 'successCriteria' | 'exitConditions' | 'internalNotes';
type ValueExchangeField = keyof IntentContent['valueExchange'];
type ScopeField = keyof IntentContent['scope'];

export interface ItemChange {
  readonly kind: ChangeKind;
  /** One-line renderings; empty on the side where the item does not exist. */
  readonly before: string;
  readonly after: string;
}

export interface SectionChange {
  readonly section: IntentSection;
  /** For value exchange and scope, which part of the section changed. */
  readonly field?: ValueExchangeField | ScopeField;
  readonly label: string;
  readonly visibility: Visibility;
  readonly kind: ChangeKind;
  /** Text as it was and is; for lists, one rendered item per line. */
  readonly before: string;
  readonly after: string;
  /** Goals and tradeoffs only: what happened to each item. */
  readonly items?: readonly ItemChange[];
}

export interface DiffOptions {
  /** Leave out internal sections and tradeoff weights (DESIGN.md principle 3). */
  readonly partnerSafe?: boolean;
}

export const INTENT_SECTION_LABELS = {
  purpose: 'Purpose',
  goals: 'Shared goals',
  valueExchange: 'Value exchange',
  scope: 'Scope',
  tradeoffs: 'Agreed tradeoffs',
  nonNegotiables: 'Non-negotiables',
  successCriteria: 'Success criteria',
  exitConditions: 'Exit conditions',
  internalNotes: 'Internal notes',
} as const satisfies Record<IntentSection, string>;

const VALUE_EXCHANGE_LABELS = {
  weGive: 'Value exchange — what we give',
  weGet: 'Value exchange — what we get',
  theyGive: 'Value exchange — what they give',
  theyGet: 'Value exchange — what they get',
} as const satisfies Record<ValueExchangeField, string>;

const SCOPE_LABELS = {
  inScope: 'Scope — in scope',
  outOfScope: 'Scope — out of scope',
} as const satisfies Record<ScopeField, string>;

// Charter order: purpose comes first, the rest follow the tradeoffs.
const TEXT_SECTIONS: readonly TextSection[] = ['purpose', 'nonNegotiables', 'successCriteria', 'exitConditions', 'internalNotes'];

/** "statement — metric: target by dueBy", leaving out whatever is blank. */
export function renderGoal(goal: Goal): string {
  const measure = [goal.metric, goal.target].filter(Boolean).join(': ');
  const when = goal.dueBy ? `by ${goal.dueBy}` : '';
  const rest = [measure, when].filter(Boolean).join(' ');
  return rest ? `${goal.statement} — ${rest}` : goal.statement;
}

/** "term — agreed position (weights us 4 / them 2)"; partner-safe leaves the weights out. */
export function renderTradeoff(tradeoff: Tradeoff, partnerSafe = false): string {
  const head = tradeoff.agreedPosition ? `${tradeoff.term} — ${tradeoff.agreedPosition}` : tradeoff.term;
  return partnerSafe ? head : `${head} (weights us ${tradeoff.weightUs} / them ${tradeoff.weightThem})`;
}

function kindOf(before: string, after: string): ChangeKind {
  if (!before) return 'added';
  return after ? 'changed' : 'removed';
}

function textChange(section: IntentSection, label: string, before: string, after: string): SectionChange | undefined {
  const [was, now] = [before.trim(), after.trim()];
  if (was === now) return undefined;
  return { section, label, visibility: INTENT_VISIBILITY[section], kind: kindOf(was, now), before: was, after: now };
}

function subFieldChanges<F extends string>(
  section: 'valueExchange' | 'scope',
  labels: Readonly<Record<F, string>>,
  older: Readonly<Record<F, string>>,
  newer: Readonly<Record<F, string>>,
): SectionChange[] {
  return (Object.keys(labels) as F[]).flatMap((field) => {
    const change = textChange(section, labels[field], older[field], newer[field]);
    return change ? [{ ...change, field: field as ValueExchangeField | ScopeField }] : [];
  });
}

/**
 * Items matched by key (case-insensitive); a repeated key pairs up in order. Changed and
 * added items come in the newer version's order, then removed ones in the older's.
 */
function itemChanges<T>(older: readonly T[], newer: readonly T[], keyOf: (item: T) => string, render: (item: T) => string): ItemChange[] {
  const unmatched = new Map<string, T[]>();
  for (const item of older) unmatched.set(keyOf(item), [...(unmatched.get(keyOf(item)) ?? []), item]);
  const changes: ItemChange[] = [];
  for (const item of newer) {
    const was = unmatched.get(keyOf(item))?.shift();
    const [before, after] = [was === undefined ? '' : render(was), render(item)];
    if (before !== after) changes.push({ kind: kindOf(before, after), before, after });
  }
  const removed = older.filter((item) => unmatched.get(keyOf(item))?.includes(item));
  return [...changes, ...removed.map((item) => ({ kind: 'removed' as const, before: render(item), after: '' }))];
}

function listChange<T>(section: 'goals' | 'tradeoffs', older: readonly T[], newer: readonly T[], keyOf: (item: T) => string, render: (item: T) => string): SectionChange | undefined {
  const items = itemChanges(older, newer, keyOf, render);
  if (items.length === 0) return undefined;
  const [before, after] = [older.map(render).join('\n'), newer.map(render).join('\n')];
  const label = INTENT_SECTION_LABELS[section];
  return { section, label, visibility: INTENT_VISIBILITY[section], kind: kindOf(before, after), before, after, items };
}

const goalKey = (goal: Goal) => goal.statement.trim().toLowerCase();
const tradeoffKey = (tradeoff: Tradeoff) => tradeoff.term.trim().toLowerCase();

/** Every section that differs, in charter order; unchanged sections are absent. */
export function diffIntent(older: IntentContent, newer: IntentContent, options: DiffOptions = {}): SectionChange[] {
  const partnerSafe = options.partnerSafe ?? false;
  const [purpose, ...otherText] = TEXT_SECTIONS.map((s) => textChange(s, INTENT_SECTION_LABELS[s], older[s], newer[s]));
  const changes = [
    purpose,
    listChange('goals', older.goals, newer.goals, goalKey, renderGoal),
    ...subFieldChanges('valueExchange', VALUE_EXCHANGE_LABELS, older.valueExchange, newer.valueExchange),
    ...subFieldChanges('scope', SCOPE_LABELS, older.scope, newer.scope),
    listChange('tradeoffs', older.tradeoffs, newer.tradeoffs, tradeoffKey, (t) => renderTradeoff(t, partnerSafe)),
    ...otherText,
  ].filter((c): c is SectionChange => c !== undefined);
  return partnerSafe ? changes.filter((c) => c.visibility === 'shared') : changes;
}

function isLive(v: IntentVersion): boolean {
  return !v.deletedAt;
}

function newestFirst(versions: readonly IntentVersion[]): IntentVersion[] {
  return versions.filter(isLive).sort((a, b) => b.version - a.version || b.createdAt.localeCompare(a.createdAt));
}

/** The version in force: the newest agreed one. */
export function latestAgreedVersion(versions: readonly IntentVersion[]): IntentVersion | undefined {
  return newestFirst(versions).find((v) => v.status === 'agreed');
}

/** The newest draft written after the version in force (after nothing, if none was agreed). */
export function pendingDraft(versions: readonly IntentVersion[]): IntentVersion | undefined {
  const agreed = latestAgreedVersion(versions);
  return newestFirst(versions).find((v) => v.status === 'draft' && (!agreed || v.version > agreed.version));
}

/** True when a draft newer than the agreed version says something different from it. */
export function intentChangedSinceAgreed(versions: readonly IntentVersion[]): boolean {
  const agreed = latestAgreedVersion(versions);
  const draft = pendingDraft(versions);
  return agreed !== undefined && draft !== undefined && diffIntent(agreed, draft).length > 0;
}

/** True when no version was ever agreed (superseded versions were), including no intent at all. */
export function isIntentNeverAgreed(versions: readonly IntentVersion[]): boolean {
  return !versions.filter(isLive).some((v) => v.status === 'agreed' || v.status === 'superseded');
}
