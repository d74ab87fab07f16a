// An excerpt's plans are a hint the reader hands to its expansion cache (rememberPlans): the
// answers must be those over every record, and the windows the screens ask while `now` is
// near the last meeting must be served from the plans, without compiling the rule (ical.js
// is most of a cold Attention's cost, npm run bench).
import { describe, expect, it } from 'vitest';
import { rankAttention } from '@shared/attention';
import type { Cadence, CadenceId, Partnership, PartnershipId, Touchpoint, TouchpointId } from '@shared/domain';
import { excerptPartnership, rememberPlans, snapshotOfExcerpts } from '@shared/partnershipExcerpt';
import { summarisePartnerships } from '@shared/portfolioSummary';
import { createExpansionCache } from '@shared/recurrence';

const STAMP = '2026-01-01T00:00:00.000Z';
const partnership: Partnership = { id: 'p1' as PartnershipId, createdAt: STAMP, updatedAt: STAMP, name: 'Acme co-sell', partnerOrg: 'Acme Corp', type: 'co-sell', status: 'active', owner: '', tags: [] };

function cadence(rrule: string, start: string): Cadence {
  return {
    id: 'cad1' as CadenceId,
    createdAt: STAMP,
    updatedAt: STAMP,
    partnershipId: 'p1',
    name: 'Quarterly business review',
    kind: 'quarterly business review',
    mode: 'fixed',
    rrule,
    start,
    zone: 'Asia/Kolkata',
    durationMinutes: 90,
    channel: '',
    participantIds: [],
    agendaTemplate: '',
    leadMinutes: 1440,
    status: 'active',
  };
}

/** A meeting logged as held an hour after it began, as a user logs one. */
function held(occurrence: string): Touchpoint {
  const logged = new Date(Date.parse(occurrence) + 3_600_000).toISOString();
  return { id: `t-${occurrence}` as TouchpointId, createdAt: logged, updatedAt: logged, partnershipId: 'p1', kind: 'meeting', occurredOn: occurrence.slice(0, 10), title: 'QBR', attendeeIds: [], summary: '', internalNotes: '', cadenceId: 'cad1', occurrence };
}

const records = (c: Cadence, touchpoints: readonly Touchpoint[]) => ({ partnerships: [partnership], cadences: [c], occurrences: [], touchpoints, commitments: [], healthChecks: [], intentVersions: [] });

describe('excerpt plans', () => {
  // Held on 15 Nov; the next one is on 15 Feb, 92 days on: the next-due search finds nothing
  // in 64 days and looks 400 days ahead, past the plan's usual 180 days after the last meeting.
  const quarterly = cadence('FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15', '2025-02-15T10:00');
  const all = records(quarterly, [held('2025-11-15T04:30:00.000Z'), held('2026-02-15T04:30:00.000Z'), held('2026-05-15T04:30:00.000Z'), held('2026-08-15T04:30:00.000Z'), held('2026-11-15T04:30:00.000Z')]);

  for (const now of ['2026-11-20T09:00:00.000Z', '2027-01-10T09:00:00.000Z', '2027-04-20T09:00:00.000Z']) {
    it(`serve a sparse rule's long look-ahead as the rule does, without compiling it (now ${now})`, () => {
      const excerpt = excerptPartnership('p1', all, undefined, createExpansionCache());
      const cache = createExpansionCache();
      rememberPlans(cache, excerpt);
      const clock = { now, today: now.slice(0, 10), healthCheckIntervalDays: 90 };
      const snapshot = snapshotOfExcerpts([partnership], [excerpt]);
      expect(rankAttention(snapshot, { ...clock, cache })).toEqual(rankAttention(all, clock));
      expect(summarisePartnerships(snapshot, { ...clock, cache })).toEqual(summarisePartnerships(all, clock));
      expect(summarisePartnerships(snapshot, { ...clock, cache }).get('p1')?.nextCadence?.dueOn).toBe(now < '2027-02-15' ? '2027-02-15' : '2027-05-15');
      expect(cache.compiled.size).toBe(0);
    });
  }

  it('stay short for a dense rule: a weekly plan ends 180 days after its last meeting', () => {
    const weekly = cadence('FREQ=WEEKLY;BYDAY=MO', '2026-06-01T10:00');
    const excerpt = excerptPartnership('p1', records(weekly, [held('2026-11-16T04:30:00.000Z')]), undefined, createExpansionCache());
    expect(excerpt.plans.map((p) => [p.fromIso, p.toIso])).toEqual([['2026-10-01T04:30:00.000Z', '2027-05-15T04:30:00.000Z']]);
  });

  it('keep the meetings before one logged as held ahead of its day: until that day comes, the last one held before it decides', () => {
    // Logged on 14 Jan 2027 as held on 15 Feb 2027: on 20 Jan the question is about what came after 15 Nov 2026.
    const ahead: Touchpoint = { ...held('2027-02-15T04:30:00.000Z'), createdAt: '2027-01-14T12:00:00.000Z', updatedAt: '2027-01-14T12:00:00.000Z' };
    const monthly = cadence('FREQ=MONTHLY;BYMONTHDAY=15', '2026-06-15T10:00');
    const all = records(monthly, [held('2026-11-15T04:30:00.000Z'), ahead]);
    const excerpt = excerptPartnership('p1', all, undefined, createExpansionCache());
    expect(snapshotOfExcerpts([partnership], [excerpt]).touchpoints.map((t) => t.occurrence)).toContain('2026-11-15T04:30:00.000Z');
    for (const now of ['2027-01-20T09:00:00.000Z', '2027-02-20T09:00:00.000Z']) {
      const clock = { now, today: now.slice(0, 10), healthCheckIntervalDays: 90 };
      expect(rankAttention(snapshotOfExcerpts([partnership], [excerpt]), clock), now).toEqual(rankAttention(all, clock));
    }
  });
});
