import { describe, expect, it } from 'vitest';
import { cadenceAdherence, nextDue, occurrenceStatus, plannedOccurrences, unrecordedOccurrences } from '@shared/cadenceSchedule';
import type { Cadence, CadenceId, OccurrenceRecord, Touchpoint, TouchpointId } from '@shared/domain';
import { localToUtc } from '@shared/recurrence';

const ZONE = 'America/New_York';
// Mondays 09:00 in New York. DST starts on Sunday 2027-03-14, so 09:00 is 14:00Z before it and 13:00Z after.
const MAR_1 = '2027-03-01T14:00:00.000Z';
const MAR_8 = '2027-03-08T14:00:00.000Z';
const MAR_15 = '2027-03-15T13:00:00.000Z';
const MAR_22 = '2027-03-22T13:00:00.000Z';
const MAR_29 = '2027-03-29T13:00:00.000Z';

function cadence(overrides: Partial<Cadence> = {}): Cadence {
  return {
    id: 'cad1' as CadenceId,
    createdAt: '2027-01-01T00:00:00.000Z',
    updatedAt: '2027-01-01T00:00:00.000Z',
    partnershipId: 'p1',
    name: 'Weekly ops sync',
    kind: 'ops sync',
    mode: 'fixed',
    rrule: 'FREQ=WEEKLY;BYDAY=MO',
    start: '2027-01-04T09:00',
    zone: ZONE,
    durationMinutes: 60,
    channel: '',
    participantIds: [],
    agendaTemplate: '',
    leadMinutes: 60,
    status: 'active',
    ...overrides,
  };
}

function flexible(overrides: Partial<Cadence> = {}): Cadence {
  return cadence({ mode: 'flexible', rrule: '', idealIntervalDays: 14, maxIntervalDays: 21, ...overrides });
}

let serial = 0;
function record(occurrence: string, outcome: OccurrenceRecord['outcome'], overrides: Partial<OccurrenceRecord> = {}): OccurrenceRecord {
  serial += 1;
  return {
    id: `r${serial}`,
    createdAt: '2027-01-01T00:00:00.000Z',
    updatedAt: '2027-01-01T00:00:00.000Z',
    partnershipId: 'p1',
    cadenceId: 'cad1',
    occurrence,
    outcome,
    note: '',
    ...overrides,
  };
}

function touchpoint(occurredOn: string, occurrence: string, overrides: Partial<Touchpoint> = {}): Touchpoint {
  serial += 1;
  return {
    id: `t${serial}` as TouchpointId,
    createdAt: '2027-01-01T00:00:00.000Z',
    updatedAt: '2027-01-01T00:00:00.000Z',
    partnershipId: 'p1',
    kind: 'meeting',
    occurredOn,
    title: 'Ops sync',
    attendeeIds: [],
    summary: '',
    internalNotes: '',
    cadenceId: 'cad1',
    occurrence,
    ...overrides,
  };
}

describe('plannedOccurrences', () => {
  it('keeps 09:00 local across the DST change', () => {
    expect(plannedOccurrences(cadence(), '2027-03-01T00:00:00.000Z', '2027-03-23T00:00:00.000Z')).toEqual([MAR_1, MAR_8, MAR_15, MAR_22]);
  });

  it('plans nothing for a paused, flexible or deleted cadence, or an empty window', () => {
    const window = ['2027-03-01T00:00:00.000Z', '2027-04-01T00:00:00.000Z'] as const;
    expect(plannedOccurrences(cadence({ status: 'paused' }), ...window)).toEqual([]);
    expect(plannedOccurrences(flexible(), ...window)).toEqual([]);
    expect(plannedOccurrences(cadence({ deletedAt: '2027-02-01T00:00:00.000Z' }), ...window)).toEqual([]);
    expect(plannedOccurrences(cadence(), '2027-04-01T00:00:00.000Z', '2027-03-01T00:00:00.000Z')).toEqual([]);
  });
});

