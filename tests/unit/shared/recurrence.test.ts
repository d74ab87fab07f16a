import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_CANDIDATES, expandOccurrences, localToUtc, utcToLocal, validateRecurrence } from '@shared/recurrence';
import type { RecurrenceRule } from '@shared/recurrence';

// Every expectation here is a literal UTC instant, so a pass under TZ=UTC, America/Los_Angeles,
// Asia/Kolkata and Australia/Sydney shows the module ignores the machine's zone.

const NEW_YORK = 'America/New_York';

/** 09:00 New York time on each day: 13:00Z while EDT (UTC-4), 14:00Z while EST (UTC-5). */
const edt = (...days: string[]): string[] => days.map((day) => `${day}T13:00:00.000Z`);
const est = (...days: string[]): string[] => days.map((day) => `${day}T14:00:00.000Z`);

function expand(rrule: string, start: string, from: string, to: string, zone = NEW_YORK): string[] {
  return expandOccurrences({ rrule, start, zone }, from, to);
}

/** An RFC 5545 §3.8.5.3 example (DTSTART;TZID=America/New_York) over a wide window. */
function rfc(rrule: string, start: string, to = '2001-01-01T00:00:00Z'): string[] {
  return expand(rrule, start, '1996-01-01T00:00:00Z', to);
}

