// A partnership's digest: the few, slimmed records the portfolio-wide screens (Attention,
// Portfolio, the reminder planner) need from it, kept in the database so those screens read
// one small row per partnership instead of years of history (npm run bench).
//
// A digest depends only on the partnership's records and the instant it was built, and
// holds a superset of what any later `now` needs, up to DIGEST_MAX_AGE_DAYS later:
// - its active cadences, whole;
// - of a fixed cadence, its occurrence records and linked touchpoints from just before its
//   last meeting held or skipped (at most a year back: the unrecorded-meeting look-back, with
//   a margin for time zones; at least KEEP_RECENT_DAYS) onwards, with no upper bound, and
//   those of moved meetings; of a flexible one, the last time it was held;
// - every open commitment, whatever its due date (one falls due as time passes);
// - the last SPARKLINE_CHECKS of our health checks and the last two of the partner's;
// - the intent versions that decide whether the intent was agreed or changed since;
// - each fixed cadence's planned instants over every window the next-due search can ask
//   for while the digest serves (from its last meeting held or skipped, or a year back, to
//   DIGEST_MAX_AGE_DAYS plus two months ahead), so a cold start does not expand the rules.
// Free text nothing on those screens shows (notes, summaries, comments) is left out.
// Pure: the database reads and the upkeep are renderer/db/digests.ts.
import type { AttentionSnapshot } from './attention';
import { MISSED_LOOKBACK_DAYS } from './cadenceSchedule';
import { addDays } from './dates';
import type { Cadence, Commitment, HealthCheck, IntentVersion, OccurrenceRecord, Partnership, Touchpoint } from './domain';
import { EMPTY_INTENT_CONTENT } from './domain';
import { byCadence, byPartnership, groupLive } from './grouping';
import { chronological } from './health';
import { latestAgreedVersion, pendingDraft } from './intentDiff';
import { expandOccurrences, rememberExpansion } from './recurrence';

export interface PartnershipDigest {
  readonly partnershipId: string;
  /** The instant (ISO UTC) it was built; it serves any `now` from then for DIGEST_MAX_AGE_DAYS. */
  readonly builtAt: string;
  /** Unique to this build: readers keep digests in memory and re-read only those whose stamp changed. */
  readonly stamp: string;
  readonly cadences: readonly Cadence[];
  readonly occurrences: readonly OccurrenceRecord[];
  readonly touchpoints: readonly Touchpoint[];
  readonly commitments: readonly Commitment[];
  readonly healthChecks: readonly HealthCheck[];
  readonly intentVersions: readonly IntentVersion[];
  readonly plans: readonly CadencePlan[];
}

/** A fixed cadence's whole expansion in [fromIso, toIso), as expandOccurrences gives it. */
export interface CadencePlan {
  readonly cadenceId: string;
  readonly fromIso: string;
  readonly toIso: string;
  readonly instants: readonly string[];
}

/** Past this age a digest is rebuilt, so the history it carries stays about a year long. */
export const DIGEST_MAX_AGE_DAYS = 30;
/** From this age a digest still serves, but is rebuilt in the background, so none expires on screen. */
export const DIGEST_REFRESH_AFTER_DAYS = 21;
/** The second look-ahead of the next-due search (shared/cadenceSchedule.ts), which covers all but rare rules. */
const PLAN_AHEAD_DAYS = 64;
/** Our last checks kept: the Portfolio's health sparkline shows this many. */
export const SPARKLINE_CHECKS = 8;
const DAY_MS = 86_400_000;

export interface DigestWindow {
  /** The first day of cadence history a digest built now keeps. */
  readonly since: string;
  /** The same, as the start of that day in UTC, for occurrence instants. */
  readonly sinceIso: string;
}

/**
 * Three days more than the look-back Attention uses (a year before `today`): `today` in the
 * user's zone may be a day behind the UTC day, and a reader's clock up to a day behind.
 */
export function digestWindow(builtAt: Date): DigestWindow {
  const since = addDays(builtAt.toISOString().slice(0, 10), -MISSED_LOOKBACK_DAYS - 3);
  return { since, sinceIso: `${since}T00:00:00.000Z` };
}

/**
 * Whether a digest built at `builtAt` serves `now` ('fresh', or 'aging' once it should be
 * rebuilt in the background) or must be rebuilt first ('stale'): older than
 * DIGEST_MAX_AGE_DAYS, or built more than a day after `now` (screens round `now` down to
 * the minute, the reminder planner does not; a clock set back further than that rebuilds).
 */
export function digestState(digest: Pick<PartnershipDigest, 'builtAt'>, now: Date): 'fresh' | 'aging' | 'stale' {
  const age = now.getTime() - Date.parse(digest.builtAt);
  if (age <= -DAY_MS || age >= DIGEST_MAX_AGE_DAYS * DAY_MS) return 'stale';
  return age >= DIGEST_REFRESH_AFTER_DAYS * DAY_MS ? 'aging' : 'fresh';
}

