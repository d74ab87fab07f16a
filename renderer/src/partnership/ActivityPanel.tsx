import { useLiveQuery } from '../../db/live';
import { db } from '../../db/db';
import { recentActivity } from '../../db/queries';
import { capitalise } from '../format';
import { useDateText } from '../clock/useDateText';
import { ConflictList } from './conflicts/ConflictList';
import { useConflicts } from './conflicts/useConflicts';

export function ActivityPanel({ partnershipId }: { readonly partnershipId: string }) {
  const { formatInstant } = useDateText();
  const activity = useLiveQuery(() => recentActivity(db, partnershipId, 200), [partnershipId]);
  const conflicts = useConflicts(partnershipId);
  if (!activity) return null;
  // Without conflicts (always, without a team) the tab is the history alone, as before.
  const hasConflicts = (conflicts?.views.length ?? 0) > 0;
  return (
    <>
      {conflicts && hasConflicts ? <ConflictList conflicts={conflicts} /> : null}
      {hasConflicts ? <h2 className="section-title activity-heading">Change history</h2> : null}
      {activity.length === 0 ? (
        <p className="muted">Nothing recorded yet.</p>
      ) : (
        <ol className="activity" aria-label="Change history">
          {activity.map((a) => (
            <li key={a.id}>
              <time dateTime={a.at}>{formatInstant(a.at)}</time>
              <span>
                <span className={`activity-action activity-${a.action}`}>{capitalise(a.entity)}</span> {a.description}
              </span>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
