// How a cadence repeats: a fixed schedule from a preset (or a custom RRULE), or a
// flexible one measured in days from the last time it was held.
import type { PresetKind } from '@shared/cadencePresets';
import { PRESET_KINDS, RRULE_WEEKDAYS, WEEK_ORDINALS, WEEKDAY_NAMES, ordinalWord } from '@shared/cadencePresets';
import type { FieldErrors } from '@shared/domain';
import { Field } from '../../components/Field';
import { capitalise } from '../../format';
import type { CadenceDraft } from './cadenceDraft';

const PRESET_LABELS: Record<PresetKind, string> = {
  weekly: 'Weekly',
  biweekly: 'Every two weeks',
  monthly: 'Monthly, on a weekday',
  quarterly: 'Quarterly (every 3 months)',
  yearly: 'Yearly',
  custom: 'Custom RRULE',
};

const isPresetKind = (value: string): value is PresetKind => PRESET_KINDS.some((p) => p === value);

interface Props {
  readonly draft: CadenceDraft;
  readonly errors: FieldErrors;
  readonly onChange: (patch: Partial<CadenceDraft>) => void;
}

export function ScheduleFields({ draft, errors, onChange }: Props) {
  return (
    <>
      <fieldset className="rhythm-mode">
        <legend>Schedule</legend>
        <label className="check">
          <input type="radio" name="cadence-mode" checked={draft.mode === 'fixed'} onChange={() => onChange({ mode: 'fixed' })} />
          Fixed dates <span className="muted">— a set day and time, like a calendar series</span>
        </label>
        <label className="check">
          <input type="radio" name="cadence-mode" checked={draft.mode === 'flexible'} onChange={() => onChange({ mode: 'flexible' })} />
          Flexible <span className="muted">— due a number of days after it was last held</span>
        </label>
      </fieldset>
      <div className="form-grid">{draft.mode === 'fixed' ? <FixedFields draft={draft} errors={errors} onChange={onChange} /> : <FlexibleFields draft={draft} errors={errors} onChange={onChange} />}</div>
    </>
  );
}

function FixedFields({ draft, errors, onChange }: Props) {
  const hasWeekday = draft.preset === 'weekly' || draft.preset === 'biweekly' || draft.preset === 'monthly';
  return (
    <>
      <Field label="Repeats" error={errors.rrule && draft.preset !== 'custom' ? errors.rrule : undefined}>
        {(a) => (
          <select {...a} value={draft.preset} onChange={(e) => isPresetKind(e.target.value) && onChange({ preset: e.target.value })}>
            {PRESET_KINDS.map((p) => (
              <option key={p} value={p}>
                {PRESET_LABELS[p]}
              </option>
            ))}
          </select>
        )}
      </Field>
      {draft.preset === 'monthly' && (
        <Field label="Week of the month">
          {(a) => (
            <select {...a} value={draft.ordinal} onChange={(e) => onChange({ ordinal: e.target.value })}>
              {WEEK_ORDINALS.map((o) => (
                <option key={o} value={String(o)}>
                  {capitalise(ordinalWord(o))}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {hasWeekday && (
        <Field label="Weekday">
          {(a) => (
            <select {...a} value={draft.weekday} onChange={(e) => onChange({ weekday: RRULE_WEEKDAYS.find((d) => d === e.target.value) ?? draft.weekday })}>
              {RRULE_WEEKDAYS.map((d) => (
                <option key={d} value={d}>
                  {WEEKDAY_NAMES[d]}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {draft.preset === 'custom' && (
        <div className="rhythm-span">
          <Field label="Custom RRULE" required error={errors.rrule} hint="An RFC 5545 rule, e.g. FREQ=WEEKLY;INTERVAL=3;BYDAY=TU. It starts at the start date and time below.">
            {(a) => <input {...a} value={draft.customRrule} onChange={(e) => onChange({ customRrule: e.target.value })} autoComplete="off" spellCheck={false} />}
          </Field>
        </div>
      )}
    </>
  );
}

function FlexibleFields({ draft, errors, onChange }: Props) {
  return (
    <>
      <Field label="Ideal interval (days)" required error={errors.idealIntervalDays} hint="Due soon from this many days after it was last held.">
        {(a) => <input {...a} inputMode="numeric" value={draft.idealIntervalDays} onChange={(e) => onChange({ idealIntervalDays: e.target.value })} />}
      </Field>
      <Field label="Maximum interval (days)" required error={errors.maxIntervalDays} hint="Overdue after this many days.">
        {(a) => <input {...a} inputMode="numeric" value={draft.maxIntervalDays} onChange={(e) => onChange({ maxIntervalDays: e.target.value })} />}
      </Field>
    </>
  );
}
