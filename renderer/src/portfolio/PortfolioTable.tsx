import type { Partnership } from '@shared/domain';
import { daysBetween } from '@shared/dates';
import { routeHref } from '../router';
import { capitalise, formatDay, relativeDays } from '../format';
import { StatusBadge } from '../components/StatusBadge';

interface Props {
  readonly partnerships: readonly Partnership[];
  readonly today: string;
  readonly onEdit: (p: Partnership) => void;
  readonly onArchive: (p: Partnership) => void;
  readonly onRestore: (p: Partnership) => void;
}

export function PortfolioTable({ partnerships, today, onEdit, onArchive, onRestore }: Props) {
  return (
    <table className="table">
      <thead>
        <tr>
          <th scope="col">Partnership</th>
          <th scope="col">Type</th>
          <th scope="col">Status</th>
          <th scope="col">Owner</th>
          <th scope="col">Renewal</th>
          <th scope="col">Tags</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {partnerships.map((p) => (
          <tr key={p.id}>
            <td>
              {p.deletedAt ? (
                <span className="cell-title">{p.name}</span>
              ) : (
                <a className="cell-title" href={routeHref({ screen: 'partnership', id: p.id, tab: 'overview' })}>
                  {p.name}
                </a>
              )}
              <span className="cell-sub">{p.partnerOrg}</span>
            </td>
            <td>{capitalise(p.type)}</td>
            <td>
              <StatusBadge status={p.status} />
            </td>
            <td>{p.owner || '—'}</td>
            <td>
              <RenewalCell day={p.termEndsOn} today={today} />
            </td>
            <td>
              <div className="tags">
                {p.tags.map((t) => (
                  <span key={t} className="tag">
                    {t}
                  </span>
                ))}
              </div>
            </td>
            <td className="row-actions">
              {p.deletedAt ? (
                <button type="button" className="button button-small" onClick={() => onRestore(p)}>
                  Restore
                </button>
              ) : (
                <>
                  <button type="button" className="button button-small" onClick={() => onEdit(p)} aria-label={`Edit ${p.name}`}>
                    Edit
                  </button>
                  <button type="button" className="button button-small button-quiet" onClick={() => onArchive(p)} aria-label={`Archive ${p.name}`}>
                    Archive
                  </button>
                </>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function RenewalCell({ day, today }: { readonly day?: string; readonly today: string }) {
  if (!day) return <span className="muted">—</span>;
  const days = daysBetween(today, day);
  const tone = days < 0 ? 'past' : days <= 90 ? 'soon' : 'later';
  return (
    <span className={`renewal renewal-${tone}`}>
      {formatDay(day)}
      <span className="cell-sub">{relativeDays(day, today)}</span>
    </span>
  );
}
