// Gathers what the attention ranking needs across the portfolio, reading through
// indexes only the records that can matter now (open commitments due by today,
// the last year of cadence history, the latest health checks).
import type { AttentionSnapshot } from '@shared/attention';
import { addDays } from '@shared/dates';
import { MISSED_LOOKBACK_DAYS } from '@shared/cadenceSchedule';
import { listPartnerships } from './queries';
import type { StewardDb } from './schema';
import { allActiveCadences, latestHealthChecks, occurrenceRecordsBetween, openCommitmentsDueBefore } from './workspaceQueries';

/** `healthChecksPerSide`: how many recent checks of each perspective to read (the portfolio's sparkline wants more). */
export async function loadAttentionSnapshot(db: StewardDb, now: Date, today: string, healthChecksPerSide = 2): Promise<AttentionSnapshot> {
  const since = addDays(today, -MISSED_LOOKBACK_DAYS - 1);
  const sinceIso = `${since}T00:00:00.000Z`;
  const untilIso = new Date(now.getTime() + 400 * 86_400_000).toISOString();
  const [partnerships, cadences, commitments, health, intentVersions] = await Promise.all([
    listPartnerships(db),
    allActiveCadences(db),
    openCommitmentsDueBefore(db, addDays(today, 1)),
    latestHealthChecks(db, healthChecksPerSide),
    db.intentVersions.toArray(),
  ]);
  const cadenceIds = cadences.map((c) => c.id);
  const [occurrences, touchpoints] = await Promise.all([
    occurrenceRecordsBetween(db, cadenceIds, sinceIso, untilIso),
    db.touchpoints.where('occurredOn').aboveOrEqual(since).filter((t) => t.cadenceId !== '' && !t.deletedAt).toArray(),
  ]);
  return {
    partnerships,
    cadences,
    occurrences,
    touchpoints,
    commitments,
    healthChecks: health.flatMap((h) => [...h.ours, ...h.partner]),
    intentVersions: intentVersions.filter((v) => !v.deletedAt),
  };
}