describe('RFC 5545 §3.8.5.3 examples (DTSTART;TZID=America/New_York)', () => {
  it('daily for 10 occurrences', () => {
    expect(rfc('RRULE:FREQ=DAILY;COUNT=10', '1997-09-02T09:00')).toEqual(
      edt('1997-09-02', '1997-09-03', '1997-09-04', '1997-09-05', '1997-09-06', '1997-09-07', '1997-09-08', '1997-09-09', '1997-09-10', '1997-09-11'),
    );
  });

  it('daily until December 24, 1997 switches from EDT to EST on October 26', () => {
    const result = rfc('FREQ=DAILY;UNTIL=19971224T000000Z', '1997-09-02T09:00');
    expect(result).toHaveLength(113);
    expect(result.slice(52, 56)).toEqual([...edt('1997-10-24', '1997-10-25'), ...est('1997-10-26', '1997-10-27')]);
    expect(result.at(-1)).toBe('1997-12-23T14:00:00.000Z');
  });

  it('every other day, forever, bounded by the window', () => {
    const result = expand('FREQ=DAILY;INTERVAL=2', '1997-09-02T09:00', '1997-09-01T00:00:00Z', '1997-10-01T00:00:00Z');
    expect(result).toEqual(edt(...Array.from({ length: 15 }, (_, i) => `1997-09-${String(2 + 2 * i).padStart(2, '0')}`)));
  });

  it('every 10 days, 5 occurrences', () => {
    expect(rfc('FREQ=DAILY;INTERVAL=10;COUNT=5', '1997-09-02T09:00')).toEqual(
      edt('1997-09-02', '1997-09-12', '1997-09-22', '1997-10-02', '1997-10-12'),
    );
  });

  it('every day in January, for 3 years', () => {
    const yearly = rfc('FREQ=YEARLY;UNTIL=20000131T140000Z;BYMONTH=1;BYDAY=SU,MO,TU,WE,TH,FR,SA', '1998-01-01T09:00');
    const daily = rfc('FREQ=DAILY;UNTIL=20000131T140000Z;BYMONTH=1', '1998-01-01T09:00');
    expect(yearly).toHaveLength(93);
    expect(daily).toEqual(yearly);
    expect(yearly.slice(30, 32)).toEqual(est('1998-01-31', '1999-01-01'));
    expect(yearly.at(-1)).toBe('2000-01-31T14:00:00.000Z');
  });

  it('weekly for 10 occurrences', () => {
    expect(rfc('FREQ=WEEKLY;COUNT=10', '1997-09-02T09:00')).toEqual([
      ...edt('1997-09-02', '1997-09-09', '1997-09-16', '1997-09-23', '1997-09-30', '1997-10-07', '1997-10-14', '1997-10-21'),
      ...est('1997-10-28', '1997-11-04'),
    ]);
  });

  it('weekly on Tuesday and Thursday for five weeks', () => {
    const expected = edt('1997-09-02', '1997-09-04', '1997-09-09', '1997-09-11', '1997-09-16', '1997-09-18', '1997-09-23', '1997-09-25', '1997-09-30', '1997-10-02');
    expect(rfc('FREQ=WEEKLY;UNTIL=19971007T000000Z;WKST=SU;BYDAY=TU,TH', '1997-09-02T09:00')).toEqual(expected);
    expect(rfc('FREQ=WEEKLY;COUNT=10;WKST=SU;BYDAY=TU,TH', '1997-09-02T09:00')).toEqual(expected);
  });

  it('every other week on Monday, Wednesday, and Friday until December 24, 1997', () => {
    expect(rfc('FREQ=WEEKLY;INTERVAL=2;UNTIL=19971224T000000Z;WKST=SU;BYDAY=MO,WE,FR', '1997-09-01T09:00')).toEqual([
      ...edt('1997-09-01', '1997-09-03', '1997-09-05', '1997-09-15', '1997-09-17', '1997-09-19', '1997-09-29'),
      ...edt('1997-10-01', '1997-10-03', '1997-10-13', '1997-10-15', '1997-10-17'),
      ...est('1997-10-27', '1997-10-29', '1997-10-31', '1997-11-10', '1997-11-12', '1997-11-14'),
      ...est('1997-11-24', '1997-11-26', '1997-11-28', '1997-12-08', '1997-12-10', '1997-12-12', '1997-12-22'),
    ]);
  });

  it('monthly on the first Friday for 10 occurrences', () => {
    expect(rfc('FREQ=MONTHLY;COUNT=10;BYDAY=1FR', '1997-09-05T09:00')).toEqual([
      ...edt('1997-09-05', '1997-10-03'),
      ...est('1997-11-07', '1997-12-05', '1998-01-02', '1998-02-06', '1998-03-06', '1998-04-03'),
      ...edt('1998-05-01', '1998-06-05'),
    ]);
  });

  it('monthly on the second-to-last Monday of the month for 6 months', () => {
    expect(rfc('FREQ=MONTHLY;COUNT=6;BYDAY=-2MO', '1997-09-22T09:00')).toEqual([
      ...edt('1997-09-22', '1997-10-20'),
      ...est('1997-11-17', '1997-12-22', '1998-01-19', '1998-02-16'),
    ]);
  });

  it('monthly on the third-to-the-last day of the month, forever', () => {
    expect(rfc('FREQ=MONTHLY;BYMONTHDAY=-3', '1997-09-28T09:00', '1998-03-01T00:00:00Z')).toEqual([
      ...edt('1997-09-28'),
      ...est('1997-10-29', '1997-11-28', '1997-12-29', '1998-01-29', '1998-02-26'),
    ]);
  });

  it('monthly on the 2nd and 15th of the month for 10 occurrences', () => {
    expect(rfc('FREQ=MONTHLY;COUNT=10;BYMONTHDAY=2,15', '1997-09-02T09:00')).toEqual([
      ...edt('1997-09-02', '1997-09-15', '1997-10-02', '1997-10-15'),
      ...est('1997-11-02', '1997-11-15', '1997-12-02', '1997-12-15', '1998-01-02', '1998-01-15'),
    ]);
  });

  it('every Tuesday, every other month', () => {
    expect(rfc('FREQ=MONTHLY;INTERVAL=2;BYDAY=TU', '1997-09-02T09:00', '1998-04-01T00:00:00Z')).toEqual([
      ...edt('1997-09-02', '1997-09-09', '1997-09-16', '1997-09-23', '1997-09-30'),
      ...est('1997-11-04', '1997-11-11', '1997-11-18', '1997-11-25'),
      ...est('1998-01-06', '1998-01-13', '1998-01-20', '1998-01-27'),
      ...est('1998-03-03', '1998-03-10', '1998-03-17', '1998-03-24', '1998-03-31'),
    ]);
  });

  it('yearly in June and July for 10 occurrences', () => {
    const years = ['1997', '1998', '1999', '2000', '2001'];
    expect(rfc('FREQ=YEARLY;COUNT=10;BYMONTH=6,7', '1997-06-10T09:00', '2002-01-01T00:00:00Z')).toEqual(
      edt(...years.flatMap((year) => [`${year}-06-10`, `${year}-07-10`])),
    );
  });

  it('every Thursday in March, forever', () => {
    expect(rfc('FREQ=YEARLY;BYMONTH=3;BYDAY=TH', '1997-03-13T09:00', '1999-04-01T00:00:00Z')).toEqual([
      ...est('1997-03-13', '1997-03-20', '1997-03-27', '1998-03-05', '1998-03-12', '1998-03-19', '1998-03-26'),
      ...est('1999-03-04', '1999-03-11', '1999-03-18', '1999-03-25'),
    ]);
  });

  it('every Friday the 13th, forever (the unsynchronised DTSTART is not an occurrence)', () => {
    expect(rfc('FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13', '1997-09-02T09:00')).toEqual([
      ...est('1998-02-13', '1998-03-13', '1998-11-13'),
      ...edt('1999-08-13', '2000-10-13'),
    ]);
  });

  it('US presidential election day, every 4 years', () => {
    expect(rfc('FREQ=YEARLY;INTERVAL=4;BYMONTH=11;BYDAY=TU;BYMONTHDAY=2,3,4,5,6,7,8', '1996-11-05T09:00', '2005-01-01T00:00:00Z')).toEqual(
      est('1996-11-05', '2000-11-07', '2004-11-02'),
    );
  });

  it('the third instance of a Tuesday, Wednesday or Thursday, for the next 3 months (BYSETPOS)', () => {
    expect(rfc('FREQ=MONTHLY;COUNT=3;BYDAY=TU,WE,TH;BYSETPOS=3', '1997-09-04T09:00')).toEqual([
      ...edt('1997-09-04', '1997-10-07'),
      ...est('1997-11-06'),
    ]);
  });

  it('the second-to-last weekday of the month (BYSETPOS=-2)', () => {
    expect(rfc('FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-2', '1997-09-29T09:00', '1998-04-01T00:00:00Z')).toEqual([
      ...edt('1997-09-29'),
      ...est('1997-10-30', '1997-11-27', '1997-12-30', '1998-01-29', '1998-02-26', '1998-03-30'),
    ]);
  });

  it('every 15 minutes for 6 occurrences', () => {
    expect(rfc('FREQ=MINUTELY;INTERVAL=15;COUNT=6', '1997-09-02T09:00')).toEqual(
      ['13:00', '13:15', '13:30', '13:45', '14:00', '14:15'].map((time) => `1997-09-02T${time}:00.000Z`),
    );
  });

  it('WKST changes which days an every-other-week rule produces', () => {
    expect(rfc('FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=MO', '1997-08-05T09:00')).toEqual(
      edt('1997-08-05', '1997-08-10', '1997-08-19', '1997-08-24'),
    );
    expect(rfc('FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=SU', '1997-08-05T09:00')).toEqual(
      edt('1997-08-05', '1997-08-17', '1997-08-19', '1997-08-31'),
    );
  });

  it('an invalid date (February 30) is ignored', () => {
    expect(rfc('FREQ=MONTHLY;BYMONTHDAY=15,30;COUNT=5', '2007-01-15T09:00', '2008-01-01T00:00:00Z')).toEqual([
      ...est('2007-01-15', '2007-01-30', '2007-02-15'),
      ...edt('2007-03-15', '2007-03-30'),
    ]);
  });
});

