import { useState } from 'react';
import type { Partnership } from '@shared/domain';
import { Dialog } from '../components/Dialog';
import { AdHocMeetingDialog } from './brief/AdHocMeetingDialog';
import { LastChanged } from './authors/LastChanged';
import { StatusBadge } from '../components/StatusBadge';
import { capitalise } from '../format';
import { PartnershipForm } from '../portfolio/PartnershipForm';
import { MuteRemindersButton } from '../reminders/MuteRemindersButton';
import { usePartnershipActions } from '../portfolio/usePartnershipActions';
import { navigate, routeHref } from '../router';

export function PartnershipHeader({ partnership }: { readonly partnership: Partnership }) {
  const [isEditing, setEditing] = useState(false);
  const [isPreparing, setPreparing] = useState(false);
  const actions = usePartnershipActions();
  return (
    <header className="screen-header">
      <div>
        <p className="breadcrumb">
          <a href={routeHref({ screen: 'portfolio' })}>Portfolio</a> /
        </p>
        <h1 id="partnership-title">{partnership.name}</h1>
        <p className="screen-sub">
          {partnership.partnerOrg} · {capitalise(partnership.type)} · <StatusBadge status={partnership.status} />
        </p>
        <LastChanged table="partnerships" id={partnership.id} updatedAt={partnership.updatedAt} className="screen-changed" />
      </div>
      <div className="header-actions">
        <button type="button" className="button" onClick={() => setPreparing(true)}>
          Prepare a meeting
        </button>
        <MuteRemindersButton partnership={partnership} />
        <button type="button" className="button" onClick={() => setEditing(true)}>
          Edit details
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
      {isPreparing && <AdHocMeetingDialog partnershipId={partnership.id} onClose={() => setPreparing(false)} />}
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
    </header>
  );
}
