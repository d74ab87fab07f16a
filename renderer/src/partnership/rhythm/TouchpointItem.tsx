// One entry of the timeline: what happened, who was there, what was decided and who
// owes what next. Internal notes are marked so they are never mistaken for shared text.
import type { Commitment, Decision, Partnership, Stakeholder, Touchpoint } from '@shared/domain';
import { capitalise } from '../../format';
import { useDateText } from '../../clock/useDateText';
import { KindIcon } from './KindIcon';
import { owedByLabel, stakeholderNames } from './rhythmFormat';
import { LastChanged } from '../authors/LastChanged';

interface Props {
  readonly partnership: Partnership;
  readonly touchpoint: Touchpoint;
  readonly decisions: readonly Decision[];
  readonly followUps: readonly Commitment[];
  readonly stakeholdersById: ReadonlyMap<string, Stakeholder>;
  readonly cadenceName?: string;
  readonly onEdit: () => void;
  readonly onDelete: () => void;
  /** Opens its recap for the partner (decisions and follow-ups by side). */
  readonly onRecap: () => void;
}

export function TouchpointItem({ partnership, touchpoint: t, decisions, followUps, stakeholdersById, cadenceName, onEdit, onDelete, onRecap }: Props) {
  const { formatDay } = useDateText();
  const attendees = stakeholderNames(t.attendeeIds, stakeholdersById);
  const titleId = `touchpoint-title-${t.id}`;
  return (
    <li className="rhythm-tp">
      <KindIcon kind={t.kind} />
      <article id={`touchpoint-${t.id}`} className="rhythm-tp-body" aria-labelledby={titleId} tabIndex={-1}>
        <header className="rhythm-tp-head">
          <div>
            <p className="rhythm-tp-meta">
              {capitalise(t.kind)} · <time dateTime={t.occurredOn}>{formatDay(t.occurredOn)}</time>
              {cadenceName && <> · {cadenceName}</>}
            </p>
            <h3 id={titleId}>{t.title}</h3>
            <LastChanged table="touchpoints" id={t.id} updatedAt={t.updatedAt} className="rhythm-tp-changed" />
          </div>
          <div className="rhythm-card-actions">
            <button type="button" className="button button-small" onClick={onRecap} aria-label={`Recap of ${t.title}`}>
              Recap
            </button>
            <button type="button" className="button button-small" onClick={onEdit} aria-label={`Edit ${t.title}`}>
              Edit
            </button>
            <button type="button" className="button button-small button-quiet" onClick={onDelete} aria-label={`Delete ${t.title}`}>
              Delete
            </button>
          </div>
        </header>
        {attendees.length > 0 && <p className="rhythm-tp-attendees">With {attendees.join(', ')}</p>}
        {t.summary && <p className="rhythm-text">{t.summary}</p>}
        {decisions.length > 0 && (
          <div className="rhythm-tp-list">
            <h4>Decisions</h4>
            <ul>
              {decisions.map((d) => (
                <li key={d.id}>{d.statement}</li>
              ))}
            </ul>
          </div>
        )}
        {followUps.length > 0 && (
          <div className="rhythm-tp-list">
            <h4>Follow-ups</h4>
            <ul>
              {followUps.map((c) => (
                <li key={c.id}>
                  {c.title} <span className={`rhythm-owed rhythm-owed-${c.owedBy}`}>{owedByLabel(c.owedBy, partnership.partnerOrg)}</span>
                  <span className="muted">
                    {c.ownerId && stakeholdersById.get(c.ownerId) ? ` · ${stakeholdersById.get(c.ownerId)?.name}` : ''} · due {formatDay(c.dueOn)}
                    {c.status !== 'open' ? ` · ${c.status}` : ''}
                  </span>
                </li>
              ))}
            </ul>
          </div>
        )}
        {t.internalNotes && (
          <div className="rhythm-internal">
            <span className="rhythm-internal-tag">Internal</span>
            <p className="rhythm-text">{t.internalNotes}</p>
          </div>
        )}
      </article>
    </li>
  );
}
