// Changing the pipeline's stage list (Settings) without stranding a deal: a stage that
// opportunities are in may be renamed (they follow it) or moved, but not removed, nor turned
// from open to won or lost, while they are in it — each refusal says how many deals it holds.
import type { Stage } from '../domain';

export interface StageListChange {
  /** Each renamed stage in use: its old name and its new one, for the opportunities in it. */
  readonly renames: readonly (readonly [from: string, to: string])[];
  /** Why the change is refused; empty when it may be saved. */
  readonly problems: readonly string[];
}

const key = (name: string) => name.trim().toLowerCase();
const deals = (n: number) => (n === 1 ? '1 opportunity is' : `${n} opportunities are`);

/**
 * `renamed` maps a stage's name before to its name in `after` (rows the user renamed);
 * `inUse` counts live opportunities per stage name (lower case).
 */
export function checkStageListChange(before: readonly Stage[], after: readonly Stage[], renamed: Readonly<Record<string, string>>, inUse: ReadonlyMap<string, number>): StageListChange {
  const renames: (readonly [string, string])[] = [];
  const problems: string[] = [];
  for (const stage of before) {
    const count = inUse.get(key(stage.name)) ?? 0;
    const now = after.find((s) => key(s.name) === key(renamed[stage.name] ?? stage.name));
    if (count === 0) continue;
    if (!now) {
      problems.push(`${deals(count)} in “${stage.name}”: move ${count === 1 ? 'it' : 'them'} to another stage before removing this one.`);
      continue;
    }
    if (now.outcome !== stage.outcome) problems.push(`${deals(count)} in “${stage.name}”: it stays ${stage.outcome} while ${count === 1 ? 'it is' : 'they are'} in it, so no total changes under ${count === 1 ? 'it' : 'them'}.`);
    if (now.name !== stage.name) renames.push([stage.name, now.name]);
  }
  return { renames, problems };
}

/** Live opportunities per stage name, in lower case. */
export function countByStage(opportunities: readonly { readonly stage: string; readonly deletedAt?: string }[]): Map<string, number> {
  return sumByStage(opportunities.filter((o) => !o.deletedAt).map((o) => [o.stage, 1]));
}

/** Counts of stage names as stored, summed per stage name in lower case; stages with none are left out. */
export function sumByStage(counts: readonly (readonly [stage: string, count: number])[]): Map<string, number> {
  const sums = new Map<string, number>();
  for (const [stage, count] of counts) if (count > 0) sums.set(key(stage), (sums.get(key(stage)) ?? 0) + count);
  return sums;
}
