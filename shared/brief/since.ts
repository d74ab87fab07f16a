// "Since the last meeting": what happened between the last meeting (of this cadence, or
// the partnership's last touchpoint) and the moment the brief is prepared — decisions,
// commitments done and made, charter changes, health moves and a gap worth raising.
import type { Commitment, HealthCheck, IntentVersion, Perspective, Touchpoint } from '../domain';
import { EMPTY_INTENT_CONTENT, PERSPECTIVES } from '../domain';
import type { GapRow } from '../health';
import { chronological, dimensionTrend, isWideGap, perceptionGap } from '../health';
import type { SectionChange } from '../intentDiff';
import { diffIntent } from '../intentDiff';
import { createZoneCache } from '../timezones';
import type { CommitmentLine } from './commitmentLines';
import { commitmentLine } from './commitmentLines';
import type { DecisionLine } from './meeting';
import type { BriefRecords } from './records';
import { dayOf, liveOf, stakeholderNames } from './records';

export interface HealthChange {
  readonly perspective: Perspective;
  readonly dimension: string;
  /** The score at the last meeting; absent when that side had not scored it then. */
  readonly before?: number;
  readonly after: number;
  readonly assessedOn: string;
}

export interface CharterChanges {
  /** The agreed version in force at the last meeting (none: not agreed yet then). */
  readonly fromVersion?: number;
  readonly toVersion?: number;
  readonly changes: readonly SectionChange[];
}

export interface SinceSection {
  /** The meeting measured from; absent for a first meeting (everything below is then empty but the gaps). */
  readonly since?: { readonly touchpointId: string; readonly occurredOn: string; readonly title: string };
  readonly decisions: readonly DecisionLine[];
  readonly commitmentsDone: readonly CommitmentLine[];
  /** Made since, other than the last meeting's own follow-ups (those are marked carried over where they are listed open). */
  readonly commitmentsNew: readonly CommitmentLine[];
  readonly charter: CharterChanges;
  readonly health: readonly HealthChange[];
  /** Dimensions the two sides now see `GAP_WORTH_ACTING` or more apart (the one threshold in health.ts). */
  readonly gaps: readonly GapRow[];
}

const byDayThenTitle = (a: CommitmentLine, b: CommitmentLine) => (a.doneOn ?? a.dueOn).localeCompare(b.doneOn ?? b.dueOn) || a.title.localeCompare(b.title);

function commitmentsSince(list: readonly Commitment[], names: ReadonlyMap<string, string>, last: Touchpoint, today: string, zone: string) {
  const from = last.occurredOn;
  const done = list.filter((c) => c.status === 'done' && c.doneOn !== undefined && c.doneOn >= from && c.doneOn <= today);
  const cache = createZoneCache();
  const made = list.filter((c) => {
    if (c.source === 'touchpoint' && c.sourceId === last.id) return false;
    const createdOn = dayOf(c.createdAt, zone, cache);
    return createdOn >= from && createdOn <= today;
  });
  const lines = (l: readonly Commitment[]) => l.map((c) => commitmentLine(c, names, today, last.id)).sort(byDayThenTitle);
  return { commitmentsDone: lines(done), commitmentsNew: lines(made) };
}

/** The newest version agreed on or before `day`. */
function agreedBy(versions: readonly IntentVersion[], day: string): IntentVersion | undefined {
  return versions
    .filter((v) => v.agreement !== undefined && v.agreement.agreedOn <= day)
    .sort((a, b) => b.version - a.version)
    .at(0);
}

/** What the agreed charter says now against what it said at the last meeting (from nothing, when first agreed since). */
export function charterChangesSince(versions: readonly IntentVersion[], fromDay: string, today: string, partnerSafe = false): CharterChanges {
  const [then, now] = [agreedBy(versions, fromDay), agreedBy(versions, today)];
  if (!now || now.id === then?.id) return { ...(then ? { fromVersion: then.version, toVersion: then.version } : {}), changes: [] };
  return { ...(then ? { fromVersion: then.version } : {}), toVersion: now.version, changes: diffIntent(then ?? EMPTY_INTENT_CONTENT, now, { partnerSafe }) };
}

/** Per side, each dimension whose score moved (or was first scored) between the last check by `fromDay` and the latest by `today`. */
export function healthChangesSince(checks: readonly HealthCheck[], fromDay: string, today: string): HealthChange[] {
  return PERSPECTIVES.flatMap((perspective) => {
    const upToToday = chronological(checks, perspective).filter((c) => c.assessedOn <= today);
    const [then, now] = [upToToday.filter((c) => c.assessedOn <= fromDay).at(-1), upToToday.at(-1)];
    if (!now || now.id === then?.id) return [];
    // dimensionTrend over the two checks: its delta is the move from then to now.
    return dimensionTrend(then ? [then, now] : [now], perspective).flatMap((trend) => {
      const latest = trend.series.at(-1);
      if (!latest || latest.assessedOn !== now.assessedOn || trend.delta === 0) return [];
      const before = trend.series.length === 2 ? trend.series[0]?.score : undefined;
      return [{ perspective, dimension: trend.dimension, ...(before !== undefined ? { before } : {}), after: latest.score, assessedOn: now.assessedOn }];
    });
  });
}

/** `partnerSafe` renders the charter changes as the partner may read them (no internal sections, no weights). */
export function sinceLastMeeting(records: BriefRecords, partnershipId: string, today: string, zone: string, last: Touchpoint | undefined, partnerSafe = false): SinceSection {
  const checks = liveOf(records.healthChecks, partnershipId).filter((c) => c.assessedOn <= today);
  const gaps = perceptionGap(checks).filter(isWideGap);
  if (!last) return { decisions: [], commitmentsDone: [], commitmentsNew: [], charter: { changes: [] }, health: [], gaps };
  const decisions = liveOf(records.decisions, partnershipId)
    .filter((d) => d.touchpointId !== last.id && d.decidedOn >= last.occurredOn && d.decidedOn <= today)
    .sort((a, b) => a.decidedOn.localeCompare(b.decidedOn) || a.createdAt.localeCompare(b.createdAt))
    .map((d) => ({ decidedOn: d.decidedOn, statement: d.statement, rationale: d.rationale }));
  return {
    since: { touchpointId: last.id, occurredOn: last.occurredOn, title: last.title },
    decisions,
    ...commitmentsSince(liveOf(records.commitments, partnershipId), stakeholderNames(records, partnershipId), last, today, zone),
    charter: charterChangesSince(liveOf(records.intentVersions, partnershipId), last.occurredOn, today, partnerSafe),
    health: healthChangesSince(checks, last.occurredOn, today),
    gaps,
  };
}
