import { describe, expect, it } from 'vitest';
import type { CadencePreset } from '@shared/cadencePresets';
import { alignStartDate, describeCadence, joinWords, presetToRrule, rruleToPreset, weekdayOf } from '@shared/cadencePresets';
import { expandOccurrences } from '@shared/recurrence';

const fixed = (rrule: string, start = '2027-01-14T10:00', zone = 'Europe/Berlin') => ({ mode: 'fixed' as const, rrule, start, zone });

describe('presetToRrule', () => {
  it('writes each preset as the RRULE a calendar understands', () => {
    expect(presetToRrule({ kind: 'weekly', weekday: 'WE' })).toBe('FREQ=WEEKLY;BYDAY=WE');
    expect(presetToRrule({ kind: 'biweekly', weekday: 'MO' })).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=MO');
    expect(presetToRrule({ kind: 'monthly', ordinal: 2, weekday: 'TH' })).toBe('FREQ=MONTHLY;BYDAY=2TH');
    expect(presetToRrule({ kind: 'monthly', ordinal: -1, weekday: 'FR' })).toBe('FREQ=MONTHLY;BYDAY=-1FR');
    expect(presetToRrule({ kind: 'quarterly' })).toBe('FREQ=MONTHLY;INTERVAL=3');
    expect(presetToRrule({ kind: 'yearly' })).toBe('FREQ=YEARLY');
    expect(presetToRrule({ kind: 'custom', rrule: '  FREQ=DAILY;COUNT=3 ' })).toBe('FREQ=DAILY;COUNT=3');
  });
});

describe('rruleToPreset', () => {
  const presets: CadencePreset[] = [
    { kind: 'weekly', weekday: 'SU' },
    { kind: 'biweekly', weekday: 'WE' },
    { kind: 'monthly', ordinal: 2, weekday: 'TH' },
    { kind: 'monthly', ordinal: -1, weekday: 'MO' },
    { kind: 'monthly', ordinal: 4, weekday: 'SA' },
    { kind: 'quarterly' },
    { kind: 'yearly' },
  ];

  it.each(presets)('round-trips the $kind preset', (preset) => {
    expect(rruleToPreset(presetToRrule(preset))).toEqual(preset);
  });

  it('reads rules written by hand in any order, case or with an RRULE: prefix', () => {
    expect(rruleToPreset('rrule:byday=we;interval=2;freq=weekly')).toEqual({ kind: 'biweekly', weekday: 'WE' });
    expect(rruleToPreset('FREQ=MONTHLY;BYDAY=+2TH')).toEqual({ kind: 'monthly', ordinal: 2, weekday: 'TH' });
    expect(rruleToPreset('FREQ=WEEKLY;INTERVAL=1;BYDAY=FR')).toEqual({ kind: 'weekly', weekday: 'FR' });
    expect(rruleToPreset('FREQ=YEARLY;INTERVAL=1')).toEqual({ kind: 'yearly' });
  });

  it('keeps anything the presets cannot express as a custom rule, as written', () => {
    for (const rule of [
      'FREQ=WEEKLY;BYDAY=MO,WE',
      'FREQ=WEEKLY;INTERVAL=3;BYDAY=MO',
      'FREQ=WEEKLY;BYDAY=MO;COUNT=5',
      'FREQ=MONTHLY;BYDAY=5TH',
      'FREQ=MONTHLY;INTERVAL=3;BYDAY=2TU',
      'FREQ=MONTHLY;BYMONTHDAY=1',
      'FREQ=DAILY',
      'FREQ=WEEKLY',
      'nonsense',
      '',
    ]) {
      expect(rruleToPreset(` ${rule} `)).toEqual({ kind: 'custom', rrule: rule });
    }
  });
});

describe('alignStartDate', () => {
  // 2027-01-01 is a Friday.
  it('moves a weekly start forward to the chosen weekday, or keeps it when it already is one', () => {
    expect(alignStartDate({ kind: 'weekly', weekday: 'WE' }, '2027-01-01')).toBe('2027-01-06');
    expect(alignStartDate({ kind: 'biweekly', weekday: 'FR' }, '2027-01-01')).toBe('2027-01-01');
    expect(alignStartDate({ kind: 'weekly', weekday: 'TH' }, '2027-01-01')).toBe('2027-01-07');
  });

  it('finds the nth weekday of this month, or of the next when it has passed', () => {
    expect(alignStartDate({ kind: 'monthly', ordinal: 2, weekday: 'TH' }, '2027-01-04')).toBe('2027-01-14');
    expect(alignStartDate({ kind: 'monthly', ordinal: 2, weekday: 'TH' }, '2027-01-14')).toBe('2027-01-14');
    expect(alignStartDate({ kind: 'monthly', ordinal: 2, weekday: 'TH' }, '2027-01-15')).toBe('2027-02-11');
    expect(alignStartDate({ kind: 'monthly', ordinal: 1, weekday: 'MO' }, '2027-12-07')).toBe('2028-01-03');
  });

  it('finds the last weekday of a month, leap February included', () => {
    expect(alignStartDate({ kind: 'monthly', ordinal: -1, weekday: 'FR' }, '2027-01-01')).toBe('2027-01-29');
    expect(alignStartDate({ kind: 'monthly', ordinal: -1, weekday: 'TU' }, '2028-02-01')).toBe('2028-02-29');
    expect(alignStartDate({ kind: 'monthly', ordinal: -1, weekday: 'MO' }, '2027-12-28')).toBe('2028-01-31');
  });

  it('leaves quarterly, yearly and custom starts where they are', () => {
    expect(alignStartDate({ kind: 'quarterly' }, '2027-01-31')).toBe('2027-01-31');
    expect(alignStartDate({ kind: 'yearly' }, '2027-03-02')).toBe('2027-03-02');
    expect(alignStartDate({ kind: 'custom', rrule: 'FREQ=WEEKLY;BYDAY=MO' }, '2027-01-01')).toBe('2027-01-01');
  });

  it('gives a start that is the first occurrence the expander plans', () => {
    const preset: CadencePreset = { kind: 'monthly', ordinal: 2, weekday: 'TH' };
    const start = `${alignStartDate(preset, '2027-01-04')}T10:00`;
    const planned = expandOccurrences({ rrule: presetToRrule(preset), start, zone: 'Europe/Berlin' }, '2027-01-01T00:00:00Z', '2027-04-01T00:00:00Z');
    expect(planned).toEqual(['2027-01-14T09:00:00.000Z', '2027-02-11T09:00:00.000Z', '2027-03-11T09:00:00.000Z']);
  });
});

