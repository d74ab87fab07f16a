// The cadence form's presets (weekly on a weekday, every two weeks, monthly on the nth
// weekday, quarterly, yearly) as RFC 5545 RRULEs and back, so an existing cadence opens
// in the form it was made with; and a cadence's rhythm said in words for the user.
import type { CadenceMode } from './domain';
import { addDays } from './dates';

export const PRESET_KINDS = ['weekly', 'biweekly', 'monthly', 'quarterly', 'yearly', 'custom'] as const;
export type PresetKind = (typeof PRESET_KINDS)[number];

export const RRULE_WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type RruleWeekday = (typeof RRULE_WEEKDAYS)[number];

/** Which weekday of the month: 1st to 4th, or the last (-1). A 5th does not exist every month. */
export const WEEK_ORDINALS = [1, 2, 3, 4, -1] as const;
export type WeekOrdinal = (typeof WEEK_ORDINALS)[number];

export type CadencePreset =
  | { readonly kind: 'weekly' | 'biweekly'; readonly weekday: RruleWeekday }
  | { readonly kind: 'monthly'; readonly ordinal: WeekOrdinal; readonly weekday: RruleWeekday }
  | { readonly kind: 'quarterly' | 'yearly' }
  | { readonly kind: 'custom'; readonly rrule: string };

/** What describeCadence needs of a cadence. */
export interface CadenceRhythm {
  readonly mode: CadenceMode;
  readonly rrule: string;
  /** Local `yyyy-MM-ddTHH:mm` in `zone`. */
  readonly start: string;
  readonly zone: string;
  readonly idealIntervalDays?: number;
  readonly maxIntervalDays?: number;
}

export const WEEKDAY_NAMES: Readonly<Record<RruleWeekday, string>> = {
  MO: 'Monday',
  TU: 'Tuesday',
  WE: 'Wednesday',
  TH: 'Thursday',
  FR: 'Friday',
  SA: 'Saturday',
  SU: 'Sunday',
};
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const UNITS: Record<string, string> = { DAILY: 'day', WEEKLY: 'week', MONTHLY: 'month', YEARLY: 'year' };
// Parts describeRule can put into words; any other part falls back to showing the rule itself.
const DESCRIBABLE = new Set(['FREQ', 'INTERVAL', 'BYDAY', 'BYMONTHDAY', 'BYMONTH', 'COUNT', 'UNTIL', 'WKST']);
const BYDAY_ENTRY = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/;

const isWeekday = (value: string): value is RruleWeekday => RRULE_WEEKDAYS.some((d) => d === value);
const isWeekOrdinal = (value: number): value is WeekOrdinal => WEEK_ORDINALS.some((o) => o === value);

export function presetToRrule(preset: CadencePreset): string {
  switch (preset.kind) {
    case 'weekly':
      return `FREQ=WEEKLY;BYDAY=${preset.weekday}`;
    case 'biweekly':
      return `FREQ=WEEKLY;INTERVAL=2;BYDAY=${preset.weekday}`;
    case 'monthly':
      return `FREQ=MONTHLY;BYDAY=${preset.ordinal}${preset.weekday}`;
    case 'quarterly':
      return 'FREQ=MONTHLY;INTERVAL=3';
    case 'yearly':
      return 'FREQ=YEARLY';
    case 'custom':
      return preset.rrule.trim();
  }
}

/** NAME=value pairs, names upper-cased; undefined when the text is not a list of such pairs. */
function parseParts(rrule: string): Map<string, string> | undefined {
  const parts = new Map<string, string>();
  const body = rrule.trim().replace(/^RRULE:/i, '').toUpperCase();
  for (const segment of body.split(';').filter((s) => s !== '')) {
    const [name = '', value = '', ...extra] = segment.split('=');
    if (name === '' || value === '' || extra.length > 0 || parts.has(name)) return undefined;
    parts.set(name, value);
  }
  return parts.has('FREQ') ? parts : undefined;
}

const hasOnly = (parts: Map<string, string>, allowed: readonly string[]) => [...parts.keys()].every((k) => allowed.includes(k));