describe('occurrenceStatus', () => {
  const window = ['2027-03-01T00:00:00.000Z', '2027-04-01T00:00:00.000Z'] as const;

  it('combines the plan with records and linked touchpoints', () => {
    const held = touchpoint('2027-03-01', '2027-03-01T14:00:00Z');
    const records = [record(MAR_8, 'skipped'), record(MAR_29, 'moved', { movedTo: '2027-03-30T13:00:00.000Z' })];
    const list = occurrenceStatus(cadence(), records, [held], ...window, '2027-03-15T12:30:00.000Z');
    expect(list.map((o) => [o.occurrence, o.at, o.status])).toEqual([
      [MAR_1, MAR_1, 'held'],
      [MAR_8, MAR_8, 'skipped'],
      [MAR_15, MAR_15, 'due soon'],
      [MAR_22, MAR_22, 'upcoming'],
      [MAR_29, '2027-03-30T13:00:00.000Z', 'moved'],
    ]);
    expect(list[0]?.touchpointId).toBe(held.id);
    expect(list[1]?.recordId).toBe(records[0]?.id);
  });

  it('marks an unrecorded occurrence not recorded from the moment it starts', () => {
    const statusOfMar8 = (now: string) => occurrenceStatus(cadence(), [], [], ...window, now).find((o) => o.occurrence === MAR_8)?.status;
    expect(statusOfMar8('2027-03-08T12:59:00.000Z')).toBe('upcoming');
    expect(statusOfMar8('2027-03-08T13:00:00.000Z')).toBe('due soon');
    expect(statusOfMar8('2027-03-08T13:59:59.999Z')).toBe('due soon');
    expect(statusOfMar8(MAR_8)).toBe('not recorded');
    expect(statusOfMar8('2027-03-09T15:00:01.000Z')).toBe('not recorded');
  });

  it('counts a moved occurrence held when a touchpoint is linked to it, at its new time', () => {
    const moved = record(MAR_8, 'moved', { movedTo: '2027-03-10T15:00:00.000Z' });
    const list = occurrenceStatus(cadence(), [moved], [touchpoint('2027-03-10', MAR_8)], ...window, '2027-03-20T00:00:00.000Z');
    expect(list.find((o) => o.occurrence === MAR_8)).toMatchObject({ at: '2027-03-10T15:00:00.000Z', status: 'held', recordId: moved.id });
  });

  it('ignores deleted records, other cadences, and uses the latest record for an occurrence', () => {
    const records = [
      record(MAR_1, 'skipped', { deletedAt: '2027-03-02T00:00:00.000Z' }),
      record(MAR_8, 'held', { cadenceId: 'other' }),
      record(MAR_15, 'skipped', { updatedAt: '2027-03-01T00:00:00.000Z' }),
      record(MAR_15, 'held', { updatedAt: '2027-03-16T00:00:00.000Z' }),
    ];
    const deletedTouchpoint = touchpoint('2027-03-22', MAR_22, { deletedAt: '2027-03-23T00:00:00.000Z' });
    const list = occurrenceStatus(cadence(), records, [deletedTouchpoint], ...window, '2027-03-30T00:00:00.000Z');
    expect(list.map((o) => o.status)).toEqual(['not recorded', 'not recorded', 'held', 'not recorded', 'not recorded']);
  });

  it('keeps recorded occurrences the current rule no longer plans, and history of a paused cadence', () => {
    const oldRule = record('2027-03-03T14:00:00.000Z', 'held');
    expect(occurrenceStatus(cadence({ status: 'paused' }), [oldRule], [], ...window, '2027-03-31T00:00:00.000Z')).toEqual([
      { occurrence: '2027-03-03T14:00:00.000Z', at: '2027-03-03T14:00:00.000Z', status: 'held', recordId: oldRule.id },
    ]);
  });
});

