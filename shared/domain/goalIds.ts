// Goals keep their identity across intent versions (schema version 9): a goal's
// measurements name it by id, so revising the charter must not orphan them. Records and
// backups written before version 9 have goals without ids; this gives them ids the same
// way every time, so an upgraded database and a restored old backup agree.

interface GoalLike {
  readonly id?: string;
  readonly statement: string;
}

interface VersionLike {
  readonly id: string;
  readonly partnershipId: string;
  readonly version: number;
  readonly goals?: readonly GoalLike[];
}

/** How two statements are told to be the same goal: case, spacing and surrounding blanks ignored. */
export const goalStatementKey = (statement: string) => statement.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Every goal without an id gets one: the id of the goal with the same statement in the
 * partnership's latest earlier version that had one, or else `<version id>.g<position>`.
 * Within one version an id is used once (a repeated statement gets its own). Goals that
 * have an id keep it. The versions come back in the order given.
 */
export function assignGoalIds<V extends VersionLike>(versions: readonly V[]): V[] {
  const byPartnership = new Map<string, V[]>();
  for (const v of versions) byPartnership.set(v.partnershipId, [...(byPartnership.get(v.partnershipId) ?? []), v]);
  const result = new Map<V, V>();
  for (const list of byPartnership.values()) {
    const known = new Map<string, string>(); // statement key -> id, the latest version's winning
    for (const version of [...list].sort((a, b) => a.version - b.version)) {
      const used = new Set<string>();
      const goals = (version.goals ?? []).map((goal, index) => {
        const carried = known.get(goalStatementKey(goal.statement));
        const id = goal.id || (carried && !used.has(carried) ? carried : `${version.id}.g${index}`);
        used.add(id);
        return { ...goal, id };
      });
      for (const goal of goals) known.set(goalStatementKey(goal.statement), goal.id);
      result.set(version, version.goals ? { ...version, goals } : version);
    }
  }
  return versions.map((v) => result.get(v)!);
}
