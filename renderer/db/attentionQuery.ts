// Gathers what the attention ranking (and the portfolio's summaries and the reminder planner)
// need across the portfolio: the live partnerships and each one's excerpt, in one read
// transaction. An excerpt is one small row (shared/partnershipExcerpt.ts) the repositories
// keep with the records (renderer/db/excerpts.ts), so the cost follows the number of
// partnerships, not the years of history behind them; what depends on the time is worked out
// here from the rows and `now`. The screens rank and summarise each partnership apart and
// keep the answer while its excerpt, its own record and the clock stay the same, so a
// refresh after an edit recomputes one partnership, not two hundred.
import type { AttentionClock, AttentionItem, AttentionSnapshot } from '@shared/attention';
import { compareAttention, rankAttention } from '@shared/attention';
import type { Partnership } from '@shared/domain';
import type { StoredExcerpt } from '@shared/partnershipExcerpt';
import { rememberPlans, snapshotOfExcerpts } from '@shared/partnershipExcerpt';
import type { PartnershipSummary } from '@shared/portfolioSummary';
import { summarisePartnerships } from '@shared/portfolioSummary';
import { calendarCache, forgetCalendarCache } from './calendarCache';
import { readPartnershipsByName } from './queries';
import type { ExcerptRevision, StewardDb } from './schema';

/**
 * `now` rounded down to the minute, for the screens' portfolio-wide reads: the lists are
 * day- and minute-grained anyway, and a now that repeats lets a refresh after a write
 * reuse the answers of the previous one.
 */
export function minuteOf(now: Date): Date {
  return new Date(Math.floor(now.getTime() / 60_000) * 60_000);
}

export interface PortfolioExcerpts {
  /** Live partnerships, by name. */
  readonly partnerships: readonly Partnership[];
  readonly excerpts: ReadonlyMap<string, StoredExcerpt>;
}

/**
 * The excerpt rows read last, by partnership. A row is written again, with a new unique
 * revision, whenever its content changes, and its revision row with it (renderer/db/excerpts.ts),
 * so a reader that lists the revision rows (one request) fetches only the excerpts whose
 * revision it has not seen: after an edit, one row of two hundred, and none on a refresh that
 * changed nothing.
 */
const readRows = new Map<string, StoredExcerpt>();

/**
 * The rows to fetch, given the revision rows: each changed row by its key, or, when most rows
 * changed (a first read, a restore, a team's pull), the whole table in one request: bulkGet
 * asks for each key on its own, and thirty requests cost the database several times one.
 */
function fetchChanged(db: StewardDb, revisions: readonly ExcerptRevision[]): Promise<(StoredExcerpt | undefined)[]> {
  const changed = revisions.filter(({ partnershipId, revision }) => readRows.get(partnershipId)?.revision !== revision).map((r) => r.partnershipId);
  return changed.length * 2 > revisions.length ? db.partnershipExcerpts.toArray() : db.partnershipExcerpts.bulkGet(changed);
}

/** Every excerpt row, the unchanged ones from readRows; call inside a transaction over the excerpts and their revisions. */
async function readExcerptRows(db: StewardDb): Promise<StoredExcerpt[]> {
  // Nothing read yet (the first screen after a start): every row is wanted, so both tables are read at once.
  const [revisions, fetched] =
    readRows.size === 0 ? await Promise.all([db.excerptRevisions.toArray(), db.partnershipExcerpts.toArray()]) : await db.excerptRevisions.toArray().then(async (listed) => [listed, await fetchChanged(db, listed)] as const);
  for (const row of fetched) if (row) readRows.set(row.partnershipId, row);
  const present = new Set(revisions.map((r) => r.partnershipId));
  for (const id of readRows.keys()) if (!present.has(id)) readRows.delete(id);
  return revisions.flatMap((r) => readRows.get(r.partnershipId) ?? []);
}

/** The live partnerships and their excerpts, read together. */
export async function loadPortfolioExcerpts(db: StewardDb): Promise<PortfolioExcerpts> {
  return db.transaction('r', [db.partnerships, db.partnershipExcerpts, db.excerptRevisions], async () => {
    const [all, excerpts] = await Promise.all([readPartnershipsByName(db), readExcerptRows(db)]);
    return { partnerships: all.filter((p) => !p.deletedAt), excerpts: new Map(excerpts.map((e) => [e.partnershipId, e])) };
  });
}

