import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AttentionSnapshot } from '@shared/attention';
import type { Cadence, CadenceId, Commitment, HealthCheck, IntentVersion, OccurrenceRecord, Partnership, PartnershipId, ReminderState, Touchpoint, TouchpointId } from '@shared/domain';
import { EMPTY_INTENT_CONTENT, defaultSettings } from '@shared/domain';
import type { ReminderInput, ReminderSettings } from '@shared/reminders';
import { CATCH_UP_DAYS, isQuietTime, planReminders, snoozeUntil } from '@shared/reminders';
import { utcToLocal } from '@shared/recurrence';

const AT = '2026-06-01T00:00:00.000Z';
const base = { createdAt: AT, updatedAt: AT };
const NY = 'America/New_York';
const BERLIN = 'Europe/Berlin';
const LA = 'America/Los_Angeles';

const iso = (ms: number) => new Date(ms).toISOString();
const shift = (at: string, ms: number) => iso(Date.parse(at) + ms);

/** Every day a working day: these tests are about each source; working days are remindersTruth.test.ts's. */
const EVERY_DAY = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
function settings(overrides: Partial<ReminderSettings> = {}): ReminderSettings {
  return { ...defaultSettings(NY), quietHoursEnabled: false, workingDays: EVERY_DAY, ...overrides };
}

function partnership(id: string, overrides: Partial<Partnership> = {}): Partnership {
  return { ...base, id: id as PartnershipId, name: `Alliance ${id}`, partnerOrg: 'Org', type: 'technology', status: 'active', owner: '', tags: [], signedOn: '2026-06-01', ...overrides };
}

function cadence(id: string, overrides: Partial<Cadence> = {}): Cadence {
  return {
    ...base,
    id: id as CadenceId,
    partnershipId: 'p1',
    name: 'Weekly ops sync',
    kind: 'ops sync',
    mode: 'fixed',
    rrule: 'FREQ=WEEKLY;BYDAY=MO',
    start: '2027-01-04T09:00',
    zone: NY,
    durationMinutes: 60,
    channel: '',
    participantIds: [],
    agendaTemplate: '',
    leadMinutes: 60,
    status: 'active',
    ...overrides,
  };
}

function commitment(id: string, dueOn: string, overrides: Partial<Commitment> = {}): Commitment {
  return { ...base, id: id as Commitment['id'], partnershipId: 'p1', title: `Send ${id}`, detail: '', owedBy: 'us', ownerId: '', dueOn, status: 'open', source: 'manual', sourceId: '', ...overrides };
}

function check(partnershipId: string, assessedOn: string): HealthCheck {
  return { ...base, id: `h-${assessedOn}` as HealthCheck['id'], partnershipId, assessedOn, perspective: 'ours', respondent: '', internalNotes: '', scores: [{ dimension: 'trust', score: 4, comment: '' }] };
}

function intent(partnershipId: string, version: number, agreedOn: string): IntentVersion {
  return {
    ...base,
    id: `i-${version}` as IntentVersion['id'],
    partnershipId,
    version,
    status: 'agreed',
    agreement: { agreedOn, agreedByUs: 'Dana', agreedByPartner: 'Raj' },
    ...EMPTY_INTENT_CONTENT,
    purpose: 'Grow together',
  };
}

function record(occurrence: string, outcome: OccurrenceRecord['outcome'], overrides: Partial<OccurrenceRecord> = {}): OccurrenceRecord {
  return { ...base, id: `r-${occurrence}`, partnershipId: 'p1', cadenceId: 'c1', occurrence, outcome, note: '', ...overrides };
}

function touchpoint(occurredOn: string, occurrence: string): Touchpoint {
  return { ...base, id: `t-${occurrence}` as TouchpointId, partnershipId: 'p1', kind: 'meeting', occurredOn, title: 'Sync', attendeeIds: [], summary: '', internalNotes: '', cadenceId: 'c1', occurrence };
}

function row(key: string, fields: Partial<ReminderState>): ReminderState {
  return { key, partnershipId: 'p1', updatedAt: AT, ...fields };
}

/** Partnership p1 with no term end and its next health check (due 30 Aug 2027) dismissed, so only what a test adds reminds. */
function snapshot(extra: Partial<AttentionSnapshot> = {}): AttentionSnapshot {
  return { partnerships: [partnership('p1')], healthChecks: [check('p1', '2027-06-01')], ...extra };
}
const HEALTH_DISMISSED = row('health:p1:due-2027-08-30', { dismissedAt: AT });

function plan(input: Partial<ReminderInput> & { now: string }) {
  return planReminders({ snapshot: snapshot(), settings: settings(), ...input, ledger: [HEALTH_DISMISSED, ...(input.ledger ?? [])] });
}

