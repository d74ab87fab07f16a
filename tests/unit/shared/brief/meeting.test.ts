import { describe, expect, it } from 'vitest';
import { meetingSection } from '@shared/brief/meeting';
import type { OccurrenceRecord } from '@shared/domain';
import { CTX, LAST, NEXT, cadence, emptyInput, prep, storyInput } from './fixtures';

describe('meetingSection', () => {
  it('gives the time in the user’s zone and the cadence’s, the channel and attendees per side', () => {
    const meeting = meetingSection(storyInput(), CTX, { kind: 'cadence', cadenceId: 'cad1', occurrence: NEXT });
    expect(meeting).toMatchObject({
      title: 'Weekly ops sync',
      kind: 'ops sync',
      at: NEXT,
      endsAt: '2026-12-07T14:45:00.000Z',
      userTime: { zone: 'Europe/London', local: '2026-12-07T14:00' },
      cadenceTime: { zone: 'America/New_York', local: '2026-12-07T09:00' },
      channel: 'Video call',
      hasStarted: false,
    });
    // A deleted participant is left out; a stakeholder who is not a participant is not listed.
    expect(meeting?.attendees?.us.map((a) => a.name)).toEqual(['Dana Lee']);
    expect(meeting?.attendees?.partner.map((a) => a.name)).toEqual(['Raj Patel']);
  });

  it('names what the previous meeting of this cadence decided, not a later call', () => {
    const meeting = meetingSection(storyInput(), CTX, { kind: 'cadence', cadenceId: 'cad1', occurrence: NEXT });
    expect(meeting?.previous).toMatchObject({ touchpointId: 't-last', occurredOn: '2026-11-30', isSameCadence: true });
    expect(meeting?.previous?.decisions.map((d) => d.statement)).toEqual(['Ship the pilot in January']);
  });

  it('takes a moved occurrence at its new time', () => {
    const moved: OccurrenceRecord = { createdAt: NEXT, updatedAt: NEXT, id: 'o1', partnershipId: 'p1', cadenceId: 'cad1', occurrence: NEXT, outcome: 'moved', movedTo: '2026-12-08T15:00:00.000Z', note: '' };
    const meeting = meetingSection({ ...storyInput(), occurrences: [moved] }, CTX, { kind: 'cadence', cadenceId: 'cad1', occurrence: NEXT });
    expect(meeting).toMatchObject({ occurrence: NEXT, at: '2026-12-08T15:00:00.000Z', cadenceTime: { local: '2026-12-08T10:00' } });
  });

  it('has no previous meeting for a first meeting, and says when it has started', () => {
    const input = { ...emptyInput(), cadences: [{ ...cadence, participantIds: [] }] };
    const meeting = meetingSection(input, { ...CTX, now: '2026-12-07T14:00:00.000Z' }, { kind: 'cadence', cadenceId: 'cad1', occurrence: NEXT });
    expect(meeting?.previous).toBeUndefined();
    expect(meeting?.attendees).toEqual({ us: [], partner: [] });
    expect(meeting?.hasStarted).toBe(true);
  });

  it('falls back to the partnership’s last touchpoint for an ad-hoc meeting', () => {
    const input = { ...storyInput(), meetingPreps: [prep('adhoc1', { cadenceId: '', title: 'Pricing escalation', occurrence: '2026-12-05T10:00:00.000Z' })] };
    const meeting = meetingSection(input, CTX, { kind: 'adhoc', prepId: 'adhoc1' });
    expect(meeting).toMatchObject({ title: 'Pricing escalation', at: '2026-12-05T10:00:00.000Z', channel: '' });
    expect(meeting?.cadenceTime).toBeUndefined();
    expect(meeting?.previous).toMatchObject({ touchpointId: 't-call', isSameCadence: false });
  });

  it('is undefined for a cadence that is gone or another partnership’s', () => {
    expect(meetingSection(storyInput(), CTX, { kind: 'cadence', cadenceId: 'nope', occurrence: LAST })).toBeUndefined();
    expect(meetingSection(storyInput(), { ...CTX, partnershipId: 'p2' }, { kind: 'cadence', cadenceId: 'cad1', occurrence: NEXT })).toBeUndefined();
  });
});