/**
 * The records a digest is built from, for some partnerships: at least every cadence, the
 * cadences' records and touchpoints in `digestWindow` plus each flexible cadence's last held
 * one, every open commitment, every health check and intent version. More is harmless.
 */
export type DigestSource = Required<Omit<AttentionSnapshot, 'partnerships'>>;

export function buildDigests(partnershipIds: readonly string[], source: DigestSource, builtAt: Date): PartnershipDigest[] {
  const { since, sinceIso } = digestWindow(builtAt);
  const cadences = groupLive(
    source.cadences.filter((c) => c.status === 'active'),
    byPartnership,
  );
  const records = groupLive(source.occurrences, byCadence);
  const touchpoints = groupLive(
    source.touchpoints.filter((t) => t.cadenceId),
    byCadence,
  );
  const commitments = groupLive(
    source.commitments.filter((c) => c.status === 'open'),
    byPartnership,
  );
  const checks = groupLive(source.healthChecks, byPartnership);
  const versions = groupLive(source.intentVersions, byPartnership);
  return partnershipIds.map((partnershipId) => {
    const active = cadences.get(partnershipId) ?? [];
    const history = active.map((cadence) => cadenceHistory(cadence, records.get(cadence.id) ?? [], touchpoints.get(cadence.id) ?? [], { since, sinceIso }, builtAt));
    const plans = active.flatMap((cadence, i) => planOf(cadence, history[i]!, builtAt));
    return {
      partnershipId,
      builtAt: builtAt.toISOString(),
      stamp: `${builtAt.toISOString()} ${crypto.randomUUID()}`,
      cadences: active,
      occurrences: history.flatMap((h) => h.records).map(slimRecord),
      touchpoints: history.flatMap((h) => h.touchpoints).map(slimTouchpoint),
      commitments: (commitments.get(partnershipId) ?? []).map((c) => ({ ...c, detail: '' })),
      healthChecks: recentChecks(checks.get(partnershipId) ?? []).map(slimCheck),
      intentVersions: decidingVersions(versions.get(partnershipId) ?? []),
      plans,
    };
  });
}

/**
 * Every digest's records as one snapshot for the pure ranking and summaries. Their plans
 * are handed to the expansion memo (shared/recurrence.ts): the same instants the rules
 * give, without iterating them again.
 */
export function snapshotOfDigests(partnerships: readonly Partnership[], digests: readonly PartnershipDigest[]): Required<AttentionSnapshot> {
  for (const digest of digests) {
    const rules = new Map(digest.cadences.map((c) => [c.id as string, c]));
    for (const plan of digest.plans ?? []) {
      const cadence = rules.get(plan.cadenceId);
      if (cadence) rememberExpansion(cadence, plan.fromIso, plan.toIso, plan.instants);
    }
  }
  return { partnerships, ...mergeDigestSources(digests) };
}

/** Several partnerships' records (or digests) as one source: each kind's lists joined. */
export function mergeDigestSources(parts: readonly DigestSource[]): DigestSource {
  return {
    cadences: parts.flatMap((p) => p.cadences),
    occurrences: parts.flatMap((p) => p.occurrences),
    touchpoints: parts.flatMap((p) => p.touchpoints),
    commitments: parts.flatMap((p) => p.commitments),
    healthChecks: parts.flatMap((p) => p.healthChecks),
    intentVersions: parts.flatMap((p) => p.intentVersions),
  };
}

const isHeld = (r: OccurrenceRecord) => r.outcome === 'held';
/** Held or skipped: the unrecorded search starts after the latest such meeting (shared/cadenceSchedule.ts). */
const isSettling = (r: OccurrenceRecord) => r.outcome !== 'moved';
const newest = <T>(items: readonly T[], keyOf: (item: T) => string): T | undefined =>
  items.reduce<T | undefined>((best, item) => (best === undefined || keyOf(item) > keyOf(best) ? item : best), undefined);

/**
 * A fixed cadence's recent history is kept from its last meeting held or skipped, or from this many
 * days back if that is sooner: the reminder planner looks back a week (CATCH_UP_DAYS) and to
 * snoozed meetings (the planner reads the history of cadences with older snoozes itself).
 */
export const KEEP_RECENT_DAYS = 45;

/**
 * What the next-due and unrecorded searches and the reminders need of one cadence's records
 * and linked touchpoints from the window. Flexible: the last time it was held. Fixed:
 * everything from the day before its last meeting held or skipped (a day before the digest
 * was built; the unrecorded search starts after it) or KEEP_RECENT_DAYS back, whichever is
 * sooner, plus every record of a meeting that was moved (its new time may still be ahead,
 * or have passed unheld). Held or skipped never changes with time; moved does.
 */