const keys = (p: { due: readonly { key: string }[] }) => p.due.map((r) => r.key);

describe('fixed cadence reminders', () => {
  // Mondays 09:00 New York, lead 60 minutes: 11 Jan 2027 is 14:00Z, so it reminds at 13:00Z.
  const snap = snapshot({ cadences: [cadence('c1')] });
  const key = 'cadence:c1:2027-01-11T14:00:00.000Z';

  it('reminds the lead time before the start, not a millisecond sooner', () => {
    const before = plan({ snapshot: snap, now: '2027-01-11T12:59:59.999Z', lastTickAt: '2027-01-11T12:59:00.000Z' });
    expect(before.due).toEqual([]);
    expect(before.nextAt).toBe('2027-01-11T13:00:00.000Z');
    const at = plan({ snapshot: snap, now: '2027-01-11T13:00:00.000Z', lastTickAt: '2027-01-11T12:59:59.999Z' });
    expect(at.due).toEqual([
      {
        key,
        partnershipId: 'p1',
        partnershipName: 'Alliance p1',
        source: 'cadence',
        sourceId: 'c1',
        fireAt: '2027-01-11T13:00:00.000Z',
        title: 'Weekly ops sync at 09:00',
        body: 'Alliance p1: Weekly ops sync starts on 11 Jan 2027 at 09:00. Send the agenda and confirm who attends.',
        target: { partnershipId: 'p1', tab: 'cadences', itemId: 'c1' },
        facts: { kind: 'meeting', cadenceName: 'Weekly ops sync', startsAt: '2027-01-11T14:00:00.000Z', isMoved: false },
      },
    ]);
    expect(at.nextAt).toBe('2027-01-18T13:00:00.000Z');
  });

  it('uses the cadence’s own lead time', () => {
    const p = plan({ snapshot: snapshot({ cadences: [cadence('c1', { leadMinutes: 15 })] }), now: '2027-01-11T13:50:00.000Z' });
    expect(p.due.map((r) => [r.key, r.fireAt])).toContainEqual([key, '2027-01-11T13:45:00.000Z']);
  });

  it('never reminds a paused or deleted cadence', () => {
    for (const c of [cadence('c1', { status: 'paused' }), cadence('c1', { deletedAt: AT })]) {
      const p = plan({ snapshot: snapshot({ cadences: [c] }), now: '2027-01-11T13:30:00.000Z' });
      expect(p.due).toEqual([]);
      expect(p.nextAt).toBeUndefined();
    }
  });

  it('does not remind an occurrence already held, skipped or moved, but reminds a moved one at its new time', () => {
    const now = '2027-01-11T13:30:00.000Z';
    const occurrence = '2027-01-11T14:00:00.000Z';
    const held = snapshot({ cadences: [cadence('c1')], touchpoints: [touchpoint('2027-01-11', occurrence)] });
    const skipped = snapshot({ cadences: [cadence('c1')], occurrences: [record(occurrence, 'skipped')] });
    expect(plan({ snapshot: held, now }).due).toEqual([]);
    expect(plan({ snapshot: skipped, now }).due).toEqual([]);
    const moved = snapshot({ cadences: [cadence('c1')], occurrences: [record(occurrence, 'moved', { movedTo: '2027-01-12T15:00:00.000Z' })] });
    expect(plan({ snapshot: moved, now }).due).toEqual([]);
    expect(plan({ snapshot: moved, now }).nextAt).toBe('2027-01-12T14:00:00.000Z');
    const atNewTime = plan({ snapshot: moved, now: '2027-01-12T14:00:00.000Z' });
    expect(keys(atNewTime)).toEqual(['cadence:c1:moved-2027-01-12T15:00:00.000Z']);
    expect(atNewTime.due[0]?.title).toBe('Weekly ops sync at 10:00 (moved)');
  });

  it('does not remind a moved occurrence whose latest record or a linked touchpoint says it was held', () => {
    const occurrence = '2027-01-11T14:00:00.000Z';
    const moved = record(occurrence, 'moved', { movedTo: '2027-01-12T15:00:00.000Z', updatedAt: '2027-01-05T00:00:00.000Z' });
    const heldLater = record(occurrence, 'held', { id: 'r-later', updatedAt: '2027-01-06T00:00:00.000Z' });
    const now = '2027-01-12T14:00:00.000Z';
    expect(plan({ snapshot: snapshot({ cadences: [cadence('c1')], occurrences: [moved, heldLater] }), now }).due).toEqual([]);
    expect(plan({ snapshot: snapshot({ cadences: [cadence('c1')], occurrences: [moved], touchpoints: [touchpoint('2027-01-12', occurrence)] }), now }).due).toEqual([]);
  });

  it('brings back a snoozed reminder for a moved meeting however long the snooze', () => {
    const key = 'cadence:c1:moved-2027-01-12T15:00:00.000Z';
    const snap = snapshot({ cadences: [cadence('c1')], occurrences: [record('2027-01-11T14:00:00.000Z', 'moved', { movedTo: '2027-01-12T15:00:00.000Z' })] });
    const ledger = [row(key, { deliveredAt: '2027-01-12T14:00:00.000Z', snoozedUntil: '2027-02-01T14:00:00.000Z' })];
    expect(keys(plan({ snapshot: snap, ledger, now: '2027-01-31T14:00:00.000Z' }))).not.toContain(key);
    expect(keys(plan({ snapshot: snap, ledger, now: '2027-02-01T14:00:00.000Z', lastTickAt: '2027-02-01T13:59:00.000Z' }))).toEqual([key]);
  });

  it('catches up meetings missed while the app was closed, once, and not beyond the catch-up window', () => {
    const daily = snapshot({ cadences: [cadence('c1', { rrule: 'FREQ=DAILY', start: '2027-01-04T09:00' })] });
    // Closed from Friday evening 15 Jan to Monday 18 Jan 10:00 New York: Sat, Sun and Mon meetings were missed.
    const p = plan({ snapshot: daily, now: '2027-01-18T15:00:00.000Z', lastTickAt: '2027-01-15T23:00:00.000Z' });
    expect(keys(p)).toEqual(['cadence:c1:2027-01-16T14:00:00.000Z', 'cadence:c1:2027-01-17T14:00:00.000Z', 'cadence:c1:2027-01-18T14:00:00.000Z']);
    const ledger = p.due.map((r) => row(r.key, { deliveredAt: '2027-01-18T15:00:00.000Z' }));
    expect(plan({ snapshot: daily, ledger, now: '2027-01-18T15:01:00.000Z', lastTickAt: '2027-01-18T15:00:00.000Z' }).due).toEqual([]);
    // A fresh install (no lastTickAt) catches up a week, not the history before it.
    const fresh = plan({ snapshot: daily, now: '2027-01-30T15:00:00.000Z' });
    expect(fresh.due).toHaveLength(CATCH_UP_DAYS);
    expect(fresh.due[0]?.key).toBe('cadence:c1:2027-01-24T14:00:00.000Z');
  });

  it('does not replay meetings that fired before the previous heartbeat (a cadence resumed after a pause)', () => {
    const p = plan({ snapshot: snap, now: '2027-01-11T18:00:00.000Z', lastTickAt: '2027-01-11T17:59:00.000Z' });
    expect(p.due).toEqual([]);
  });

  it('skips a cadence whose rule no longer expands without silencing the others', () => {
    const broken = cadence('c2', { rrule: 'FREQ=NEVER' });
    const p = plan({ snapshot: snapshot({ cadences: [broken, cadence('c1')] }), now: '2027-01-11T13:00:00.000Z' });
    expect(keys(p)).toEqual([key]);
  });
});

