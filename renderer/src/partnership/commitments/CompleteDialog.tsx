// "Mark done" asks on which day, today by default, because "done late" is judged by it.
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { Commitment } from '@shared/domain';
import { ValidationError } from '@shared/domain';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { formatDay } from '../../format';
import { failureMessage } from '../../components/failureMessage';

interface Props {
  readonly commitment: Commitment;
  readonly today: string;
  readonly onComplete: (doneOn: string) => Promise<void>;
  readonly onClose: () => void;
}

export function CompleteDialog({ commitment, today, onComplete, onClose }: Props) {
  const [doneOn, setDoneOn] = useState(today);
  const [error, setError] = useState<string>();
  const [isSaving, setSaving] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    try {
      await onComplete(doneOn);
      onClose();
    } catch (caught) {
      setError(caught instanceof ValidationError ? (caught.errors.doneOn ?? caught.message) : failureMessage('Could not save', caught));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Dialog title={`Mark “${commitment.title}” done`} onClose={onClose}>
      <form className="form" onSubmit={submit} noValidate>
        <Field label="Done on" required error={error} hint={`It was due on ${formatDay(commitment.dueOn)}.`}>
          {(a) => <input {...a} type="date" value={doneOn} onChange={(e) => setDoneOn(e.target.value)} autoFocus />}
        </Field>
        <div className="form-actions">
          <button type="button" className="button button-quiet" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={isSaving}>
            Mark done
          </button>
        </div>
      </form>
    </Dialog>
  );
}
