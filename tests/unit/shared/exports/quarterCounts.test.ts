import { describe, expect, it } from 'vitest';
import type { Cadence, CadenceId, OccurrenceRecord, PortfolioSnapshot, Touchpoint, TouchpointId } from '@shared/domain';
import { cadenceAdherence } from '@shared/cadenceSchedule';
import { quarterRange, toQuarter } from '@shared/exports/quarter';
import { adherenceRows, reviewAsAt, windowIn } from '@shared/exports/quarterCounts';
import { createExpansionCache } from '@shared/recurrence';
import { SCALES, generatePortfolio } from '@shared/sample/portfolioGenerator';

const TODAY = '2027-01-14';
const STAMP = { createdAt: '2026-09-01T00:00:00.000Z', updatedAt: '2026-09-01T00:00:00.000Z' };
const DELETED = { deletedAt: '2026-12-20T00:00:00.000Z' };
const id = (n: number) => `c0a7e000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function cadence(n: number, partnershipId: string, zone: string, mode: Cadence['mode']): Cadence {
  const rule = mode === 'fixed' ? { rrule: 'FREQ=WEEKLY;BYDAY=WE', idealIntervalDays: undefined } : { rrule: '', idealIntervalDays: 14, maxIntervalDays: 21 };
  return { ...STAMP, ...rule, id: id(n) as CadenceId, partnershipId, name: `Edge ${mode} ${zone}`, kind: 'ops sync', mode, start: '2026-06-03T09:00', zone, durationMinutes: 30, channel: '', participantIds: [], agendaTemplate: '', leadMinutes: 60, status: 'active' };
}

function record(n: number, of: Cadence, occurrence: string, outcome: OccurrenceRecord['outcome'], extra: Partial<OccurrenceRecord> = {}): OccurrenceRecord {
  return { ...STAMP, id: id(n), partnershipId: of.partnershipId, cadenceId: of.id, occurrence, outcome, note: '', ...extra };
}

function touchpoint(n: number, of: Cadence, occurredOn: string, occurrence: string, extra: Partial<Touchpoint> = {}): Touchpoint {
  return { ...STAMP, id: id(n) as TouchpointId, partnershipId: of.partnershipId, kind: 'meeting', occurredOn, title: 'Met', attendeeIds: [], summary: '', internalNotes: '', cadenceId: of.id, occurrence, ...extra };
}

/**
 * The benchmark's smallest portfolio plus, for its first partnership, fixed and flexible
 * cadences in the zones furthest from UTC with meetings recorded and held on the edges of
 * 2026-Q4 (just inside and just outside as each zone draws it), one held long after its
 * occurrence, instants written with an offset or without seconds, and deleted ones.
 */
function portfolioWithEdges(): PortfolioSnapshot {
  const sample = generatePortfolio({ ...SCALES['1x'], today: TODAY });
  const p = sample.partnerships[0]!.id;
  const [east, west, eastFlex, westFlex] = [cadence(1, p, 'Pacific/Kiritimati', 'fixed'), cadence(2, p, 'Pacific/Pago_Pago', 'fixed'), cadence(3, p, 'Pacific/Kiritimati', 'flexible'), cadence(4, p, 'Pacific/Pago_Pago', 'flexible')];
  const records = [
    record(10, east, '2026-09-30T19:00:00.000Z', 'held'),
    record(11, east, '2026-09-30T09:00:00.000Z', 'skipped'),
    record(12, east, '2026-12-30T19:00:00.000Z', 'moved', { movedTo: '2027-01-02T19:00:00.000Z' }),
    record(13, east, '2026-10-06T19:00:00.000Z', 'skipped', DELETED),
    record(14, west, '2027-01-01T09:00:00.000Z', 'held'),
    record(15, west, '2027-01-01T12:00:00.000Z', 'held'),
    record(16, west, '2026-10-01T20:00Z', 'held'),
    record(17, west, '2026-12-30T22:00:00-11:00', 'skipped'),
    record(18, eastFlex, '2026-09-30T11:00:00.000Z', 'held'),
    record(19, westFlex, '2027-01-01T10:30:00.000Z', 'held'),
    record(20, westFlex, '2026-11-04T20:00:00.000Z', 'held', DELETED),
  ];
  const touchpoints = [
    touchpoint(30, east, '2027-02-10', '2026-10-13T19:00:00.000Z'),
    touchpoint(31, east, '2026-10-14', '2026-10-14T19:00:00+00:00'),
    touchpoint(32, west, '2026-12-31', '2027-01-01T09:00:00.000Z'),
    touchpoint(33, west, '2026-10-07', '2026-10-07T20:00:00.000Z', DELETED),
    touchpoint(34, eastFlex, '2026-10-01', ''),
    touchpoint(35, eastFlex, '2026-09-30', ''),
    touchpoint(36, westFlex, '2026-12-31', '2027-01-01T10:30:00.000Z'),
    touchpoint(37, westFlex, '2027-01-01', ''),
  ];
  return { ...sample, cadences: [...sample.cadences, east, west, eastFlex, westFlex], occurrences: [...sample.occurrences, ...records], touchpoints: [...sample.touchpoints, ...touchpoints] };
}

describe('a quarter’s cadence adherence', () => {
  it('counts, for every cadence, what cadenceAdherence counts over the partnership’s whole history', () => {
    const portfolio = portfolioWithEdges();
    const cache = createExpansionCache();
    const moments: [string, string][] = [
      ['2026-Q4', 'UTC'],
      ['2026-Q4', 'Pacific/Kiritimati'],
      ['2026-Q4', 'Pacific/Pago_Pago'],
      ['2027-Q1', 'America/Los_Angeles'],
      ['2025-Q3', 'Asia/Kolkata'],
    ];
    let counted = 0;
    for (const partnership of portfolio.partnerships) {
      for (const [quarter, zone] of moments) {
        const range = quarterRange(toQuarter(quarter));
        const asAt = reviewAsAt(range, `${TODAY}T15:00:00.000Z`, zone, cache);
        for (const row of adherenceRows(portfolio, partnership.id, range, asAt, cache)) {
          const cadence = portfolio.cadences.find((c) => c.partnershipId === partnership.id && c.name === row.name)!;
          const [from, to] = windowIn(range, cadence.zone, cache);
          const upToMoment = cadenceAdherence(cadence, portfolio.occurrences, portfolio.touchpoints, from, row.countedUntil, cache);
          const whole = cadenceAdherence(cadence, portfolio.occurrences, portfolio.touchpoints, from, to, cache);
          const expected = { planned: upToMoment.planned, held: upToMoment.held, skipped: upToMoment.skipped, moved: upToMoment.moved, ahead: Math.max(0, whole.planned - upToMoment.planned) };
          expect(row, `${partnership.name} ${quarter} ${zone} ${row.name}`).toMatchObject(expected);
          counted += row.held + row.skipped + row.moved;
        }
      }
    }
    expect(counted).toBeGreaterThan(100);
  });

  it('counts the meetings on the quarter’s edges as each cadence’s zone draws it', () => {
    const portfolio = portfolioWithEdges();
    const range = quarterRange(toQuarter('2026-Q4'));
    const rows = adherenceRows(portfolio, portfolio.partnerships[0]!.id, range, reviewAsAt(range, `${TODAY}T15:00:00.000Z`, 'UTC'));
    const row = (name: string) => rows.find((r) => r.name === name);
    // Held on 1 Oct there, and one held in February for a meeting of 13 Oct; the moved one counts as moved.
    expect(row('Edge fixed Pacific/Kiritimati')).toMatchObject({ held: 3, skipped: 0, moved: 1 });
    expect(row('Edge fixed Pacific/Pago_Pago')).toMatchObject({ held: 2, skipped: 1, moved: 0 });
    expect(row('Edge flexible Pacific/Kiritimati')).toMatchObject({ held: 2 });
    expect(row('Edge flexible Pacific/Pago_Pago')).toMatchObject({ held: 1 });
  });
});
