// The stage list as the Settings editor holds it: each row remembers the name it was saved
// under, so a rename can carry the opportunities in that stage with it.
import type { Stage, StageOutcome } from '@shared/domain';

export interface StageRow {
  readonly key: string;
  readonly name: string;
  readonly outcome: StageOutcome;
  /** The name it had when the list was last saved; absent for a stage added since. */
  readonly savedName?: string;
}

export const rowsOf = (stages: readonly Stage[]): StageRow[] => stages.map((s, i) => ({ key: `saved-${i}`, name: s.name, outcome: s.outcome, savedName: s.name }));

/** Old name → new name for every saved stage whose name was changed. */
export function renamesOf(rows: readonly StageRow[]): Record<string, string> {
  return Object.fromEntries(rows.filter((r) => r.savedName !== undefined && r.savedName !== r.name.trim()).map((r) => [r.savedName!, r.name.trim()]));
}

/** The row at `index` moved one place up (-1) or down (+1); unchanged at either end. */
export function moveRow<T>(rows: readonly T[], index: number, by: -1 | 1): T[] {
  const to = index + by;
  if (to < 0 || to >= rows.length) return [...rows];
  const copy = [...rows];
  [copy[index], copy[to]] = [copy[to]!, copy[index]!];
  return copy;
}
