// Issue 12, items 2 and 3, with the issue's own dates: a reminder's words are true when it
// is shown (no preparation for a meeting that has started, "Due today" only on the due
// day, the real number of days to a renewal), and reminders held back by quiet hours or a
// non-working day are released at the start of the next working day, grouped per partnership.
import { describe, expect, it } from 'vitest';
import type { AttentionSnapshot } from '@shared/attention';
import type { Cadence, CadenceId, Commitment, Partnership, PartnershipId, ReminderState } from '@shared/domain';
import { defaultSettings } from '@shared/domain';
import type { PlannedReminder, ReminderSettings } from '@shared/reminders';
import { groupNotifications, isWorkingTime, nextWorkingTime, planReminders, reminderText } from '@shared/reminders';

const AT = '2026-06-01T00:00:00.000Z';
const base = { createdAt: AT, updatedAt: AT };
const NY = 'America/New_York';

// Working Monday–Friday from 09:00, quiet 20:00–08:00, in New York (EST, UTC−5, in December).
const SETTINGS: ReminderSettings = defaultSettings(NY);

function partnership(id: string, overrides: Partial<Partnership> = {}): Partnership {
  return { ...base, id: id as PartnershipId, name: `Alliance ${id}`, partnerOrg: 'Org', type: 'co-sell', status: 'active', owner: '', tags: [], signedOn: '2026-11-20', ...overrides };
}

const opsSync: Cadence = {
  ...base,
  id: 'c1' as CadenceId,
  partnershipId: 'p1',
  name: 'Weekly ops sync',
  kind: 'ops sync',
  mode: 'fixed',
  rrule: 'FREQ=WEEKLY;BYDAY=TU',
  start: '2026-11-03T15:00',
  zone: NY,
  durationMinutes: 60,
  channel: '',
  participantIds: [],
  agendaTemplate: '',
  leadMinutes: 60,
  status: 'active',
};

function commitment(id: string, dueOn: string, overrides: Partial<Commitment> = {}): Commitment {
  return { ...base, id: id as Commitment['id'], partnershipId: 'p1', title: `Send ${id}`, detail: '', owedBy: 'us', ownerId: '', dueOn, status: 'open', source: 'manual', sourceId: '', ...overrides };
}

/** p1 with its first health check dismissed, so only what a test adds reminds. */
function snapshot(extra: Partial<AttentionSnapshot> = {}): AttentionSnapshot {
  return { partnerships: [partnership('p1')], ...extra };
}
const quietLedger = (ids: readonly string[]): ReminderState[] => ids.map((id) => ({ key: `health:${id}:due-2026-12-20`, partnershipId: id, updatedAt: AT, dismissedAt: AT }));

describe('a meeting reminder that arrives after the meeting started', () => {
  // Tuesday 8 Dec 2026, 15:00 in New York: 20:00 UTC; the preparation reminder fires at 14:00.
  const occurrenceKey = 'cadence:c1:2026-12-08T20:00:00.000Z';

  it('is preparation before the start', () => {
    const plan = planReminders({ snapshot: snapshot({ cadences: [opsSync] }), ledger: quietLedger(['p1']), settings: SETTINGS, now: '2026-12-08T19:00:00.000Z', lastTickAt: '2026-12-08T18:59:00.000Z' });
    expect(plan.due.map((r) => [r.key, r.title])).toEqual([[occurrenceKey, 'Weekly ops sync at 15:00']]);
    expect(plan.due[0]?.body).toBe('Alliance p1: Weekly ops sync starts on 8 Dec 2026 at 15:00. Send the agenda and confirm who attends.');
  });

  it('on 9 Dec (caught up after the app was closed) asks whether it was held, once, and opens the Cadences tab', () => {
    const input = { snapshot: snapshot({ cadences: [opsSync] }), settings: SETTINGS, now: '2026-12-09T14:30:00.000Z', lastTickAt: '2026-12-08T17:00:00.000Z' };
    const plan = planReminders({ ...input, ledger: quietLedger(['p1']) });
    expect(plan.due.map((r) => r.key)).toEqual([occurrenceKey]);
    const [prompt] = plan.due;
    expect(prompt?.title).toBe('Was the Weekly ops sync on 8 Dec held?');
    expect(prompt?.body).toBe('Alliance p1: it was planned for 8 Dec 2026 at 15:00. Mark it held, skipped or moved.');
    expect(prompt?.body).not.toContain('Send the agenda');
    expect(prompt?.target).toEqual({ partnershipId: 'p1', tab: 'cadences', itemId: 'c1' });
    // Delivered once (as prompt or as preparation, the same ledger key): never again.
    const delivered: ReminderState = { key: occurrenceKey, partnershipId: 'p1', deliveredAt: input.now, updatedAt: input.now };
    expect(planReminders({ ...input, now: '2026-12-09T15:00:00.000Z', ledger: [...quietLedger(['p1']), delivered] }).due).toEqual([]);
  });

  it('read later in the notification centre, preparation text becomes the held prompt', () => {
    const prep = planReminders({ snapshot: snapshot({ cadences: [opsSync] }), ledger: quietLedger(['p1']), settings: SETTINGS, now: '2026-12-08T19:00:00.000Z', lastTickAt: '2026-12-08T18:59:00.000Z' }).due[0];
    const facts = prep?.facts;
    expect(facts).toBeDefined();
    if (!facts) return;
    const view = { partnershipName: 'Alliance p1', timeZone: NY };
    expect(reminderText(facts, { ...view, now: '2026-12-08T19:30:00.000Z' }).title).toBe('Weekly ops sync at 15:00');
    expect(reminderText(facts, { ...view, now: '2026-12-09T14:00:00.000Z' }).title).toBe('Was the Weekly ops sync on 8 Dec held?');
  });
});

