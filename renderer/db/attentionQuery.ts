// Gathers what the attention ranking (and the portfolio's summaries and the reminder planner)
// need across the portfolio: the live partnerships and each one's digest, in one read
// transaction. A digest is one small row (shared/attentionDigest.ts); only partnerships
// whose records changed since their digest was stored are read from their records
// (renderer/db/digests.ts), so the cost follows the number of partnerships, not the years
// of history behind them.
import type { AttentionSnapshot } from '@shared/attention';
import { snapshotOfDigests } from '@shared/attentionDigest';
import { digestTables, readDigests } from './digests';
import type { StewardDb } from './schema';

/**
 * `now` rounded down to the minute, for the screens' portfolio-wide reads: the lists are
 * day- and minute-grained anyway, and a now that repeats lets a refresh after a write
 * reuse the cadence expansions of the previous one (shared/recurrence.ts).
 */
export function minuteOf(now: Date): Date {
  return new Date(Math.floor(now.getTime() / 60_000) * 60_000);
}

export async function loadAttentionSnapshot(db: StewardDb, now: Date): Promise<Required<AttentionSnapshot>> {
  return db.transaction('r', [db.partnerships, ...digestTables(db)], async () => {
    const partnerships = (await db.partnerships.orderBy('name').toArray()).filter((p) => !p.deletedAt);
    const digests = await readDigests(
      db,
      partnerships.map((p) => p.id),
      now,
    );
    return snapshotOfDigests(partnerships, digests);
  });
}
