// Create or edit a cadence. Presets cover the common rhythms; a custom RRULE is checked
// by the same expander the reminders use, as it is typed, and its message shows beside
// the field.
import { useState } from 'react';
import type { FormEvent } from 'react';
import { describeCadence } from '@shared/cadencePresets';
import type { Cadence, CadenceInput, FieldErrors, Partnership, Stakeholder } from '@shared/domain';
import { CADENCE_KINDS, cadenceInputSchema, isDay, validate } from '@shared/domain';
import { Field } from '../../components/Field';
import { Select } from '../../components/Select';
import { FormFooter } from '../../components/FormFooter';
import { useFormSave } from '../../components/useFormSave';
import { TimeZoneSelect } from '../../settings/TimeZoneSelect';
import type { CadenceDraft } from './cadenceDraft';
import { cadenceInputFrom, firstDay } from './cadenceDraft';
import { formatWallTime } from './rhythmFormat';
import { ScheduleFields } from './ScheduleFields';
import { StakeholderChecks } from './StakeholderChecks';
import { useDateText } from '../../clock/useDateText';
import { useLiveRuleProblem } from './useLiveRuleProblem';

interface Props {
  readonly partnership: Partnership;
  readonly initial: CadenceDraft;
  readonly editing?: Cadence;
  readonly stakeholders: readonly Stakeholder[];
  readonly onSave: (input: CadenceInput) => Promise<void>;
  readonly onCancel: () => void;
}

export function CadenceForm({ partnership, initial, editing, stakeholders, onSave, onCancel }: Props) {
  const [draft, setDraft] = useState<CadenceDraft>(initial);
  const { formRef, errors: submitted, failure, isSaving, save } = useFormSave();
  const live = useLiveRuleProblem(draft, partnership.id);
  // A custom rule, once checked, is judged as it is now: a refusal shows as on submit, and
  // a corrected rule clears the message a submit left.
  const errors = live.isChecked ? withRuleProblem(submitted, live.problem) : submitted;
  const change = (patch: Partial<CadenceDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const text = (key: 'name' | 'startDate' | 'startTime' | 'durationMinutes' | 'channel' | 'leadMinutes' | 'agendaTemplate') => ({
    value: draft[key],
    onChange: (e: { target: { value: string } }) => change({ [key]: e.target.value }),
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const { input, errors: own } = cadenceInputFrom(draft, partnership.id, editing?.status);
    const checked = validate(cadenceInputSchema, input);
    const found = { ...(checked.ok ? {} : checked.errors), ...own };
    await save(found, () => onSave(input));
  }

  return (
    <form ref={formRef} className="form rhythm-form" onSubmit={submit} noValidate>
      <div className="form-grid">
        <Field label="Name" required error={errors.name} hint="E.g. “Bi-weekly ops sync” or “Quarterly business review”.">
          {(a) => <input {...a} {...text('name')} autoFocus autoComplete="off" />}
        </Field>
        <Field label="Kind" error={errors.kind}>
          {(a) => <Select {...a} value={draft.kind} onChange={(e) => change({ kind: CADENCE_KINDS.find((k) => k === e.target.value) ?? draft.kind })} options={CADENCE_KINDS} />}
        </Field>
      </div>
      <ScheduleFields draft={draft} errors={errors} onChange={change} />
      <div className="form-grid">
        <Field label="Starts on" required error={errors.start} hint={draft.mode === 'flexible' ? 'Due dates count from here until it is first held.' : undefined}>
          {(a) => <input {...a} type="date" {...text('startDate')} />}
        </Field>
        <Field label="Start time" required error={draft.startTime ? undefined : errors.start}>
          {(a) => <input {...a} type="time" {...text('startTime')} />}
        </Field>
        <Field label="Time zone" error={errors.zone} hint="The meeting stays at this wall-clock time across daylight-saving changes.">
          {(a) => <TimeZoneSelect {...a} value={draft.zone} onChange={(zone) => change({ zone })} />}
        </Field>
        <Field label="Duration (minutes)" error={errors.durationMinutes}>
          {(a) => <input {...a} inputMode="numeric" {...text('durationMinutes')} />}
        </Field>
      </div>
      <Preview draft={draft} partnershipId={partnership.id} hasErrors={Boolean(errors.rrule) || live.isPending} />
      <div className="form-grid">
        <Field label="Channel" error={errors.channel} hint="Where it happens: a video link, a room, a phone bridge.">
          {(a) => <input {...a} {...text('channel')} autoComplete="off" />}
        </Field>
        <Field label="Reminder lead time (minutes)" error={errors.leadMinutes} hint="How long before it starts Steward reminds you.">
          {(a) => <input {...a} inputMode="numeric" {...text('leadMinutes')} />}
        </Field>
      </div>
      <StakeholderChecks legend="Participants" stakeholders={stakeholders} selected={draft.participantIds} onChange={(participantIds) => change({ participantIds })} partnerOrg={partnership.partnerOrg} />
      <Field label="Agenda template" error={errors.agendaTemplate} hint="Copied into the summary each time you log one of these meetings.">
        {(a) => <textarea {...a} rows={4} {...text('agendaTemplate')} />}
      </Field>
      <FormFooter failure={failure} isSaving={isSaving} submitLabel={editing ? 'Save changes' : 'Add cadence'} onCancel={onCancel} />
    </form>
  );
}

function withRuleProblem(errors: FieldErrors, problem: string | undefined): FieldErrors {
  const others = Object.fromEntries(Object.entries(errors).filter(([field]) => field !== 'rrule'));
  return problem ? { ...others, rrule: problem } : others;
}

/** The rhythm in words as the user builds it, and the first day it falls on. */
function Preview({ draft, partnershipId, hasErrors }: { readonly draft: CadenceDraft; readonly partnershipId: string; readonly hasErrors: boolean }) {
  const { format } = useDateText();
  const isComplete = isDay(draft.startDate) && /^\d{2}:\d{2}$/.test(draft.startTime);
  const isRuleMissing = draft.mode === 'fixed' && draft.preset === 'custom' && !draft.customRrule.trim();
  if (!isComplete || isRuleMissing || hasErrors) return null;
  const { input } = cadenceInputFrom(draft, partnershipId);
  const rhythm = describeCadence({ ...input, mode: draft.mode, rrule: input.rrule ?? '', zone: draft.zone });
  const first = draft.mode === 'fixed' && draft.preset !== 'custom' ? ` · first on ${formatWallTime(`${firstDay(draft)}T${draft.startTime}`, true, format)}` : '';
  return (
    <p className="rhythm-preview" aria-live="polite">
      {rhythm}
      {first}
    </p>
  );
}
