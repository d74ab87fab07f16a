// A partnership's excerpt: the few, slimmed records the portfolio-wide screens (Attention,
// Portfolio, the reminder planner) need from it, stored as one row per partnership so those
// screens read a small row each instead of years of history (npm run bench). The data layer
// writes it in the same transaction as every change to the partnership's records
// (renderer/db/excerpts.ts); this module only says what it holds.
//
// An excerpt depends on the records alone, never on the clock, and holds a superset of what
// those screens ask for at any `now` from its latest write on (the clock runs forward):
// - its active cadences, whole;
// - of a fixed cadence, every record and linked touchpoint of the meetings from
//   KEEP_RECENT_DAYS before its anchor (see anchorOf) onwards, and of every meeting whose
//   latest record moved it (a move settles nothing: its new time may be ahead, or have
//   passed unheld); after the last meeting held or skipped only moved ones can exist, so
//   this stays small without looking at the clock. Of a flexible one, the last time it
//   was held;
// - every open commitment, whatever its due date (one falls due as time passes);
// - the last SPARKLINE_CHECKS of our health checks and the last two of the partner's;
// - the intent versions that decide whether the intent was agreed or changed since;
// - the current intent's measurable goals with their measurements as [day, value] pairs
//   (shared/value/measuredGoals.ts), whose status and due day are worked out when read.
// Free text nothing on those screens shows (notes, summaries, comments) is left out.
import type { AttentionSnapshot, GoalSources } from './attention';
import { MISSED_LOOKBACK_DAYS } from './cadenceSchedule';
import type { Cadence, CadenceId, Commitment, HealthCheck, IntentVersion, OccurrenceRecord, Partnership, Touchpoint } from './domain';
import { EMPTY_INTENT_CONTENT } from './domain';
import { byCadence, groupLive } from './grouping';
import { chronological } from './health';
import { latestAgreedVersion, pendingDraft } from './intentDiff';
import type { ExpansionCache } from './recurrence';
import { expandOccurrences, rememberExpansion } from './recurrence';
import type { MeasuredGoal } from './value/measuredGoals';
import { measuredGoalsOf } from './value/measuredGoals';

/** The records an excerpt holds, one partnership's, in the shape of an AttentionSnapshot's lists. */
export type ExcerptRecords = Required<Omit<AttentionSnapshot, 'partnerships'>>;

/** The records an excerpt is built from: its own kinds, and the measurements its goals part reads (none: no measurements). */
export type ExcerptSources = ExcerptRecords & Pick<GoalSources, 'goalMeasurements'>;

/** A fixed cadence's whole expansion in [fromIso, toIso), as expandOccurrences gives it. */
export interface CadencePlan {
  readonly cadenceId: CadenceId;
  readonly fromIso: string;
  readonly toIso: string;
  readonly instants: readonly string[];
}

export interface PartnershipExcerpt extends ExcerptRecords {
  readonly partnershipId: string;
  /** The current intent's measurable goals and their measurements; absent on rows written before goals were kept (read as none until rebuilt). */
  readonly goals: readonly MeasuredGoal[];
  /**
   * A hint, never the truth: each fixed cadence's planned instants around its anchor, so a
   * cold start reads them instead of iterating ical.js for every cadence. A reader hands
   * them to its expansion cache (rememberPlans), which uses a plan only for a window it
   * covers; outside it the rule is expanded as ever.
   */
  readonly plans: readonly CadencePlan[];
}

/**
 * An excerpt as stored. `revision` is a fresh unique stamp each time the data layer writes
 * the row, so a reader can tell "same row as last time" by comparing it instead of the
 * row's content (rows written by the version 7 upgrade have none: compare their content).
 */
export interface StoredExcerpt extends PartnershipExcerpt {
  readonly revision?: string;
}

/** Our last checks kept: the Portfolio's health sparkline shows this many. */
export const SPARKLINE_CHECKS = 8;
/**
 * A fixed cadence's history is kept from this many days before its anchor: the reminder
 * planner looks back a week (CATCH_UP_DAYS) from `now`, and the unrecorded search back to
 * the last meeting held or skipped before `now`, which a margin keeps for a `now` a little
 * before the anchor too.
 */
