import { describe, expect, it } from 'vitest';
import type { AttentionClock, AttentionSnapshot } from '@shared/attention';
import { rankAttention } from '@shared/attention';
import type { Cadence, Commitment, HealthCheck, IntentVersion, Partnership, PartnershipId, Touchpoint } from '@shared/domain';
import { EMPTY_INTENT_CONTENT } from '@shared/domain';

const AT = '2027-01-01T00:00:00.000Z';
const CLOCK: AttentionClock = { now: '2027-01-14T10:00:00.000Z', today: '2027-01-14', healthCheckIntervalDays: 90 };
const base = { createdAt: AT, updatedAt: AT };

function partnership(name: string, overrides: Partial<Partnership> = {}): Partnership {
  return { ...base, id: `p-${name}` as PartnershipId, name, partnerOrg: 'Org', type: 'technology', status: 'active', owner: '', tags: [], ...overrides };
}

function commitment(id: string, partnershipId: string, owedBy: Commitment['owedBy'], dueOn: string, status: Commitment['status'] = 'open'): Commitment {
  return { ...base, id: id as Commitment['id'], partnershipId, title: `Task ${id}`, detail: '', owedBy, ownerId: '', dueOn, status, source: 'manual', sourceId: '' };
}

function check(partnershipId: string, assessedOn: string, perspective: HealthCheck['perspective'], score: number): HealthCheck {
  return { ...base, id: `h-${partnershipId}-${assessedOn}-${perspective}` as HealthCheck['id'], partnershipId, assessedOn, perspective, respondent: '', internalNotes: '', scores: [{ dimension: 'trust', score, comment: '' }] };
}

function agreedIntent(partnershipId: string): IntentVersion {
  return {
    ...base,
    id: `i-${partnershipId}` as IntentVersion['id'],
    partnershipId,
    version: 1,
    status: 'agreed',
    agreement: { agreedOn: '2026-12-01', agreedByUs: 'Dana', agreedByPartner: 'Raj' },
    ...EMPTY_INTENT_CONTENT,
    purpose: 'Grow together',
  };
}