describe('commitment text is true on the day it is read', () => {
  it('on 7 Dec says "was due on 6 Dec (1 day ago)", never "Due today"', () => {
    // Due Sunday 6 Dec; every day a working day so the due-day stage is delivered on 6 Dec.
    const everyDay: ReminderSettings = { ...SETTINGS, quietHoursEnabled: false, workingDays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], commitmentLeadDays: 0 };
    const snap = snapshot({ commitments: [commitment('k1', '2026-12-06')] });
    const onDueDay = planReminders({ snapshot: snap, ledger: quietLedger(['p1']), settings: everyDay, now: '2026-12-06T15:00:00.000Z' }).due;
    expect(onDueDay.map((r) => r.title)).toEqual(['Due today: Send k1']);
    expect(onDueDay[0]?.body).toBe('Alliance p1: we owe this, due today (6 Dec 2026).');
    // The app was closed on 6 Dec and opened on 7 Dec before the working day: nothing says "Due today".
    const early = planReminders({ snapshot: snap, ledger: quietLedger(['p1']), settings: everyDay, now: '2026-12-07T13:30:00.000Z' });
    expect(early.due.map((r) => r.title).join('|')).not.toContain('Due today');
    // The centre re-reads the 6 Dec reminder on 7 Dec.
    const facts = onDueDay[0]?.facts;
    if (!facts) throw new Error('no facts');
    const text = reminderText(facts, { partnershipName: 'Alliance p1', timeZone: NY, now: '2026-12-07T15:00:00.000Z' });
    expect(text).toEqual({ title: 'Overdue: Send k1', body: 'Alliance p1: we owe this; it was due on 6 Dec 2026 (1 day ago).' });
  });
});

describe('renewal text counts the days really left', () => {
  it('says 45 days, not 90, on 6 Dec for a term ending 20 Jan 2027', () => {
    const snap = { partnerships: [partnership('p1', { termEndsOn: '2027-01-20' })] };
    // Monday 7 Dec 2026, 10:00 in New York: the 90-day stage (fired 22 Oct) is still current.
    const plan = planReminders({ snapshot: snap, ledger: quietLedger(['p1']), settings: SETTINGS, now: '2026-12-07T15:00:00.000Z' });
    expect(plan.due.map((r) => [r.key, r.title])).toEqual([['renewal:p1:90d-2026-10-22', 'Renewal in 44 days — 20 Jan 2027']]);
    const facts = plan.due[0]?.facts;
    if (!facts) throw new Error('no facts');
    expect(reminderText(facts, { partnershipName: 'Alliance p1', timeZone: NY, now: '2026-12-06T15:00:00.000Z' }).title).toBe('Renewal in 45 days — 20 Jan 2027');
    expect(reminderText(facts, { partnershipName: 'Alliance p1', timeZone: NY, now: '2027-01-20T15:00:00.000Z' }).title).toBe('The term ends today — 20 Jan 2027');
  });
});

