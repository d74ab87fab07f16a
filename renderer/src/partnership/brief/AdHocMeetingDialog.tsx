// "Prepare a meeting" outside any cadence: a title and a start (in the user's zone) make
// the ad-hoc meeting's preparation record, and its brief opens.
import { useState } from 'react';
import type { FormEvent } from 'react';
import { localToUtc } from '@shared/timezones';
import { appContext } from '../../../db/db';
import { createAdHocMeeting } from '../../../db/meetingPreps';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { FormFooter } from '../../components/FormFooter';
import { useFormSave } from '../../components/useFormSave';
import { briefHref } from '../../router';
import { useBriefMoment } from './useBrief';

export function AdHocMeetingDialog({ partnershipId, onClose }: { readonly partnershipId: string; readonly onClose: () => void }) {
  const { zone } = useBriefMoment();
  const [title, setTitle] = useState('');
  const [start, setStart] = useState('');
  const { formRef, errors, failure, isSaving, save } = useFormSave('Could not start the preparation');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = { ...(title.trim() ? {} : { title: 'Give the meeting a title.' }), ...(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(start) ? {} : { occurrence: 'Enter the date and time it starts.' }) };
    const outcome = await save(found, () => createAdHocMeeting(appContext, { partnershipId, title: title.trim(), occurrence: localToUtc(start, zone) }));
    if (!outcome.saved) return;
    // The workspace header (and this dialog with it) stays mounted across the route change.
    onClose();
    window.location.hash = briefHref(partnershipId, { prepId: outcome.value.id });
  };

  return (
    <Dialog title="Prepare a meeting" onClose={onClose}>
      <form ref={formRef} onSubmit={(e) => void submit(e)} noValidate>
        <Field label="Title" error={errors.title} required>
          {(props) => <input {...props} type="text" value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} />}
        </Field>
        <Field label={`Starts (${zone})`} error={errors.occurrence} required>
          {(props) => <input {...props} type="datetime-local" value={start} onChange={(e) => setStart(e.target.value)} />}
        </Field>
        <FormFooter failure={failure} isSaving={isSaving} submitLabel="Prepare" onCancel={onClose} />
      </form>
    </Dialog>
  );
}