function cadenceHistory(cadence: Cadence, records: readonly OccurrenceRecord[], touchpoints: readonly Touchpoint[], window: DigestWindow, builtAt: Date) {
  if (cadence.mode === 'flexible') {
    const lastRecord = newest(records.filter((r) => !r.deletedAt && isHeld(r)), (r) => r.occurrence);
    const lastTouchpoint = newest(touchpoints.filter((t) => !t.deletedAt), (t) => t.occurredOn);
    return { records: lastRecord ? [lastRecord] : [], touchpoints: lastTouchpoint ? [lastTouchpoint] : [] };
  }
  const recent = { records: records.filter((r) => r.occurrence >= window.sinceIso), touchpoints: touchpoints.filter((t) => t.occurredOn >= window.since) };
  const builtMs = builtAt.getTime();
  const recorded = [...recent.records.filter(isSettling), ...recent.touchpoints]
    .filter((item) => !item.deletedAt)
    .map((item) => Date.parse(item.occurrence))
    .filter((ms) => ms <= builtMs - DAY_MS);
  if (recorded.length === 0) return recent;
  const keepFromMs = Math.min(Math.max(...recorded) - DAY_MS, builtMs - KEEP_RECENT_DAYS * DAY_MS);
  const moved = new Set(recent.records.filter((r) => r.outcome === 'moved').map((r) => Date.parse(r.occurrence)));
  const isKept = (item: { readonly occurrence: string }) => {
    const ms = Date.parse(item.occurrence);
    return !(ms < keepFromMs) || moved.has(ms);
  };
  return { records: recent.records.filter(isKept), touchpoints: recent.touchpoints.filter(isKept) };
}

/**
 * The instants the next-due and unrecorded searches can ask a fixed cadence for while the
 * digest serves: from the last meeting held or skipped (at most a year back) of `now`, which
 * is never before that of a day before `builtAt`, to two months after `now`.
 */
function planOf(cadence: Cadence, history: { records: readonly OccurrenceRecord[]; touchpoints: readonly Touchpoint[] }, builtAt: Date): CadencePlan[] {
  if (cadence.mode !== 'fixed' || cadence.rrule.trim() === '') return [];
  const builtMs = builtAt.getTime();
  const recorded = [...history.records.filter((r) => !r.deletedAt && isSettling(r)).map((r) => r.occurrence), ...history.touchpoints.filter((t) => !t.deletedAt).map((t) => t.occurrence)]
    .map((iso) => Date.parse(iso))
    .filter((ms) => Number.isFinite(ms) && ms <= builtMs - DAY_MS);
  const fromMs = Math.max(builtMs - (MISSED_LOOKBACK_DAYS + 1) * DAY_MS, Math.max(...recorded, 0) - DAY_MS);
  const toMs = builtMs + (DIGEST_MAX_AGE_DAYS + PLAN_AHEAD_DAYS + 1) * DAY_MS;
  const [fromIso, toIso] = [new Date(fromMs).toISOString(), new Date(toMs).toISOString()];
  try {
    return [{ cadenceId: cadence.id, fromIso, toIso, instants: expandOccurrences(cadence, fromIso, toIso) }];
  } catch {
    return []; // a rule that cannot be expanded fails the same way where it is used, and says why there
  }
}

/** Our last SPARKLINE_CHECKS and the partner's last two (a drop compares the last two of a side). */
function recentChecks(checks: readonly HealthCheck[]): HealthCheck[] {
  return [...chronological(checks, 'ours').slice(-SPARKLINE_CHECKS), ...chronological(checks, 'partner').slice(-2)];
}

/**
 * The versions that decide the intent's state: the one in force and the draft after it;
 * failing an agreed one, any superseded one (it was agreed once), failing that any version
 * (a draft exists). The same answers as every version, from at most two.
 */
function decidingVersions(versions: readonly IntentVersion[]): IntentVersion[] {
  const agreed = latestAgreedVersion(versions);
  const draft = pendingDraft(versions);
  // Their content only matters to compare them; alone, a version's status and agreement decide.
  const deciding = agreed && draft ? [agreed, draft] : [agreed, draft].filter((v): v is IntentVersion => v !== undefined).map(withoutContent);
  if (agreed) return deciding;
  const superseded = versions.find((v) => v.status === 'superseded');
  if (superseded) return [withoutContent(superseded), ...deciding];
  return deciding.length > 0 ? deciding : versions.slice(0, 1).map(withoutContent);
}

const withoutContent = (v: IntentVersion): IntentVersion => ({ ...v, ...EMPTY_INTENT_CONTENT });

const slimRecord = (r: OccurrenceRecord): OccurrenceRecord => ({ ...r, note: '' });
const slimTouchpoint = (t: Touchpoint): Touchpoint => ({ ...t, title: '', summary: '', internalNotes: '', attendeeIds: [] });
const slimCheck = (h: HealthCheck): HealthCheck => ({ ...h, respondent: '', internalNotes: '', scores: h.scores.map((s) => ({ ...s, comment: '' })) });
