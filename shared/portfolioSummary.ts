// One line of facts per partnership for the portfolio table: health over time,
// the next cadence due (always one still ahead, or a flexible one's open window), past
// meetings nobody recorded, overdue commitments by side. Pure, like the ranking.
import type { AttentionClock, AttentionSnapshot } from './attention';
import { cadenceHistory } from './attention';
import type { DueBand } from './cadenceSchedule';
import { nextDue, unrecordedOccurrences } from './cadenceSchedule';
import { commitmentState } from './commitments';
import type { OwedBy } from './domain';
import { byPartnership, groupLive } from './grouping';
import { overallScore } from './health';
import { createExpansionCache } from './recurrence';
import { utcToLocal } from './timezones';

export interface NextCadence {
  readonly name: string;
  /** Fixed: the day of the next meeting ahead (in the clock's zone when given). Flexible: the ideal day, which may have passed. */
  readonly dueOn: string;
  readonly band: DueBand;
  /** Flexible: the last day of the longest gap allowed; overdue after it. */
  readonly maxOn?: string;
  /** Fixed: the cadence and the planned instant of that meeting, the key its brief is found by. */
  readonly meeting?: { readonly cadenceId: string; readonly occurrence: string };
}

export interface PartnershipSummary {
  /** Our overall health score, oldest first, at most the last 8 checks. */
  readonly health: readonly number[];
  readonly nextCadence?: NextCadence;
  readonly overdue: Readonly<Record<OwedBy, number>>;
  /** Meetings of its fixed cadences that have started with nothing recorded (see unrecordedOccurrences). */
  readonly unrecordedMeetings: number;
}

const SPARKLINE_POINTS = 8;
const BAND_ORDER: Record<DueBand, number> = { overdue: 0, 'due soon': 1, ok: 2 };

export function summarisePartnerships(snapshot: AttentionSnapshot, given: Pick<AttentionClock, 'now' | 'today' | 'zone' | 'cache'>): Map<string, PartnershipSummary> {
  const clock = given.cache ? given : { ...given, cache: createExpansionCache() };
  const history = cadenceHistory(snapshot);
  const cadences = groupLive(snapshot.cadences, byPartnership);
  const commitments = groupLive(snapshot.commitments, byPartnership);
  const checks = groupLive(snapshot.healthChecks, byPartnership);
  const summaries = new Map<string, PartnershipSummary>();
  for (const p of snapshot.partnerships) {
    const ours = (checks.get(p.id) ?? []).filter((c) => c.perspective === 'ours').sort((a, b) => a.assessedOn.localeCompare(b.assessedOn) || a.createdAt.localeCompare(b.createdAt));
    const own = (cadences.get(p.id) ?? []).map((c) => ({ cadence: c, records: history.records.get(c.id) ?? [], touchpoints: history.touchpoints.get(c.id) ?? [] }));
    const due = own
      .flatMap(({ cadence: c, records, touchpoints }): NextCadence[] => {
        const next = nextDue(c, records, touchpoints, clock.now, clock.cache);
        if (!next) return [];
        if (next.mode === 'flexible') return [{ name: c.name, dueOn: next.dueOn, band: next.band, maxOn: next.maxOn }];
        return [{ name: c.name, dueOn: clock.zone ? utcToLocal(next.at, clock.zone, clock.cache).slice(0, 10) : next.dueOn, band: next.band, meeting: { cadenceId: c.id, occurrence: next.occurrence } }];
      })
      .sort((a, b) => BAND_ORDER[a.band] - BAND_ORDER[b.band] || a.dueOn.localeCompare(b.dueOn) || a.name.localeCompare(b.name));
    const unrecordedMeetings = own.reduce((sum, { cadence: c, records, touchpoints }) => sum + unrecordedOccurrences(c, records, touchpoints, clock.now, clock.cache).length, 0);
    const overdue = { us: 0, partner: 0, joint: 0 };
    for (const c of commitments.get(p.id) ?? []) if (commitmentState(c, clock.today) === 'overdue') overdue[c.owedBy] += 1;
    summaries.set(p.id, { health: ours.slice(-SPARKLINE_POINTS).map(overallScore), nextCadence: due[0], overdue, unrecordedMeetings });
  }
  return summaries;
}