/** A partnership with nothing to flag: agreed intent, a recent health check. */
function calm(name: string, overrides: Partial<Partnership> = {}) {
  const p = partnership(name, overrides);
  return { p, intent: agreedIntent(p.id), check: check(p.id, '2027-01-10', 'ours', 4) };
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function snapshotOf(...calms: ReturnType<typeof calm>[]): Mutable<Required<AttentionSnapshot>> {
  return {
    partnerships: calms.map((c) => c.p),
    intentVersions: calms.map((c) => c.intent),
    healthChecks: calms.map((c) => c.check),
    cadences: [],
    occurrences: [],
    touchpoints: [],
    commitments: [],
  };
}

function weekly(overrides: Partial<Cadence> = {}): Cadence {
  return {
    ...base,
    id: 'cad-1' as Cadence['id'],
    partnershipId: 'p-Acme',
    name: 'Weekly ops sync',
    kind: 'ops sync',
    mode: 'fixed',
    rrule: 'FREQ=WEEKLY;BYDAY=MO',
    start: '2027-01-04T09:00',
    zone: 'Europe/London',
    durationMinutes: 30,
    channel: '',
    participantIds: [],
    agendaTemplate: '',
    leadMinutes: 60,
    status: 'active',
    ...overrides,
  };
}

function touchpoint(occurredOn: string, occurrence: string): Touchpoint {
  return { ...base, id: `t-${occurrence}` as Touchpoint['id'], partnershipId: 'p-Acme', kind: 'meeting', occurredOn, title: 'Held', attendeeIds: [], summary: '', internalNotes: '', cadenceId: 'cad-1', occurrence };
}

const reasonsOf = (s: AttentionSnapshot) => rankAttention(s, CLOCK).map((i) => `${i.partnershipName}: ${i.reason}`);

describe('rankAttention', () => {
  it('lists nothing for a calm portfolio', () => {
    expect(rankAttention(snapshotOf(calm('Calm')), CLOCK)).toEqual([]);
  });

  it('flags a renewal within 90 days, not one further out, and not an ended partnership', () => {
    const s = snapshotOf(calm('Soon', { termEndsOn: '2027-02-13' }), calm('Far', { termEndsOn: '2027-06-01' }), calm('Done', { termEndsOn: '2027-01-20', status: 'ended' }));
    const items = rankAttention(s, CLOCK);
    expect(items.map((i) => i.reason)).toEqual(['renewal']);
    expect(items[0]).toMatchObject({ partnershipName: 'Soon', title: 'Renewal: the term ends in 30 days', tab: 'overview' });
  });

  it('names the side that owes an overdue commitment, and ignores ones not yet due, done or deleted', () => {
    const s = snapshotOf(calm('Acme'));
    s.commitments = [
      commitment('c1', 'p-Acme', 'partner', '2027-01-10'),
      commitment('c2', 'p-Acme', 'us', '2027-01-13'),
      commitment('c3', 'p-Acme', 'joint', '2027-01-14'),
      commitment('c4', 'p-Acme', 'us', '2027-01-01', 'done'),
      { ...commitment('c5', 'p-Acme', 'us', '2027-01-01'), deletedAt: AT },
    ];
    const items = rankAttention(s, CLOCK);
    expect(items.map((i) => i.title)).toEqual(['We owe: Task c2', 'The partner owes: Task c1']);
    expect(items[1]?.detail).toBe('Overdue by 4 days (due 10 Jan 2027). Chase it with the partner.');
    expect(items.every((i) => i.tab === 'commitments')).toBe(true);
    // What the row can do about it depends on who owes it: Mark done, or Chase the partner.
    expect(items.map((i) => i.commitment)).toEqual([
      { commitmentId: 'c2', owedBy: 'us' },
      { commitmentId: 'c1', owedBy: 'partner' },
    ]);
  });

  it('asks whether a fixed cadence’s past meeting was held once it is over, never calling it next', () => {
    const s = snapshotOf(calm('Acme'));
    const cadence = weekly();
    s.cadences = [cadence];
    // Mondays 09:00 London from 4 Jan: on Thursday 14 Jan, the 4th and the 11th are over and unrecorded.
    const [item] = rankAttention(s, CLOCK);
    expect(item).toMatchObject({
      reason: 'meeting not recorded',
      title: 'Was “Weekly ops sync” on 4 Jan 2027 held?',
      detail: '1 more meeting since then is not recorded either (the last on 11 Jan 2027); settle several at once on the Cadences tab.',
      tab: 'cadences',
      unrecorded: { cadenceId: 'cad-1', occurrence: '2027-01-04T09:00:00.000Z', count: 2 },
    });
    expect(rankAttention({ ...s, cadences: [{ ...cadence, status: 'paused' }] }, CLOCK)).toEqual([]);
  });

  it('asks nothing about a meeting still under way', () => {
    const s = snapshotOf(calm('Acme'));
    s.cadences = [weekly({ start: '2027-01-14T09:30', rrule: 'FREQ=WEEKLY;BYDAY=TH' })];
    // 09:30 to 10:00 in London (UTC in January).
    expect(rankAttention(s, { ...CLOCK, now: '2027-01-14T09:30:00.000Z' })).toEqual([]);
    expect(rankAttention(s, { ...CLOCK, now: '2027-01-14T09:59:59.000Z' })).toEqual([]);
    expect(rankAttention(s, { ...CLOCK, now: '2027-01-14T10:00:00.000Z' }).map((i) => i.title)).toEqual(['Was “Weekly ops sync” on 14 Jan 2027 held?']);
  });

  // Issue 12: "Monthly steering call is due soon — Next on 8 Dec 2026" on 9 Dec.
  it('on 9 Dec asks whether the 8 Dec steering call was held, and says nothing is due soon', () => {
    const s = snapshotOf(calm('Acme'));
    s.cadences = [weekly({ name: 'Monthly steering call', rrule: 'FREQ=MONTHLY;BYMONTHDAY=8', start: '2026-11-08T15:00', leadMinutes: 24 * 60 })];
    s.healthChecks = [check('p-Acme', '2026-12-01', 'ours', 4)];
    s.touchpoints = [touchpoint('2026-11-08', '2026-11-08T15:00:00.000Z')];
    const clock = { now: '2026-12-09T10:00:00.000Z', today: '2026-12-09', healthCheckIntervalDays: 90 };
    const items = rankAttention(s, clock);
    expect(items.map((i) => `${i.reason}|${i.title}|${i.detail}`)).toEqual([
      'meeting not recorded|Was “Monthly steering call” on 8 Dec 2026 held?|Nothing was recorded for it: log it as held, or mark it skipped or moved.',
    ]);
    // The day before January's call, that one is due soon, and December's question stays until answered.
    const jan7 = rankAttention(s, { ...clock, now: '2027-01-07T16:00:00.000Z', today: '2027-01-07' });
    expect(jan7.map((i) => i.title)).toEqual(['Was “Monthly steering call” on 8 Dec 2026 held?', 'Monthly steering call is due soon']);
    expect(jan7[1]?.detail).toBe('Next on 8 Jan 2027. Send the agenda and confirm attendance.');
  });

  it('names the meeting’s day in the user’s zone when one is given', () => {
    const s = snapshotOf(calm('Acme'));
    s.cadences = [weekly({ start: '2027-01-04T23:30', zone: 'America/Los_Angeles', rrule: 'FREQ=WEEKLY;BYDAY=MO' })];
    s.touchpoints = [touchpoint('2027-01-04', '2027-01-05T07:30:00.000Z')];
    const clock = { ...CLOCK, now: '2027-01-12T12:00:00.000Z', today: '2027-01-12' };
    expect(rankAttention(s, clock)[0]?.title).toBe('Was “Weekly ops sync” on 11 Jan 2027 held?');
    expect(rankAttention(s, { ...clock, zone: 'Europe/Berlin' })[0]?.title).toBe('Was “Weekly ops sync” on 12 Jan 2027 held?');
  });

  // Issue 12: "Renewal in 90 days" for a term that ends in 45 days.
  it('says the real number of days to a renewal', () => {
    const s = snapshotOf(calm('Soon', { termEndsOn: '2027-02-28' }));
    const [item] = rankAttention(s, CLOCK);
    expect(item?.title).toBe('Renewal: the term ends in 45 days');
    expect(`${item?.title} ${item?.detail}`).not.toContain('90');
    expect(rankAttention(s, { ...CLOCK, today: '2027-02-27' })[0]?.title).toBe('Renewal: the term ends in 1 day');
  });

  it('flags a flexible cadence past its maximum interval, and one past its ideal day as due soon', () => {
    const s = snapshotOf(calm('Acme'));
    const flexible = (id: string, start: string): Cadence => ({
      ...base,
      id: id as Cadence['id'],
      partnershipId: 'p-Acme',
      name: `Check-in ${id}`,
      kind: 'executive review',
      mode: 'flexible',
      rrule: '',
      start,
      zone: 'UTC',
      durationMinutes: 30,
      channel: '',
      participantIds: [],
      agendaTemplate: '',
      leadMinutes: 60,
      idealIntervalDays: 30,
      maxIntervalDays: 45,
      status: 'active',
    });
    s.cadences = [flexible('late', '2026-11-01T09:00'), flexible('soon', '2026-12-10T09:00')];
    expect(rankAttention(s, CLOCK).map((i) => `${i.title}|${i.reason}`)).toEqual(['Check-in late is overdue|cadence overdue', 'Check-in soon is due soon|cadence due soon']);
  });

  it('offers Prepare for a flexible cadence too: its next meeting at its time of day, never in the past', () => {
    const s = snapshotOf(calm('Acme'));
    const flexible = (id: string, start: string): Cadence => ({
      ...base,
      id: id as Cadence['id'],
      partnershipId: 'p-Acme',
      name: `Check-in ${id}`,
      kind: 'executive review',
      mode: 'flexible',
      rrule: '',
      start,
      zone: 'UTC',
      durationMinutes: 30,
      channel: '',
      participantIds: [],
      agendaTemplate: '',
      leadMinutes: 60,
      idealIntervalDays: 30,
      maxIntervalDays: 45,
      status: 'active',
    });
    s.cadences = [flexible('late', '2026-11-01T09:00')];
    const [item] = rankAttention(s, CLOCK);
    expect(item?.upcoming?.cadenceId).toBe('late');
    expect(Date.parse(item!.upcoming!.occurrence)).toBeGreaterThan(Date.parse(CLOCK.now));
    expect(item?.upcoming?.occurrence.slice(11, 16)).toBe('09:00');
  });

  it('flags a health drop per perspective and a health check that is due', () => {
    const dropped = calm('Dropped');
    const stale = calm('Stale');
    const s = snapshotOf(dropped, stale);
    s.healthChecks = [check('p-Dropped', '2026-12-01', 'ours', 4), check('p-Dropped', '2027-01-10', 'ours', 2), check('p-Stale', '2026-09-01', 'ours', 4)];
    const items = rankAttention(s, CLOCK);
    expect(items.map((i) => `${i.partnershipName}: ${i.title}`)).toEqual(['Dropped: Our health score dropped by 2', 'Stale: A health check is due']);
  });

  it('does not flag a drop under half a point', () => {
    const s = snapshotOf(calm('Wobble'));
    s.healthChecks = [check('p-Wobble', '2026-12-01', 'ours', 4), { ...check('p-Wobble', '2027-01-10', 'ours', 4), scores: [{ dimension: 'trust', score: 4, comment: '' }, { dimension: 'communication', score: 4, comment: '' }, { dimension: 'execution', score: 3, comment: '' }] }];
    expect(rankAttention(s, CLOCK)).toEqual([]);
  });

  it('asks for a first health check a month into the partnership, not on day one', () => {
    const young = calm('Young', { signedOn: '2027-01-01' });
    const older = calm('Older', { signedOn: '2026-12-01' });
    const s = snapshotOf(young, older);
    s.healthChecks = [];
    expect(rankAttention(s, CLOCK).map((i) => `${i.partnershipName}: ${i.title}`)).toEqual(['Older: No health check yet']);
  });

  it('flags an intent never agreed and one changed since it was agreed', () => {
    const never = calm('Never');
    const changed = calm('Changed');
    const s = snapshotOf(never, changed);
    s.intentVersions = [
      { ...never.intent, status: 'draft', agreement: undefined },
      changed.intent,
      { ...changed.intent, id: 'i-draft' as IntentVersion['id'], version: 2, status: 'draft', agreement: undefined, purpose: 'Grow faster' },
    ];
    expect(reasonsOf(s)).toEqual(['Never: intent never agreed', 'Changed: intent changed']);
  });

  it('orders by urgency, then by partnership name, and is the same every time', () => {
    const s = snapshotOf(calm('Beta', { status: 'at risk' }), calm('Alpha', { status: 'at risk' }), calm('Gamma', { termEndsOn: '2027-01-20' }));
    s.commitments = [commitment('c1', 'p-Alpha', 'us', '2027-01-01')];
    expect(reasonsOf(s)).toEqual(['Gamma: renewal', 'Alpha: commitment overdue', 'Alpha: at risk', 'Beta: at risk']);
    expect(rankAttention(s, CLOCK)).toEqual(rankAttention(structuredClone(s), CLOCK));
  });

  it('leaves out archived partnerships and the records of partnerships not in the snapshot', () => {
    const gone = calm('Gone', { status: 'at risk', deletedAt: AT });
    const s = snapshotOf(gone);
    s.commitments = [commitment('c1', 'p-Gone', 'us', '2027-01-01'), commitment('c2', 'p-Unknown', 'us', '2027-01-01')];
    expect(rankAttention(s, CLOCK)).toEqual([]);
  });
});
