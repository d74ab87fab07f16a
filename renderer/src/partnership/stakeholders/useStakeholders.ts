import { useLiveQuery } from '../../../db/live';
import { db } from '../../../db/db';
import { listStakeholders } from '../../../db/workspaceQueries';

/** The partnership's live stakeholders; undefined while loading. Updates after any write. */
export function useStakeholders(partnershipId: string) {
  return useLiveQuery(() => listStakeholders(db, partnershipId), [partnershipId]);
}
