// Gathers what the attention ranking (and the portfolio's summaries) need across the
// portfolio, in one read transaction of a handful of range reads (each request costs a
// round trip to the browser's IndexedDB backend, so fewer, larger reads win): active
// cadences with their last year of history, open commitments due by today, the health
// checks and the intent versions (a few per partnership per year). Nothing here reads the
// years of touchpoints, activity, decisions, stakeholders or finished commitments.
import Dexie from 'dexie';
import type { AttentionSnapshot } from '@shared/attention';
import { MISSED_LOOKBACK_DAYS } from '@shared/cadenceSchedule';
import { addDays } from '@shared/dates';
import type { Cadence, OccurrenceRecord, Touchpoint } from '@shared/domain';
import type { StewardDb } from './schema';

const DAY_MS = 86_400_000;
/** How far ahead occurrence records matter: a meeting moved or skipped in advance. */
const LOOK_AHEAD_DAYS = 400;
const isLive = (record: { readonly deletedAt?: string }) => !record.deletedAt;

/**
 * `now` rounded down to the minute, for the screens' portfolio-wide reads: the lists are
 * day- and minute-grained anyway, and a now that repeats lets a refresh after a write
 * reuse the cadence expansions of the previous one (shared/recurrence.ts).
 */
export function minuteOf(now: Date): Date {
  return new Date(Math.floor(now.getTime() / 60_000) * 60_000);
}

export async function loadAttentionSnapshot(db: StewardDb, now: Date, today: string): Promise<AttentionSnapshot> {
  const since = addDays(today, -MISSED_LOOKBACK_DAYS - 1);
  const window = { since, sinceIso: `${since}T00:00:00.000Z`, untilIso: new Date(now.getTime() + LOOK_AHEAD_DAYS * DAY_MS).toISOString() };
  const tables = [db.partnerships, db.cadences, db.occurrences, db.touchpoints, db.commitments, db.healthChecks, db.intentVersions];
  return db.transaction('r', tables, async () => {
    const partnerships = (await db.partnerships.orderBy('name').toArray()).filter(isLive);
    const live = new Set(partnerships.map((p) => p.id as string));
    const inPortfolio = <T extends { readonly partnershipId: string; readonly deletedAt?: string }>(rows: T[]) => rows.filter((r) => isLive(r) && live.has(r.partnershipId));
    // Health checks are read whole: the sparkline wants the last 8 of ours, which span
    // years, and one request for every check (about 3 % of the records at 100x) is
    // cheaper than a walk per partnership and side (npm run bench).
    const [cadences, commitments, intentVersions, healthChecks] = await Promise.all([
      db.cadences.where('status').equals('active').toArray().then(inPortfolio),
      db.commitments.where('[status+dueOn]').between(['open', Dexie.minKey], ['open', addDays(today, 1)], true, false).toArray().then(inPortfolio),
      db.intentVersions.toArray().then(inPortfolio),
      db.healthChecks.toArray().then(inPortfolio),
    ]);
    const { occurrences, touchpoints } = await cadenceHistory(db, cadences, window);
    return { partnerships, cadences, occurrences, touchpoints, commitments, healthChecks, intentVersions };
  });
}

interface HistoryWindow {
  readonly since: string;
  readonly sinceIso: string;
  readonly untilIso: string;
}

/**
 * The records and linked touchpoints of the given cadences in the window (one range read
 * each), plus, for a flexible cadence not held in the window, the last time it was held:
 * it is due relative to that, however long ago.
 */
async function cadenceHistory(db: StewardDb, cadences: readonly Cadence[], window: HistoryWindow): Promise<{ occurrences: OccurrenceRecord[]; touchpoints: Touchpoint[] }> {
  const ids = new Set(cadences.map((c) => c.id as string));
  const ofCadence = <T extends { readonly cadenceId: string; readonly deletedAt?: string }>(rows: T[]) => rows.filter((r) => isLive(r) && ids.has(r.cadenceId));
  const [occurrences, touchpoints] = await Promise.all([
    db.occurrences.where('occurrence').between(window.sinceIso, window.untilIso, true, false).toArray().then(ofCadence),
    db.touchpoints.where('occurredOn').aboveOrEqual(window.since).toArray().then(ofCadence),
  ]);
  const heldInWindow = new Set([...touchpoints.map((t) => t.cadenceId), ...occurrences.filter((r) => r.outcome === 'held').map((r) => r.cadenceId)]);
  const lastHeld = await Promise.all(cadences.filter((c) => c.mode === 'flexible' && !heldInWindow.has(c.id)).map((c) => lastHeldOf(db, c.id)));
  const withLatest = <T extends { readonly id: string }>(rows: T[], latest: (T | undefined)[]) => {
    const seen = new Set(rows.map((r) => r.id));
    return [...rows, ...latest.filter((r): r is T => r !== undefined && !seen.has(r.id))];
  };
  return { occurrences: withLatest(occurrences, lastHeld.map((h) => h.record)), touchpoints: withLatest(touchpoints, lastHeld.map((h) => h.touchpoint)) };
}

async function lastHeldOf(db: StewardDb, cadenceId: string): Promise<{ touchpoint?: Touchpoint; record?: OccurrenceRecord }> {
  const [touchpoint, record] = await Promise.all([
    db.touchpoints.where('[cadenceId+occurredOn]').between([cadenceId, Dexie.minKey], [cadenceId, Dexie.maxKey]).reverse().filter(isLive).first(),
    db.occurrences
      .where('[cadenceId+occurrence]')
      .between([cadenceId, Dexie.minKey], [cadenceId, Dexie.maxKey])
      .reverse()
      .filter((r) => isLive(r) && r.outcome === 'held')
      .first(),
  ]);
  return { touchpoint, record };
}
