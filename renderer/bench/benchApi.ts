// The operations the benchmark times, each against the app's real database and screen.
// Every operation resolves with milliseconds measured in the page (performance.now), so
// the Playwright round trip is never part of a number.
import { parseBackup } from '@shared/backup/parse';
import { dayInZone } from '@shared/dates';
import type { Commitment, CommitmentId, Partnership, PortfolioSnapshot } from '@shared/domain';
import { buildQuarterlyReview } from '@shared/exports/quarterlyReview';
import { formatQuarter, quarterOfDay } from '@shared/exports/quarter';
import { countRecords } from '@shared/domain';
import { SCALES, generatePortfolio } from '@shared/sample/portfolioGenerator';
import type { ReminderFacts } from '@shared/domain';
import { reminderText } from '@shared/reminders';
import { calendarCache } from '../db/calendarCache';
import { machineTimeZone, readSettings } from '../db/settings';
import { readReviewInputs } from '../db/reviewSnapshot';
import { systemLocale } from '../src/format';
import { formatReminderTime } from '../src/reminders/time';
import { forgetRememberedAnswers, loadPortfolioExcerpts, minuteOf, rankExcerpts } from '../db/attentionQuery';
import { exportBackup, restoreBackup } from '../db/backup';
import { appContext, db } from '../db/db';
import { updateCommitment } from '../db/commitments';
import { excerptTables, refreshExcerpts } from '../db/excerpts';
import { updatePartnership } from '../db/partnerships';
import { loadPortfolioSummaries } from '../db/portfolioQuery';
import { listPartnerships } from '../db/queries';
import { addSnapshot } from '../db/snapshot';
import { rawLoad } from './rawBaseline';
import { hasSelector, hasText, settle, timeNavigation, twoFrames, whenOnScreen } from './onScreen';

export type ScaleName = keyof typeof SCALES;

export interface BenchApi {
  prepare(scale: ScaleName): Promise<{ readonly records: number; readonly today: string }>;
  loadRaw(): Promise<number>;
  loadRepository(): Promise<number>;
  rebuildExcerpts(): Promise<number>;
  attentionQuery(): Promise<number>;
  attentionQueryWarm(): Promise<number>;
  portfolioQuery(): Promise<number>;
  portfolioQueryWarm(): Promise<number>;
  renderAttentionCold(): Promise<number>;
  renderAttention(): Promise<number>;
  renderPortfolioCold(): Promise<number>;
  renderPortfolio(): Promise<number>;
  openPartnership(): Promise<number>;
  editPortfolio(): Promise<number>;
  editWorkspace(): Promise<number>;
  editAttention(): Promise<number>;
  quarterlyReview(): Promise<number>;
  reminderTexts(): Promise<number>;
  exportBackup(): Promise<{ readonly ms: number; readonly bytes: number }>;
  restoreBackup(): Promise<{ readonly ms: number; readonly parseMs: number }>;
  domRows(): Promise<Readonly<Record<string, number>>>;
}

interface Prepared {
  readonly snapshot: PortfolioSnapshot;
  readonly today: string;
  /** The partnership with the most touchpoints: the heaviest workspace to open. */
  readonly busiest: Partnership;
}

const APP = { name: 'Steward bench', version: import.meta.env.PACKAGE_VERSION ?? 'unknown' };
const SETTINGS_SCREEN = { hash: '#/settings', isDone: hasSelector('#settings-title') };
const timed = async (work: () => Promise<unknown>) => {
  const start = performance.now();
  await work();
  return performance.now() - start;
};

function busiestOf(snapshot: PortfolioSnapshot): Partnership {
  const counts = new Map<string, number>();
  for (const t of snapshot.touchpoints) counts.set(t.partnershipId, (counts.get(t.partnershipId) ?? 0) + 1);
  const sorted = [...snapshot.partnerships].sort((a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0));
  if (!sorted[0]) throw new Error('The generated portfolio has no partnerships');
  return sorted[0];
}

/**
 * Every record gone, as before an import into a new database: the settings stay, and so does
 * the database's instance id (meta), which a real database never loses (the data marker's
 * upkeep fails without it, and then counts every table after each write).
 */
async function clearData(): Promise<void> {
  const tables = db.tables.filter((t) => t.name !== 'settings' && t.name !== 'meta');
  await db.transaction('rw', tables, () => Promise.all(tables.map((t) => t.clear())));
}

/** The first partnership by name: the portfolio's first row. */
async function firstByName(): Promise<Partnership> {
  const first = await db.partnerships.orderBy('name').filter((p) => !p.deletedAt).first();
  if (!first) throw new Error('No partnership to edit');
  return first;
}

/** Runs `work` as the first screen after the app starts would: nothing memoised or held in memory yet. */
function cold(work: () => Promise<number>): Promise<number> {
  forgetRememberedAnswers();
  return work();
}

