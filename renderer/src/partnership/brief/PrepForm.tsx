// The agenda and our private notes for one meeting, saved together with the occurrence
// through the one form save path (useFormSave). Starts from what is saved, or the draft.
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { MeetingBrief } from '@shared/brief/brief';
import { appContext } from '../../../db/db';
import { saveMeetingPrep } from '../../../db/meetingPreps';
import { useFormSave } from '../../components/useFormSave';
import { useToast } from '../../components/ToastProvider';
import { AgendaEditor } from './AgendaEditor';

interface Props {
  readonly partnershipId: string;
  /** The internal edition: it holds the notes and the draft. */
  readonly brief: MeetingBrief;
}

export function PrepForm({ partnershipId, brief }: Props) {
  const [items, setItems] = useState<string[]>(() => [...brief.agenda.items]);
  const [notes, setNotes] = useState(brief.notes ?? '');
  const { formRef, errors, failure, isSaving, save } = useFormSave('Could not save the preparation');
  const toast = useToast();
  const { meeting } = brief;
  const isDirty = JSON.stringify(items) !== JSON.stringify(brief.agenda.items) || notes !== (brief.notes ?? '') || !brief.agenda.isSaved;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const agenda = items.map((i) => i.trim()).filter((i) => i !== '');
    const input = { partnershipId, cadenceId: meeting.cadenceId ?? '', occurrence: meeting.occurrence, title: meeting.cadenceId ? '' : meeting.title, agenda, notes };
    const outcome = await save({}, () => saveMeetingPrep(appContext, input, meeting.cadenceId ? undefined : brief.prepId));
    if (outcome.saved) {
      setItems(agenda);
      toast({ message: 'Agenda and notes saved.' });
    }
  };

  return (
    <form ref={formRef} className="brief-prep" onSubmit={(e) => void submit(e)} aria-labelledby="brief-agenda-title">
      <div className="brief-prep-head">
        <h3 id="brief-agenda-title">Agenda</h3>
        <span className="muted">{brief.agenda.isSaved ? 'Saved with this meeting' : 'Drafted from the template and the items below — not saved yet'}</span>
      </div>
      <AgendaEditor items={items} onChange={setItems} errors={errors} />
      <label className="brief-notes-label" htmlFor="brief-notes">
        Preparation notes <span className="muted">(internal: never in the partner pre-read)</span>
      </label>
      <textarea id="brief-notes" value={notes} onChange={(e) => setNotes(e.target.value)} rows={4} aria-invalid={Boolean(errors.notes)} />
      {errors.notes && <p className="field-error">{errors.notes}</p>}
      {failure && (
        <p className="form-failure" role="alert">
          {failure}
        </p>
      )}
      <div className="form-actions">
        <button type="button" className="button button-quiet" onClick={() => setItems([...brief.agenda.draft])}>
          Start again from the draft
        </button>
        <button type="submit" className="button button-primary" disabled={isSaving || !isDirty}>
          Save agenda and notes
        </button>
      </div>
    </form>
  );
}
