// Value that is not a deal (cost saved, installs, a reference won), with the form to add or edit one.
import { useState } from 'react';
import type { Partnership, ValueEvent } from '@shared/domain';
import { Dialog } from '../../components/Dialog';
import type { ValueData } from './useValueData';
import { useValueActions } from './useValueActions';
import { ValueEventForm } from './ValueEventForm';
import { ValueEventList } from './ValueEventList';

type Editing = { readonly mode: 'new' } | { readonly mode: 'edit'; readonly event: ValueEvent } | undefined;

export function ValueEventsSection({ partnership, data, today }: { readonly partnership: Partnership; readonly data: ValueData; readonly today: string }) {
  const [editing, setEditing] = useState<Editing>();
  const actions = useValueActions();
  const canEdit = !partnership.deletedAt;
  return (
    <section className="value-section" aria-labelledby="value-events-title">
      <header className="value-section-head">
        <h2 id="value-events-title">Value events</h2>
        {canEdit && (
          <button type="button" className="button" onClick={() => setEditing({ mode: 'new' })}>
            New value event
          </button>
        )}
      </header>
      {data.events.length === 0 ? (
        <div className="empty value-empty">
          <p>No value events yet. Record value that is not a deal — a cost saved, integration installs, a reference won — with an amount if it has one.</p>
        </div>
      ) : (
        <ValueEventList events={data.events} canEdit={canEdit} onEdit={(e) => setEditing({ mode: 'edit', event: e })} onDelete={actions.removeEvent} />
      )}
      {editing && (
        <Dialog title={editing.mode === 'new' ? 'New value event' : 'Edit value event'} onClose={() => setEditing(undefined)} wide>
          <ValueEventForm
            partnershipId={partnership.id}
            initial={editing.mode === 'edit' ? editing.event : undefined}
            today={today}
            currency={data.settings.reportingCurrency}
            onCancel={() => setEditing(undefined)}
            onSave={async (input) => {
              await actions.saveEvent(input, editing.mode === 'edit' ? editing.event : undefined);
              setEditing(undefined);
            }}
          />
        </Dialog>
      )}
    </section>
  );
}
