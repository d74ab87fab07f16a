// Skip an occurrence (with an optional note) or move it to another date and time, given
// in the cadence's own zone so "10:00 Berlin" means what the meeting invite says.
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { CadenceOccurrence } from '@shared/cadenceSchedule';
import type { Cadence, FieldErrors } from '@shared/domain';
import { isDay } from '@shared/domain';
import { localToUtc, utcToLocal } from '@shared/recurrence';
import { appContext } from '../../../db/db';
import { markOccurrence } from '../../../db/cadences';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { FormFooter } from '../../components/FormFooter';
import { messageOf, useToast } from '../../components/ToastProvider';
import { useFormSave } from '../../components/useFormSave';

interface Props {
  readonly cadence: Cadence;
  readonly occurrence: Pick<CadenceOccurrence, 'occurrence' | 'at'>;
  readonly mode: 'skip' | 'move';
  readonly whenLabel: string;
  readonly onClose: () => void;
}

export function OccurrenceMarkDialog({ cadence, occurrence, mode, whenLabel, onClose }: Props) {
  const [local] = useState(() => utcToLocal(occurrence.at, cadence.zone));
  const [date, setDate] = useState(local.slice(0, 10));
  const [time, setTime] = useState(local.slice(11, 16));
  const [note, setNote] = useState('');
  const { formRef, errors, failure, isSaving, save } = useFormSave();
  const toast = useToast();
  const isMove = mode === 'move';

  async function submit(event: FormEvent) {
    event.preventDefault();
    const movedTo = isMove ? movedInstant(date, time, cadence.zone) : undefined;
    const found: FieldErrors = movedTo && !movedTo.ok ? { movedTo: movedTo.message } : {};
    const outcome = await save(found, () =>
      markOccurrence(appContext, { cadenceId: cadence.id, occurrence: occurrence.occurrence, outcome: isMove ? 'moved' : 'skipped', movedTo: movedTo?.ok ? movedTo.value : undefined, note }),
    );
    if (!outcome.saved) return;
    toast({ message: isMove ? `Moved “${cadence.name}” of ${whenLabel}.` : `Skipped “${cadence.name}” of ${whenLabel}.` });
    onClose();
  }

  return (
    <Dialog title={`${isMove ? 'Move' : 'Skip'} “${cadence.name}”`} onClose={onClose}>
      <form ref={formRef} className="form rhythm-form" onSubmit={submit} noValidate>
        <p className="rhythm-context">Planned for {whenLabel}.</p>
        {isMove && (
          <div className="form-grid">
            <Field label="New date" required error={errors.movedTo}>
              {(a) => <input {...a} type="date" value={date} onChange={(e) => setDate(e.target.value)} autoFocus />}
            </Field>
            <Field label={`New time (${cadence.zone})`} required>
              {(a) => <input {...a} type="time" value={time} onChange={(e) => setTime(e.target.value)} />}
            </Field>
          </div>
        )}
        <Field label="Note" error={errors.note} hint={isMove ? 'Optional: why it moved.' : 'Optional: why it was skipped, e.g. “Partner at their sales kick-off”.'}>
          {(a) => <textarea {...a} rows={3} value={note} onChange={(e) => setNote(e.target.value)} autoFocus={!isMove} />}
        </Field>
        <FormFooter failure={failure ?? errors.outcome} isSaving={isSaving} submitLabel={isMove ? 'Move' : 'Skip occurrence'} onCancel={onClose} />
      </form>
    </Dialog>
  );
}

type Moved = { readonly ok: true; readonly value: string } | { readonly ok: false; readonly message: string };

function movedInstant(date: string, time: string, zone: string): Moved {
  if (!isDay(date) || !/^\d{2}:\d{2}$/.test(time)) return { ok: false, message: 'Enter the new date and time.' };
  try {
    return { ok: true, value: localToUtc(`${date}T${time}`, zone) };
  } catch (error) {
    return { ok: false, message: messageOf(error) };
  }
}