describe('flexible cadence reminders', () => {
  // Every 14 days, at the latest 21; never held, so measured from the start day, 4 Jan.
  const flex = cadence('c1', { mode: 'flexible', rrule: '', idealIntervalDays: 14, maxIntervalDays: 21 });

  it('reminds when it enters due soon and again when it becomes overdue, at the start of the working day', () => {
    const soon = plan({ snapshot: snapshot({ cadences: [flex] }), now: '2027-01-18T14:00:00.000Z' });
    expect(soon.due.map((r) => [r.key, r.fireAt, r.title])).toEqual([['cadence:c1:due-soon-2027-01-18', '2027-01-18T14:00:00.000Z', 'Weekly ops sync is due soon']]);
    expect(soon.nextAt).toBe('2027-01-26T14:00:00.000Z');
    const overdue = plan({ snapshot: snapshot({ cadences: [flex] }), now: '2027-01-26T14:00:00.000Z' });
    expect(keys(overdue)).toEqual(['cadence:c1:overdue-2027-01-26']);
  });

  it('starts a new cycle, with new keys, once it is held', () => {
    const heldOn = snapshot({ cadences: [flex], touchpoints: [touchpoint('2027-01-20', '')] });
    expect(plan({ snapshot: heldOn, now: '2027-01-26T14:00:00.000Z' }).due).toEqual([]);
    expect(keys(plan({ snapshot: heldOn, now: '2027-02-03T14:00:00.000Z' }))).toEqual(['cadence:c1:due-soon-2027-02-03']);
  });
});

