import { afterEach, describe, expect, it } from 'vitest';
import type { Cadence, CadenceId, Decision, DecisionId, OccurrenceRecord, PortfolioSnapshot, ValueEvent, ValueEventId } from '@shared/domain';
import type { Edition } from '@shared/exports/partnerSafe';
import { buildQuarterlyReview } from '@shared/exports/quarterlyReview';
import { createExpansionCache } from '@shared/recurrence';
import { SCALES, generatePortfolio } from '@shared/sample/portfolioGenerator';
import { addSnapshot } from '../../../renderer/db/snapshot';
import { readExportSnapshot } from '../../../renderer/db/exportSnapshot';
import { readReviewInputs } from '../../../renderer/db/reviewSnapshot';
import { saveReviewSummary } from '../../../renderer/db/reviewSummaries';
import { createExchangeRate, deleteExchangeRate, listExchangeRates } from '../../../renderer/db/value';
import type { TestContext } from './testDb';
import { createTestContext } from './testDb';

let ctx: TestContext;
afterEach(async () => {
  await ctx.db.delete();
});

const TODAY = '2027-01-14';
const NOW = `${TODAY}T15:00:00.000Z`;
const STAMP = { createdAt: '2026-09-01T00:00:00.000Z', updatedAt: '2026-09-01T00:00:00.000Z' };
const DELETED = { deletedAt: '2026-12-20T00:00:00.000Z' };
const id = (n: number) => `e0d1a000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function cadence(n: number, partnershipId: string, zone: string): Cadence {
  const fields = { name: `Edge ${zone}`, kind: 'ops sync', mode: 'fixed', rrule: 'FREQ=WEEKLY;BYDAY=WE', start: '2026-06-03T09:00', zone, durationMinutes: 30 } as const;
  return { ...STAMP, ...fields, id: id(n) as CadenceId, partnershipId, channel: '', participantIds: [], agendaTemplate: '', leadMinutes: 60, status: 'active' };
}

function record(n: number, of: Cadence, occurrence: string, outcome: OccurrenceRecord['outcome'], extra: Partial<OccurrenceRecord> = {}): OccurrenceRecord {
  return { ...STAMP, id: id(n), partnershipId: of.partnershipId, cadenceId: of.id, occurrence, outcome, note: '', ...extra };
}

function decision(n: number, partnershipId: string, decidedOn: string, extra: Partial<Decision> = {}): Decision {
  return { ...STAMP, id: id(n) as DecisionId, partnershipId, decidedOn, statement: `Decided on ${decidedOn}`, rationale: 'Why', touchpointId: '', ...extra };
}

function valueEvent(n: number, partnershipId: string, occurredOn: string, extra: Partial<ValueEvent> = {}): ValueEvent {
  return { ...STAMP, id: id(n) as ValueEventId, partnershipId, kind: 'reference won', description: `Event on ${occurredOn}`, currency: '', occurredOn, ...extra };
}

/**
 * The benchmark's smallest portfolio (five partnerships, a year and a half of history, value
 * records included) plus records on the edges of 2026-Q4 for its first partnership: two
 * cadences in the zones furthest from UTC (+14 and -11), whose quarter starts and ends a day
 * away from UTC's, with meetings recorded just inside and just outside it; decisions and value
 * events on the quarter's first and last days and the days around them; deleted ones.
 */
function portfolioWithEdges(): PortfolioSnapshot {
  const sample = generatePortfolio({ ...SCALES['1x'], today: TODAY });
  const partnershipId = sample.partnerships[0]!.id;
  const [east, west] = [cadence(1, partnershipId, 'Pacific/Kiritimati'), cadence(2, partnershipId, 'Pacific/Pago_Pago')];
  const records = [
    record(10, east, '2026-09-30T19:00:00.000Z', 'held'), // 1 Oct 09:00 in Kiritimati, 30 Sep in UTC: in the quarter
    record(11, east, '2026-09-30T09:00:00.000Z', 'skipped'), // 30 Sep 23:00 there: outside
    record(12, east, '2026-12-30T19:00:00.000Z', 'moved', { movedTo: '2027-01-02T19:00:00.000Z' }),
    record(13, east, '2026-10-06T19:00:00.000Z', 'skipped', DELETED),
    record(14, west, '2027-01-01T09:00:00.000Z', 'held'), // 31 Dec 22:00 in Pago Pago, 1 Jan in UTC: in the quarter
    record(15, west, '2027-01-01T12:00:00.000Z', 'held'), // 1 Jan 01:00 there: outside
    record(16, west, '2026-10-01T20:00Z', 'held'), // an instant without seconds still names its meeting
  ];
  const days = ['2026-09-30', '2026-10-01', '2026-12-31', '2027-01-01'];
  return {
    ...sample,
    cadences: [...sample.cadences, east, west],
    occurrences: [...sample.occurrences, ...records],
    decisions: [...sample.decisions, ...days.map((day, i) => decision(20 + i, partnershipId, day)), decision(29, partnershipId, '2026-11-11', DELETED)],
    valueEvents: [...sample.valueEvents, ...days.map((day, i) => valueEvent(30 + i, partnershipId, day)), valueEvent(39, partnershipId, '2026-11-11', DELETED)],
  };
}

async function loadEdges(): Promise<string> {
  ctx = createTestContext(NOW);
  const portfolio = portfolioWithEdges();
  await addSnapshot(ctx, portfolio, 'Loaded the benchmark portfolio');
  const partnershipId = portfolio.partnerships[0]!.id;
  for (const quarter of ['2026-Q4', '2027-Q1']) await saveReviewSummary(ctx, { partnershipId, quarter, wins: `Won in ${quarter}`, risks: '', asks: '' });
  await createExchangeRate(ctx, { from: 'EUR', to: 'USD', rate: 1.1, asOf: '2026-10-01' });
  await createExchangeRate(ctx, { from: 'GBP', to: 'USD', rate: 1.3, asOf: '2026-10-01' });
  await deleteExchangeRate(ctx, (await createExchangeRate(ctx, { from: 'GBP', to: 'USD', rate: 9, asOf: '2026-12-01' })).id);
  return partnershipId;
}

describe('reading what a quarterly review needs', () => {
  it('gives every partnership, quarter, zone and edition the review the whole database gives', async () => {
    await loadEdges();
    const everything = await readExportSnapshot(ctx.db);
    const rates = await listExchangeRates(ctx.db);
    expect(rates).toHaveLength(2);
    const cases: [string, string, Edition][] = [
      ['2026-Q4', 'UTC', 'internal'],
      ['2026-Q4', 'Pacific/Kiritimati', 'internal'],
      ['2026-Q4', 'Pacific/Pago_Pago', 'partner'],
      ['2027-Q1', 'America/Los_Angeles', 'internal'],
      ['2027-Q1', 'Asia/Kolkata', 'partner'],
      ['2027-Q2', 'UTC', 'internal'],
      ['2025-Q3', 'Europe/Berlin', 'internal'],
    ];
    // One cache for every build, as the page keeps one: its answers are the same as without.
    const cache = createExpansionCache();
    for (const partnership of everything.partnerships) {
      for (const [quarter, zone, edition] of cases) {
        const read = await readReviewInputs(ctx.db, partnership.id, quarter);
        expect(read.rates).toEqual(rates);
        const options = { edition, now: NOW, zone, cache, value: { currency: 'USD', rates } };
        expect(buildQuarterlyReview(read.snapshot, partnership.id, quarter, options), `${partnership.name} ${quarter} ${zone} ${edition}`).toEqual(
          buildQuarterlyReview(everything, partnership.id, quarter, options),
        );
      }
    }
  });

  it('counts the meetings, decisions, value events and summary on the edges of the quarter, and reads no activity or meeting preparations', async () => {
    const partnershipId = await loadEdges();
    const { snapshot } = await readReviewInputs(ctx.db, partnershipId, '2026-Q4');
    const review = buildQuarterlyReview(snapshot, partnershipId, '2026-Q4', { edition: 'internal', now: NOW, zone: 'UTC' });
    const edge = (zone: string) => review.adherence.cadences.find((c) => c.name === `Edge ${zone}`);
    expect(edge('Pacific/Kiritimati')).toMatchObject({ held: 1, skipped: 0, moved: 1 });
    expect(edge('Pacific/Pago_Pago')).toMatchObject({ held: 2 });
    expect(review.decisions.map((d) => d.decidedOn).filter((day) => day.endsWith('-01') || day.endsWith('-31') || day.endsWith('-30'))).toEqual(expect.arrayContaining(['2026-10-01', '2026-12-31']));
    expect(review.decisions.some((d) => d.decidedOn === '2026-09-30' || d.decidedOn === '2027-01-01' || d.decidedOn === '2026-11-11')).toBe(false);
    expect(review.value.valueEvents.filter((e) => e.description.startsWith('Event on')).map((e) => e.occurredOn)).toEqual(['2026-10-01', '2026-12-31']);
    expect(review.summary).toMatchObject({ isSaved: true, text: { wins: 'Won in 2026-Q4' } });
    expect(snapshot.activity).toEqual([]);
    expect(snapshot.meetingPreps).toEqual([]);
    expect(snapshot.occurrences.every((o) => o.occurrence >= '2026-09-29' && o.occurrence < '2027-01-03')).toBe(true);
    const missing = await readReviewInputs(ctx.db, 'no-such-id', '2026-Q4');
    expect(Object.values(missing.snapshot).every((rows) => rows.length === 0)).toBe(true);
  });
});