describe('nextDue for a fixed cadence', () => {
  const heldMar1 = touchpoint('2027-03-01', MAR_1);

  it('is the next occurrence not yet handled, ok until the lead time', () => {
    expect(nextDue(cadence(), [], [heldMar1], '2027-03-05T00:00:00.000Z')).toEqual({
      mode: 'fixed',
      band: 'ok',
      dueOn: '2027-03-08',
      occurrence: MAR_8,
      at: MAR_8,
    });
  });

  it('is due soon from the lead time before the start', () => {
    expect(nextDue(cadence(), [], [heldMar1], '2027-03-08T13:00:00.000Z')?.band).toBe('due soon');
  });

  it('finds the first occurrence after the DST change at its new UTC time', () => {
    const heldMar8 = touchpoint('2027-03-08', MAR_8);
    expect(nextDue(cadence(), [], [heldMar1, heldMar8], '2027-03-14T12:00:00.000Z')).toMatchObject({ occurrence: MAR_15, dueOn: '2027-03-15', band: 'ok' });
  });

  it('is the next one ahead even when earlier ones were never recorded', () => {
    const due = nextDue(cadence(), [], [heldMar1], '2027-03-20T00:00:00.000Z');
    expect(due).toMatchObject({ band: 'ok', occurrence: MAR_22 });
  });

  it('skips an occurrence skipped in advance', () => {
    expect(nextDue(cadence(), [record(MAR_8, 'skipped')], [heldMar1], '2027-03-05T00:00:00.000Z')).toMatchObject({ occurrence: MAR_15 });
  });

  it('follows a moved occurrence to its new time, even ahead of the next planned one', () => {
    const moved = record(MAR_15, 'moved', { movedTo: '2027-03-11T15:00:00.000Z' });
    const heldMar8 = touchpoint('2027-03-08', MAR_8);
    expect(nextDue(cadence(), [moved], [heldMar1, heldMar8], '2027-03-09T00:00:00.000Z')).toMatchObject({
      occurrence: MAR_15,
      at: '2027-03-11T15:00:00.000Z',
      dueOn: '2027-03-11',
      band: 'ok',
    });
    expect(nextDue(cadence(), [moved], [heldMar1, heldMar8], '2027-03-11T14:30:00.000Z')?.band).toBe('due soon');
  });

  it('is undefined when paused, deleted or the rule has run out', () => {
    const now = '2027-03-05T00:00:00.000Z';
    expect(nextDue(cadence({ status: 'paused' }), [], [], now)).toBeUndefined();
    expect(nextDue(cadence({ deletedAt: '2027-02-01T00:00:00.000Z' }), [], [], now)).toBeUndefined();
    const twice = cadence({ rrule: 'FREQ=WEEKLY;BYDAY=MO;COUNT=2', start: '2027-03-01T09:00' });
    expect(nextDue(twice, [record(MAR_1, 'held'), record(MAR_8, 'held')], [], '2027-03-10T00:00:00.000Z')).toBeUndefined();
  });

  it('finds the next occurrence of a yearly rule far ahead', () => {
    const yearly = cadence({ rrule: 'FREQ=YEARLY', start: '2027-01-04T09:00' });
    expect(nextDue(yearly, [record('2027-01-04T14:00:00.000Z', 'held')], [], '2027-03-01T00:00:00.000Z')).toMatchObject({ dueOn: '2028-01-04', band: 'ok' });
  });
});

describe('nextDue for a flexible cadence', () => {
  it('measures from the start day when never held', () => {
    const due = (now: string) => nextDue(flexible(), [], [], now);
    expect(due('2027-01-10T12:00:00.000Z')).toEqual({ mode: 'flexible', band: 'ok', dueOn: '2027-01-18', idealOn: '2027-01-18', maxOn: '2027-01-25' });
    expect(due('2027-01-18T12:00:00.000Z')?.band).toBe('due soon');
    expect(due('2027-01-25T12:00:00.000Z')?.band).toBe('due soon');
    expect(due('2027-01-26T12:00:00.000Z')?.band).toBe('overdue');
  });

  it('reads today in the cadence zone, not UTC', () => {
    // 03:00Z on the 26th is still the evening of the 25th in New York.
    expect(nextDue(flexible(), [], [], '2027-01-26T03:00:00.000Z')?.band).toBe('due soon');
  });

  it('measures from the latest touchpoint for the cadence', () => {
    const touchpoints = [
      touchpoint('2027-02-01', ''),
      touchpoint('2027-01-20', ''),
      touchpoint('2027-02-20', '', { deletedAt: '2027-02-21T00:00:00.000Z' }),
      touchpoint('2027-02-25', '', { cadenceId: 'other' }),
    ];
    expect(nextDue(flexible(), [], touchpoints, '2027-02-10T12:00:00.000Z')).toEqual({
      mode: 'flexible',
      band: 'ok',
      dueOn: '2027-02-15',
      idealOn: '2027-02-15',
      maxOn: '2027-02-22',
      lastHeldOn: '2027-02-01',
    });
  });

  it('counts a held record on its day in the cadence zone, and not a skipped one', () => {
    const records = [record('2027-02-10T02:00:00.000Z', 'held'), record('2027-02-20T15:00:00.000Z', 'skipped')];
    expect(nextDue(flexible(), records, [], '2027-02-12T12:00:00.000Z')).toMatchObject({ lastHeldOn: '2027-02-09', idealOn: '2027-02-23' });
  });

  it('is undefined without an ideal interval, and uses the ideal as the maximum when none is set', () => {
    expect(nextDue(flexible({ idealIntervalDays: undefined }), [], [], '2027-02-01T00:00:00.000Z')).toBeUndefined();
    expect(nextDue(flexible({ maxIntervalDays: undefined }), [], [], '2027-01-19T12:00:00.000Z')).toMatchObject({ maxOn: '2027-01-18', band: 'overdue' });
  });
});

