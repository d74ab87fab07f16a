// The stored excerpts behind Attention, Portfolio and the reminder planner: written by every
// write path in the write's own transaction, always equal to the excerpt built again from
// the records, and never changing an answer: the ranking, the summaries and the reminder
// plan stay those of the pure reference over every record, after writes and at any later time.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { rankAttention } from '@shared/attention';
import { parseBackup } from '@shared/backup/parse';
import { addDays } from '@shared/dates';
import type { PortfolioSnapshot, ReminderState } from '@shared/domain';
import { defaultSettings, reminderKey } from '@shared/domain';
import { parseCsv } from '@shared/imports/csvParse';
import { guessMapping } from '@shared/imports/fields';
import { excerptPartnership } from '@shared/partnershipExcerpt';
import { planReminders } from '@shared/reminders';
import { summarisePartnerships } from '@shared/portfolioSummary';
import { SCALES, generatePortfolio } from '@shared/sample/portfolioGenerator';
import { loadAttentionSnapshot, loadPortfolioExcerpts, rankExcerpts } from '../../../renderer/db/attentionQuery';
import { exportBackup, restoreBackup } from '../../../renderer/db/backup';
import {
  createCadence,
  deleteCadence,
  deleteOccurrenceRecord,
  markOccurrence,
  pauseCadence,
  restoreCadence,
  restoreOccurrenceRecord,
  resumeCadence,
  updateCadence,
} from '../../../renderer/db/cadences';
import {
  completeCommitment,
  createCommitment,
  createCommitments,
  deleteCommitment,
  dropCommitment,
  reopenCommitment,
  restoreCommitment,
  updateCommitment,
} from '../../../renderer/db/commitments';
import { touchPartnership } from '../../../renderer/db/writePath';
import { readExportSnapshot } from '../../../renderer/db/exportSnapshot';
import { createHealthCheck, deleteHealthCheck, restoreHealthCheck, updateHealthCheck } from '../../../renderer/db/healthChecks';
import { importCsv, undoImport } from '../../../renderer/db/imports';
import { agreeIntent, deleteIntentDraft, restoreIntentDraft, saveIntentDraft, startDraftFromAgreed, updateIntentDraft } from '../../../renderer/db/intents';
import { archivePartnership, createPartnership, restorePartnership, updatePartnership } from '../../../renderer/db/partnerships';
import { loadReminderSnapshot, markReminderDone } from '../../../renderer/db/reminders';
import { settleOccurrences, unsettleOccurrences } from '../../../renderer/db/settleOccurrences';
import { createStakeholder } from '../../../renderer/db/stakeholders';
import { deleteTouchpoint, logTouchpoint, restoreTouchpoint, updateTouchpoint } from '../../../renderer/db/touchpoints';
import { loadPortfolioSummaries } from '../../../renderer/db/portfolioQuery';
import { addSnapshot } from '../../../renderer/db/snapshot';
import { createGoalMeasurement, deleteGoalMeasurement, restoreGoalMeasurement, updateGoalMeasurement } from '../../../renderer/db/value';
import type { TestContext } from './testDb';
import { createTestContext } from './testDb';

let ctx: TestContext;
afterEach(async () => {
  await ctx.db.delete();
});

const TODAY = '2027-01-14';
const NOW = `${TODAY}T12:00:00.000Z`;
const DAY_MS = 86_400_000;
const clockAt = (daysLater: number) => {
  const now = new Date(Date.parse(NOW) + daysLater * DAY_MS);
  return { now, clock: { now: now.toISOString(), today: addDays(TODAY, daysLater), healthCheckIntervalDays: 90 } };
};

/** Each scale's portfolio, generated once for the file (the 10x one takes seconds); every load writes a copy of its own. */
const portfolios = new Map<'1x' | '10x', PortfolioSnapshot>();
function portfolio(scale: '1x' | '10x'): PortfolioSnapshot {
  const generated = portfolios.get(scale) ?? generatePortfolio({ ...SCALES[scale], today: TODAY });
  portfolios.set(scale, generated);
  return structuredClone(generated);
}

