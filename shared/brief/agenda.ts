// The draft agenda: the cadence's agenda template, line by line, then what the brief found
// worth raising. Built from shared facts only, since the agenda goes to the partner in the
// pre-read; the user edits it from there.
import type { BySide } from '../commitments';
import { OWED_BY_LABELS } from '../commitments';
import type { DateFormat } from '../dates';
import { formatDayText } from '../dates';
import type { GapRow } from '../health';
import type { CommitmentLine } from './commitmentLines';
import type { GoalSection } from './goals';
import type { SinceSection } from './since';

/** "- item", "* item", "1. item", "1) item" and "[ ] item" are all just "item". */
const LIST_MARK = /^\s*(?:[-*•]|\d+[.)]|\[[ xX]?\])\s+/;

/** The agenda template's non-empty lines, without list marks. */
export function templateLines(template: string): string[] {
  return template
    .split(/\r\n?|\n/)
    .map((line) => line.replace(LIST_MARK, '').trim())
    .filter((line) => line !== '');
}

export interface AgendaSources {
  readonly template: string;
  readonly open: BySide<readonly CommitmentLine[]>;
  readonly since: SinceSection;
  readonly goals: GoalSection;
  /** How the user reads dates (Settings): the agenda is text the user and the partner read. */
  readonly format?: DateFormat;
}

function whoOwes(c: CommitmentLine): string {
  return c.ownerName ? `${c.ownerName}, ${OWED_BY_LABELS[c.owedBy].toLowerCase()}` : OWED_BY_LABELS[c.owedBy].toLowerCase();
}

function commitmentItems(open: BySide<readonly CommitmentLine[]>, format?: DateFormat): string[] {
  const all = [...open.us, ...open.partner, ...open.joint];
  const carried = all.filter((c) => c.isCarriedOver).map((c) => `Follow-up from the last meeting: ${c.title} (${whoOwes(c)})`);
  const overdue = all.filter((c) => !c.isCarriedOver && c.state === 'overdue').map((c) => `Overdue: ${c.title} (${whoOwes(c)}, due ${formatDayText(c.dueOn, format)})`);
  return [...carried, ...overdue];
}

function gapItem(gap: GapRow): string {
  return `How we each see ${gap.dimension}: we score it ${gap.ours}/5, you ${gap.partner}/5`;
}

function sinceItems(since: SinceSection): string[] {
  const shared = since.charter.changes.filter((c) => c.visibility === 'shared');
  const charter = shared.length > 0 ? [`Charter changes since the last meeting: ${[...new Set(shared.map((c) => c.label))].join('; ')}`] : [];
  return [...charter, ...since.gaps.map(gapItem)];
}

function goalItems(goals: GoalSection, format?: DateFormat): string[] {
  return goals.goals.filter((g) => g.timing === 'past due' || g.timing === 'due soon').map((g) => `Goal check: ${g.statement}${g.dueBy ? ` (due ${formatDayText(g.dueBy, format)})` : ''}`);
}

/** Template lines first, then follow-ups, overdue commitments, charter changes, wide gaps and goals coming due; each once. */
export function draftAgenda(sources: AgendaSources): string[] {
  const items = [...templateLines(sources.template), ...commitmentItems(sources.open, sources.format), ...sinceItems(sources.since), ...goalItems(sources.goals, sources.format)];
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = item.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Moves the item at `index` one place up (-1) or down (+1); out of range leaves the list as it is. */
export function moveItem<T>(items: readonly T[], index: number, by: -1 | 1): T[] {
  const target = index + by;
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) return [...items];
  const moved = [...items];
  [moved[index], moved[target]] = [moved[target] as T, moved[index] as T];
  return moved;
}