describe('describeCadence', () => {
  it('says each preset in words, with the time and zone', () => {
    expect(describeCadence(fixed('FREQ=WEEKLY;INTERVAL=2;BYDAY=WE', '2027-01-06T09:00'))).toBe('Every 2 weeks on Wednesday at 09:00 Europe/Berlin');
    expect(describeCadence(fixed('FREQ=WEEKLY;BYDAY=MO', '2027-01-04T08:30', 'America/New_York'))).toBe('Every week on Monday at 08:30 America/New_York');
    expect(describeCadence(fixed('FREQ=MONTHLY;BYDAY=2TH'))).toBe('Every month on the 2nd Thursday at 10:00 Europe/Berlin');
    expect(describeCadence(fixed('FREQ=MONTHLY;BYDAY=-1FR'))).toBe('Every month on the last Friday at 10:00 Europe/Berlin');
    expect(describeCadence(fixed('FREQ=MONTHLY;INTERVAL=3'))).toBe('Every 3 months on day 14 at 10:00 Europe/Berlin');
    expect(describeCadence(fixed('FREQ=YEARLY', '2027-03-02T15:00'))).toBe('Every year on 2 March at 15:00 Europe/Berlin');
  });

  it('takes a weekly rule without BYDAY from the start day', () => {
    expect(describeCadence(fixed('FREQ=WEEKLY', '2027-01-01T09:00'))).toBe('Every week on Friday at 09:00 Europe/Berlin');
  });

  it('says custom rules with several days, month days, months and an end', () => {
    expect(describeCadence(fixed('FREQ=WEEKLY;BYDAY=MO,WE,FR;COUNT=10'))).toBe('Every week on Monday, Wednesday and Friday at 10:00 Europe/Berlin, 10 times');
    expect(describeCadence(fixed('FREQ=MONTHLY;BYMONTHDAY=1,-1;UNTIL=20271231T235959Z'))).toBe(
      'Every month on day 1 and the last day at 10:00 Europe/Berlin, until 2027-12-31',
    );
    expect(describeCadence(fixed('FREQ=YEARLY;BYMONTH=1,7;BYDAY=1MO'))).toBe('Every year in January and July on the 1st Monday at 10:00 Europe/Berlin');
    expect(describeCadence(fixed('FREQ=DAILY;INTERVAL=2'))).toBe('Every 2 days at 10:00 Europe/Berlin');
    expect(describeCadence(fixed('FREQ=MONTHLY;BYDAY=-2TU'))).toBe('Every month on the 2nd last Tuesday at 10:00 Europe/Berlin');
  });

  it('shows a rule it cannot put into words as written', () => {
    expect(describeCadence(fixed('FREQ=MONTHLY;BYDAY=MO,TU;BYSETPOS=1'))).toBe(
      'Custom rule FREQ=MONTHLY;BYDAY=MO,TU;BYSETPOS=1 from 2027-01-14 10:00 Europe/Berlin',
    );
    expect(describeCadence(fixed('FREQ=HOURLY'))).toBe('Custom rule FREQ=HOURLY from 2027-01-14 10:00 Europe/Berlin');
  });

  it('says a flexible rhythm by its ideal and maximum intervals', () => {
    const flexible = { mode: 'flexible' as const, rrule: '', start: '2027-01-01T09:00', zone: 'UTC' };
    expect(describeCadence({ ...flexible, idealIntervalDays: 30, maxIntervalDays: 45 })).toBe('Flexible: ideally every 30 days, at most 45');
    expect(describeCadence({ ...flexible, idealIntervalDays: 14, maxIntervalDays: 14 })).toBe('Flexible: every 14 days');
    expect(describeCadence({ ...flexible, idealIntervalDays: 1, maxIntervalDays: 3 })).toBe('Flexible: ideally every day, at most 3');
    expect(describeCadence(flexible)).toBe('Flexible: no interval set');
  });
});

describe('joinWords', () => {
  it('joins a list the way a sentence does', () => {
    expect(joinWords([])).toBe('');
    expect(joinWords(['a'])).toBe('a');
    expect(joinWords(['a', 'b'])).toBe('a and b');
    expect(joinWords(['a', 'b', 'c'])).toBe('a, b and c');
  });
});

describe('weekdayOf', () => {
  it('names the weekday of a day whatever the machine zone', () => {
    expect(weekdayOf('2027-01-01')).toBe('FR');
    expect(weekdayOf('2027-01-03')).toBe('SU');
    expect(weekdayOf('2028-02-29')).toBe('TU');
  });
});