/** The preset an RRULE was made with, or 'custom' (with the rule as written) for anything else. */
export function rruleToPreset(rrule: string): CadencePreset {
  const custom: CadencePreset = { kind: 'custom', rrule: rrule.trim() };
  const parts = parseParts(rrule);
  if (!parts) return custom;
  const freq = parts.get('FREQ');
  const interval = parts.get('INTERVAL') ?? '1';
  const byDay = parts.get('BYDAY') ?? '';
  if (freq === 'WEEKLY' && hasOnly(parts, ['FREQ', 'INTERVAL', 'BYDAY']) && isWeekday(byDay)) {
    if (interval === '1') return { kind: 'weekly', weekday: byDay };
    if (interval === '2') return { kind: 'biweekly', weekday: byDay };
  }
  if (freq === 'MONTHLY' && hasOnly(parts, ['FREQ', 'INTERVAL', 'BYDAY']) && interval === '1') {
    const match = BYDAY_ENTRY.exec(byDay);
    const ordinal = Number(match?.[1]);
    const weekday = match?.[2] ?? '';
    if (isWeekOrdinal(ordinal) && isWeekday(weekday)) return { kind: 'monthly', ordinal, weekday };
  }
  if (freq === 'MONTHLY' && hasOnly(parts, ['FREQ', 'INTERVAL']) && interval === '3') return { kind: 'quarterly' };
  if (freq === 'YEARLY' && hasOnly(parts, ['FREQ', 'INTERVAL']) && interval === '1') return { kind: 'yearly' };
  return custom;
}

// ---------------------------------------------------------------- calendar days

function dayParts(day: string): [number, number, number] {
  const [y = 0, m = 0, d = 0] = day.split('-').map(Number);
  return [y, m, d];
}

