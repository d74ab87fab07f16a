// The stored digests behind Attention and Portfolio: built when missing, stored after the
// read, forgotten by every write that touches their partnership (in the same transaction),
// and never changing an answer: the ranking and the summaries stay those of the pure
// reference over every record, before and after writes, and days after they were built.
import { afterEach, describe, expect, it } from 'vitest';
import { rankAttention } from '@shared/attention';
import { DIGEST_MAX_AGE_DAYS, DIGEST_REFRESH_AFTER_DAYS } from '@shared/attentionDigest';
import { parseBackup } from '@shared/backup/parse';
import { addDays } from '@shared/dates';
import type { HealthCheck, ReminderState } from '@shared/domain';
import { defaultSettings, reminderKey } from '@shared/domain';
import { planReminders } from '@shared/reminders';
import { summarisePartnerships } from '@shared/portfolioSummary';
import { clearExpansionCache, expandOccurrencesFromStart } from '@shared/recurrence';
import { SCALES, generatePortfolio } from '@shared/sample/portfolioGenerator';
import { loadAttentionSnapshot, loadPortfolioDigests, rankDigests } from '../../../renderer/db/attentionQuery';
import { exportBackup, restoreBackup } from '../../../renderer/db/backup';
import { createCadence, pauseCadence } from '../../../renderer/db/cadences';
import { completeCommitment } from '../../../renderer/db/commitments';
import { digestsSettled } from '../../../renderer/db/digests';
import { readExportSnapshot } from '../../../renderer/db/exportSnapshot';
import { loadReminderSnapshot } from '../../../renderer/db/reminders';
import { createHealthCheck } from '../../../renderer/db/healthChecks';
import { archivePartnership, createPartnership } from '../../../renderer/db/partnerships';
import { settleOccurrences } from '../../../renderer/db/settleOccurrences';
import { logTouchpoint } from '../../../renderer/db/touchpoints';
import { loadPortfolioSummaries } from '../../../renderer/db/portfolioQuery';
import { addSnapshot } from '../../../renderer/db/snapshot';
import type { TestContext } from './testDb';
import { createTestContext } from './testDb';

let ctx: TestContext;
afterEach(async () => {
  await digestsSettled(ctx.db);
  await ctx.db.delete();
});

const TODAY = '2027-01-14';
const NOW = `${TODAY}T12:00:00.000Z`;
const DAY_MS = 86_400_000;
const clockAt = (daysLater: number) => {
  const now = new Date(Date.parse(NOW) + daysLater * DAY_MS);
  return { now, clock: { now: now.toISOString(), today: addDays(TODAY, daysLater), healthCheckIntervalDays: 90 } };
};

async function loaded(): Promise<void> {
  ctx = createTestContext(NOW);
  await addSnapshot(ctx, generatePortfolio({ ...SCALES['10x'], today: TODAY }), 'Benchmark portfolio');
}

/** What the screens show, through the digests, against the reference over every record now in the database. */
async function expectReferenceAnswers(daysLater = 0): Promise<void> {
  const { now, clock } = clockAt(daysLater);
  const all = await readExportSnapshot(ctx.db);
  const live = all.partnerships.filter((p) => !p.deletedAt);
  const ranked = rankDigests(await loadPortfolioDigests(ctx.db, now), clock);
  const forReminders = rankAttention(await loadAttentionSnapshot(ctx.db, now), clock);
  const summaries = await loadPortfolioSummaries(ctx.db, now, clock.today);
  clearExpansionCache(); // the reference expands every rule itself, not from the digests' plans
  const reference = rankAttention(all, clock);
  expect(ranked).toEqual(reference);
  expect(forReminders).toEqual(reference);
  expect(summaries).toEqual(summarisePartnerships({ ...all, partnerships: live }, clock));
}

async function storedIds(): Promise<string[]> {
  await digestsSettled(ctx.db);
  return (await ctx.db.partnershipDigests.toCollection().primaryKeys()).map(([id]) => id).sort();
}

async function livePartnershipIds(): Promise<string[]> {
  return (await ctx.db.partnerships.toArray())
    .filter((p) => !p.deletedAt)
    .map((p) => p.id)
    .sort();
}

