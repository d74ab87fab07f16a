// What a chase names: the commitment, its owner and its partnership, read when the user
// asks (an Attention row carries only the commitment's id).
import type { Commitment, Partnership, Stakeholder } from '@shared/domain';
import { tableOf } from './records';
import type { StewardDb } from './schema';

export interface ChaseSubject {
  readonly commitment: Commitment;
  readonly owner?: Stakeholder;
  readonly partnership: Partnership;
}

/** The live commitment with its owner (when one is named and still there) and partnership, or undefined. */
export async function readChaseSubject(db: StewardDb, commitmentId: string): Promise<ChaseSubject | undefined> {
  return db.transaction('r', [db.commitments, db.stakeholders, db.partnerships], async () => {
    const commitment = await tableOf<Commitment>(db, 'commitments').get(commitmentId);
    if (!commitment || commitment.deletedAt) return undefined;
    const [owner, partnership] = await Promise.all([
      commitment.ownerId ? tableOf<Stakeholder>(db, 'stakeholders').get(commitment.ownerId) : Promise.resolve(undefined),
      tableOf<Partnership>(db, 'partnerships').get(commitment.partnershipId),
    ]);
    if (!partnership || partnership.deletedAt) return undefined;
    return { commitment, partnership, ...(owner && !owner.deletedAt ? { owner } : {}) };
  });
}