describe('cadenceAdherence', () => {
  const march = [localToUtc('2027-03-01T00:00', ZONE), localToUtc('2027-04-01T00:00', ZONE)] as const;

  it('counts planned, held, skipped and moved occurrences of a fixed cadence in the window', () => {
    const records = [record(MAR_8, 'held'), record(MAR_15, 'skipped'), record(MAR_22, 'moved', { movedTo: '2027-03-23T13:00:00.000Z' })];
    const touchpoints = [touchpoint('2027-03-01', MAR_1), touchpoint('2027-02-22', '2027-02-22T14:00:00.000Z')];
    expect(cadenceAdherence(cadence(), records, touchpoints, ...march)).toEqual({ mode: 'fixed', planned: 5, held: 2, skipped: 1, moved: 1 });
  });

  it('counts a recorded occurrence the current rule no longer plans', () => {
    const offRule = record('2027-03-03T14:00:00.000Z', 'held');
    expect(cadenceAdherence(cadence(), [offRule], [], ...march)).toMatchObject({ planned: 6, held: 1 });
  });

  it('expects one meeting per ideal interval of a flexible cadence and counts each held one once', () => {
    const quarter = [localToUtc('2027-01-01T00:00', ZONE), localToUtc('2027-04-01T00:00', ZONE)] as const;
    const linked = touchpoint('2027-02-01', '2027-02-01T15:00:00.000Z');
    const touchpoints = [touchpoint('2027-01-10', ''), linked, touchpoint('2027-03-31', ''), touchpoint('2027-04-01', ''), touchpoint('2027-03-01', '', { deletedAt: '2027-03-02T00:00:00.000Z' })];
    const records = [
      record('2027-02-01T15:00:00.000Z', 'held', { touchpointId: linked.id }),
      record('2027-02-15T15:00:00.000Z', 'held'),
      record('2027-03-15T15:00:00.000Z', 'skipped'),
    ];
    expect(cadenceAdherence(flexible(), records, touchpoints, ...quarter)).toEqual({ mode: 'flexible', planned: 6, held: 4, skipped: 0, moved: 0 });
  });

  it('counts a flexible cadence only from its start: none planned in 2025-Q3 for one that starts on 2026-01-15', () => {
    const q3 = [localToUtc('2025-07-01T00:00', ZONE), localToUtc('2025-10-01T00:00', ZONE)] as const;
    expect(cadenceAdherence(flexible({ start: '2026-01-15T10:00', idealIntervalDays: 30 }), [], [], ...q3)).toMatchObject({ planned: 0 });
    // From 15 Jan to 31 Mar 2026 is 76 days: two 30-day intervals.
    const q1 = [localToUtc('2026-01-01T00:00', ZONE), localToUtc('2026-04-01T00:00', ZONE)] as const;
    expect(cadenceAdherence(flexible({ start: '2026-01-15T10:00', idealIntervalDays: 30 }), [], [], ...q1)).toMatchObject({ planned: 2 });
  });

  it('counts a fixed cadence only from its start', () => {
    expect(cadenceAdherence(cadence({ start: '2027-03-15T09:00' }), [], [], ...march)).toMatchObject({ planned: 3 });
  });

  it('counts a paused cadence up to its last change, the latest it can have been paused (no pause date is stored)', () => {
    expect(cadenceAdherence(cadence({ status: 'paused', updatedAt: '2027-03-10T00:00:00.000Z' }), [], [], ...march)).toMatchObject({ planned: 2 });
    // 1 to 14 March: one 14-day interval.
    expect(cadenceAdherence(flexible({ status: 'paused', updatedAt: '2027-03-15T05:00:00.000Z' }), [], [], ...march)).toMatchObject({ planned: 1 });
  });

  it('counts a flexible meeting held on the day a window ends part-way through (a review as at now)', () => {
    const untilNoon = [march[0], localToUtc('2027-03-10T12:00', ZONE)] as const;
    expect(cadenceAdherence(flexible(), [], [touchpoint('2027-03-10', '')], ...untilNoon)).toMatchObject({ held: 1 });
  });

  it('expects nothing of a paused cadence', () => {
    expect(cadenceAdherence(flexible({ status: 'paused' }), [], [], ...march)).toMatchObject({ planned: 0 });
    expect(cadenceAdherence(cadence({ status: 'paused' }), [], [], ...march)).toMatchObject({ planned: 0 });
  });
});