describe('09:00 stays 09:00 across the 2027 DST transitions', () => {
  const thursdays = (zone: string, from: string, to: string): string[] =>
    expand('FREQ=WEEKLY;BYDAY=TH', '2027-01-07T09:00', from, to, zone);

  it('America/New_York: 14:00Z in EST, 13:00Z in EDT (March 14, November 7)', () => {
    expect(thursdays(NEW_YORK, '2027-03-01T00:00:00Z', '2027-03-26T00:00:00Z')).toEqual([
      ...est('2027-03-04', '2027-03-11'),
      ...edt('2027-03-18', '2027-03-25'),
    ]);
    expect(thursdays(NEW_YORK, '2027-11-01T00:00:00Z', '2027-11-12T00:00:00Z')).toEqual([
      ...edt('2027-11-04'),
      ...est('2027-11-11'),
    ]);
  });

  it('Europe/Berlin: 08:00Z in CET, 07:00Z in CEST (March 28, October 31)', () => {
    const berlin = (from: string, to: string) => thursdays('Europe/Berlin', from, to);
    expect(berlin('2027-03-20T00:00:00Z', '2027-04-02T00:00:00Z')).toEqual(['2027-03-25T08:00:00.000Z', '2027-04-01T07:00:00.000Z']);
    expect(berlin('2027-10-25T00:00:00Z', '2027-11-05T00:00:00Z')).toEqual(['2027-10-28T07:00:00.000Z', '2027-11-04T08:00:00.000Z']);
  });

  it('Australia/Sydney (southern hemisphere): AEDT ends April 4, starts October 3', () => {
    const sydney = (from: string, to: string) => thursdays('Australia/Sydney', from, to);
    // 09:00 AEDT (UTC+11) is 22:00Z the day before; 09:00 AEST (UTC+10) is 23:00Z the day before.
    expect(sydney('2027-03-25T00:00:00Z', '2027-04-09T00:00:00Z')).toEqual(['2027-03-31T22:00:00.000Z', '2027-04-07T23:00:00.000Z']);
    expect(sydney('2027-09-25T00:00:00Z', '2027-10-08T00:00:00Z')).toEqual(['2027-09-29T23:00:00.000Z', '2027-10-06T22:00:00.000Z']);
  });

  it('Asia/Kolkata has no DST: always 03:30Z', () => {
    const result = thursdays('Asia/Kolkata', '2027-01-01T00:00:00Z', '2028-01-01T00:00:00Z');
    expect(result).toHaveLength(52);
    expect(result.every((iso) => iso.endsWith('T03:30:00.000Z'))).toBe(true);
  });
});