export const KEEP_RECENT_DAYS = 45;
const DAY_MS = 86_400_000;
/**
 * A plan runs this many days past its cadence's anchor: the next-due search looks 8, then
 * 64 days ahead of `now`, so it serves while the last settled meeting is a few months old.
 */
export const PLAN_AHEAD_DAYS = 180;
/**
 * A sparse rule's plan runs this far past its anchor instead: when nothing is due within 64
 * days the search looks 400 days ahead of `now`, so the plan serves that window too while
 * `now` is within PLAN_AHEAD_DAYS of the anchor. Sparse rules give few instants over it.
 */
export const LONG_PLAN_AHEAD_DAYS = PLAN_AHEAD_DAYS + 400;
/** Fewer instants than this in the PLAN_AHEAD_DAYS after the anchor make a rule sparse (monthly gives six). */
const SPARSE_PLAN_INSTANTS = 6;

/**
 * The independent parts of an excerpt, each built from its own kinds of records only: a
 * write to commitments leaves the meetings part as it was, so the data layer rebuilds only
 * the parts whose records a write touched.
 */
export type ExcerptPart = 'meetings' | 'commitments' | 'healthChecks' | 'intentVersions' | 'goals';
export const EXCERPT_PARTS: readonly ExcerptPart[] = ['meetings', 'commitments', 'healthChecks', 'intentVersions', 'goals'];

type Own = <T extends { readonly partnershipId: string; readonly deletedAt?: string }>(items: readonly T[]) => T[];

/** One partnership's excerpt from its records (any superset of them: other partnerships' are ignored). */
export function excerptPartnership(partnershipId: string, records: ExcerptSources, previous?: PartnershipExcerpt, cache?: ExpansionCache): PartnershipExcerpt {
  return rebuildParts(partnershipId, new Set(EXCERPT_PARTS), records, previous, cache);
}

/**
 * `previous` with `parts` built again from `records` (which must hold those parts' kinds in
 * whole for the partnership); without `previous`, every part is built. The same row as
 * excerptPartnership over every record, as each part depends on its own kinds alone.
 */
export function rebuildParts(partnershipId: string, parts: ReadonlySet<ExcerptPart>, records: Partial<ExcerptSources>, previous?: PartnershipExcerpt, cache?: ExpansionCache): PartnershipExcerpt {
  const own: Own = (items) => items.filter((item) => item.partnershipId === partnershipId && !item.deletedAt);
  const needs = (part: ExcerptPart) => !previous || parts.has(part);
  const meetings = needs('meetings') ? meetingsPart(own, records, previous, cache) : previous!;
  return {
    partnershipId,
    cadences: meetings.cadences,
    occurrences: meetings.occurrences,
    touchpoints: meetings.touchpoints,
    commitments: needs('commitments')
      ? own(records.commitments ?? [])
          .filter((c) => c.status === 'open')
          .map((c): Commitment => ({ ...c, detail: '' }))
      : previous!.commitments,
    healthChecks: needs('healthChecks') ? recentChecks(own(records.healthChecks ?? [])).map(slimCheck) : previous!.healthChecks,
    intentVersions: needs('intentVersions') ? decidingVersions(own(records.intentVersions ?? [])) : previous!.intentVersions,
    goals: needs('goals') ? measuredGoalsOf(partnershipId, records.intentVersions ?? [], records.goalMeasurements ?? []) : (previous!.goals ?? []),
    plans: meetings.plans,
  };
}

/** The active cadences, their kept records and linked touchpoints, and their plans. */
function meetingsPart(own: Own, records: Partial<ExcerptRecords>, previous: PartnershipExcerpt | undefined, cache: ExpansionCache | undefined): Pick<PartnershipExcerpt, 'cadences' | 'occurrences' | 'touchpoints' | 'plans'> {
  const cadences = own(records.cadences ?? []).filter((c) => c.status === 'active');
  const occurrences = groupLive(own(records.occurrences ?? []), byCadence);
  const touchpoints = groupLive(
    own(records.touchpoints ?? []).filter((t) => t.cadenceId),
    byCadence,
  );
  const history = cadences.map((c) => cadenceHistory(c, occurrences.get(c.id) ?? [], touchpoints.get(c.id) ?? []));
  return {
    cadences,
    occurrences: history.flatMap((h) => h.records).map(slimRecord),
    touchpoints: history.flatMap((h) => h.touchpoints).map(slimTouchpoint),
    plans: cadences.flatMap((c, i) => planOf(c, history[i]!.anchor, previous, cache)),
  };
}