async function loaded(): Promise<void> {
  ctx = createTestContext(NOW);
  await addSnapshot(ctx, portfolio('10x'), 'Benchmark portfolio');
}

/**
 * What the screens show, through the excerpts, against the reference over every record now in
 * the database, on each of the days given (days after today; today when none): the records and
 * the rows are read once, and each day answers from the same ones.
 */
async function expectReferenceAnswers(...daysLater: number[]): Promise<void> {
  const all = await readExportSnapshot(ctx.db);
  const live = all.partnerships.filter((p) => !p.deletedAt);
  const excerpts = await loadPortfolioExcerpts(ctx.db);
  const attention = await loadAttentionSnapshot(ctx.db);
  for (const days of daysLater.length > 0 ? daysLater : [0]) {
    const { now, clock } = clockAt(days);
    const summaries = await loadPortfolioSummaries(ctx.db, now, clock.today);
    const reference = rankAttention(all, clock);
    expect(rankExcerpts(excerpts, clock), `Attention ${days} days on`).toEqual(reference);
    expect(rankAttention(attention, clock), `the reminders' Attention ${days} days on`).toEqual(reference);
    expect(summaries, `the Portfolio ${days} days on`).toEqual(summarisePartnerships({ ...all, partnerships: live }, clock));
  }
}

/**
 * Every stored excerpt is the one the builder makes from the records now, one per partnership,
 * and has a revision, which its row in excerptRevisions repeats (no other row is there).
 */
async function expectExcerptsCurrent(): Promise<void> {
  const all = await readExportSnapshot(ctx.db);
  const rows = await ctx.db.partnershipExcerpts.toArray();
  expect(rows.every((row) => typeof row.revision === 'string')).toBe(true);
  expect(await ctx.db.excerptRevisions.toArray()).toEqual(rows.map(({ partnershipId, revision }) => ({ partnershipId, revision })));
  const stored = rows.map(({ revision: _stamp, ...excerpt }) => excerpt);
  const rebuilt = all.partnerships.map((p) => excerptPartnership(p.id, all));
  const byId = <T extends { readonly partnershipId: string }>(list: readonly T[]) => [...list].sort((a, b) => a.partnershipId.localeCompare(b.partnershipId));
  expect(byId(stored)).toEqual(byId(rebuilt));
}

