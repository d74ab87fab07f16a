// Gathers what the attention ranking (and the portfolio's summaries and the reminder planner)
// need across the portfolio: the live partnerships and each one's digest, in one read
// transaction. A digest is one small row (shared/attentionDigest.ts); only partnerships
// whose records changed since their digest was stored are read from their records
// (renderer/db/digests.ts), so the cost follows the number of partnerships, not the years
// of history behind them. The screens rank and summarise each partnership apart and keep
// the answer while its digest, its own record and the clock stay the same, so a refresh
// after an edit recomputes one partnership, not two hundred.
import type { AttentionClock, AttentionItem, AttentionSnapshot } from '@shared/attention';
import { compareAttention, rankAttention } from '@shared/attention';
import type { PartnershipDigest } from '@shared/attentionDigest';
import { snapshotOfDigests } from '@shared/attentionDigest';
import type { Partnership } from '@shared/domain';
import type { PartnershipSummary } from '@shared/portfolioSummary';
import { summarisePartnerships } from '@shared/portfolioSummary';
import { digestTables, readDigests } from './digests';
import { readPartnershipsByName } from './queries';
import type { StewardDb } from './schema';

/**
 * `now` rounded down to the minute, for the screens' portfolio-wide reads: the lists are
 * day- and minute-grained anyway, and a now that repeats lets a refresh after a write
 * reuse the cadence expansions and the answers of the previous one.
 */
export function minuteOf(now: Date): Date {
  return new Date(Math.floor(now.getTime() / 60_000) * 60_000);
}

export interface PortfolioDigests {
  /** Live partnerships, by name. */
  readonly partnerships: readonly Partnership[];
  readonly digests: ReadonlyMap<string, PartnershipDigest>;
}

export async function loadPortfolioDigests(db: StewardDb, now: Date): Promise<PortfolioDigests> {
  return db.transaction('r', [db.partnerships, ...digestTables(db)], async () => {
    const reading = readPartnershipsByName(db);
    const digests = await readDigests(
      db,
      reading.then((all) => all.filter((p) => !p.deletedAt).map((p) => p.id)),
      now,
    );
    const partnerships = (await reading).filter((p) => !p.deletedAt);
    return { partnerships, digests: new Map(digests.map((d) => [d.partnershipId, d])) };
  });
}

/** Every live partnership's digested records as one snapshot (the reminder planner's input). */
export async function loadAttentionSnapshot(db: StewardDb, now: Date): Promise<Required<AttentionSnapshot>> {
  const { partnerships, digests } = await loadPortfolioDigests(db, now);
  return snapshotOfDigests(partnerships, [...digests.values()]);
}

type Memo<T> = WeakMap<PartnershipDigest, { readonly key: string; readonly value: T }>;

/** `compute` for each partnership, reused while its digest (the same object), its record and `clockKey` are unchanged. */
function perPartnership<T>(memo: Memo<T>, view: PortfolioDigests, clockKey: string, compute: (snapshot: Required<AttentionSnapshot>) => T): Map<string, T> {
  const answers = new Map<string, T>();
  for (const partnership of view.partnerships) {
    const digest = view.digests.get(partnership.id);
    if (!digest) continue;
    const key = `${clockKey}\n${JSON.stringify(partnership)}`;
    const kept = memo.get(digest);
    if (kept?.key === key) {
      answers.set(partnership.id, kept.value);
      continue;
    }
    const value = compute(snapshotOfDigests([partnership], [digest]));
    memo.set(digest, { key, value });
    answers.set(partnership.id, value);
  }
  return answers;
}

const rankMemo: Memo<AttentionItem[]> = new WeakMap();
const summaryMemo: Memo<PartnershipSummary | undefined> = new WeakMap();

/** rankAttention over the portfolio, one partnership at a time, merged in the ranking's order. */
export function rankDigests(view: PortfolioDigests, clock: AttentionClock): AttentionItem[] {
  const clockKey = `${clock.now}\n${clock.today}\n${clock.healthCheckIntervalDays}\n${clock.zone ?? ''}`;
  const ranked = perPartnership(rankMemo, view, clockKey, (snapshot) => rankAttention(snapshot, clock));
  return [...ranked.values()].flat().sort(compareAttention);
}

/** summarisePartnerships over the portfolio, one partnership at a time. */
export function summariseDigests(view: PortfolioDigests, clock: Pick<AttentionClock, 'now' | 'today' | 'zone'>): Map<string, PartnershipSummary> {
  const summaries = perPartnership(summaryMemo, view, `${clock.now}\n${clock.today}\n${clock.zone ?? ''}`, (snapshot) => summarisePartnerships(snapshot, clock).get(snapshot.partnerships[0]?.id ?? ''));
  return new Map([...summaries].filter((entry): entry is [string, PartnershipSummary] => entry[1] !== undefined));
}