/** Monday 0 … Sunday 6, the RRULE_WEEKDAYS order. */
function weekdayIndex(day: string): number {
  const [y, m, d] = dayParts(day);
  return (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
}

/** The RRULE weekday a yyyy-MM-dd day falls on. */
export function weekdayOf(day: string): RruleWeekday {
  return RRULE_WEEKDAYS[weekdayIndex(day)] ?? 'MO';
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The day of the nth (or last) given weekday in a month, as yyyy-MM-dd. */
function nthWeekdayOf(year: number, month: number, ordinal: WeekOrdinal, weekday: RruleWeekday): string {
  const target = RRULE_WEEKDAYS.indexOf(weekday);
  if (ordinal > 0) {
    const first = `${year}-${pad(month)}-01`;
    return addDays(first, ((target - weekdayIndex(first) + 7) % 7) + (ordinal - 1) * 7);
  }
  const last = `${year}-${pad(month)}-${pad(new Date(Date.UTC(year, month, 0)).getUTCDate())}`;
  return addDays(last, -((weekdayIndex(last) - target + 7) % 7));
}

/**
 * The first day on or after `day` the preset falls on, so a cadence starts on a real
 * occurrence (RFC 5545 makes DTSTART the first instance even when it is off the rule).
 * Quarterly, yearly and custom rules are anchored on the start itself: unchanged.
 */
export function alignStartDate(preset: CadencePreset, day: string): string {
  if (preset.kind === 'weekly' || preset.kind === 'biweekly') {
    return addDays(day, (RRULE_WEEKDAYS.indexOf(preset.weekday) - weekdayIndex(day) + 7) % 7);
  }
  if (preset.kind !== 'monthly') return day;
  const [year, month] = dayParts(day);
  const inMonth = nthWeekdayOf(year, month, preset.ordinal, preset.weekday);
  if (inMonth >= day) return inMonth;
  return month === 12 ? nthWeekdayOf(year + 1, 1, preset.ordinal, preset.weekday) : nthWeekdayOf(year, month + 1, preset.ordinal, preset.weekday);
}

// ---------------------------------------------------------------- words

/** 1st, 2nd, 3rd, 11th, last (-1), 2nd last (-2). */
export function ordinalWord(n: number): string {
  if (n === -1) return 'last';
  if (n < 0) return `${ordinalWord(-n)} last`;
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** "a", "a and b", "a, b and c". */
export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

function describeByDay(value: string): string | undefined {
  const entries = value.split(',').map((entry) => BYDAY_ENTRY.exec(entry));
  if (entries.some((m) => !m)) return undefined;
  const words = entries.map((m) => {
    const name = WEEKDAY_NAMES[m?.[2] && isWeekday(m[2]) ? m[2] : 'MO'];
    return m?.[1] ? `the ${ordinalWord(Number(m[1]))} ${name}` : name;
  });
  return `on ${joinWords(words)}`;
}

function describeMonthDays(value: string): string | undefined {
  const days = value.split(',').map(Number);
  if (days.some((d) => !Number.isInteger(d) || d === 0)) return undefined;
  const words = days.map((d) => (d === -1 ? 'the last day' : d < 0 ? `the ${ordinalWord(-d)} last day` : `day ${d}`));
  return `on ${joinWords(words)}`;
}

function describeMonths(value: string): string | undefined {
  const names = value.split(',').map((m) => MONTH_NAMES[Number(m) - 1]);
  return names.every((n) => n !== undefined) ? `in ${joinWords(names.flatMap((n) => (n ? [n] : [])))}` : undefined;
}

/** Where in its period the rule falls, taken from the start when no BY part says. */
function describeWhen(parts: Map<string, string>, startDay: string): (string | undefined)[] {
  const [, month, day] = dayParts(startDay);
  const byDay = parts.get('BYDAY');
  const byMonthDay = parts.get('BYMONTHDAY');
  const byMonth = parts.get('BYMONTH');
  const when = [byMonth ? describeMonths(byMonth) : '', byDay ? describeByDay(byDay) : '', byMonthDay ? describeMonthDays(byMonthDay) : ''];
  if (byDay || byMonthDay) return when;
  const freq = parts.get('FREQ');
  if (freq === 'WEEKLY') return [...when, `on ${WEEKDAY_NAMES[weekdayOf(startDay)]}`];
  if (freq === 'MONTHLY' || (freq === 'YEARLY' && byMonth)) return [...when, `on day ${day}`];
  if (freq === 'YEARLY') return [`on ${day} ${MONTH_NAMES[month - 1] ?? ''}`];
  return when;
}

function describeEnd(parts: Map<string, string>): string {
  const count = parts.get('COUNT');
  const until = /^(\d{4})(\d{2})(\d{2})/.exec(parts.get('UNTIL') ?? '');
  if (count) return count === '1' ? ', once' : `, ${count} times`;
  return until ? `, until ${until[1]}-${until[2]}-${until[3]}` : '';
}

/** ["Every 2 weeks on Wednesday", ", 10 times"], or undefined when the rule has parts this cannot say. */
function ruleWords(rrule: string, startDay: string): [string, string] | undefined {
  const parts = parseParts(rrule);
  const unit = UNITS[parts?.get('FREQ') ?? ''];
  if (!parts || !unit || ![...parts.keys()].every((k) => DESCRIBABLE.has(k))) return undefined;
  const interval = Number(parts.get('INTERVAL') ?? '1');
  if (!Number.isInteger(interval) || interval < 1) return undefined;
  const when = describeWhen(parts, startDay);
  if (when.some((w) => w === undefined)) return undefined;
  const every = interval === 1 ? `Every ${unit}` : `Every ${interval} ${unit}s`;
  return [[every, ...when.filter(Boolean)].join(' '), describeEnd(parts)];
}

/**
 * The rhythm in words: "Every 2 weeks on Wednesday at 09:00 Europe/Berlin",
 * "Flexible: ideally every 30 days, at most 45". A rule with parts it cannot put into
 * words (BYSETPOS, BYHOUR…) is shown as written.
 */
export function describeCadence(cadence: CadenceRhythm): string {
  if (cadence.mode === 'flexible') {
    const { idealIntervalDays: ideal, maxIntervalDays: max } = cadence;
    if (!ideal) return 'Flexible: no interval set';
    const unit = ideal === 1 ? 'day' : `${ideal} days`;
    return max && max !== ideal ? `Flexible: ideally every ${unit}, at most ${max}` : `Flexible: every ${unit}`;
  }
  const words = ruleWords(cadence.rrule, cadence.start.slice(0, 10));
  if (!words) return `Custom rule ${cadence.rrule.trim()} from ${cadence.start.replace('T', ' ')} ${cadence.zone}`;
  return `${words[0]} at ${cadence.start.slice(11, 16)} ${cadence.zone}${words[1]}`;
}
