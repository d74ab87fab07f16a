import { describe, expect, it } from 'vitest';
import {
  cadenceInputSchema,
  commitmentInputSchema,
  healthCheckInputSchema,
  intentContentSchema,
  isDay,
  partnershipInputSchema,
  stakeholderInputSchema,
  touchpointInputSchema,
  validate,
} from '@shared/domain';

const errorsOf = (result: ReturnType<typeof validate>) => (result.ok ? {} : result.errors);

describe('day strings', () => {
  it('accepts real calendar days only', () => {
    expect(isDay('2028-02-29')).toBe(true);
    expect(isDay('2027-02-29')).toBe(false);
    expect(isDay('2027-13-01')).toBe(false);
    expect(isDay('2027-1-01')).toBe(false);
    expect(isDay('01/02/2027')).toBe(false);
  });
});

describe('partnership input', () => {
  const valid = { name: 'Acme', partnerOrg: 'Acme Corp', type: 'reseller', status: 'active' };

  it('fills defaults for optional fields', () => {
    const result = validate(partnershipInputSchema, valid);
    expect(result).toEqual({ ok: true, value: { ...valid, owner: '', tags: [], shareOpportunityAmounts: false } });
  });

  it('names each wrong field with a plain message', () => {
    const result = validate(partnershipInputSchema, { name: '', partnerOrg: 'x'.repeat(121), type: 'club', status: 'happy', signedOn: '2027-02-30' });
    expect(errorsOf(result)).toEqual({
      name: 'Name is required.',
      partnerOrg: 'Partner organisation must be at most 120 characters.',
      type: 'Choose a type from the list.',
      status: 'Choose a status from the list.',
      signedOn: 'Enter a date as YYYY-MM-DD.',
    });
  });
});

describe('stakeholder input', () => {
  it('requires a side, name, function and role', () => {
    const result = validate(stakeholderInputSchema, { partnershipId: 'p1', side: 'them', name: ' ', function: 'executive', roles: ['boss'] });
    expect(errorsOf(result)).toEqual({ side: 'Choose a side from the list.', name: 'Name is required.', 'roles.0': 'Choose an alliance role from the list.' });
  });
});

describe('commitment input', () => {
  it('defaults to an open, manual commitment', () => {
    const result = validate(commitmentInputSchema, { partnershipId: 'p1', title: 'Send the joint deck', owedBy: 'partner', dueOn: '2027-02-01' });
    expect(result.ok && result.value).toMatchObject({ status: 'open', source: 'manual', detail: '' });
  });

  it('asks when a done commitment was done', () => {
    const result = validate(commitmentInputSchema, { partnershipId: 'p1', title: 'x', owedBy: 'us', dueOn: '2027-02-01', status: 'done' });
    expect(errorsOf(result)).toEqual({ doneOn: 'Say when it was done.' });
  });
});

describe('cadence input', () => {
  const base = { partnershipId: 'p1', name: 'Monthly ops', kind: 'ops sync', start: '2027-01-14T09:00', zone: 'Europe/Berlin', durationMinutes: 45 };

  it('needs a recurrence in fixed mode', () => {
    expect(errorsOf(validate(cadenceInputSchema, base))).toEqual({ rrule: 'Choose how often it repeats.' });
  });

  it('needs ideal ≤ maximum intervals in flexible mode', () => {
    const result = validate(cadenceInputSchema, { ...base, mode: 'flexible', idealIntervalDays: 30, maxIntervalDays: 20 });
    expect(errorsOf(result)).toEqual({ maxIntervalDays: 'The maximum must be at least the ideal interval.' });
  });

  it('accepts a fixed monthly rule', () => {
    expect(validate(cadenceInputSchema, { ...base, rrule: 'FREQ=MONTHLY;BYDAY=2TH' }).ok).toBe(true);
  });

  it('refuses a rule, zone and start the app could not schedule, each on its field (the form, restore, CLI and IPC share this)', () => {
    const errors = errorsOf(validate(cadenceInputSchema, { ...base, rrule: 'FREQ=SOMETIMES;BYDAY=XX;;;INTERVAL=-3', zone: 'Mars/Olympus_Mons', start: '2026-13-45T25:61' }));
    expect(Object.keys(errors).sort()).toEqual(['rrule', 'start', 'zone']);
    expect(errors.rrule).toMatch(/FREQ must be one of .*BYDAY "XX" must be a weekday.*INTERVAL must be a positive integer/);
    expect(errors.zone).toBe('Unknown time zone "Mars/Olympus_Mons": choose an IANA zone such as America/New_York.');
    expect(errors.start).toBe('Enter a real date and time (yyyy-MM-ddTHH:mm), e.g. 2027-01-14T09:00; "2026-13-45T25:61" is not one.');
  });

  it('refuses unreal starts: Feb 30, 25:61', () => {
    expect(errorsOf(validate(cadenceInputSchema, { ...base, rrule: 'FREQ=WEEKLY', start: '2026-02-30T09:00' })).start).toMatch(/^Enter a real date and time/);
    expect(errorsOf(validate(cadenceInputSchema, { ...base, rrule: 'FREQ=WEEKLY', start: '2026-02-03T25:61' })).start).toMatch(/^Enter a real date and time/);
    expect(errorsOf(validate(cadenceInputSchema, { ...base, rrule: 'FREQ=WEEKLY', start: '' })).start).toBe('Enter a start date and time.');
  });

  it('refuses a rule that ends before its start, with the start and zone it is read in', () => {
    expect(errorsOf(validate(cadenceInputSchema, { ...base, rrule: 'FREQ=WEEKLY;UNTIL=20261231T000000Z' }))).toEqual({
      rrule: 'Invalid recurrence rule "FREQ=WEEKLY;UNTIL=20261231T000000Z": UNTIL is before the start, so it never happens',
    });
  });
});

describe('intent content', () => {
  it('scores tradeoff weights 1 to 5 and names the nested field', () => {
    const result = validate(intentContentSchema, { tradeoffs: [{ term: 'Exclusivity', weightUs: 6, weightThem: 2 }] });
    expect(errorsOf(result)).toEqual({ 'tradeoffs.0.weightUs': 'Use a number from 1 to 5.' });
  });

  it('starts every section empty', () => {
    const result = validate(intentContentSchema, {});
    expect(result.ok && result.value).toMatchObject({ purpose: '', goals: [], tradeoffs: [], scope: { inScope: '', outOfScope: '' } });
  });
});

describe('health check input', () => {
  it('scores each dimension once, from 1 to 5', () => {
    const result = validate(healthCheckInputSchema, {
      partnershipId: 'p1',
      assessedOn: '2027-01-10',
      perspective: 'ours',
      scores: [
        { dimension: 'Trust', score: 4 },
        { dimension: 'trust', score: 0 },
      ],
    });
    expect(errorsOf(result)).toEqual({ 'scores.1.score': 'Score from 1 to 5.', scores: 'Each dimension can be scored once.' });
  });
});

describe('touchpoint input', () => {
  it('requires a kind, a day and a title', () => {
    const result = validate(touchpointInputSchema, { partnershipId: 'p1', kind: 'fax', occurredOn: '', title: '' });
    expect(Object.keys(errorsOf(result)).sort()).toEqual(['kind', 'occurredOn', 'title']);
  });
});