// Issue 12: on 9 Dec a monthly steering call of 8 Dec that nobody recorded is neither
// next nor due soon; it is "not recorded yet", and the next one is January's.
describe('a past occurrence nobody recorded (issue 12)', () => {
  const steering = cadence({ name: 'Monthly steering call', rrule: 'FREQ=MONTHLY;BYMONTHDAY=8', start: '2026-01-08T15:00', zone: 'Europe/London', leadMinutes: 24 * 60 });
  const DEC_8 = '2026-12-08T15:00:00.000Z';
  const JAN_8 = '2027-01-08T15:00:00.000Z';
  const heldNov = touchpoint('2026-11-08', '2026-11-08T15:00:00.000Z');
  const ON_DEC_9 = '2026-12-09T10:00:00.000Z';

  it('on 9 Dec, next is 8 Jan and not due soon, and 8 Dec is not recorded yet', () => {
    expect(nextDue(steering, [], [heldNov], ON_DEC_9)).toEqual({ mode: 'fixed', band: 'ok', dueOn: '2027-01-08', occurrence: JAN_8, at: JAN_8 });
    expect(unrecordedOccurrences(steering, [], [heldNov], ON_DEC_9)).toEqual([{ occurrence: DEC_8, at: DEC_8, endsAt: '2026-12-08T16:00:00.000Z' }]);
    expect(occurrenceStatus(steering, [], [heldNov], '2026-12-01T00:00:00.000Z', '2027-01-01T00:00:00.000Z', ON_DEC_9)).toEqual([{ occurrence: DEC_8, at: DEC_8, status: 'not recorded' }]);
  });

  it('is never next or due soon once it has started, only before', () => {
    const due = (now: string) => nextDue(steering, [], [heldNov], now);
    expect(due('2026-12-07T15:00:00.000Z')).toMatchObject({ occurrence: DEC_8, band: 'due soon' });
    expect(due('2026-12-08T14:59:59.000Z')).toMatchObject({ occurrence: DEC_8, band: 'due soon' });
    expect(due(DEC_8)).toMatchObject({ occurrence: JAN_8, band: 'ok' });
    expect(unrecordedOccurrences(steering, [], [heldNov], '2026-12-08T14:59:59.000Z')).toEqual([]);
    expect(unrecordedOccurrences(steering, [], [heldNov], DEC_8).map((o) => o.occurrence)).toEqual([DEC_8]);
  });

  it('leaves the list once held, skipped or moved ahead, and returns if moved to a time that passed unheld', () => {
    const unrecorded = (records: OccurrenceRecord[], touchpoints: Touchpoint[], now = ON_DEC_9) => unrecordedOccurrences(steering, records, [heldNov, ...touchpoints], now);
    expect(unrecorded([], [touchpoint('2026-12-08', DEC_8)])).toEqual([]);
    expect(unrecorded([record(DEC_8, 'skipped')], [])).toEqual([]);
    const moved = record(DEC_8, 'moved', { movedTo: '2026-12-10T15:00:00.000Z' });
    expect(unrecorded([moved], [])).toEqual([]);
    expect(nextDue(steering, [moved], [heldNov], ON_DEC_9)).toMatchObject({ occurrence: DEC_8, at: '2026-12-10T15:00:00.000Z', band: 'ok' });
    expect(unrecorded([moved], [], '2026-12-11T10:00:00.000Z')).toEqual([{ occurrence: DEC_8, at: '2026-12-10T15:00:00.000Z', endsAt: '2026-12-10T16:00:00.000Z', recordId: moved.id }]);
    expect(unrecorded([moved], [touchpoint('2026-12-10', DEC_8)], '2026-12-11T10:00:00.000Z')).toEqual([]);
  });

  it('lists several, oldest first, since the last one recorded and at most a year back', () => {
    const weekly = cadence();
    expect(unrecordedOccurrences(weekly, [], [touchpoint('2027-03-01', MAR_1)], '2027-03-20T00:00:00.000Z').map((o) => o.occurrence)).toEqual([MAR_8, MAR_15]);
    expect(unrecordedOccurrences(weekly, [], [touchpoint('2027-03-15', MAR_15)], '2027-03-20T00:00:00.000Z')).toEqual([]);
    const yearOn = unrecordedOccurrences(weekly, [], [], '2029-01-10T00:00:00.000Z');
    expect(yearOn).toHaveLength(53);
    expect(yearOn[0]!.occurrence >= '2028-01-09').toBe(true);
    expect(unrecordedOccurrences(cadence({ status: 'paused' }), [], [], '2027-03-20T00:00:00.000Z')).toEqual([]);
    expect(unrecordedOccurrences(flexible(), [], [], '2027-03-20T00:00:00.000Z')).toEqual([]);
  });
});