describe('commitment reminders', () => {
  // In Los Angeles, 09:00 on 18 Jan 2027 is 17:00Z.
  const la = settings({ timeZone: LA, commitmentLeadDays: 2 });
  const snap = snapshot({ commitments: [commitment('k1', '2027-01-20', { owedBy: 'partner' })] });
  const at = (now: string) => planReminders({ snapshot: snap, ledger: [HEALTH_DISMISSED], settings: la, now });

  it('reminds lead days before, on the due day and once overdue, each at the start of the working day in the user’s zone', () => {
    expect(at('2027-01-18T16:59:59.999Z').nextAt).toBe('2027-01-18T17:00:00.000Z');
    expect(at('2027-01-18T17:00:00.000Z').due.map((r) => [r.key, r.fireAt, r.title])).toEqual([['commitment:k1:lead-2027-01-18', '2027-01-18T17:00:00.000Z', 'Due in 2 days: Send k1']]);
    expect(at('2027-01-20T17:00:00.000Z').due.map((r) => [r.key, r.title])).toEqual([['commitment:k1:due-2027-01-20', 'Due today: Send k1']]);
    const overdue = at('2027-01-21T17:00:00.000Z').due;
    expect(overdue.map((r) => r.key)).toEqual(['commitment:k1:overdue']);
    expect(overdue[0]?.body).toBe('Alliance p1: the partner owes this; it was due on 20 Jan 2027 (1 day ago). Check in with the partner.');
    expect(overdue[0]?.target).toEqual({ partnershipId: 'p1', tab: 'commitments', itemId: 'k1' });
  });

  it('says how many days are really left when the lead stage arrives late', () => {
    // Entered on the 19th, due the 20th: the two-day lead stage is already due, and says so truthfully.
    const late = at('2027-01-19T17:00:00.000Z').due;
    expect(late.map((r) => [r.key, r.title])).toEqual([['commitment:k1:lead-2027-01-18', 'Due tomorrow: Send k1']]);
    const threeDays = planReminders({ snapshot: snap, ledger: [HEALTH_DISMISSED], settings: { ...la, commitmentLeadDays: 5 }, now: '2027-01-17T17:00:00.000Z' });
    expect(threeDays.due.map((r) => r.title)).toEqual(['Due in 3 days: Send k1']);
  });

  it('after a week away delivers only the current stage, and the overdue one only once', () => {
    const back = at('2027-01-28T18:00:00.000Z');
    expect(keys(back)).toEqual(['commitment:k1:overdue']);
    const ledger = [HEALTH_DISMISSED, row('commitment:k1:overdue', { deliveredAt: '2027-01-28T18:00:00.000Z' })];
    const later = planReminders({ snapshot: snap, ledger, settings: la, now: '2027-03-01T18:00:00.000Z' });
    expect(later.due).toEqual([]);
    expect(later.nextAt).toBeUndefined();
  });

  it('has no lead reminder with zero lead days', () => {
    const none = planReminders({ snapshot: snap, ledger: [], settings: { ...la, commitmentLeadDays: 0 }, now: '2027-01-19T12:00:00.000Z' });
    expect(none.nextAt).toBe('2027-01-20T17:00:00.000Z');
  });

  it('never reminds a done, dropped or deleted commitment', () => {
    const closed = [
      commitment('k1', '2027-01-20', { status: 'done', doneOn: '2027-01-19' }),
      commitment('k2', '2027-01-20', { status: 'dropped' }),
      commitment('k3', '2027-01-20', { deletedAt: AT }),
    ];
    const p = planReminders({ snapshot: snapshot({ commitments: closed }), ledger: [HEALTH_DISMISSED], settings: la, now: '2027-01-22T18:00:00.000Z' });
    expect(p.due).toEqual([]);
    expect(p.nextAt).toBeUndefined();
  });
});

