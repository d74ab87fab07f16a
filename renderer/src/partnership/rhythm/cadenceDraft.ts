// The cadence form's draft: what the user typed, kept as text until saved so nothing is
// lost on an error, and its translation into a CadenceInput (preset → RRULE, aligned start).
import type { CadencePreset, PresetKind, RruleWeekday, WeekOrdinal } from '@shared/cadencePresets';
import { WEEK_ORDINALS, alignStartDate, presetToRrule, rruleToPreset, weekdayOf } from '@shared/cadencePresets';
import type { Cadence, CadenceInput, CadenceKind, CadenceMode, CadenceStatus, FieldErrors, Settings } from '@shared/domain';
import { isDay } from '@shared/domain';

export interface CadenceDraft {
  readonly name: string;
  readonly kind: CadenceKind;
  readonly mode: CadenceMode;
  readonly preset: PresetKind;
  readonly weekday: RruleWeekday;
  /** "1"…"4" or "-1" (last). */
  readonly ordinal: string;
  readonly customRrule: string;
  readonly startDate: string;
  readonly startTime: string;
  readonly zone: string;
  readonly durationMinutes: string;
  readonly channel: string;
  readonly participantIds: readonly string[];
  readonly agendaTemplate: string;
  readonly leadMinutes: string;
  readonly idealIntervalDays: string;
  readonly maxIntervalDays: string;
}

export function newCadenceDraft(today: string, settings: Pick<Settings, 'timeZone' | 'cadenceLeadMinutes'>): CadenceDraft {
  return {
    name: '',
    kind: 'ops sync',
    mode: 'fixed',
    preset: 'biweekly',
    weekday: weekdayOf(today),
    ordinal: '1',
    customRrule: '',
    startDate: today,
    startTime: '10:00',
    zone: settings.timeZone,
    durationMinutes: '60',
    channel: '',
    participantIds: [],
    agendaTemplate: '',
    leadMinutes: String(settings.cadenceLeadMinutes),
    idealIntervalDays: '30',
    maxIntervalDays: '45',
  };
}

/** An existing cadence back in the form it was made with (its RRULE read as a preset when it is one). */
export function draftFromCadence(c: Cadence): CadenceDraft {
  const preset = rruleToPreset(c.rrule);
  const [startDate = '', startTime = ''] = c.start.split('T');
  return {
    name: c.name,
    kind: c.kind,
    mode: c.mode,
    preset: c.mode === 'flexible' && preset.kind === 'custom' && !c.rrule ? 'biweekly' : preset.kind,
    weekday: 'weekday' in preset ? preset.weekday : weekdayOf(startDate),
    ordinal: 'ordinal' in preset ? String(preset.ordinal) : '1',
    customRrule: preset.kind === 'custom' ? preset.rrule : presetToRrule(preset),
    startDate,
    startTime,
    zone: c.zone,
    durationMinutes: String(c.durationMinutes),
    channel: c.channel,
    participantIds: c.participantIds,
    agendaTemplate: c.agendaTemplate,
    leadMinutes: String(c.leadMinutes),
    idealIntervalDays: c.idealIntervalDays === undefined ? '' : String(c.idealIntervalDays),
    maxIntervalDays: c.maxIntervalDays === undefined ? '' : String(c.maxIntervalDays),
  };
}

const isOrdinal = (n: number): n is WeekOrdinal => WEEK_ORDINALS.some((o) => o === n);

export function presetOf(d: CadenceDraft): CadencePreset {
  switch (d.preset) {
    case 'weekly':
    case 'biweekly':
      return { kind: d.preset, weekday: d.weekday };
    case 'monthly': {
      const ordinal = Number(d.ordinal);
      return { kind: 'monthly', weekday: d.weekday, ordinal: isOrdinal(ordinal) ? ordinal : 1 };
    }
    case 'custom':
      return { kind: 'custom', rrule: d.customRrule };
    default:
      return { kind: d.preset };
  }
}

/** The first day the cadence meets: the start date moved onto the preset's weekday. */
export function firstDay(d: CadenceDraft): string {
  return d.mode === 'fixed' && isDay(d.startDate) ? alignStartDate(presetOf(d), d.startDate) : d.startDate;
}

const wholeNumber = (text: string) => (/^\s*\d+\s*$/.test(text) ? Number(text) : undefined);

interface Converted {
  readonly input: CadenceInput;
  /** What the schema would say less clearly: numbers that are not numbers (the schema checks the RRULE). */
  readonly errors: FieldErrors;
}

/** `status` keeps a paused cadence paused when it is edited (the schema defaults to active). */
export function cadenceInputFrom(d: CadenceDraft, partnershipId: string, status: CadenceStatus = 'active'): Converted {
  const isFixed = d.mode === 'fixed';
  const errors: Record<string, string> = {};
  const number = (field: keyof CadenceDraft & keyof CadenceInput, message: string, isNeeded = true) => {
    const text = String(d[field]);
    const value = wholeNumber(text);
    if (value === undefined && (isNeeded || text.trim() !== '')) errors[field] = message;
    return value;
  };
  const durationMinutes = number('durationMinutes', 'Enter the length in whole minutes.') ?? Number.NaN;
  const leadMinutes = number('leadMinutes', 'Enter the lead time in whole minutes.') ?? Number.NaN;
  const ideal = isFixed ? undefined : number('idealIntervalDays', 'Enter a whole number of days.', false);
  const max = isFixed ? undefined : number('maxIntervalDays', 'Enter a whole number of days.', false);
  const rrule = isFixed ? presetToRrule(presetOf(d)) : '';
  const start = `${firstDay(d)}T${d.startTime}`;
  const input: CadenceInput = {
    partnershipId,
    name: d.name,
    kind: d.kind,
    mode: d.mode,
    rrule,
    start,
    zone: d.zone,
    durationMinutes,
    channel: d.channel,
    participantIds: [...d.participantIds],
    agendaTemplate: d.agendaTemplate,
    leadMinutes,
    ...(ideal === undefined ? {} : { idealIntervalDays: ideal }),
    ...(max === undefined ? {} : { maxIntervalDays: max }),
    status,
  };
  return { input, errors };
}
