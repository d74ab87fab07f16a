import { useLiveQuery } from '../../db/live';
import { db } from '../../db/db';
import { recentActivity } from '../../db/queries';
import { capitalise } from '../format';
import { useDateText } from '../clock/useDateText';

export function ActivityPanel({ partnershipId }: { readonly partnershipId: string }) {
  const { formatInstant } = useDateText();
  const activity = useLiveQuery(() => recentActivity(db, partnershipId, 200), [partnershipId]);
  if (!activity) return null;
  if (activity.length === 0) return <p className="muted">Nothing recorded yet.</p>;
  return (
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
  );
}