describe('health, renewal and intent reminders', () => {
  it('reminds a health check the interval after the last one, and a first one a month after signing', () => {
    const p = partnership('p1', { signedOn: '2027-01-01' });
    const s = settings({ healthCheckIntervalDays: 90 });
    const first = planReminders({ snapshot: { partnerships: [p] }, ledger: [], settings: s, now: '2027-01-31T14:00:00.000Z' });
    expect(first.due.map((r) => [r.key, r.fireAt, r.target.tab])).toEqual([['health:p1:due-2027-01-31', '2027-01-31T14:00:00.000Z', 'health']]);
    const next = planReminders({ snapshot: { partnerships: [p], healthChecks: [check('p1', '2027-02-01')] }, ledger: [], settings: s, now: '2027-02-02T14:00:00.000Z' });
    expect(next.due).toEqual([]);
    expect(next.nextAt).toBe('2027-05-02T13:00:00.000Z');
  });

  it('reminds a renewal 90 and then 30 days before the term ends; the 30-day one replaces the 90-day one', () => {
    const snap = snapshot({ partnerships: [partnership('p1', { termEndsOn: '2027-06-30' })] });
    const ninety = plan({ snapshot: snap, now: '2027-04-01T13:00:00.000Z' });
    expect(ninety.due.map((r) => [r.key, r.title])).toEqual([['renewal:p1:90d-2027-04-01', 'Renewal in 90 days — 30 Jun 2027']]);
    expect(ninety.nextAt).toBe('2027-05-31T13:00:00.000Z');
    expect(keys(plan({ snapshot: snap, now: '2027-06-10T13:00:00.000Z' }))).toEqual(['renewal:p1:30d-2027-05-31']);
    expect(plan({ snapshot: snap, now: '2027-07-01T13:00:00.000Z' }).due).toEqual([]);
  });

  it('reminds to review an agreed intent a quarter after it was agreed; agreeing it again restarts the clock', () => {
    const agreed = snapshot({ intentVersions: [intent('p1', 1, '2027-01-04')] });
    const p = plan({ snapshot: agreed, now: '2027-04-05T13:00:00.000Z' });
    expect(p.due.map((r) => [r.key, r.target.tab])).toEqual([['intent:p1:review-2027-04-05', 'intent']]);
    const reviewed = snapshot({ intentVersions: [{ ...intent('p1', 1, '2027-01-04'), status: 'superseded' }, intent('p1', 2, '2027-04-05')] });
    expect(plan({ snapshot: reviewed, now: '2027-04-06T13:00:00.000Z' }).nextAt).toBe('2027-07-05T13:00:00.000Z');
  });

  it('never reminds for an ended or deleted partnership', () => {
    for (const p of [partnership('p1', { status: 'ended', termEndsOn: '2027-06-30' }), partnership('p1', { deletedAt: AT, termEndsOn: '2027-06-30' })]) {
      const result = plan({ snapshot: { partnerships: [p], commitments: [commitment('k1', '2027-04-01')] }, now: '2027-04-10T13:00:00.000Z' });
      expect(result.due).toEqual([]);
      expect(result.nextAt).toBeUndefined();
    }
  });
});

describe('the delivery ledger', () => {
  const snap = snapshot({ commitments: [commitment('k1', '2027-01-20')] });
  const key = 'commitment:k1:due-2027-01-20';
  const now = '2027-01-20T15:00:00.000Z';
  const withRow = (fields: Partial<ReminderState>, at = now) => plan({ snapshot: snap, ledger: [row(key, fields)], now: at });

  it('never delivers a key again once delivered, dismissed or done', () => {
    expect(keys(withRow({}))).toEqual([key]);
    expect(withRow({ deliveredAt: '2027-01-20T14:00:00.000Z' }).due).toEqual([]);
    expect(withRow({ dismissedAt: '2027-01-20T14:00:00.000Z' }).due).toEqual([]);
    expect(withRow({ doneAt: '2027-01-20T14:00:00.000Z' }).due).toEqual([]);
  });

  it('brings a snoozed reminder back exactly once, at the end of the snooze', () => {
    const snoozed = { deliveredAt: '2027-01-20T14:00:00.000Z', snoozedUntil: '2027-01-20T16:00:00.000Z' };
    const waiting = withRow(snoozed);
    expect(waiting.due).toEqual([]);
    expect(waiting.nextAt).toBe('2027-01-20T16:00:00.000Z');
    expect(withRow(snoozed, '2027-01-20T15:59:59.999Z').due).toEqual([]);
    const back = withRow(snoozed, '2027-01-20T16:00:00.000Z');
    expect(back.due.map((r) => [r.key, r.fireAt])).toEqual([[key, '2027-01-20T16:00:00.000Z']]);
    expect(withRow({ ...snoozed, deliveredAt: '2027-01-20T16:00:30.000Z' }, '2027-01-20T16:01:00.000Z').due).toEqual([]);
    expect(withRow({ ...snoozed, dismissedAt: '2027-01-20T15:00:00.000Z' }, '2027-01-20T17:00:00.000Z').due).toEqual([]);
  });

  it('brings back a snoozed meeting reminder however long ago it first fired', () => {
    const meeting = 'cadence:c1:2027-01-11T14:00:00.000Z';
    const ledger = [row(meeting, { deliveredAt: '2027-01-11T13:00:00.000Z', snoozedUntil: '2027-01-25T14:00:00.000Z' })];
    const p = plan({ snapshot: snapshot({ cadences: [cadence('c1')] }), ledger, now: '2027-01-25T14:00:30.000Z', lastTickAt: '2027-01-25T14:00:00.000Z' });
    expect(keys(p)).toContain(meeting);
  });

  it('does not bring back a snoozed stage that has been superseded; the next stage reminds instead', () => {
    const ledger = [row(key, { deliveredAt: '2027-01-20T14:00:00.000Z', snoozedUntil: '2027-01-22T14:00:00.000Z' })];
    expect(keys(plan({ snapshot: snap, ledger, now: '2027-01-22T14:00:00.000Z' }))).toEqual(['commitment:k1:overdue']);
  });
});

