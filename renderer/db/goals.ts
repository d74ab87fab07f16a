// A charter goal named by another record (a measurement, a commitment that serves it).
import type { IntentVersion } from '@shared/domain';
import { ValidationError } from '@shared/domain';
import type { StewardDb } from './schema';

/** The goal must be one of the partnership's charter (any version: an older goal may still be reported on). */
export async function requireGoal(db: StewardDb, partnershipId: string, goalId: string): Promise<void> {
  const versions = await db.intentVersions.where('partnershipId').equals(partnershipId).toArray();
  const known = versions.some((v: IntentVersion) => !v.deletedAt && v.goals.some((g) => g.id === goalId));
  if (!known) throw new ValidationError({ goalId: 'That goal is not in this partnership’s intent: save the intent first.' });
}