describe('partnership digests', () => {
  it('are built on the first read, stored after it, and give the same answers stored as built', async () => {
    await loaded();
    expect(await ctx.db.partnershipDigests.count()).toBe(0);
    await expectReferenceAnswers();
    expect(await storedIds()).toEqual(await livePartnershipIds());
    await expectReferenceAnswers();
    const digest = (await ctx.db.partnershipDigests.toArray())[0]!;
    expect(digest.builtAt).toBe(NOW);
    expect(digest.touchpoints.every((t) => t.summary === '' && t.internalNotes === '' && t.cadenceId !== '')).toBe(true);
  });

  const builtAts = async () => {
    await digestsSettled(ctx.db);
    return new Set((await ctx.db.partnershipDigests.toArray()).map((d) => d.builtAt));
  };

  it('stored at one moment, still answer as the reference does weeks later, and are refreshed in the background as they age', async () => {
    await loaded();
    await loadAttentionSnapshot(ctx.db, new Date(NOW));
    await storedIds();
    for (const days of [1, 3, 12, DIGEST_REFRESH_AFTER_DAYS - 1]) await expectReferenceAnswers(days);
    expect(await builtAts()).toEqual(new Set([NOW]));
    await expectReferenceAnswers(DIGEST_REFRESH_AFTER_DAYS);
    expect(await builtAts()).toEqual(new Set([clockAt(DIGEST_REFRESH_AFTER_DAYS).now.toISOString()]));
  });

  it('too old to serve, are rebuilt before they are used', async () => {
    await loaded();
    await loadAttentionSnapshot(ctx.db, new Date(NOW));
    await storedIds();
    await expectReferenceAnswers(DIGEST_MAX_AGE_DAYS);
    expect(await builtAts()).toEqual(new Set([clockAt(DIGEST_MAX_AGE_DAYS).now.toISOString()]));
  });

  it('carry each fixed cadence’s plan: the instants its rule gives over the windows asked of it', async () => {
    await loaded();
    await loadAttentionSnapshot(ctx.db, new Date(NOW));
    await storedIds();
    const digests = await ctx.db.partnershipDigests.toArray();
    const plans = digests.flatMap((d) => d.plans.map((plan) => ({ plan, cadence: d.cadences.find((c) => c.id === plan.cadenceId)! })));
    expect(plans.length).toBeGreaterThan(10);
    clearExpansionCache();
    for (const { plan, cadence } of plans) expect(plan.instants).toEqual(expandOccurrencesFromStart(cadence, plan.fromIso, plan.toIso));
  });

  it('are forgotten by each write to their partnership, and only theirs, and the answers follow the write', async () => {
    await loaded();
    await loadAttentionSnapshot(ctx.db, new Date(NOW));
    const everyone = await storedIds();
    const overdue = (await ctx.db.commitments.toArray()).find((c) => c.status === 'open' && !c.deletedAt && c.dueOn < TODAY)!;
    await completeCommitment(ctx, overdue.id, TODAY);
    expect(await ctx.db.partnershipDigests.where('partnershipId').equals(overdue.partnershipId).first()).toBeUndefined();
    expect(await ctx.db.partnershipDigests.count()).toBe(everyone.length - 1);
    await expectReferenceAnswers();

    const cadence = (await ctx.db.cadences.toArray()).find((c) => c.status === 'active' && !c.deletedAt && c.partnershipId !== overdue.partnershipId)!;
    await pauseCadence(ctx, cadence.id);
    expect(await ctx.db.partnershipDigests.where('partnershipId').equals(cadence.partnershipId).first()).toBeUndefined();
    await expectReferenceAnswers();

    const check = (await ctx.db.healthChecks.toArray()).find((h) => h.perspective === 'ours' && !h.deletedAt)!;
    const low: Pick<HealthCheck, 'partnershipId' | 'perspective' | 'respondent' | 'internalNotes'> & { assessedOn: string; scores: { dimension: string; score: number; comment: string }[] } = {
      partnershipId: check.partnershipId,
      perspective: 'ours',
      respondent: '',
      internalNotes: '',
      assessedOn: TODAY,
      scores: [{ dimension: 'trust', score: 1, comment: '' }],
    };
    await storedIds();
    await createHealthCheck(ctx, low);
    expect(await ctx.db.partnershipDigests.where('partnershipId').equals(check.partnershipId).first()).toBeUndefined();
    clearExpansionCache();
    const ranked = rankAttention(await loadAttentionSnapshot(ctx.db, new Date(NOW)), clockAt(0).clock);
    expect(ranked.some((item) => item.key === `health-drop:${check.partnershipId}:ours`)).toBe(true);
    await expectReferenceAnswers();
  });

  it('are right after a write whether or not the reader that follows it still needs the records it read early', async () => {
    await loaded();
    await loadAttentionSnapshot(ctx.db, new Date(NOW));
    await storedIds();
    const open = (await ctx.db.commitments.toArray()).filter((c) => c.status === 'open' && !c.deletedAt);
    // Two partnerships' digests forgotten; one partnership then archived, so the next reader
    // reads its records alongside the keys (the write's hint) but must not build its digest.
    await completeCommitment(ctx, open[0]!.id, TODAY);
    const other = open.find((c) => c.partnershipId !== open[0]!.partnershipId)!;
    await completeCommitment(ctx, other.id, TODAY);
    await archivePartnership(ctx, other.partnershipId);
    await expectReferenceAnswers();
    expect(await storedIds()).not.toContain(other.partnershipId);
    expect(await storedIds()).toContain(open[0]!.partnershipId);
    // Stored again since: a further read finds them there, and reads nothing early.
    await expectReferenceAnswers();
  });

  it('are all forgotten when a restore replaces the records, and rebuilt from the restored ones', async () => {
    await loaded();
    const backup = parseBackup(await exportBackup(ctx, { name: 'Steward', version: 'test' }));
    if (!backup.ok) throw new Error(backup.errors.join('\n'));
    await loadAttentionSnapshot(ctx.db, new Date(NOW));
    expect((await storedIds()).length).toBeGreaterThan(0);
    await restoreBackup(ctx, backup.backup, 'replace');
    expect(await ctx.db.partnershipDigests.count()).toBe(0);
    await expectReferenceAnswers();
  });

  it('give the reminder planner the same plan as every record does, a long snooze on a recorded meeting included', async () => {
    await loaded();
    const all = await readExportSnapshot(ctx.db);
    const fixed = all.cadences.find((c) => c.mode === 'fixed' && c.status === 'active' && !c.deletedAt && all.touchpoints.some((t) => t.cadenceId === c.id && t.occurredOn < addDays(TODAY, -100)))!;
    const held = all.touchpoints.filter((t) => t.cadenceId === fixed.id && t.occurrence !== '' && t.occurredOn < addDays(TODAY, -100)).at(-1)!;
    const ledger: ReminderState[] = [
      { key: reminderKey('cadence', fixed.id, held.occurrence), partnershipId: fixed.partnershipId, deliveredAt: held.occurrence, snoozedUntil: `${addDays(TODAY, 2)}T09:00:00.000Z`, updatedAt: NOW },
    ];
    await ctx.db.reminders.bulkPut(ledger);
    const settings = { ...defaultSettings('Europe/Berlin'), quietHoursEnabled: false };
    for (const days of [0, 2, 3, 10, 25]) {
      const { now } = clockAt(days);
      for (const lastTickAt of [undefined, new Date(now.getTime() - 3 * DAY_MS).toISOString()]) {
        const input = { ledger, settings, now: now.toISOString(), ...(lastTickAt ? { lastTickAt } : {}) };
        const viaDigests = planReminders({ ...input, snapshot: await loadReminderSnapshot(ctx.db, now) });
        clearExpansionCache();
        expect(viaDigests).toEqual(planReminders({ ...input, snapshot: all }));
      }
    }
  });

  // Issue 12: stored on 7 Dec, read on 9 Dec, a digest must not keep calling the 8 Dec
  // steering call "next" or "due soon": its answers are the pure functions' of that moment.
  it('built before a meeting, answer after it as the reference does: not recorded, never next', async () => {
    ctx = createTestContext('2026-12-07T09:00:00.000Z');
    const p = await createPartnership(ctx, { name: 'Acme co-sell', partnerOrg: 'Acme Corp', type: 'co-sell', status: 'active' });
    const cadence = await createCadence(ctx, { partnershipId: p.id, name: 'Monthly steering call', kind: 'steering committee', rrule: 'FREQ=MONTHLY;BYMONTHDAY=8', start: '2026-10-08T15:00', zone: 'Europe/London', durationMinutes: 60, leadMinutes: 1440 });
    await logTouchpoint(ctx, { touchpoint: { partnershipId: p.id, kind: 'meeting', occurredOn: '2026-11-08', title: 'Steering', cadenceId: cadence.id, occurrence: '2026-11-08T15:00:00.000Z' } });
    await settleOccurrences(ctx, { cadenceId: cadence.id, outcome: 'skipped', occurrences: ['2026-10-08T14:00:00.000Z'], timeZone: 'Europe/London' });
    await loadAttentionSnapshot(ctx.db, new Date('2026-12-07T09:00:00.000Z'));
    await storedIds();
    const at = (now: string, today: string) => ({ now: new Date(now), clock: { now, today, healthCheckIntervalDays: 90 } });
    for (const { now, clock } of [at('2026-12-07T16:00:00.000Z', '2026-12-07'), at('2026-12-08T15:30:00.000Z', '2026-12-08'), at('2026-12-09T10:00:00.000Z', '2026-12-09')]) {
      const ranked = rankDigests(await loadPortfolioDigests(ctx.db, now), clock);
      const summaries = await loadPortfolioSummaries(ctx.db, now, clock.today);
      const all = await readExportSnapshot(ctx.db);
      clearExpansionCache();
      expect(ranked).toEqual(rankAttention(all, clock));
      expect(summaries).toEqual(summarisePartnerships(all, clock));
    }
    expect((await ctx.db.partnershipDigests.toArray()).map((d) => d.builtAt)).toEqual(['2026-12-07T09:00:00.000Z']);
    const { now, clock } = at('2026-12-09T10:00:00.000Z', '2026-12-09');
    const cadenceItems = rankDigests(await loadPortfolioDigests(ctx.db, now), clock).filter((i) => i.tab === 'cadences');
    expect(cadenceItems.map((i) => i.title)).toEqual(['Was “Monthly steering call” on 8 Dec 2026 held?']);
    expect((await loadPortfolioSummaries(ctx.db, now, clock.today)).get(p.id)).toMatchObject({ nextCadence: { dueOn: '2027-01-08', band: 'ok' }, unrecordedMeetings: 1 });
  });

  it('stay out of backups: they are derived from what is backed up', async () => {
    await loaded();
    await loadAttentionSnapshot(ctx.db, new Date(NOW));
    await storedIds();
    const text = await exportBackup(ctx, { name: 'Steward', version: 'test' });
    expect(text).not.toContain('"digests"');
    expect(text).not.toContain('builtAt');
  });
});
