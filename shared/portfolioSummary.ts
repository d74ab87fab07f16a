// One line of facts per partnership for the portfolio table: health over time,
// the next cadence due, overdue commitments by side. Pure, like the ranking.
import type { AttentionClock, AttentionSnapshot } from './attention';
import { cadenceHistory } from './attention';
import type { DueBand } from './cadenceSchedule';
import { nextDue } from './cadenceSchedule';
import { commitmentState } from './commitments';
import type { OwedBy } from './domain';
import { byPartnership, groupLive } from './grouping';
import { overallScore } from './health';

export interface NextCadence {
  readonly name: string;
  readonly dueOn: string;
  readonly band: DueBand;
}

export interface PartnershipSummary {
  /** Our overall health score, oldest first, at most the last 8 checks. */
  readonly health: readonly number[];
  readonly nextCadence?: NextCadence;
  readonly overdue: Readonly<Record<OwedBy, number>>;
}

const SPARKLINE_POINTS = 8;
const BAND_ORDER: Record<DueBand, number> = { overdue: 0, 'due soon': 1, ok: 2 };

export function summarisePartnerships(snapshot: AttentionSnapshot, clock: Pick<AttentionClock, 'now' | 'today'>): Map<string, PartnershipSummary> {
  const history = cadenceHistory(snapshot);
  const cadences = groupLive(snapshot.cadences, byPartnership);
  const commitments = groupLive(snapshot.commitments, byPartnership);
  const checks = groupLive(snapshot.healthChecks, byPartnership);
  const summaries = new Map<string, PartnershipSummary>();
  for (const p of snapshot.partnerships) {
    const ours = (checks.get(p.id) ?? []).filter((c) => c.perspective === 'ours').sort((a, b) => a.assessedOn.localeCompare(b.assessedOn) || a.createdAt.localeCompare(b.createdAt));
    const due = (cadences.get(p.id) ?? [])
      .flatMap((c) => {
        const next = nextDue(c, history.records.get(c.id) ?? [], history.touchpoints.get(c.id) ?? [], clock.now);
        return next ? [{ name: c.name, dueOn: next.dueOn, band: next.band }] : [];
      })
      .sort((a, b) => BAND_ORDER[a.band] - BAND_ORDER[b.band] || a.dueOn.localeCompare(b.dueOn) || a.name.localeCompare(b.name));
    const overdue = { us: 0, partner: 0, joint: 0 };
    for (const c of commitments.get(p.id) ?? []) if (commitmentState(c, clock.today) === 'overdue') overdue[c.owedBy] += 1;
    summaries.set(p.id, { health: ours.slice(-SPARKLINE_POINTS).map(overallScore), nextCadence: due[0], overdue });
  }
  return summaries;
}