describe('RFC 5545 §3.3.5: skipped and repeated local times', () => {
  it('New York 02:30 on March 14, 2027 (skipped) uses the pre-gap offset: 07:30Z', () => {
    expect(expand('FREQ=DAILY', '2027-03-12T02:30', '2027-03-12T00:00:00Z', '2027-03-16T00:00:00Z')).toEqual([
      '2027-03-12T07:30:00.000Z',
      '2027-03-13T07:30:00.000Z',
      '2027-03-14T07:30:00.000Z',
      '2027-03-15T06:30:00.000Z',
    ]);
  });

  it('New York 01:30 on November 7, 2027 (repeated) is the first, EDT one: 05:30Z', () => {
    expect(expand('FREQ=DAILY', '2027-11-06T01:30', '2027-11-06T00:00:00Z', '2027-11-09T00:00:00Z')).toEqual([
      '2027-11-06T05:30:00.000Z',
      '2027-11-07T05:30:00.000Z',
      '2027-11-08T06:30:00.000Z',
    ]);
  });

  it('Berlin 02:30 on March 28, 2027 (skipped) and October 31, 2027 (repeated)', () => {
    const berlin = (start: string, from: string, to: string) => expand('FREQ=DAILY', start, from, to, 'Europe/Berlin');
    expect(berlin('2027-03-27T02:30', '2027-03-27T00:00:00Z', '2027-03-30T00:00:00Z')).toEqual([
      '2027-03-27T01:30:00.000Z',
      '2027-03-28T01:30:00.000Z',
      '2027-03-29T00:30:00.000Z',
    ]);
    expect(berlin('2027-10-30T02:30', '2027-10-30T00:00:00Z', '2027-11-02T00:00:00Z')).toEqual([
      '2027-10-30T00:30:00.000Z',
      '2027-10-31T00:30:00.000Z',
      '2027-11-01T01:30:00.000Z',
    ]);
  });

  it('localToUtc and utcToLocal follow the same rules', () => {
    expect(localToUtc('2027-03-14T02:30', NEW_YORK)).toBe('2027-03-14T07:30:00.000Z');
    expect(utcToLocal('2027-03-14T07:30:00.000Z', NEW_YORK)).toBe('2027-03-14T03:30');
    expect(localToUtc('2027-11-07T01:30', NEW_YORK)).toBe('2027-11-07T05:30:00.000Z');
    expect(utcToLocal('2027-11-07T06:30:00.000Z', NEW_YORK)).toBe('2027-11-07T01:30');
    expect(localToUtc('2027-06-01T09:00', 'Asia/Kolkata')).toBe('2027-06-01T03:30:00.000Z');
    expect(utcToLocal('2027-06-01T03:30:00+00:00', 'Asia/Kolkata')).toBe('2027-06-01T09:00');
  });

  it('an hourly rule across the gap gives sorted, distinct instants', () => {
    // Local 02:00 does not exist: it maps to 07:00Z, the same instant as 03:00 EDT.
    expect(expand('FREQ=HOURLY', '2027-03-14T00:00', '2027-03-14T05:00:00Z', '2027-03-14T09:00:00Z')).toEqual([
      '2027-03-14T05:00:00.000Z',
      '2027-03-14T06:00:00.000Z',
      '2027-03-14T07:00:00.000Z',
      '2027-03-14T08:00:00.000Z',
    ]);
  });

  it('a gap time past the window end does not hide a later real time inside it', () => {
    // 02:15 -> 07:15Z and 02:40 -> 07:40Z (gap), then 03:05 EDT -> 07:05Z comes back inside.
    expect(expand('FREQ=MINUTELY;INTERVAL=25', '2027-03-14T01:00', '2027-03-14T07:00:00Z', '2027-03-14T07:20:00Z')).toEqual([
      '2027-03-14T07:05:00.000Z',
      '2027-03-14T07:15:00.000Z',
    ]);
  });
});

