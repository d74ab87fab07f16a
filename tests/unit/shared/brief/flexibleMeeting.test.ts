import { describe, expect, it } from 'vitest';
import { buildBrief } from '@shared/brief/brief';
import { flexibleMeetingAt } from '@shared/brief/flexibleMeeting';
import type { Cadence } from '@shared/domain';
import { CTX, cadence, emptyInput, prep, touchpoint } from './fixtures';

// A flexible check-in, held ideally every 30 days at 09:00 New York (14:00Z in winter).
const flexible: Cadence = { ...cadence, id: 'flex' as Cadence['id'], name: 'Sponsor check-in', mode: 'flexible', rrule: '', start: '2026-06-01T09:00', idealIntervalDays: 30, maxIntervalDays: 45, agendaTemplate: 'Temperature\nAsks' };

describe('flexibleMeetingAt', () => {
  it('is the ideal day at the cadence’s time of day in its zone while that is ahead', () => {
    expect(flexibleMeetingAt(flexible, '2026-12-20', '2026-12-04T15:00:00.000Z')).toBe('2026-12-20T14:00:00.000Z');
  });

  it('is today at that time when the cadence is due (ideal day past) and the time is still ahead', () => {
    expect(flexibleMeetingAt(flexible, '2026-11-20', '2026-12-04T12:00:00.000Z')).toBe('2026-12-04T14:00:00.000Z');
  });

  it('is tomorrow once today’s time has passed, so it is never in the past', () => {
    expect(flexibleMeetingAt(flexible, '2026-11-20', '2026-12-04T15:00:00.000Z')).toBe('2026-12-05T14:00:00.000Z');
    expect(flexibleMeetingAt(flexible, '2026-12-04', '2026-12-04T14:00:00.000Z')).toBe('2026-12-05T14:00:00.000Z');
  });

  it('keeps the wall time across a daylight-saving change (09:00 New York is 13:00Z in summer)', () => {
    expect(flexibleMeetingAt(flexible, '2027-04-01', '2027-03-01T12:00:00.000Z')).toBe('2027-04-01T13:00:00.000Z');
  });
});

describe('a flexible cadence’s brief', () => {
  const input = () => ({ ...emptyInput(), cadences: [flexible], touchpoints: [touchpoint('t1', '2026-11-02', '', 'flex')] });

  it('builds for its next meeting from the cadence’s template, after its last meeting', () => {
    const brief = buildBrief(input(), CTX, { kind: 'cadence', cadenceId: 'flex', occurrence: '2026-12-05T14:00:00.000Z' }, 'internal');
    expect(brief?.meeting).toMatchObject({ title: 'Sponsor check-in', at: '2026-12-05T14:00:00.000Z', hasStarted: false });
    expect(brief?.meeting.previous?.touchpointId).toBe('t1');
    expect(brief?.agenda.items).toEqual(['Temperature', 'Asks']);
  });

  it('finds the agenda saved for its next meeting even when the overdue meeting has moved on a day', () => {
    const saved = prep('m1', { cadenceId: 'flex', occurrence: '2026-12-04T14:00:00.000Z', agenda: ['Saved yesterday'] });
    const target = { kind: 'cadence', cadenceId: 'flex', occurrence: '2026-12-05T14:00:00.000Z' } as const;
    expect(buildBrief({ ...input(), meetingPreps: [saved] }, CTX, target, 'internal')?.agenda).toMatchObject({ items: ['Saved yesterday'], isSaved: true });
    // Once a meeting is logged after it, that preparation was used: the next one starts from the draft.
    const held = { ...input(), touchpoints: [...input().touchpoints, touchpoint('t2', '2026-12-04', '', 'flex')], meetingPreps: [saved] };
    expect(buildBrief(held, CTX, target, 'internal')?.agenda.isSaved).toBe(false);
  });

  it('does not borrow another occurrence’s preparation for a fixed cadence', () => {
    const other = prep('m2', { occurrence: '2026-11-30T14:00:00.000Z', agenda: ['Last week'] });
    const brief = buildBrief({ ...emptyInput(), cadences: [cadence], meetingPreps: [other] }, CTX, { kind: 'cadence', cadenceId: 'cad1', occurrence: '2026-12-07T14:00:00.000Z' }, 'internal');
    expect(brief?.agenda.isSaved).toBe(false);
  });
});