// Each test loads a 10x portfolio and compares with the reference over every record: seconds, not milliseconds.
describe('partnership excerpts', { timeout: 60_000 }, () => {
  it('are written with the records, hold no free text, and answer as the reference does at once and long after', async () => {
    await loaded();
    await expectExcerptsCurrent();
    const stored = await ctx.db.partnershipExcerpts.toArray();
    expect(stored.flatMap((e) => e.touchpoints).every((t) => t.summary === '' && t.internalNotes === '' && t.cadenceId !== '')).toBe(true);
    // No age: the same rows serve today, next month and next year.
    await expectReferenceAnswers(0, 1, 3, 12, 21, 30, 45, 90, 200, 400);
    expect(await ctx.db.partnershipExcerpts.toArray()).toEqual(stored);
  });

  it('are rebuilt by each write to their partnership, in its transaction, and the answers follow the write', async () => {
    await loaded();
    const before = new Map((await ctx.db.partnershipExcerpts.toArray()).map((e) => [e.partnershipId, e]));
    const overdue = (await ctx.db.commitments.toArray()).find((c) => c.status === 'open' && !c.deletedAt && c.dueOn < TODAY)!;
    await completeCommitment(ctx, overdue.id, TODAY);
    const after = await ctx.db.partnershipExcerpts.toArray();
    expect(after.filter((e) => JSON.stringify(e) !== JSON.stringify(before.get(e.partnershipId))).map((e) => e.partnershipId)).toEqual([overdue.partnershipId]);
    await expectExcerptsCurrent();
    await expectReferenceAnswers();
    // A write that fails rolls its excerpt back with its records.
    const cadence = (await ctx.db.cadences.toArray()).find((c) => c.status === 'active' && !c.deletedAt)!;
    await archivePartnership(ctx, cadence.partnershipId);
    await expect(pauseCadence(ctx, cadence.id)).rejects.toThrow('is archived');
    await expectExcerptsCurrent();
    await expectReferenceAnswers(5);
  });

  it('cannot be forgotten: a write outside writeTransaction is refused', () => {
    expect(() => touchPartnership('p1')).toThrow('outside writeTransaction');
  });

  it('have one writer: no module in renderer/db opens a read-write transaction of its own but the excerpts and the reminder ledger (reminders, Attention snoozes)', () => {
    const sources = import.meta.glob<string>('../../../renderer/db/*.ts', { query: '?raw', import: 'default', eager: true });
    const opening = Object.entries(sources)
      .filter(([, text]) => text.includes(".transaction('rw'"))
      .map(([path]) => path.split('/').at(-1))
      .sort();
    // reminders.ts and attentionSnoozes.ts write only the reminder ledger: no excerpt holds it. settings.ts logs to the
    // activity table, a synced one, so it writes through writeTransaction (writePath.ts).
    expect(opening).toEqual(['attentionSnoozes.ts', 'excerpts.ts', 'reminders.ts', 'writePath.ts']);
  });

  it('are replaced by a restore with the restored records’ own, and stay out of backups', async () => {
    await loaded();
    const text = await exportBackup(ctx, { name: 'Steward', version: 'test' });
    expect(text).not.toContain('partnershipExcerpts');
    const backup = parseBackup(text);
    if (!backup.ok) throw new Error(backup.errors.join('\n'));
    const extra = await createPartnership(ctx, { name: 'Gone after restore', partnerOrg: 'X', type: 'co-sell', status: 'active' });
    await restoreBackup(ctx, backup.backup, 'replace');
    expect(await ctx.db.partnershipExcerpts.get(extra.id)).toBeUndefined();
    await expectExcerptsCurrent();
    await restoreBackup(ctx, backup.backup, 'merge');
    await expectExcerptsCurrent();
    await expectReferenceAnswers(2);
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
    for (const days of [0, 2, 3, 10, 25, 60, 200]) {
      const { now } = clockAt(days);
      for (const lastTickAt of [undefined, new Date(now.getTime() - 3 * DAY_MS).toISOString()]) {
        const input = { ledger, settings, now: now.toISOString(), ...(lastTickAt ? { lastTickAt } : {}) };
        const viaExcerpts = planReminders({ ...input, snapshot: await loadReminderSnapshot(ctx.db, now) });
        expect(viaExcerpts).toEqual(planReminders({ ...input, snapshot: all }));
      }
    }
  });

  // Issue 12: written on 7 Dec, read on 9 Dec, the rows must not keep calling the 8 Dec
  // steering call "next" or "due soon": its answers are the pure functions' of that moment.
  it('written before a meeting, answer after it as the reference does: not recorded, never next', async () => {
    ctx = createTestContext('2026-12-07T09:00:00.000Z');
    const p = await createPartnership(ctx, { name: 'Acme co-sell', partnerOrg: 'Acme Corp', type: 'co-sell', status: 'active' });
    const cadence = await createCadence(ctx, { partnershipId: p.id, name: 'Monthly steering call', kind: 'steering committee', rrule: 'FREQ=MONTHLY;BYMONTHDAY=8', start: '2026-10-08T15:00', zone: 'Europe/London', durationMinutes: 60, leadMinutes: 1440 });
    await logTouchpoint(ctx, { touchpoint: { partnershipId: p.id, kind: 'meeting', occurredOn: '2026-11-08', title: 'Steering', cadenceId: cadence.id, occurrence: '2026-11-08T15:00:00.000Z' } });
    await settleOccurrences(ctx, { cadenceId: cadence.id, outcome: 'skipped', occurrences: ['2026-10-08T14:00:00.000Z'], timeZone: 'Europe/London' });
    const at = (now: string, today: string) => ({ now: new Date(now), clock: { now, today, healthCheckIntervalDays: 90 } });
    for (const { now, clock } of [at('2026-12-07T16:00:00.000Z', '2026-12-07'), at('2026-12-08T15:30:00.000Z', '2026-12-08'), at('2026-12-09T10:00:00.000Z', '2026-12-09')]) {
      const ranked = rankExcerpts(await loadPortfolioExcerpts(ctx.db), clock);
      const summaries = await loadPortfolioSummaries(ctx.db, now, clock.today);
      const all = await readExportSnapshot(ctx.db);
      expect(ranked).toEqual(rankAttention(all, clock));
      expect(summaries).toEqual(summarisePartnerships(all, clock));
    }
    const { now, clock } = at('2026-12-09T10:00:00.000Z', '2026-12-09');
    const cadenceItems = rankExcerpts(await loadPortfolioExcerpts(ctx.db), clock).filter((i) => i.tab === 'cadences');
    expect(cadenceItems.map((i) => i.title)).toEqual(['Was “Monthly steering call” on 8 Dec 2026 held?']);
    expect((await loadPortfolioSummaries(ctx.db, now, clock.today)).get(p.id)).toMatchObject({ nextCadence: { dueOn: '2027-01-08', band: 'ok' }, unrecordedMeetings: 1 });
  });
});

