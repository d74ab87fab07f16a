// Live reads for the Cadences and Touchpoints tabs: one query per tab, so a write
// anywhere (another window, a reminder action) redraws the whole tab consistently.
import { useLiveQuery } from '../../../db/live';
import { db } from '../../../db/db';
import { listCadences, listCommitments, listDecisions, listOccurrenceRecords, listStakeholders, listTouchpoints } from '../../../db/workspaceQueries';

export function useCadenceData(partnershipId: string) {
  return useLiveQuery(async () => {
    const [cadences, touchpoints, stakeholders] = await Promise.all([
      listCadences(db, partnershipId),
      listTouchpoints(db, partnershipId),
      listStakeholders(db, partnershipId),
    ]);
    const records = (await Promise.all(cadences.map((c) => listOccurrenceRecords(db, c.id)))).flat();
    return { cadences, touchpoints, stakeholders, records };
  }, [partnershipId]);
}

export function useTouchpointData(partnershipId: string) {
  return useLiveQuery(async () => {
    const [touchpoints, decisions, commitments, stakeholders, cadences] = await Promise.all([
      listTouchpoints(db, partnershipId),
      listDecisions(db, partnershipId),
      listCommitments(db, partnershipId),
      listStakeholders(db, partnershipId),
      listCadences(db, partnershipId),
    ]);
    return { touchpoints, decisions, commitments, stakeholders, cadences };
  }, [partnershipId]);
}

/** The app clock's instant, so statuses (due soon, missed) move on by themselves, at midnight and on wake too. */
export { useNow } from '../../clock/clockContext';
