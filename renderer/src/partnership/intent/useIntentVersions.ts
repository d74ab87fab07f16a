import { useLiveQuery } from '../../../db/live';
import type { IntentVersion } from '@shared/domain';
import { db } from '../../../db/db';
import { listIntentVersions } from '../../../db/workspaceQueries';

/** Every live version of the partnership's charter, oldest first; undefined while loading. */
export function useIntentVersions(partnershipId: string): IntentVersion[] | undefined {
  return useLiveQuery(() => listIntentVersions(db, partnershipId), [partnershipId]);
}