// ------------------------------------------------------------------ every write path

const acme = { name: 'Acme co-sell', partnerOrg: 'Acme Corp', type: 'co-sell', status: 'active' } as const;
const brief = { title: 'Send webinar brief', owedBy: 'us', dueOn: '2027-01-10' } as const;
const charter = {
  purpose: 'Win mid-market deals together',
  goals: [
    { statement: '20 joint wins', metric: 'deals', target: '20', dueBy: '2027-12-31' },
    // Measurable: Attention's goal items come from it.
    { statement: 'Joint pipeline', unit: 'count' as const, baseline: 0, targetValue: 100, dueBy: '2027-06-30', measureEveryDays: 14 },
  ],
};
const agreement = { agreedOn: '2027-01-14', agreedByUs: 'Dana Reyes', agreedByPartner: 'Lee Chen' };
const weekly = { name: 'Weekly sync', kind: 'ops sync', rrule: 'FREQ=WEEKLY;BYDAY=MO', start: '2026-06-01T10:00', zone: 'Europe/Berlin', durationMinutes: 30, leadMinutes: 60 } as const;
const check = (partnershipId: string, score: number) => ({ partnershipId, perspective: 'ours', respondent: '', internalNotes: '', assessedOn: TODAY, scores: [{ dimension: 'trust', score, comment: 'why' }] });
const csv = (partnershipId: string) => {
  const parsed = parseCsv('Title,Owed by,Due\nImported one,us,05/01/2027\nImported two,them,20/01/2027\n');
  if (!parsed.ok) throw new Error(parsed.error);
  return { table: parsed.table, options: { kind: 'commitments' as const, mapping: guessMapping('commitments', parsed.table.header), partnershipId, dateOrder: 'dmy' as const }, fileName: 'q1.csv' };
};

