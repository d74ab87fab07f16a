import { describe, expect, it } from 'vitest';
import { healthChangesSince, sinceLastMeeting } from '@shared/brief/since';
import { lastMeetingBefore } from '@shared/brief/records';
import { CTX, NEXT, check, emptyInput, storyInput } from './fixtures';

const TODAY = '2026-12-04';

function since(input = storyInput(), partnerSafe = false) {
  const last = lastMeetingBefore(input, 'p1', NEXT, CTX.zone, 'cad1');
  return sinceLastMeeting(input, 'p1', TODAY, CTX.zone, last, partnerSafe);
}

describe('sinceLastMeeting', () => {
  it('measures from the last meeting of the cadence', () => {
    expect(since().since).toEqual({ touchpointId: 't-last', occurredOn: '2026-11-30', title: 'Meeting 2026-11-30' });
  });

  it('lists decisions taken since, but not the last meeting’s own', () => {
    expect(since().decisions.map((d) => d.statement)).toEqual(['Add a second region']);
  });

  it('lists commitments done since and made since, leaving the last meeting’s follow-ups to “carried over”', () => {
    const s = since();
    expect(s.commitmentsDone.map((c) => c.id)).toEqual(['c-follow-done']);
    expect(s.commitmentsNew.map((c) => c.id)).toEqual(['c-new']);
  });

  it('diffs the charter agreed now against the one in force then, partner-safe without weights or internal sections', () => {
    const internal = since().charter;
    expect(internal).toMatchObject({ fromVersion: 1, toVersion: 2 });
    expect(internal.changes.map((c) => c.label)).toEqual(['Purpose', 'Agreed tradeoffs', 'Non-negotiables']);
    const partner = since(storyInput(), true).charter;
    expect(partner.changes.map((c) => c.label)).toEqual(['Purpose', 'Agreed tradeoffs']);
    expect(JSON.stringify(partner)).not.toMatch(/weights|INTERNAL/);
  });

  it('gives each dimension’s move per side since the last meeting', () => {
    expect(since().health).toEqual([
      { perspective: 'ours', dimension: 'trust', before: 4, after: 2, assessedOn: '2026-12-01' },
      { perspective: 'ours', dimension: 'execution', after: 3, assessedOn: '2026-12-01' },
    ]);
  });

  it('raises a perception gap at the shared threshold (2 points), not below it', () => {
    expect(since().gaps.map((g) => [g.dimension, g.gap])).toEqual([['trust', -2]]);
    const narrow = { ...storyInput(), healthChecks: [check('a', 'ours', '2026-12-01', { trust: 3 }), check('b', 'partner', '2026-12-01', { trust: 4 })] };
    expect(since(narrow).gaps).toEqual([]);
  });

  it('is empty for a first meeting and an empty partnership', () => {
    expect(since(emptyInput())).toEqual({ decisions: [], commitmentsDone: [], commitmentsNew: [], charter: { changes: [] }, health: [], gaps: [] });
  });

  it('ignores checks after the brief’s day', () => {
    const later = [check('x', 'ours', '2026-11-01', { trust: 4 }), check('y', 'ours', '2026-12-10', { trust: 1 })];
    expect(healthChangesSince(later, '2026-11-30', TODAY)).toEqual([]);
  });
});