describe('window semantics', () => {
  const daily10 = (from: string, to: string) => expand('FREQ=DAILY;COUNT=10', '1997-09-02T09:00', from, to);

  it('includes an occurrence exactly at from and excludes one exactly at to', () => {
    expect(daily10('1997-09-03T13:00:00.000Z', '1997-09-05T13:00:00.000Z')).toEqual(edt('1997-09-03', '1997-09-04'));
  });

  it('accepts offsets other than Z in the window', () => {
    expect(daily10('1997-09-03T09:00:00-04:00', '1997-09-05T09:00-04:00')).toEqual(edt('1997-09-03', '1997-09-04'));
  });

  it('counts COUNT from DTSTART, not from the window', () => {
    expect(daily10('1997-09-08T00:00:00Z', '1998-01-01T00:00:00Z')).toEqual(edt('1997-09-08', '1997-09-09', '1997-09-10', '1997-09-11'));
    expect(daily10('1997-09-12T00:00:00Z', '1998-01-01T00:00:00Z')).toEqual([]);
  });

  it('honours UNTIL when the window starts after DTSTART', () => {
    expect(expand('FREQ=WEEKLY;UNTIL=19971224T000000Z', '1997-09-02T09:00', '1997-12-01T00:00:00Z', '1998-02-01T00:00:00Z')).toEqual(
      est('1997-12-02', '1997-12-09', '1997-12-16', '1997-12-23'),
    );
  });

  it('reads a date-only UNTIL as the whole local day and a bare date-time UNTIL as local time', () => {
    const window = ['1997-12-20T00:00:00Z', '1998-01-10T00:00:00Z'] as const;
    expect(expand('FREQ=WEEKLY;UNTIL=19971223', '1997-09-02T09:00', ...window)).toEqual(est('1997-12-23'));
    expect(expand('FREQ=WEEKLY;UNTIL=19971223T085959', '1997-09-02T09:00', ...window)).toEqual([]);
    expect(expand('FREQ=WEEKLY;UNTIL=19971223T090000', '1997-09-02T09:00', ...window)).toEqual(est('1997-12-23'));
  });

  it('returns nothing for a window before DTSTART', () => {
    expect(daily10('1990-01-01T00:00:00Z', '1997-09-02T13:00:00Z')).toEqual([]);
  });

  it('reaches a window far after DTSTART', () => {
    expect(expand('FREQ=WEEKLY;BYDAY=MO', '1990-01-01T09:00', '2027-01-04T00:00:00Z', '2027-01-12T00:00:00Z')).toEqual(est('2027-01-04', '2027-01-11'));
  });

  it('accepts a lower-case rule with a leading RRULE:', () => {
    expect(expand('rrule:freq=weekly;byday=mo;count=2', '2027-01-04T09:00', '2027-01-01T00:00:00Z', '2028-01-01T00:00:00Z')).toEqual(
      est('2027-01-04', '2027-01-11'),
    );
  });

  it('does not count a start that is off the rule (a Wednesday start for Mondays)', () => {
    expect(expand('FREQ=WEEKLY;BYDAY=MO;COUNT=2', '2027-01-06T09:00', '2027-01-01T00:00:00Z', '2028-01-01T00:00:00Z')).toEqual(
      est('2027-01-11', '2027-01-18'),
    );
  });

  it('drops times ical.js invents past the end of February and counts only real ones', () => {
    expect(expand('FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29;COUNT=3', '2027-01-01T09:00', '2027-01-01T00:00:00Z', '2040-01-01T00:00:00Z')).toEqual(
      est('2028-02-29', '2032-02-29', '2036-02-29'),
    );
  });
});