/** Each write path of the data layer, in an order in which each can run; every one is followed by the check. */
async function everyWritePath(step: (name: string) => Promise<void>): Promise<void> {
  const p = await createPartnership(ctx, acme);
  await step('createPartnership');
  await updatePartnership(ctx, p.id, { ...acme, name: 'Acme resell' });
  await step('updatePartnership');
  await createStakeholder(ctx, { partnershipId: p.id, side: 'partner', name: 'Lee Chen', function: 'executive', roles: ['sponsor'] });
  await step('createStakeholder');
  const cadence = await createCadence(ctx, { ...weekly, partnershipId: p.id });
  await step('createCadence');
  await updateCadence(ctx, cadence.id, { ...weekly, partnershipId: p.id, leadMinutes: 120 });
  await step('updateCadence');
  const logged = await logTouchpoint(ctx, {
    touchpoint: { partnershipId: p.id, kind: 'meeting', occurredOn: '2027-01-04', title: 'Sync', cadenceId: cadence.id, occurrence: '2027-01-04T09:00:00.000Z' },
    followUps: [{ title: 'Follow up', owedBy: 'us', dueOn: '2027-01-12' }],
  });
  await step('logTouchpoint');
  await updateTouchpoint(ctx, logged.touchpoint.id, { ...logged.touchpoint, occurredOn: '2027-01-11', occurrence: '2027-01-11T09:00:00.000Z' });
  await step('updateTouchpoint');
  await deleteTouchpoint(ctx, logged.touchpoint.id);
  await step('deleteTouchpoint');
  await restoreTouchpoint(ctx, logged.touchpoint.id);
  await step('restoreTouchpoint');
  const moved = await markOccurrence(ctx, { cadenceId: cadence.id, occurrence: '2027-01-18T09:00:00.000Z', outcome: 'moved', movedTo: '2027-01-19T09:00:00.000Z', note: 'travel' });
  await step('markOccurrence');
  await deleteOccurrenceRecord(ctx, moved.id);
  await step('deleteOccurrenceRecord');
  await restoreOccurrenceRecord(ctx, moved.id);
  await step('restoreOccurrenceRecord');
  const settled = await settleOccurrences(ctx, { cadenceId: cadence.id, outcome: 'skipped', occurrences: ['2026-12-21T09:00:00.000Z', '2026-12-28T09:00:00.000Z'], timeZone: 'Europe/Berlin' });
  await step('settleOccurrences');
  await unsettleOccurrences(ctx, settled);
  await step('unsettleOccurrences');
  await pauseCadence(ctx, cadence.id);
  await step('pauseCadence');
  await resumeCadence(ctx, cadence.id);
  await step('resumeCadence');
  await deleteCadence(ctx, cadence.id);
  await step('deleteCadence');
  await restoreCadence(ctx, cadence.id);
  await step('restoreCadence');
  const c = await createCommitment(ctx, { ...brief, partnershipId: p.id });
  await step('createCommitment');
  await updateCommitment(ctx, c.id, { ...brief, partnershipId: p.id, title: 'Send the brief' });
  await step('updateCommitment');
  await completeCommitment(ctx, c.id, TODAY);
  await step('completeCommitment');
  await reopenCommitment(ctx, c.id);
  await step('reopenCommitment');
  await dropCommitment(ctx, c.id);
  await step('dropCommitment');
  await reopenCommitment(ctx, c.id);
  await deleteCommitment(ctx, c.id);
  await step('deleteCommitment');
  await restoreCommitment(ctx, c.id);
  await step('restoreCommitment');
  await createCommitments(ctx, p.id, [brief, { ...brief, title: 'Second' }]);
  await step('createCommitments');
  await ctx.db.reminders.put({ key: `commitment:${c.id}:due`, partnershipId: p.id, deliveredAt: NOW, updatedAt: NOW });
  await markReminderDone(ctx, `commitment:${c.id}:due`, c.id, TODAY);
  await step('markReminderDone');
  const h = await createHealthCheck(ctx, check(p.id, 4));
  await step('createHealthCheck');
  await updateHealthCheck(ctx, h.id, check(p.id, 2));
  await step('updateHealthCheck');
  await deleteHealthCheck(ctx, h.id);
  await step('deleteHealthCheck');
  await restoreHealthCheck(ctx, h.id);
  await step('restoreHealthCheck');
  const draft = await saveIntentDraft(ctx, p.id, charter);
  await step('saveIntentDraft');
  await updateIntentDraft(ctx, draft.id, { ...charter, purpose: 'Win more deals' });
  await step('updateIntentDraft');
  await agreeIntent(ctx, draft.id, agreement);
  await step('agreeIntent');
  const goalId = (await ctx.db.intentVersions.get(draft.id))!.goals[1]!.id;
  await createGoalMeasurement(ctx, { partnershipId: p.id, goalId, value: 5, asOf: '2026-12-01' });
  const measurement = await createGoalMeasurement(ctx, { partnershipId: p.id, goalId, value: 6, asOf: '2027-01-01' });
  await step('createGoalMeasurement');
  await updateGoalMeasurement(ctx, measurement.id, { partnershipId: p.id, goalId, value: 40, asOf: '2027-01-01' });
  await step('updateGoalMeasurement');
  await deleteGoalMeasurement(ctx, measurement.id);
  await step('deleteGoalMeasurement');
  await restoreGoalMeasurement(ctx, measurement.id);
  await step('restoreGoalMeasurement');
  const next = await startDraftFromAgreed(ctx, p.id);
  await step('startDraftFromAgreed');
  await deleteIntentDraft(ctx, next.id);
  await step('deleteIntentDraft');
  await restoreIntentDraft(ctx, next.id);
  await step('restoreIntentDraft');
  const imported = await importCsv(ctx, csv(p.id));
  await step('importCsv');
  await undoImport(ctx, imported);
  await step('undoImport');
  const backup = parseBackup(await exportBackup(ctx, { name: 'Steward', version: 'test' }));
  if (!backup.ok) throw new Error(backup.errors.join('\n'));
  await archivePartnership(ctx, p.id);
  await step('archivePartnership');
  await restorePartnership(ctx, p.id);
  await step('restorePartnership');
  await restoreBackup(ctx, backup.backup, 'merge');
  await step('restoreBackup merge');
  await restoreBackup(ctx, backup.backup, 'replace');
  await step('restoreBackup replace');
  await addSnapshot(ctx, portfolio('1x'), 'Sample');
  await step('addSnapshot');
}