describe('quiet hours', () => {
  const quiet = settings({ quietHoursEnabled: true, quietStart: '20:00', quietEnd: '08:00' });

  it('spans midnight in the settings’ zone', () => {
    // 20 Jan 2027 in New York is EST (UTC−5).
    expect(isQuietTime('2027-01-21T00:59:00.000Z', quiet)).toBe(false); // 19:59
    expect(isQuietTime('2027-01-21T01:00:00.000Z', quiet)).toBe(true); // 20:00
    expect(isQuietTime('2027-01-21T06:00:00.000Z', quiet)).toBe(true); // 01:00
    expect(isQuietTime('2027-01-21T12:59:00.000Z', quiet)).toBe(true); // 07:59
    expect(isQuietTime('2027-01-21T13:00:00.000Z', quiet)).toBe(false); // 08:00
    expect(isQuietTime('2027-01-21T06:00:00.000Z', { ...quiet, quietHoursEnabled: false })).toBe(false);
    expect(isQuietTime('2027-01-21T06:00:00.000Z', { ...quiet, quietStart: '08:00' })).toBe(false);
    expect(isQuietTime('2027-01-21T17:30:00.000Z', { ...quiet, quietStart: '12:00', quietEnd: '13:00' })).toBe(true);
  });

  it('holds reminders until quiet hours end, then delivers them, even to a caller that ticked all night', () => {
    // A daily 23:30 meeting with a 30-minute lead reminds at 23:00, inside quiet hours.
    const late = snapshot({ cadences: [cadence('c1', { rrule: 'FREQ=DAILY', start: '2027-01-04T23:30', leadMinutes: 30 })] });
    const fire = '2027-01-21T04:00:00.000Z';
    const night = planReminders({ snapshot: late, ledger: [], settings: quiet, now: shift(fire, 60_000), lastTickAt: fire });
    expect(night).toMatchObject({ due: [], isQuiet: true, nextAt: '2027-01-21T13:00:00.000Z' });
    const morning = planReminders({ snapshot: late, ledger: [], settings: quiet, now: '2027-01-21T13:00:00.000Z', lastTickAt: '2027-01-21T12:59:30.000Z' });
    expect(morning.isQuiet).toBe(false);
    expect(morning.due.map((r) => [r.key, r.fireAt])).toEqual([['cadence:c1:2027-01-21T04:30:00.000Z', fire]]);
  });

  it('moves nextAt past quiet hours when the next reminder falls inside them', () => {
    const early = settings({ quietHoursEnabled: true, quietStart: '20:00', quietEnd: '08:00', workdayStart: '07:00' });
    const p = planReminders({ snapshot: snapshot({ commitments: [commitment('k1', '2027-01-20')] }), ledger: [], settings: { ...early, commitmentLeadDays: 0 }, now: '2027-01-19T15:00:00.000Z' });
    expect(p.nextAt).toBe('2027-01-20T13:00:00.000Z');
  });
});

