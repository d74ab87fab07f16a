// "Snooze until…" a date and time the user picks, in their settings' zone. A past or
// unreadable time is refused beside the box, and what was typed stays there.
import { useEffect, useRef, useState } from 'react';
import type { FormEvent, KeyboardEvent } from 'react';
import { utcToLocal } from '@shared/timezones';
import { Field } from '../components/Field';
import { messageOf } from '../components/ToastProvider';

interface SnoozeCustomFormProps {
  readonly zone: string;
  readonly onSnooze: (localDateTime: string) => Promise<void>;
  readonly onCancel: () => void;
}

/** Two hours from now on the hour: a sensible first guess that is always in the future. */
function defaultValue(zone: string): string {
  const hour = 3_600_000;
  const ms = Math.ceil((Date.now() + 2 * hour) / hour) * hour;
  try {
    return utcToLocal(new Date(ms).toISOString(), zone);
  } catch {
    return new Date(ms).toISOString().slice(0, 16);
  }
}

export function SnoozeCustomForm({ zone, onSnooze, onCancel }: SnoozeCustomFormProps) {
  const [value, setValue] = useState(() => defaultValue(zone));
  const [error, setError] = useState<string>();
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => inputRef.current?.focus(), []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!value) return setError('Choose a date and time.');
    try {
      await onSnooze(value);
    } catch (failure) {
      setError(messageOf(failure).replace(/^Invalid snooze time.*$/, 'Enter a date and time.'));
      inputRef.current?.focus();
    }
  }

  function onKeyDown(event: KeyboardEvent) {
    // Escape backs out of this form only, not the whole notification centre.
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    onCancel();
  }

  return (
    <form className="reminders-snooze-form" onSubmit={submit} onKeyDown={onKeyDown} noValidate>
      <Field label="Snooze until" error={error} hint={`Your time zone: ${zone}`}>
        {(a) => <input {...a} ref={inputRef} type="datetime-local" value={value} onChange={(e) => setValue(e.target.value)} />}
      </Field>
      <div className="form-actions">
        <button type="button" className="button button-small" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button button-small button-primary">
          Snooze
        </button>
      </div>
    </form>
  );
}
