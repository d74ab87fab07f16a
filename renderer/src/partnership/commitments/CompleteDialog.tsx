// "Mark done" asks on which day, today by default, because "done late" is judged by it.
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { Commitment } from '@shared/domain';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { FormFooter } from '../../components/FormFooter';
import { useFormSave } from '../../components/useFormSave';
import { useDateText } from '../../clock/useDateText';

interface Props {
  readonly commitment: Commitment;
  readonly today: string;
  readonly onComplete: (doneOn: string) => Promise<void>;
  readonly onClose: () => void;
}

export function CompleteDialog({ commitment, today, onComplete, onClose }: Props) {
  const { formatDay } = useDateText();
  const [doneOn, setDoneOn] = useState(today);
  const { formRef, errors, failure, isSaving, save } = useFormSave();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if ((await save({}, () => onComplete(doneOn))).saved) onClose();
  }

  return (
    <Dialog title={`Mark “${commitment.title}” done`} onClose={onClose}>
      <form ref={formRef} className="form" onSubmit={submit} noValidate>
        <Field label="Done on" required error={errors.doneOn} hint={`It was due on ${formatDay(commitment.dueOn)}.`}>
          {(a) => <input {...a} type="date" value={doneOn} onChange={(e) => setDoneOn(e.target.value)} autoFocus />}
        </Field>
        <FormFooter failure={failure} isSaving={isSaving} submitLabel="Mark done" onCancel={onClose} />
      </form>
    </Dialog>
  );
}
