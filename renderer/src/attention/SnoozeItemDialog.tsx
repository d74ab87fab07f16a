// "Snooze until…": keeps an Attention item out of the list until the start of a chosen day
// (in the user's zone), with Undo. Tomorrow is offered; any later day can be typed.
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { AttentionItem } from '@shared/attention';
import { addDays } from '@shared/dates';
import type { FieldErrors } from '@shared/domain';
import { isDay } from '@shared/domain';
import { localToUtc } from '@shared/recurrence';
import { snoozeAttentionItem, unsnoozeAttentionItem } from '../../db/attentionSnoozes';
import { appContext } from '../../db/db';
import { useSettings } from '../../db/hooks';
import { useDateText } from '../clock/useDateText';
import { Dialog } from '../components/Dialog';
import { Field } from '../components/Field';
import { FormFooter } from '../components/FormFooter';
import { useToast } from '../components/ToastProvider';
import { useFormSave } from '../components/useFormSave';
import { useToday } from '../useToday';

interface Props {
  readonly item: AttentionItem;
  readonly onClose: () => void;
}

export function SnoozeItemDialog({ item, onClose }: Props) {
  const today = useToday();
  const zone = useSettings()?.timeZone ?? 'UTC';
  const { formatDay } = useDateText();
  const [day, setDay] = useState(addDays(today, 1));
  const { formRef, errors, failure, isSaving, save } = useFormSave('Could not snooze');
  const toast = useToast();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: FieldErrors = !isDay(day) ? { until: 'Enter a day.' } : day <= today ? { until: 'Choose a day after today.' } : {};
    const outcome = await save(found, () => snoozeAttentionItem(appContext, { itemKey: item.key, partnershipId: item.partnershipId, until: localToUtc(`${day}T00:00`, zone) }));
    if (!outcome.saved) return;
    const previous = outcome.value;
    toast({ message: `Snoozed “${item.title}” until ${formatDay(day)}.`, action: { label: 'Undo', run: () => unsnoozeAttentionItem(appContext, item.key, previous) } });
    onClose();
  }

  return (
    <Dialog title="Snooze until…" onClose={onClose}>
      <form ref={formRef} className="form" onSubmit={submit} noValidate>
        <p className="rhythm-context">{item.title}</p>
        <Field label="Until" required error={errors.until} hint="It comes back to the list at the start of that day.">
          {(a) => <input {...a} type="date" min={addDays(today, 1)} value={day} onChange={(e) => setDay(e.target.value)} />}
        </Field>
        <FormFooter failure={failure} isSaving={isSaving} submitLabel="Snooze" onCancel={onClose} />
      </form>
    </Dialog>
  );
}