/**
 * A fixed cadence's instants from KEEP_RECENT_DAYS before its anchor to PLAN_AHEAD_DAYS after
 * it, or, for a sparse rule (fewer than SPARSE_PLAN_INSTANTS there, e.g. quarterly), to
 * LONG_PLAN_AHEAD_DAYS after it; none without an anchor or a rule that expands.
 */
function planOf(cadence: Cadence, anchor: number | undefined, previous: PartnershipExcerpt | undefined, cache: ExpansionCache | undefined): CadencePlan[] {
  if (anchor === undefined || cadence.mode !== 'fixed' || cadence.rrule.trim() === '') return [];
  const fromIso = new Date(anchor - (KEEP_RECENT_DAYS + 1) * DAY_MS).toISOString();
  const toIso = new Date(anchor + PLAN_AHEAD_DAYS * DAY_MS).toISOString();
  const longIso = new Date(anchor + LONG_PLAN_AHEAD_DAYS * DAY_MS).toISOString();
  const kept = previous?.plans?.find((p) => p.cadenceId === cadence.id && p.fromIso === fromIso && (p.toIso === toIso || p.toIso === longIso));
  const was = previous?.cadences.find((c) => c.id === cadence.id);
  // The same rule over the same window expands the same: an edit elsewhere does not iterate ical.js again.
  if (kept && was && was.rrule === cadence.rrule && was.start === cadence.start && was.zone === cadence.zone) return [kept];
  try {
    const instants = expandOccurrences(cadence, fromIso, toIso, cache);
    const ahead = instants.filter((iso) => Date.parse(iso) >= anchor).length;
    // Sparse: the next-due search's second window (64 days) may hold none, and it then asks 400 days ahead.
    if (ahead >= SPARSE_PLAN_INSTANTS) return [{ cadenceId: cadence.id, fromIso, toIso, instants }];
    return [{ cadenceId: cadence.id, fromIso, toIso: longIso, instants: expandOccurrences(cadence, fromIso, longIso, cache) }];
  } catch {
    return []; // a rule that cannot be expanded fails the same way where it is used, and says why there
  }
}

/** Every excerpt's records as one snapshot, for the pure ranking, summaries and planner. */
export function snapshotOfExcerpts(partnerships: readonly Partnership[], excerpts: readonly (ExcerptRecords & Partial<Pick<PartnershipExcerpt, 'goals'>>)[]): Required<AttentionSnapshot> & Pick<Required<GoalSources>, 'goals'> {
  return {
    partnerships,
    cadences: excerpts.flatMap((e) => e.cadences),
    occurrences: excerpts.flatMap((e) => e.occurrences),
    touchpoints: excerpts.flatMap((e) => e.touchpoints),
    commitments: excerpts.flatMap((e) => e.commitments),
    healthChecks: excerpts.flatMap((e) => e.healthChecks),
    intentVersions: excerpts.flatMap((e) => e.intentVersions),
    goals: excerpts.flatMap((e) => e.goals ?? []),
  };
}

/** Hands an excerpt's stored plans to an expansion cache, which then answers any window inside one from it. */
export function rememberPlans(cache: ExpansionCache, excerpt: Pick<PartnershipExcerpt, 'cadences'> & { readonly plans?: readonly CadencePlan[] }): void {
  const byId = new Map(excerpt.cadences.map((c) => [c.id, c]));
  for (const plan of excerpt.plans ?? []) {
    const cadence = byId.get(plan.cadenceId);
    if (cadence) rememberExpansion(cache, cadence, plan.fromIso, plan.toIso, plan.instants);
  }
}