/** Every live partnership's excerpted records as one snapshot (the reminder planner's input). */
export async function loadAttentionSnapshot(db: StewardDb): Promise<Required<AttentionSnapshot>> {
  const { partnerships, excerpts } = await loadPortfolioExcerpts(db);
  const live = partnerships.flatMap((p) => excerpts.get(p.id) ?? []);
  for (const excerpt of live) rememberPlans(calendarCache(), excerpt);
  return snapshotOfExcerpts(partnerships, live);
}

/** Answers per partnership, kept while the inputs they were computed from (as text, the row by its stamp) are the same. */
type Memo<T> = Map<string, { readonly key: string; readonly value: T }>;

/** `compute` for each partnership, reused while its excerpt, its record and `clockKey` are unchanged. */
function perPartnership<T>(memo: Memo<T>, view: PortfolioExcerpts, clockKey: string, compute: (snapshot: Required<AttentionSnapshot>) => T): Map<string, T> {
  const answers = new Map<string, T>();
  const live = new Set<string>();
  for (const partnership of view.partnerships) {
    const excerpt = view.excerpts.get(partnership.id);
    if (!excerpt) continue;
    live.add(partnership.id);
    // A row's stamp changes with every write of it; a row without one is compared by content.
    const key = `${clockKey}\n${JSON.stringify(partnership)}\n${excerpt.revision ?? JSON.stringify(excerpt)}`;
    const kept = memo.get(partnership.id);
    const value = kept?.key === key ? kept.value : computeFor(partnership, excerpt, compute);
    memo.set(partnership.id, { key, value });
    answers.set(partnership.id, value);
  }
  for (const id of memo.keys()) if (!live.has(id)) memo.delete(id);
  return answers;
}

/** `compute` over one partnership's excerpt, its stored plans handed to the page's expansion cache first. */
function computeFor<T>(partnership: Partnership, excerpt: StoredExcerpt, compute: (snapshot: Required<AttentionSnapshot>) => T): T {
  rememberPlans(calendarCache(), excerpt);
  return compute(snapshotOfExcerpts([partnership], [excerpt]));
}

// The key holds every input, so answers are right whichever database they came from.
const rankMemo: Memo<AttentionItem[]> = new Map();
const summaryMemo: Memo<PartnershipSummary | undefined> = new Map();

/** Forgets the answers and expansions held in memory, as a fresh start of the app would (the benchmark's cold runs). */
export function forgetRememberedAnswers(): void {
  readRows.clear();
  rankMemo.clear();
  summaryMemo.clear();
  forgetCalendarCache();
}

/** rankAttention over the portfolio, one partnership at a time, merged in the ranking's order. */
export function rankExcerpts(view: PortfolioExcerpts, clock: AttentionClock): AttentionItem[] {
  const clockKey = `${clock.now}\n${clock.today}\n${clock.healthCheckIntervalDays}\n${clock.zone ?? ''}\n${clock.dateFormat?.style}\n${clock.dateFormat?.locale}`;
  const ranked = perPartnership(rankMemo, view, clockKey, (snapshot) => rankAttention(snapshot, { ...clock, cache: calendarCache() }));
  return [...ranked.values()].flat().sort(compareAttention);
}

/** summarisePartnerships over the portfolio, one partnership at a time. */
export function summariseExcerpts(view: PortfolioExcerpts, clock: Pick<AttentionClock, 'now' | 'today' | 'zone'>): Map<string, PartnershipSummary> {
  const summaries = perPartnership(summaryMemo, view, `${clock.now}\n${clock.today}\n${clock.zone ?? ''}`, (snapshot) => summarisePartnerships(snapshot, { ...clock, cache: calendarCache() }).get(snapshot.partnerships[0]?.id ?? ''));
  return new Map([...summaries].filter((entry): entry is [string, PartnershipSummary] => entry[1] !== undefined));
}
