import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { PartnershipId } from '@shared/domain';
import { db } from '../../db/db';
import { usePartnership } from '../../db/hooks';
import { recentActivity } from '../../db/queries';
import { Dialog } from '../components/Dialog';
import { StatusBadge } from '../components/StatusBadge';
import { capitalise, formatDay, formatInstant } from '../format';
import { PartnershipForm } from '../portfolio/PartnershipForm';
import { usePartnershipActions } from '../portfolio/usePartnershipActions';
import { navigate, routeHref } from '../router';

export function PartnershipScreen({ id }: { readonly id: PartnershipId }) {
  const partnership = usePartnership(id);
  const activity = useLiveQuery(() => recentActivity(db, id), [id]);
  const [isEditing, setEditing] = useState(false);
  const actions = usePartnershipActions();

  if (partnership === undefined) return <p className="screen muted">Loading…</p>;
  if (partnership === null || partnership.deletedAt) {
    return (
      <section className="screen">
        <div className="empty">
          <h2>This partnership is not in your portfolio</h2>
          <p>It may have been archived. Archived partnerships can be restored from the portfolio.</p>
          <a className="button" href={routeHref({ screen: 'portfolio' })}>
            Back to the portfolio
          </a>
        </div>
      </section>
    );
  }
  return (
    <section className="screen" aria-labelledby="partnership-title">
      <header className="screen-header">
        <div>
          <p className="breadcrumb">
            <a href={routeHref({ screen: 'portfolio' })}>Portfolio</a> /
          </p>
          <h1 id="partnership-title">{partnership.name}</h1>
          <p className="screen-sub">
            {partnership.partnerOrg} · {capitalise(partnership.type)} · <StatusBadge status={partnership.status} />
          </p>
        </div>
        <div className="header-actions">
          <button type="button" className="button" onClick={() => setEditing(true)}>
            Edit
          </button>
          <button
            type="button"
            className="button button-quiet"
            onClick={async () => {
              await actions.archive(partnership);
              navigate({ screen: 'portfolio' });
            }}
          >
            Archive
          </button>
        </div>
      </header>
      <dl className="facts">
        <Fact label="Signed on" value={formatDay(partnership.signedOn)} />
        <Fact label="Term ends on" value={formatDay(partnership.termEndsOn)} />
        <Fact label="Our owner" value={partnership.owner || '—'} />
        <Fact label="Tags" value={partnership.tags.join(', ') || '—'} />
      </dl>
      <h2 className="section-title">Activity</h2>
      <ol className="activity">
        {activity?.map((a) => (
          <li key={a.id}>
            <time dateTime={a.at}>{formatInstant(a.at)}</time>
            <span>{a.description}</span>
          </li>
        ))}
      </ol>
      {isEditing && (
        <Dialog title={`Edit ${partnership.name}`} onClose={() => setEditing(false)} wide>
          <PartnershipForm
            initial={partnership}
            onCancel={() => setEditing(false)}
            onSave={async (input) => {
              await actions.update(partnership.id, input);
              setEditing(false);
            }}
          />
        </Dialog>
      )}
    </section>
  );
}

function Fact({ label, value }: { readonly label: string; readonly value: string }) {
  return (
    <div className="fact">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}