const newest = <T>(items: readonly T[], keyOf: (item: T) => string): T | undefined =>
  items.reduce<T | undefined>((best, item) => (best === undefined || keyOf(item) > keyOf(best) ? item : best), undefined);

/** Epoch ms of a meeting's planned instant (the key records and touchpoints share), or NaN. */
const keyMs = (item: { readonly occurrence: string }) => Date.parse(item.occurrence);

interface Meeting {
  /** The latest record (by updatedAt, then id), as the schedule reads it. */
  readonly record?: OccurrenceRecord;
  readonly isHeld: boolean;
}

/** Each planned instant's meeting as shared/cadenceSchedule.ts reads it: a linked touchpoint means held, else the latest record says. */
function meetingsOf(records: readonly OccurrenceRecord[], touchpoints: readonly Touchpoint[]): Map<number, Meeting> {
  const meetings = new Map<number, Meeting>();
  const ordered = [...records].sort((a, b) => a.updatedAt.localeCompare(b.updatedAt) || a.id.localeCompare(b.id));
  for (const record of ordered) meetings.set(keyMs(record), { record, isHeld: record.outcome === 'held' });
  for (const t of touchpoints) meetings.set(keyMs(t), { ...meetings.get(keyMs(t)), isHeld: true });
  meetings.delete(Number.NaN);
  return meetings;
}

/**
 * Where a fixed cadence's kept history starts (before the margin). The unrecorded search at
 * `now` starts after the last meeting held or skipped by `now`, and never further back than
 * the look-back; `now` is never earlier than the latest write of this history (`writtenMs`:
 * the excerpt is built again on every write, and the clock runs forward). So every `now` from
 * then on is answered exactly from the last meeting settled by `writtenMs`, or the look-back
 * before `writtenMs` if that is later. A meeting settled ahead of its time (skipped in
 * advance, or logged as held for a day still to come) is never the anchor: before its day,
 * the search still reaches back past it.
 */
const WRITE_MARGIN_MS = 3_600_000;

function anchorOf(meetings: ReadonlyMap<number, Meeting>, writtenMs: number): number | undefined {
  const settled = [...meetings].filter(([, m]) => m.isHeld || m.record?.outcome === 'skipped').map(([ms]) => ms);
  if (settled.length === 0) return undefined;
  const last = Math.max(...settled);
  // An hour's margin: the screens read at `now` rounded down to the minute.
  const settledByThen = settled.filter((ms) => ms <= writtenMs - WRITE_MARGIN_MS);
  return Math.min(last, Math.max(...settledByThen, writtenMs - MISSED_LOOKBACK_DAYS * DAY_MS));
}

/**
 * What the next-due and unrecorded searches and the reminders need of one cadence's records
 * and linked touchpoints. Flexible: the last time it was held. Fixed: every meeting from
 * KEEP_RECENT_DAYS before its anchor, and every meeting moved.
 */
function cadenceHistory(cadence: Cadence, records: readonly OccurrenceRecord[], touchpoints: readonly Touchpoint[]) {
  if (cadence.mode === 'flexible') {
    const lastRecord = newest(
      records.filter((r) => r.outcome === 'held'),
      (r) => r.occurrence,
    );
    const lastTouchpoint = newest(touchpoints, (t) => t.occurredOn);
    return { records: lastRecord ? [lastRecord] : [], touchpoints: lastTouchpoint ? [lastTouchpoint] : [], anchor: undefined };
  }
  const meetings = meetingsOf(records, touchpoints);
  const writtenMs = Math.max(...[...records, ...touchpoints].map((item) => Date.parse(item.updatedAt)));
  const anchor = anchorOf(meetings, writtenMs);
  if (anchor === undefined) return { records, touchpoints, anchor };
  const keepFromMs = anchor - KEEP_RECENT_DAYS * DAY_MS;
  const isKept = (item: { readonly occurrence: string }) => {
    const ms = keyMs(item);
    const meeting = meetings.get(ms);
    return !(ms < keepFromMs) || (meeting?.record?.outcome === 'moved' && !meeting.isHeld);
  };
  return { records: records.filter(isKept), touchpoints: touchpoints.filter(isKept), anchor };
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
