// Live reads for the Commitments tab: the partnership's commitments, the people who
// can own them, and the touchpoints and health checks they may have come from.
import { useLiveQuery } from '../../../db/live';
import { db } from '../../../db/db';
import { listCommitments, listHealthChecks, listStakeholders, listTouchpoints } from '../../../db/workspaceQueries';

export function useCommitments(partnershipId: string) {
  return useLiveQuery(() => listCommitments(db, partnershipId), [partnershipId]);
}

export function useStakeholders(partnershipId: string) {
  return useLiveQuery(() => listStakeholders(db, partnershipId), [partnershipId]);
}

export function useTouchpoints(partnershipId: string) {
  return useLiveQuery(() => listTouchpoints(db, partnershipId), [partnershipId]);
}

export function useHealthChecks(partnershipId: string) {
  return useLiveQuery(() => listHealthChecks(db, partnershipId), [partnershipId]);
}
