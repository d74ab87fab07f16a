// What every section of a meeting brief reads: one partnership's records, the meeting it
// prepares, and the moment it is prepared at. The "last meeting" every section measures
// from is found here once, so the sections agree on it.
import type { Cadence, Decision, HealthCheck, IntentVersion, MeetingPrep, OccurrenceRecord, Stakeholder, Touchpoint, Commitment } from '../domain';
import type { DateFormat } from '../dates';
import type { ZoneCache } from '../timezones';
import { parseInstant, utcToLocal } from '../timezones';

/** One partnership's records (others are ignored by partnershipId). */
export interface BriefRecords {
  readonly cadences: readonly Cadence[];
  readonly occurrences: readonly OccurrenceRecord[];
  readonly touchpoints: readonly Touchpoint[];
  readonly decisions: readonly Decision[];
  readonly commitments: readonly Commitment[];
  readonly healthChecks: readonly HealthCheck[];
  readonly intentVersions: readonly IntentVersion[];
  readonly stakeholders: readonly Stakeholder[];
  readonly meetingPreps?: readonly MeetingPrep[];
}

/** The meeting a brief prepares: an occurrence of a cadence, or an ad-hoc meeting (its preparation record). */
export type BriefTarget =
  | { readonly kind: 'cadence'; readonly cadenceId: string; /** Planned instant, ISO UTC. */ readonly occurrence: string }
  | { readonly kind: 'adhoc'; readonly prepId: string };

export interface BriefContext {
  readonly partnershipId: string;
  /** ISO UTC: the moment the brief is prepared at. */
  readonly now: string;
  /** The user's IANA zone: days (today, due, done) are read in it. */
  readonly zone: string;
  /** How the user reads dates (Settings), for the text the brief drafts (its agenda); "14 Jan 2027" when absent. */
  readonly dateFormat?: DateFormat;
}

export const liveOf = <T extends { readonly deletedAt?: string; readonly partnershipId: string }>(list: readonly T[], partnershipId: string): T[] =>
  list.filter((r) => !r.deletedAt && r.partnershipId === partnershipId);

/** The day of an instant in the zone; a list's days share one `cache` (shared/timezones.ts), or each builds a formatter. */
export const dayOf = (iso: string, zone: string, cache?: ZoneCache): string => utcToLocal(iso, zone, cache).slice(0, 10);

/** Epoch ms of an instant; undefined for a blank or malformed one (a touchpoint not linked to an occurrence). */
function instantMs(value: string): number | undefined {
  try {
    return value ? parseInstant(value) : undefined;
  } catch {
    return undefined;
  }
}

/** Same instant, whatever its spelling ("…09:00Z" or "…09:00:00.000Z"). */
export function sameInstant(a: string, b: string): boolean {
  try {
    return parseInstant(a) === parseInstant(b);
  } catch {
    return false;
  }
}

/** When a touchpoint took place, for ordering: its occurrence's instant when linked, else its day. */
function touchpointOrder(t: Touchpoint): string {
  return `${t.occurredOn}|${t.occurrence}|${t.createdAt}|${t.id}`;
}

/**
 * The meeting the "since" sections measure from: the latest touchpoint of this cadence held
 * before the meeting starts, or (no cadence, or none of it yet) the partnership's latest
 * touchpoint before then. Undefined for a first meeting.
 */
export function lastMeetingBefore(records: BriefRecords, partnershipId: string, at: string, zone: string, cadenceId?: string): Touchpoint | undefined {
  const atMs = parseInstant(at);
  const atDay = dayOf(at, zone);
  const before = liveOf(records.touchpoints, partnershipId).filter((t) => {
    const ms = instantMs(t.occurrence);
    return ms === undefined ? t.occurredOn < atDay : ms < atMs;
  });
  const latest = (list: readonly Touchpoint[]) => [...list].sort((a, b) => touchpointOrder(a).localeCompare(touchpointOrder(b))).at(-1);
  const ofCadence = cadenceId ? latest(before.filter((t) => t.cadenceId === cadenceId)) : undefined;
  return ofCadence ?? latest(before);
}

export function stakeholderNames(records: BriefRecords, partnershipId: string): Map<string, string> {
  return new Map(liveOf(records.stakeholders, partnershipId).map((s) => [s.id, s.name]));
}
