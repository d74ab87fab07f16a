// Everything one partnership holds, read through its partnershipId indexes: the
// overview's facts and its own attention list come from this.
import type { AttentionSnapshot, GoalSources } from '@shared/attention';
import type { Partnership } from '@shared/domain';
import type { StewardDb } from './schema';

export async function loadPartnershipSnapshot(db: StewardDb, partnership: Partnership): Promise<Required<AttentionSnapshot> & Pick<Required<GoalSources>, 'goalMeasurements'>> {
  const own = { partnershipId: partnership.id };
  const live = <T extends { readonly deletedAt?: string }>(rows: T[]) => rows.filter((r) => !r.deletedAt);
  const [cadences, occurrences, touchpoints, commitments, healthChecks, intentVersions, goalMeasurements] = await Promise.all([
    db.cadences.where(own).toArray(),
    db.occurrences.where(own).toArray(),
    db.touchpoints.where(own).toArray(),
    db.commitments.where(own).toArray(),
    db.healthChecks.where(own).toArray(),
    db.intentVersions.where(own).toArray(),
    db.goalMeasurements.where(own).toArray(),
  ]);
  return {
    partnerships: [partnership],
    cadences: live(cadences),
    occurrences: live(occurrences),
    touchpoints: live(touchpoints),
    commitments: live(commitments),
    healthChecks: live(healthChecks),
    intentVersions: live(intentVersions),
    goalMeasurements: live(goalMeasurements),
  };
}