describe('muting and coalescing', () => {
  const four = ['k1', 'k2', 'k3', 'k4'].map((id) => commitment(id, '2027-01-20'));

  it('never delivers for a muted partnership, nor counts it for nextAt', () => {
    const snap = snapshot({
      partnerships: [partnership('p1'), partnership('p2')],
      healthChecks: [check('p2', '2027-01-19')],
      commitments: [...four, commitment('k9', '2027-01-25', { partnershipId: 'p2' })] });
    const p = planReminders({ snapshot: snap, ledger: [], settings: settings({ mutedPartnershipIds: ['p1'] }), now: '2027-01-20T15:00:00.000Z' });
    expect(p.due).toEqual([]);
    expect(p.nextAt).toBe('2027-01-23T14:00:00.000Z');
  });

  it('coalesces reminders released together into one notification per partnership, still listing each', () => {
    const p = plan({ snapshot: snapshot({ commitments: four }), now: '2027-01-20T15:00:00.000Z' });
    expect(p.due).toHaveLength(4);
    expect(p.notifications).toEqual([
      {
        key: 'digest:commitment:k1:due-2027-01-20',
        title: 'Alliance p1: 4 reminders',
        body: ['k1', 'k2', 'k3', 'k4'].map((id) => `Due today: Send ${id}`).join('\n'),
        keys: ['k1', 'k2', 'k3', 'k4'].map((id) => `commitment:${id}:due-2027-01-20`),
      },
    ]);
    expect(p.digest).toBeUndefined();
  });

  it('summarises more than three partnerships in one digest of a few lines', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    const snap = snapshot({ partnerships: ids.map((id) => partnership(id)), healthChecks: ids.map((id) => check(id, '2027-01-01')), commitments: ids.map((id) => commitment(id, '2027-01-20', { partnershipId: id })) });
    const p = plan({ snapshot: snap, now: '2027-01-20T15:00:00.000Z' });
    expect(p.digest?.title).toBe('7 reminders from 7 partnerships');
    expect(p.digest?.body.split('\n')).toHaveLength(6);
    expect(p.digest?.body.startsWith('Alliance a: Due today: Send a\n')).toBe(true);
    expect(p.digest?.body.endsWith('…and 2 more')).toBe(true);
    expect(p.notifications).toEqual([{ key: 'digest:commitment:a:due-2027-01-20', ...p.digest }]);
    expect(plan({ snapshot: { ...snap, commitments: snap.commitments?.slice(0, 3) }, now: '2027-01-20T15:00:00.000Z' }).notifications).toHaveLength(3);
  });

  it('sorts by fire time, then key', () => {
    const snap = snapshot({ commitments: [commitment('b', '2027-01-20'), commitment('a', '2027-01-20'), commitment('c', '2027-01-19')] });
    expect(keys(plan({ snapshot: snap, now: '2027-01-20T15:00:00.000Z' }))).toEqual(['commitment:a:due-2027-01-20', 'commitment:b:due-2027-01-20', 'commitment:c:overdue']);
  });
});

describe('a reminder 60 days out', () => {
  it('becomes due exactly at its time, and nextAt finds it from two months before', () => {
    // Quarterly business review on 15 Mar 2027 10:00 New York (14:00Z), a day's lead.
    const qbr = cadence('c1', { rrule: 'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15', start: '2026-12-15T10:00', leadMinutes: 24 * 60 });
    const snap = snapshot({ cadences: [qbr], healthChecks: [check('p1', '2027-01-13')] });
    const fireAt = '2027-03-14T14:00:00.000Z';
    expect(plan({ snapshot: snap, now: '2027-01-13T14:00:00.000Z', lastTickAt: '2027-01-13T13:59:00.000Z' }).nextAt).toBe(fireAt);
    const before = plan({ snapshot: snap, now: shift(fireAt, -1), lastTickAt: shift(fireAt, -60_000) });
    expect(before.due).toEqual([]);
    expect(before.nextAt).toBe(fireAt);
    const at = plan({ snapshot: snap, now: fireAt, lastTickAt: shift(fireAt, -1) });
    expect(at.due.map((r) => [r.key, r.fireAt])).toEqual([['cadence:c1:2027-03-15T14:00:00.000Z', fireAt]]);
  });
});

describe('daylight saving', () => {
  // 09:00 every Monday with a 60-minute lead reminds at 08:00 local on both sides of each 2027 transition.
  const cases: readonly (readonly [string, string, readonly string[]])[] = [
    [NY, '2027-01-04T09:00', ['2027-03-08T13:00:00.000Z', '2027-03-15T12:00:00.000Z', '2027-11-01T12:00:00.000Z', '2027-11-08T13:00:00.000Z']],
    [BERLIN, '2027-01-04T09:00', ['2027-03-22T07:00:00.000Z', '2027-03-29T06:00:00.000Z', '2027-10-25T06:00:00.000Z', '2027-11-01T07:00:00.000Z']],
  ];

  for (const [zone, start, fires] of cases) {
    it(`reminds at 08:00 in ${zone} before and after each transition`, () => {
      const snap = snapshot({ cadences: [cadence('c1', { zone, start })] });
      for (const fireAt of fires) {
        const before = plan({ snapshot: snap, now: shift(fireAt, -1), lastTickAt: shift(fireAt, -30_000) });
        expect(before.due).toEqual([]);
        expect(before.nextAt).toBe(fireAt);
        const at = plan({ snapshot: snap, now: fireAt, lastTickAt: shift(fireAt, -1) });
        expect(at.due.map((r) => r.fireAt)).toEqual([fireAt]);
        expect(utcToLocal(fireAt, zone)).toMatch(/T08:00$/);
        const occurrence = at.due[0]?.key.slice('cadence:c1:'.length) ?? '';
        expect(utcToLocal(occurrence, zone)).toMatch(/T09:00$/);
      }
    });
  }
});