describe('invalid input', () => {
  const valid: RecurrenceRule = { rrule: 'FREQ=WEEKLY;BYDAY=MO', start: '2027-01-04T09:00', zone: NEW_YORK };
  const FROM = '2027-01-01T00:00:00Z';
  const TO = '2027-02-01T00:00:00Z';
  const messageFor = (change: Partial<RecurrenceRule>) => validateRecurrence({ ...valid, ...change });

  it('validateRecurrence returns undefined for a good rule', () => {
    expect(validateRecurrence(valid)).toBeUndefined();
  });

  it.each([
    ['FREQ=SOMETIMES', /Invalid recurrence rule "FREQ=SOMETIMES": FREQ must be one of SECONDLY, MINUTELY, HOURLY, DAILY, WEEKLY, MONTHLY, YEARLY \(not "SOMETIMES"\)/],
    ['FREQ=WEEKLY;FOO=1', /unknown part "FOO"/],
    ['BYDAY=MO', /FREQ is required/],
    ['', /FREQ is required/],
    ['FREQ=DAILY;INTERVAL=0', /INTERVAL must be a positive integer/],
    ['FREQ=DAILY;COUNT=0', /COUNT must be a positive integer/],
    ['FREQ=DAILY;COUNT=abc', /COUNT must be a positive integer/],
    ['FREQ=DAILY;COUNT=3;COUNT=4', /COUNT appears more than once/],
    ['FREQ=DAILY;COUNT=3;UNTIL=20270101T000000Z', /COUNT and UNTIL cannot both be set/],
    ['FREQ=DAILY;UNTIL=2027-01-01', /UNTIL "2027-01-01" must look like/],
    ['FREQ=WEEKLY;BYDAY=XX', /BYDAY "XX" must be a weekday/],
    ['FREQ=WEEKLY;BYDAY=1MO', /BYDAY "1MO" has a position, which only MONTHLY and YEARLY rules allow/],
    ['FREQ=MONTHLY;BYDAY=54MO', /BYDAY "54MO" must be a weekday/],
    ['FREQ=WEEKLY;;BYDAY=MO', /it has an empty part/],
    ['FREQ=MONTHLY;BYDAY=MO;BYSETPOS=0', /BYSETPOS values must be whole numbers/],
    ['FREQ=SOMETIMES;BYDAY=XX;;;INTERVAL=-3', /empty part.*FREQ must be one of.*BYDAY "XX".*INTERVAL must be a positive integer/],
    ['FREQ=DAILY;BYHOUR=25', /BYHOUR/],
    ['FREQ=WEEKLY;BYMONTHDAY=3', /BYMONTHDAY/],
    ['FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO', /BYWEEKNO is not supported/],
    ['FREQ', /FREQ needs exactly one value/],
  ])('rejects the rule %s', (rrule, message) => {
    expect(messageFor({ rrule })).toMatch(message);
    expect(() => expandOccurrences({ ...valid, rrule }, FROM, TO)).toThrow(message);
  });

  it('accepts a trailing semicolon, which many calendar tools write', () => {
    expect(messageFor({ rrule: 'FREQ=WEEKLY;BYDAY=MO;' })).toBeUndefined();
  });

  it.each([
    ['FREQ=DAILY;UNTIL=20000101T000000Z', /UNTIL is before the start, so it never happens/],
    ['FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30', /never produces an occurrence|no occurrence within its first 5000 candidate times/],
    ['FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30', /no occurrence within its first 5000 candidate times/],
    ['FREQ=WEEKLY;BYDAY=TH;UNTIL=20270105', /it has no occurrence before UNTIL/],
  ])('refuses the rule %s, which gives no occurrence at all', (rrule, message) => {
    expect(messageFor({ rrule })).toMatch(message);
  });

  it('accepts a leap-day rule, whose first occurrence is years away', () => {
    expect(messageFor({ rrule: 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29' })).toBeUndefined();
    expect(messageFor({ rrule: 'FREQ=DAILY;BYMONTH=2;BYMONTHDAY=29' })).toBeUndefined();
  });

  it.each(['2027-01-04 09:00', '2027-01-04T09:00:00', '2027-02-30T09:00', '2027-01-04T24:00', '04/01/2027 09:00', ''])(
    'rejects the start %j',
    (start) => {
      expect(messageFor({ start })).toBe(`Invalid start "${start}": expected yyyy-MM-ddTHH:mm, e.g. 2027-01-14T09:00`);
      expect(() => expandOccurrences({ ...valid, start }, FROM, TO)).toThrow('Invalid start');
    },
  );

  it.each(['Mars/Olympus', 'Eastern', ''])('rejects the zone %j', (zone) => {
    expect(messageFor({ zone })).toMatch(/time zone/i);
    expect(() => expandOccurrences({ ...valid, zone }, FROM, TO)).toThrow(/time zone/i);
    expect(() => localToUtc('2027-01-04T09:00', zone)).toThrow(/time zone/i);
  });

  it('rejects a window whose from is not before its to', () => {
    expect(() => expandOccurrences(valid, TO, FROM)).toThrow('Invalid window: from (2027-02-01T00:00:00Z) must be before to (2027-01-01T00:00:00Z)');
    expect(() => expandOccurrences(valid, FROM, FROM)).toThrow('Invalid window');
  });

  it.each(['2027-01-01', '2027-01-01T00:00', '2027-02-30T00:00:00Z', 'yesterday', ''])('rejects the instant %j', (instant) => {
    expect(() => expandOccurrences(valid, instant, TO)).toThrow(`Invalid instant "${instant}"`);
    expect(() => expandOccurrences(valid, FROM, instant)).toThrow(`Invalid instant "${instant}"`);
  });

  it('stops a rule that never matches instead of hanging', { timeout: 30_000 }, () => {
    const never = { ...valid, rrule: 'FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30' };
    expect(() => expandOccurrences(never, FROM, '2028-01-01T00:00:00Z')).toThrow(`needs more than ${MAX_CANDIDATES} steps`);
  });

  it('stops a SECONDLY rule over a long window instead of hanging', { timeout: 30_000 }, () => {
    const secondly = { ...valid, rrule: 'FREQ=SECONDLY' };
    expect(() => expandOccurrences(secondly, FROM, '2028-01-01T00:00:00Z')).toThrow(`needs more than ${MAX_CANDIDATES} steps`);
  });
});

describe('property: daily and weekly rules keep their wall-clock time', () => {
  const ZONES = [
    'America/New_York', 'Europe/Berlin', 'Australia/Sydney', 'Asia/Kolkata', 'America/Santiago',
    'Pacific/Auckland', 'Pacific/Chatham', 'America/St_Johns', 'Europe/London', 'Asia/Kathmandu', 'UTC',
  ];
  const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
  const pad = (value: number) => String(value).padStart(2, '0');
  const dayNumber = (localDate: string) => Date.parse(`${localDate}T00:00:00Z`) / 86_400_000;

  const ruleArb = fc.record({
    zone: fc.constantFrom(...ZONES),
    freq: fc.constantFrom('DAILY', 'WEEKLY'),
    interval: fc.integer({ min: 1, max: 3 }),
    byday: fc.subarray(WEEKDAYS, { minLength: 1 }),
    // Biased towards the small hours, where DST gaps and repeats happen.
    hour: fc.oneof(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 3 })),
    minute: fc.integer({ min: 0, max: 59 }),
    startDay: fc.integer({ min: 0, max: 3650 }),
    fromDay: fc.integer({ min: -30, max: 800 }),
    spanDays: fc.integer({ min: 1, max: 120 }),
  });

  it('every instant is the rule time on its local day (gap-adjusted by §3.3.5), strictly increasing', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(ruleArb, (r) => {
        const base = Date.UTC(2022, 0, 1);
        const startDate = new Date(base + r.startDay * 86_400_000).toISOString().slice(0, 10);
        const time = `${pad(r.hour)}:${pad(r.minute)}`;
        const byday = r.freq === 'WEEKLY' ? `;BYDAY=${r.byday.join(',')}` : '';
        const fromMs = base + (r.startDay + r.fromDay) * 86_400_000;
        const from = new Date(fromMs).toISOString();
        const to = new Date(fromMs + r.spanDays * 86_400_000).toISOString();
        const rule = { rrule: `FREQ=${r.freq};INTERVAL=${r.interval}${byday}`, start: `${startDate}T${time}`, zone: r.zone };
        const result = expandOccurrences(rule, from, to);
        const localDays = result.map((iso) => utcToLocal(iso, r.zone).slice(0, 10));
        result.forEach((iso, index) => {
          expect(iso >= from && iso < to).toBe(true);
          if (index > 0) expect(iso > (result[index - 1] ?? '')).toBe(true);
          expect(localToUtc(`${localDays[index]}T${time}`, r.zone)).toBe(iso);
        });
        if (r.freq === 'DAILY') {
          localDays.slice(1).forEach((day, index) => expect(dayNumber(day) - dayNumber(localDays[index] ?? '')).toBe(r.interval));
        } else {
          localDays.forEach((day) => expect(r.byday).toContain(WEEKDAYS[new Date(`${day}T00:00:00Z`).getUTCDay()]));
        }
      }),
      { numRuns: 200 },
    );
  });
});