describe('every write path', { timeout: 60_000 }, () => {
  it('leaves each stored excerpt equal to the one built from the records', async () => {
    ctx = createTestContext(NOW);
    const steps: string[] = [];
    await everyWritePath(async (name) => {
      steps.push(name);
      ctx.advance(60_000);
      await expectExcerptsCurrent();
    });
    expect(steps).toHaveLength(48);
    await expectReferenceAnswers(3);
  });
});

// A random walk over the repositories' writes: whatever a future write path does, if it
// reaches the records without refreshing the excerpt, some sequence here shows it.
describe('random sequences of writes', { timeout: 120_000 }, () => {
  type Op = 'commit' | 'complete' | 'log' | 'skip' | 'move' | 'pause' | 'resume' | 'check' | 'archive' | 'unarchive' | 'deleteTouchpoint' | 'draft' | 'agree' | 'measure' | 'unmeasure';
  const OPS: readonly Op[] = ['commit', 'complete', 'log', 'skip', 'move', 'pause', 'resume', 'check', 'archive', 'unarchive', 'deleteTouchpoint', 'draft', 'agree'];
  // The goals' writes and those that change which goals are current, walked apart: the
  // walk above draws from OPS with its fixed seed.
  const GOAL_OPS: readonly Op[] = ['draft', 'agree', 'measure', 'unmeasure', 'archive', 'unarchive'];

  async function apply(op: Op, pick: number): Promise<void> {
    const partnerships = await ctx.db.partnerships.toArray();
    const p = partnerships[pick % partnerships.length]!;
    const cadences = (await ctx.db.cadences.where('partnershipId').equals(p.id).toArray()).filter((c) => !c.deletedAt && c.mode === 'fixed');
    const cadence = cadences[pick % Math.max(1, cadences.length)];
    const week = `2027-01-${String(4 + 7 * (pick % 3)).padStart(2, '0')}T09:00:00.000Z`;
    const ignoreRefusal = () => undefined; // an archived partnership or a settled meeting refuses; that too must leave the excerpt right
    switch (op) {
      case 'commit':
        return void (await createCommitment(ctx, { ...brief, partnershipId: p.id, dueOn: addDays(TODAY, (pick % 20) - 10) }).catch(ignoreRefusal));
      case 'complete': {
        const open = (await ctx.db.commitments.where('partnershipId').equals(p.id).toArray()).find((c) => c.status === 'open' && !c.deletedAt);
        return void (open ? await completeCommitment(ctx, open.id, TODAY).catch(ignoreRefusal) : undefined);
      }
      case 'log':
        return void (await logTouchpoint(ctx, { touchpoint: { partnershipId: p.id, kind: 'meeting', occurredOn: week.slice(0, 10), title: 'Met', cadenceId: cadence?.id ?? '', occurrence: cadence ? week : '' } }).catch(ignoreRefusal));
      case 'skip':
        return void (cadence ? await settleOccurrences(ctx, { cadenceId: cadence.id, outcome: 'skipped', occurrences: [week], timeZone: 'UTC' }).catch(ignoreRefusal) : undefined);
      case 'move':
        return void (cadence ? await markOccurrence(ctx, { cadenceId: cadence.id, occurrence: week, outcome: 'moved', movedTo: addDays(week.slice(0, 10), 1) + 'T09:00:00.000Z', note: '' }).catch(ignoreRefusal) : undefined);
      case 'pause':
        return void (cadence ? await pauseCadence(ctx, cadence.id).catch(ignoreRefusal) : undefined);
      case 'resume':
        return void (cadence ? await resumeCadence(ctx, cadence.id).catch(ignoreRefusal) : undefined);
      case 'check':
        return void (await createHealthCheck(ctx, check(p.id, 1 + (pick % 5))).catch(ignoreRefusal));
      case 'archive':
        return void (await archivePartnership(ctx, p.id).catch(ignoreRefusal));
      case 'unarchive':
        return void (await restorePartnership(ctx, p.id).catch(ignoreRefusal));
      case 'deleteTouchpoint': {
        const t = (await ctx.db.touchpoints.where('partnershipId').equals(p.id).toArray()).find((x) => !x.deletedAt);
        return void (t ? await deleteTouchpoint(ctx, t.id).catch(ignoreRefusal) : undefined);
      }
      case 'draft':
        return void (await saveIntentDraft(ctx, p.id, { ...charter, purpose: `Purpose ${pick}` }).catch(ignoreRefusal));
      case 'agree': {
        const draft = (await ctx.db.intentVersions.where('partnershipId').equals(p.id).toArray()).find((v) => v.status === 'draft' && !v.deletedAt);
        return void (draft ? await agreeIntent(ctx, draft.id, agreement).catch(ignoreRefusal) : undefined);
      }
      case 'measure': {
        const goals = (await ctx.db.intentVersions.where('partnershipId').equals(p.id).toArray()).filter((v) => !v.deletedAt).flatMap((v) => v.goals);
        const goal = goals[pick % Math.max(1, goals.length)];
        return void (goal ? await createGoalMeasurement(ctx, { partnershipId: p.id, goalId: goal.id, value: pick % 50, asOf: addDays(TODAY, -(pick % 40)) }).catch(ignoreRefusal) : undefined);
      }
      case 'unmeasure': {
        const m = (await ctx.db.goalMeasurements.where('partnershipId').equals(p.id).toArray()).find((x) => !x.deletedAt);
        return void (m ? await deleteGoalMeasurement(ctx, m.id).catch(ignoreRefusal) : undefined);
      }
    }
  }

  /** Loads the 1x portfolio, applies `ops` a minute apart checking every excerpt after each, then the answers a day on. */
  async function walk(ops: readonly (readonly [Op, number])[]): Promise<void> {
    ctx = createTestContext(NOW);
    await addSnapshot(ctx, portfolio('1x'), 'Sample');
    for (const [op, pick] of ops) {
      ctx.advance(60_000);
      await apply(op, pick);
      await expectExcerptsCurrent();
    }
    await expectReferenceAnswers(1);
  }

  /** `walk` over random sequences drawn from `ops`, each in a database deleted after it. */
  async function walkRandomly(ops: readonly Op[], numRuns: number, seed: number): Promise<void> {
    const sequences = fc.array(fc.tuple(fc.constantFrom(...ops), fc.nat(1000)), { minLength: 5, maxLength: 14 });
    await fc.assert(
      fc.asyncProperty(sequences, async (sequence) => {
        try {
          await walk(sequence);
        } finally {
          await ctx.db.delete();
        }
      }),
      { numRuns, seed },
    );
    ctx = createTestContext(NOW); // afterEach deletes one
  }

  it('never leave an excerpt behind its records', () => walkRandomly(OPS, 12, 14));

  it('replays a sequence a walk once found: a meeting logged for a day after today', () =>
    walk([
      ['commit', 0],
      ['commit', 0],
      ['commit', 0],
      ['log', 602],
      ['commit', 0],
    ]));

  it('never leave an excerpt’s goals behind the intents and measurements', () => walkRandomly(GOAL_OPS, 8, 16));
});