describe('snooze options', () => {
  const ny = settings();

  it('snoozes an hour as an hour of real time, across a DST change', () => {
    expect(snoozeUntil('1h', '2027-03-14T06:30:00.000Z', ny)).toBe('2027-03-14T07:30:00.000Z');
  });

  it('snoozes until tomorrow morning: the next working day at the start of the working day, across a weekend and DST', () => {
    // Friday 12 Mar 2027, 15:00 EST -> Monday 15 Mar 09:00 EDT.
    expect(snoozeUntil('tomorrow', '2027-03-12T20:00:00.000Z', { ...ny, workingDays: ['mon', 'tue', 'wed', 'thu', 'fri'] })).toBe('2027-03-15T13:00:00.000Z');
    expect(snoozeUntil('tomorrow', '2027-03-10T20:00:00.000Z', ny)).toBe('2027-03-11T14:00:00.000Z');
    // Berlin: Friday 26 Mar, 10:00 CET -> Monday 29 Mar 09:00 CEST.
    expect(snoozeUntil('tomorrow', '2027-03-26T09:00:00.000Z', settings({ timeZone: BERLIN, workingDays: ['mon', 'tue', 'wed', 'thu', 'fri'] }))).toBe('2027-03-29T07:00:00.000Z');
  });

  it('reads tomorrow in the user’s zone, not UTC', () => {
    // 21:00 Thursday in Los Angeles is already Friday in UTC: tomorrow is Friday, not Monday.
    expect(snoozeUntil('tomorrow', '2027-01-15T05:00:00.000Z', settings({ timeZone: LA }))).toBe('2027-01-15T17:00:00.000Z');
  });

  it('snoozes until next week: the first working day of next week at the start of the working day', () => {
    expect(snoozeUntil('next week', '2027-03-10T20:00:00.000Z', ny)).toBe('2027-03-15T13:00:00.000Z');
    expect(snoozeUntil('next week', '2027-03-08T20:00:00.000Z', ny)).toBe('2027-03-15T13:00:00.000Z');
    expect(snoozeUntil('next week', '2027-03-14T20:00:00.000Z', ny)).toBe('2027-03-15T13:00:00.000Z');
    expect(snoozeUntil('next week', '2027-03-10T20:00:00.000Z', settings({ workingDays: ['tue', 'wed', 'thu', 'fri', 'sat'] }))).toBe('2027-03-16T13:00:00.000Z');
  });

  it('snoozes until a custom local time in the user’s zone or an instant, and refuses the past', () => {
    expect(snoozeUntil({ custom: '2027-03-15T14:30' }, '2027-03-12T20:00:00.000Z', ny)).toBe('2027-03-15T18:30:00.000Z');
    expect(snoozeUntil({ custom: '2027-03-15T18:30:00Z' }, '2027-03-12T20:00:00.000Z', ny)).toBe('2027-03-15T18:30:00.000Z');
    expect(() => snoozeUntil({ custom: '2027-03-12T14:00' }, '2027-03-12T20:00:00.000Z', ny)).toThrow(/future/);
    expect(() => snoozeUntil({ custom: 'soon' }, '2027-03-12T20:00:00.000Z', ny)).toThrow(/Invalid snooze time/);
  });
});

describe('machine time zone', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('gives the same plan and snoozes whatever the machine’s TZ', () => {
    const snap = snapshot({
      partnerships: [partnership('p1', { termEndsOn: '2027-06-30' })],
      cadences: [cadence('c1', { zone: BERLIN }), cadence('c2', { rrule: 'FREQ=DAILY', start: '2027-03-01T23:30' })],
      commitments: [commitment('k1', '2027-03-29'), commitment('k2', '2027-03-30')],
      intentVersions: [intent('p1', 1, '2026-12-01')],
    });
    const s = settings({ quietHoursEnabled: true, timeZone: BERLIN });
    const run = () =>
      ['2027-03-28T23:30:00.000Z', '2027-03-29T07:00:00.000Z', '2027-03-31T12:00:00.000Z'].map((now) => ({
        plan: planReminders({ snapshot: snap, ledger: [], settings: s, now }),
        tomorrow: snoozeUntil('tomorrow', now, s),
        nextWeek: snoozeUntil('next week', now, s),
      }));
    const offsets: number[] = [];
    const results = ['UTC', 'America/Los_Angeles', 'Asia/Kolkata', 'Pacific/Kiritimati'].map((tz) => {
      vi.stubEnv('TZ', tz);
      offsets.push(new Date(Date.UTC(2027, 0, 1)).getTimezoneOffset());
      return JSON.stringify(run());
    });
    expect(new Set(offsets).size).toBe(4); // the machine's zone really changed
    expect(new Set(results).size).toBe(1);
  });
});