function attentionQuery(today: string): Promise<number> {
  return timed(async () => {
    const now = minuteOf(new Date());
    rankExcerpts(await loadPortfolioExcerpts(db), { now: now.toISOString(), today, healthCheckIntervalDays: 90 });
  });
}

function portfolioQuery(today: string): Promise<number> {
  return timed(() => Promise.all([listPartnerships(db), loadPortfolioSummaries(db, minuteOf(new Date()), today)]));
}

/** Every excerpt built again from the records and stored, as after an import or a restore. */
function rebuildExcerpts(): Promise<number> {
  // Not waited on here: the runner waits for the browser to go quiet before the cold figures (tests/bench/browserIdle.ts).
  return timed(() => db.transaction('rw', excerptTables(db), () => refreshExcerpts(db, 'all')));
}

const renderAttention = () => timeNavigation(SETTINGS_SCREEN, '#/attention', hasSelector('.attention-list li, .empty'));
const renderPortfolio = () => timeNavigation(SETTINGS_SCREEN, '#/portfolio', hasSelector('.portfolio-table tbody tr'));

let edits = 0;

/** Changes the owner of `partnership` and times until `isDone(owner)` is on screen. */
async function timeOwnerEdit(partnership: Partnership, isDone: (owner: string) => () => boolean): Promise<number> {
  edits += 1;
  const owner = `Bench owner ${edits}`;
  const { id, createdAt: _createdAt, updatedAt: _updatedAt, deletedAt: _deletedAt, ...input } = partnership;
  await settle();
  const start = performance.now();
  const shown = whenOnScreen(isDone(owner));
  await updatePartnership(appContext, id, { ...input, owner });
  return (await shown) - start;
}

/**
 * The overdue commitment of the first such row on Attention, scrolled to (the list is
 * virtualised: a row far down is not rendered until it is near the viewport). Renaming it
 * must change what is on screen.
 */
async function overdueOnAttention(): Promise<Commitment> {
  const row = () => document.querySelector<HTMLElement>('.attention-list li[data-key^="commitment:"]');
  for (let i = 0; i < 200 && !row(); i += 1) {
    window.scrollBy(0, window.innerHeight / 2);
    await twoFrames();
  }
  const key = row()?.dataset.key;
  const found = key ? await db.commitments.get((key.split(':')[1] ?? '') as CommitmentId) : undefined;
  if (!found) throw new Error('No overdue commitment on Attention to edit');
  return found;
}

/** Renames an overdue commitment (a write to an excerpted table) and times until Attention shows the new title. */
async function timeAttentionEdit(): Promise<number> {
  await timeNavigation(SETTINGS_SCREEN, '#/attention', hasSelector('.attention-list li, .empty'));
  const commitment = await overdueOnAttention();
  edits += 1;
  const title = `Bench commitment ${edits}`;
  const { id, createdAt: _createdAt, updatedAt: _updatedAt, deletedAt: _deletedAt, ...input } = commitment;
  await settle();
  const start = performance.now();
  const shown = whenOnScreen(hasText('.attention-list', title));
  await updateCommitment(appContext, id, { ...input, title });
  return (await shown) - start;
}

/** Rows the notification centre's line formats: a fixed number, so the figure is a cost per list at every scale. */
export const REMINDER_ROWS = 200;

/** A reminder's facts for each open commitment and active cadence of the portfolio, as the planner writes them. */
function reminderFactsOf(snapshot: PortfolioSnapshot, now: Date): { readonly facts: ReminderFacts; readonly partnershipName: string }[] {
  const names = new Map(snapshot.partnerships.map((p) => [p.id as string, p.name]));
  const commitments = snapshot.commitments
    .filter((c) => c.status === 'open' && !c.deletedAt)
    .map((c) => ({ facts: { kind: 'commitment', title: c.title, owedBy: c.owedBy, dueOn: c.dueOn } as const, partnershipName: names.get(c.partnershipId) ?? '' }));
  const meetings = snapshot.cadences
    .filter((c) => c.status === 'active' && !c.deletedAt)
    .map((c, i) => ({ facts: { kind: 'meeting', cadenceName: c.name, startsAt: new Date(now.getTime() + (i % 9) * 3_600_000 * 20).toISOString(), isMoved: false } as const, partnershipName: names.get(c.partnershipId) ?? '' }));
  return [...commitments, ...meetings];
}

/**
 * The notification centre's list: REMINDER_ROWS rows' words and times as ReminderItem writes
 * them (reminderText with the page's cache, formatReminderTime), in the app's default date format.
 */
