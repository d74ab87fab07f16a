// The settings form. Numbers are kept as typed text until saved, so a wrong
// entry stays on screen beside its message.
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { FieldErrors, Settings, Weekday } from '@shared/domain';
import { WEEKDAYS, settingsInputSchema, validate } from '@shared/domain';
import { appContext } from '../../db/db';
import { saveSettings } from '../../db/settings';
import { Field } from '../components/Field';
import { useFormSave } from '../components/useFormSave';
import { useToast } from '../components/ToastProvider';
import { capitalise } from '../format';
import { usePlatform } from '../platform/PlatformContext';
import { DateFormatSelect } from './DateFormatSelect';
import { TimeZoneSelect } from './TimeZoneSelect';
import { failureMessage } from '../components/failureMessage';

const NUMBER_FIELDS = ['cadenceLeadMinutes', 'commitmentLeadDays', 'healthCheckIntervalDays', 'backupIntervalHours', 'backupKeep'] as const;
type NumberField = (typeof NUMBER_FIELDS)[number];
// Mutes are set per partnership (its header), not here: saving leaves them as stored.
type Draft = Omit<Settings, NumberField | 'id' | 'updatedAt' | 'mutedPartnershipIds'> & Record<NumberField, string>;

function toDraft(s: Settings): Draft {
  const { id: _id, updatedAt: _u, mutedPartnershipIds: _muted, ...rest } = s;
  const numbers = Object.fromEntries(NUMBER_FIELDS.map((f) => [f, String(s[f])])) as Record<NumberField, string>;
  return { ...rest, ...numbers };
}

function toInput(d: Draft) {
  return { ...d, ...Object.fromEntries(NUMBER_FIELDS.map((f) => [f, d[f].trim() === '' ? Number.NaN : Number(d[f])])) };
}

