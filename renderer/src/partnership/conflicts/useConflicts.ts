// The partnership's open conflicts for the Activity tab, live: a restore, an undo, a dismissal or
// a new merge shows at once. Undefined while loading; an empty list without a team.
import { useMemo } from 'react';
import type { ValueWriters } from '@shared/sync/fieldText';
import { appContext } from '../../../db/db';
import { useLiveQuery } from '../../../db/live';
import type { ConflictView } from '../../../db/sync/conflicts';
import { conflictViews } from '../../../db/sync/conflicts';
import { useDateText } from '../../clock/useDateText';

export interface Conflicts {
  readonly views: readonly ConflictView[];
  readonly writers: ValueWriters;
}

export function useConflicts(partnershipId: string): Conflicts | undefined {
  const { formatDay, formatInstant } = useDateText();
  const data = useLiveQuery(() => conflictViews(appContext, partnershipId), [partnershipId]);
  return useMemo(() => {
    if (!data) return undefined;
    const writers: ValueWriters = { day: formatDay, instant: formatInstant, nameOf: (id) => data.names.get(id) };
    return { views: data.views, writers };
  }, [data, formatDay, formatInstant]);
}
