// The Cadences tab: every communication rhythm of the partnership, when each is next
// due, how well it was kept, and its occurrences to mark held, skipped or moved.
import { useState } from 'react';
import type { Cadence, Partnership } from '@shared/domain';
import { useSettings } from '../../../db/hooks';
import { Dialog } from '../../components/Dialog';
import { CalendarExportButton } from '../../exports/CalendarExportButton';
import { useToday } from '../../useToday';
import { CadenceCard } from './CadenceCard';
import { CadenceForm } from './CadenceForm';
import { draftFromCadence, newCadenceDraft } from './cadenceDraft';
import { useCadenceActions } from './useCadenceActions';
import { useCadenceData, useNow } from './useRhythmData';
import './rhythm.css';

type Editing = { readonly mode: 'new' } | { readonly mode: 'edit'; readonly cadence: Cadence } | undefined;

export function CadencesPanel({ partnership }: { readonly partnership: Partnership }) {
  const data = useCadenceData(partnership.id);
  const settings = useSettings();
  const today = useToday();
  const now = useNow();
  const actions = useCadenceActions();
  const [editing, setEditing] = useState<Editing>();
  if (!data || !settings) return <p className="muted">Loading…</p>;
  const { cadences, records, touchpoints, stakeholders } = data;
  const close = () => setEditing(undefined);

  return (
    <div className="rhythm">
      <div className="rhythm-head">
        <div>
          <h2>Cadences</h2>
          <p className="muted">The meetings that keep this partnership alive. Times are shown in your zone, {settings.timeZone}.</p>
        </div>
        {cadences.length > 0 && (
          <div className="rhythm-head-actions">
            <CalendarExportButton partnership={partnership} />
            <button type="button" className="button button-primary" onClick={() => setEditing({ mode: 'new' })}>
              New cadence
            </button>
          </div>
        )}
      </div>
      {cadences.length === 0 && <CadencesEmpty onCreate={() => setEditing({ mode: 'new' })} />}
      {cadences.map((cadence) => (
        <CadenceCard
          key={cadence.id}
          partnership={partnership}
          cadence={cadence}
          records={records.filter((r) => r.cadenceId === cadence.id)}
          touchpoints={touchpoints}
          stakeholders={stakeholders}
          userZone={settings.timeZone}
          now={now}
          today={today}
          onEdit={() => setEditing({ mode: 'edit', cadence })}
          onTogglePause={() => void actions.togglePause(cadence)}
          onDelete={() => void actions.remove(cadence)}
        />
      ))}
      {editing && (
        <Dialog title={editing.mode === 'new' ? 'New cadence' : `Edit ${editing.cadence.name}`} onClose={close} wide>
          <CadenceForm
            partnership={partnership}
            initial={editing.mode === 'edit' ? draftFromCadence(editing.cadence) : newCadenceDraft(today, settings)}
            editing={editing.mode === 'edit' ? editing.cadence : undefined}
            stakeholders={stakeholders}
            onCancel={close}
            onSave={async (input) => {
              await actions.save(input, editing.mode === 'edit' ? editing.cadence : undefined);
              close();
            }}
          />
        </Dialog>
      )}
    </div>
  );
}

function CadencesEmpty({ onCreate }: { readonly onCreate: () => void }) {
  return (
    <div className="empty">
      <h2>Set the rhythm of this partnership</h2>
      <p>
        Partnerships are rarely lost at the table; they fade in the quiet weeks after. A cadence — a fortnightly ops sync, a monthly steering committee, a
        quarterly business review — keeps both sides talking. Steward plans each meeting, reminds you before it and shows when one slips.
      </p>
      <button type="button" className="button button-primary" onClick={onCreate}>
        Add the first cadence
      </button>
    </div>
  );
}