describe('working time', () => {
  // Saturday 5 Dec 2026, 21:00 in New York.
  const saturdayEvening = '2026-12-06T02:00:00.000Z';
  // Monday 7 Dec 2026, 08:00 in New York: quiet hours end before the 09:00 working day.
  const mondayMorning = '2026-12-07T13:00:00.000Z';

  it('a Saturday evening in quiet hours releases on Monday at 08:00, not on Sunday', () => {
    expect(isWorkingTime(saturdayEvening, SETTINGS)).toBe(false);
    expect(nextWorkingTime(saturdayEvening, SETTINGS)).toBe(mondayMorning);
    // Sunday 10:00 is outside quiet hours but not a working day.
    expect(isWorkingTime('2026-12-06T15:00:00.000Z', SETTINGS)).toBe(false);
    expect(isWorkingTime(mondayMorning, SETTINGS)).toBe(true);
    // Without quiet hours a working day opens at its start, 09:00.
    expect(nextWorkingTime(saturdayEvening, { ...SETTINGS, quietHoursEnabled: false })).toBe('2026-12-07T14:00:00.000Z');
  });

  it('holds what fell due at the weekend and says when it will arrive', () => {
    const snap = snapshot({ commitments: [commitment('k1', '2026-12-04')] });
    const saturday = planReminders({ snapshot: snap, ledger: quietLedger(['p1']), settings: SETTINGS, now: saturdayEvening });
    expect(saturday).toMatchObject({ due: [], isQuiet: true, heldCount: 1, releaseAt: mondayMorning, nextAt: mondayMorning });
    const sunday = planReminders({ snapshot: snap, ledger: quietLedger(['p1']), settings: SETTINGS, now: '2026-12-06T15:00:00.000Z' });
    expect(sunday).toMatchObject({ due: [], isQuiet: true, heldBy: 'day off', releaseAt: mondayMorning });
    const monday = planReminders({ snapshot: snap, ledger: quietLedger(['p1']), settings: SETTINGS, now: mondayMorning });
    expect(monday.due.map((r) => r.key)).toEqual(['commitment:k1:overdue']);
    expect(monday.isQuiet).toBe(false);
  });

  it('releases a weekend pile on Monday as one notification per partnership, or one digest above the threshold', () => {
    const ids = ['p1', 'p2', 'p3'];
    const commitments = ids.flatMap((p, i) => Array.from({ length: 4 + i }, (_, n) => commitment(`${p}-k${n}`, '2026-12-04', { partnershipId: p })));
    const snap = { partnerships: ids.map((id) => partnership(id)), commitments };
    const monday = planReminders({ snapshot: snap, ledger: quietLedger(ids), settings: SETTINGS, now: mondayMorning });
    expect(monday.due).toHaveLength(15);
    expect(monday.notifications.map((n) => n.title)).toEqual(['Alliance p1: 4 reminders', 'Alliance p2: 5 reminders', 'Alliance p3: 6 reminders']);
    expect(monday.notifications[0]?.body.split('\n')[0]).toBe('Overdue: Send p1-k0');
    expect(monday.digest).toBeUndefined();
    const five = ['p1', 'p2', 'p3', 'p4', 'p5'];
    const many = { partnerships: five.map((id) => partnership(id)), commitments: five.map((p) => commitment(`${p}-k`, '2026-12-04', { partnershipId: p })) };
    const digest = planReminders({ snapshot: many, ledger: quietLedger(five), settings: SETTINGS, now: mondayMorning });
    expect(digest.notifications).toHaveLength(1);
    expect(digest.notifications[0]?.title).toBe('5 reminders from 5 partnerships');
    expect(digest.digest?.keys).toEqual(digest.due.map((r) => r.key));
  });

  it('a single reminder is its own notification; a partnership with several is one', () => {
    const r = (key: string, partnershipId: string): PlannedReminder => ({
      key,
      partnershipId,
      partnershipName: `Alliance ${partnershipId}`,
      source: 'commitment',
      sourceId: key,
      fireAt: AT,
      title: `T ${key}`,
      body: `B ${key}`,
      target: { partnershipId, tab: 'commitments' },
      facts: { kind: 'renewal', endsOn: '2027-01-20' },
    });
    expect(groupNotifications([r('a', 'p1')])).toEqual([{ key: 'a', title: 'T a', body: 'B a', keys: ['a'] }]);
    expect(groupNotifications([r('a', 'p1'), r('b', 'p2'), r('c', 'p1')]).map((n) => [n.title, n.keys])).toEqual([
      ['Alliance p1: 2 reminders', ['a', 'c']],
      ['T b', ['b']],
    ]);
  });
});