function timeReminderTexts(snapshot: PortfolioSnapshot): Promise<number> {
  const now = new Date();
  const pool = reminderFactsOf(snapshot, now);
  if (pool.length === 0) throw new Error('The generated portfolio has nothing to remind of');
  const zone = machineTimeZone();
  const format = { style: 'locale', locale: systemLocale() } as const;
  return timed(async () => {
    for (let i = 0; i < REMINDER_ROWS; i += 1) {
      const row = pool[i % pool.length]!;
      reminderText(row.facts, { partnershipName: row.partnershipName, now: now.toISOString(), timeZone: zone, dateFormat: format, cache: calendarCache() });
      formatReminderTime(new Date(now.getTime() - i * 1_800_000).toISOString(), now, zone, format);
    }
  });
}

export function createBenchApi(): BenchApi {
  let prepared: Prepared | undefined;
  let backupText = '';
  const need = () => {
    if (!prepared) throw new Error('Call prepare(scale) first');
    return prepared;
  };
  return {
    async prepare(scale) {
      const today = dayInZone(new Date(), Intl.DateTimeFormat().resolvedOptions().timeZone);
      const snapshot = generatePortfolio({ ...SCALES[scale], today });
      prepared = { snapshot, today, busiest: busiestOf(snapshot) };
      window.location.hash = SETTINGS_SCREEN.hash;
      return { records: countRecords(snapshot), today };
    },
    loadRaw: () => rawLoad(db, need().snapshot as unknown as Record<string, readonly unknown[]>),
    async loadRepository() {
      await clearData();
      return timed(() => addSnapshot(appContext, need().snapshot, 'Benchmark portfolio'));
    },
    rebuildExcerpts: () => rebuildExcerpts(),
    attentionQuery: () => cold(() => attentionQuery(need().today)),
    attentionQueryWarm: () => attentionQuery(need().today),
    portfolioQuery: () => cold(() => portfolioQuery(need().today)),
    portfolioQueryWarm: () => portfolioQuery(need().today),
    renderAttentionCold: () => cold(renderAttention),
    renderAttention,
    renderPortfolioCold: () => cold(renderPortfolio),
    renderPortfolio,
    openPartnership: () => timeNavigation(SETTINGS_SCREEN, `#/partnerships/${need().busiest.id}/overview`, hasSelector('.overview .facts')),
    async editPortfolio() {
      await timeNavigation(SETTINGS_SCREEN, '#/portfolio', hasSelector('.portfolio-table tbody tr'));
      return timeOwnerEdit(await firstByName(), (owner) => hasText('.portfolio-table', owner));
    },
    async editWorkspace() {
      const { busiest } = need();
      await timeNavigation(SETTINGS_SCREEN, `#/partnerships/${busiest.id}/overview`, hasSelector('.overview .facts'));
      const current = await db.partnerships.get(busiest.id);
      if (!current) throw new Error('The busiest partnership is gone');
      return timeOwnerEdit(current, (owner) => hasText('.overview .facts', owner));
    },
    editAttention: () => timeAttentionEdit(),
    quarterlyReview: () =>
      timed(async () => {
        const { busiest, today } = need();
        // What the review screen reads and passes (useQuarterlyReview), value settings included.
        const quarter = formatQuarter(quarterOfDay(today));
        const [{ snapshot, rates }, settings] = await Promise.all([readReviewInputs(db, busiest.id, quarter), readSettings(appContext)]);
        const zone = settings.timeZone ?? machineTimeZone();
        const value = { currency: settings.reportingCurrency, rates };
        buildQuarterlyReview(snapshot, busiest.id, quarter, { edition: 'internal', now: new Date().toISOString(), zone, cache: calendarCache(), value, dateFormat: { style: settings.dateFormat, locale: systemLocale() } });
      }),
    reminderTexts: () => timeReminderTexts(need().snapshot),
    async exportBackup() {
      const ms = await timed(async () => {
        backupText = await exportBackup(appContext, APP);
      });
      return { ms, bytes: new Blob([backupText]).size };
    },
    async restoreBackup() {
      const start = performance.now();
      const parsed = parseBackup(backupText);
      const parseMs = performance.now() - start;
      if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
      await restoreBackup(appContext, parsed.backup, 'replace');
      return { ms: performance.now() - start, parseMs };
    },
    async domRows() {
      await timeNavigation(SETTINGS_SCREEN, '#/portfolio', hasSelector('.portfolio-table tbody tr'));
      const portfolioRows = document.querySelectorAll('.portfolio-table tbody tr').length;
      await timeNavigation(SETTINGS_SCREEN, '#/attention', hasSelector('.attention-list li, .empty'));
      const attentionRows = document.querySelectorAll('.attention-list li').length;
      const attentionItems = Number(document.querySelector('.attention-list li')?.getAttribute('aria-setsize') ?? 0);
      return { portfolioRows, attentionRows, attentionItems, partnerships: need().snapshot.partnerships.length };
    },
  };
}