export function SettingsForm({ settings }: { readonly settings: Settings }) {
  const [draft, setDraft] = useState<Draft>(() => toDraft(settings));
  const { formRef, errors, failure, isSaving, save } = useFormSave('Could not save settings');
  const toast = useToast();
  const platform = usePlatform();
  const text = (key: keyof Draft) => ({ value: String(draft[key]), onChange: (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [key]: e.target.value })) });
  const check = (key: 'quietHoursEnabled' | 'closeToTray' | 'launchAtLogin') => ({ checked: draft[key], onChange: (e: { target: { checked: boolean } }) => setDraft((d) => ({ ...d, [key]: e.target.checked })) });
  const toggleDay = (day: Weekday) => setDraft((d) => ({ ...d, workingDays: d.workingDays.includes(day) ? d.workingDays.filter((x) => x !== day) : WEEKDAYS.filter((w) => w === day || d.workingDays.includes(w)) }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = validate(settingsInputSchema, toInput(draft));
    const found: FieldErrors = checked.ok ? {} : numberMessages(checked.errors);
    const outcome = await save(found, () => {
      if (!checked.ok) throw new Error('unreachable: invalid settings are refused before saving');
      const { mutedPartnershipIds: _muted, ...fields } = checked.value;
      return saveSettings(appContext, fields);
    });
    if (!outcome.saved) return;
    const saved = outcome.value;
    toast({ message: 'Settings saved.' });
    await platform.applyDesktopSettings({ closeToTray: saved.closeToTray, launchAtLogin: saved.launchAtLogin, backupKeep: saved.backupKeep }).catch((error: unknown) => {
      toast({ message: failureMessage('Saved, but the desktop could not apply it', error), tone: 'error' });
    });
  }

  return (
    <form ref={formRef} className="form panel" onSubmit={submit} noValidate aria-label="Settings">
      <h2>You</h2>
      <div className="form-grid">
        <Field label="Your name" error={errors.userName}>{(a) => <input {...a} {...text('userName')} />}</Field>
        <Field label="Organisation name" error={errors.organisationName}>{(a) => <input {...a} {...text('organisationName')} />}</Field>
        <Field label="Time zone" error={errors.timeZone} hint="Used for today's date and new cadences.">
          {(a) => <TimeZoneSelect {...a} value={draft.timeZone} onChange={(zone) => setDraft((d) => ({ ...d, timeZone: zone }))} />}
        </Field>
        <Field label="Date format" error={errors.dateFormat} hint="For every date on screen, in reminders and in exports.">
          {(a) => <DateFormatSelect {...a} value={draft.dateFormat} onChange={(style) => setDraft((d) => ({ ...d, dateFormat: style }))} />}
        </Field>
      </div>
      <h2>Working hours</h2>
      <fieldset className="weekdays" aria-describedby={errors.workingDays ? 'weekdays-error' : undefined}>
        <legend>Working days</legend>
        {WEEKDAYS.map((day) => (
          <label key={day} className="check">
            <input type="checkbox" checked={draft.workingDays.includes(day)} onChange={() => toggleDay(day)} /> {capitalise(day)}
          </label>
        ))}
        {errors.workingDays && <p id="weekdays-error" className="field-error" role="alert">{errors.workingDays}</p>}
      </fieldset>
      <div className="form-grid">
        <Field label="Workday starts" error={errors.workdayStart}>{(a) => <input {...a} type="time" {...text('workdayStart')} />}</Field>
        <Field label="Workday ends" error={errors.workdayEnd}>{(a) => <input {...a} type="time" {...text('workdayEnd')} />}</Field>
      </div>
      <h2>Reminders</h2>
      <label className="check"><input type="checkbox" {...check('quietHoursEnabled')} /> Hold reminders during quiet hours</label>
      <div className="form-grid">
        <Field label="Quiet hours start" error={errors.quietStart}>{(a) => <input {...a} type="time" {...text('quietStart')} disabled={!draft.quietHoursEnabled} />}</Field>
        <Field label="Quiet hours end" error={errors.quietEnd}>{(a) => <input {...a} type="time" {...text('quietEnd')} disabled={!draft.quietHoursEnabled} />}</Field>
        <Field label="Remind before meetings (minutes)" error={errors.cadenceLeadMinutes}>{(a) => <input {...a} inputMode="numeric" {...text('cadenceLeadMinutes')} />}</Field>
        <Field label="Remind before commitments are due (days)" error={errors.commitmentLeadDays}>{(a) => <input {...a} inputMode="numeric" {...text('commitmentLeadDays')} />}</Field>
        <Field label="Health check every (days)" error={errors.healthCheckIntervalDays}>{(a) => <input {...a} inputMode="numeric" {...text('healthCheckIntervalDays')} />}</Field>
      </div>
      <h2>Desktop</h2>
      <label className="check"><input type="checkbox" {...check('closeToTray')} /> Closing the window keeps Steward running in the tray, so reminders still arrive</label>
      <label className="check"><input type="checkbox" {...check('launchAtLogin')} /> Start Steward when I log in</label>
      <div className="form-grid">
        <Field label="Automatic backup every (hours)" error={errors.backupIntervalHours}>{(a) => <input {...a} inputMode="numeric" {...text('backupIntervalHours')} />}</Field>
        <Field label="Backups to keep" error={errors.backupKeep}>{(a) => <input {...a} inputMode="numeric" {...text('backupKeep')} />}</Field>
      </div>
      {failure && (
        <p className="form-failure" role="alert">
          {failure}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={isSaving}>Save settings</button>
      </div>
    </form>
  );
}

/** Zod says "expected number, received NaN" for an empty or non-numeric box; say it plainly. */
function numberMessages(errors: FieldErrors): FieldErrors {
  return Object.fromEntries(
    Object.entries(errors).map(([key, message]) => [key, NUMBER_FIELDS.includes(key as NumberField) && /expected number/i.test(message) ? 'Enter a whole number.' : message]),
  );
}
