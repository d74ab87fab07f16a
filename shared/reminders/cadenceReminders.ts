// Cadence reminders. A fixed cadence reminds once per planned occurrence its lead time
// before the start (and a moved one once more, before its new time); one already held,
// skipped or moved is not reminded at its planned time. A flexible cadence reminds when
// it enters due soon and when it becomes overdue, keyed by day so every cycle reminds again.
import type { Cadence, OccurrenceRecord, Touchpoint } from '../domain';
import { reminderKey } from '../domain';
import { nextDue, plannedOccurrences } from '../cadenceSchedule';
import { addDays } from '../dates';
import type { ExpansionCache } from '../recurrence';
import { DAY_MS, instantKey } from '../timezones';
import { instantOrUndefined, toIso } from './clock';
import type { Candidate, SourceContext } from './types';

const MINUTE_MS = 60_000;
// Growing look-ahead, so a weekly rule expands a week and a yearly one is still found for nextAt.
const LOOK_AHEAD_DAYS = [8, 64, 400] as const;
// Expanding a rule costs about a millisecond a cadence and the heartbeat asks every minute for
// nearly the same window, so expansions are remembered per rule and per window widened to
// whole UTC days, in the planner's cache. Same input, same output.
const EXPANSIONS_KEPT = 2000;

/** Planned instants in [fromMs, toMs) of an active fixed cadence. */
function plannedInWindow(cadence: Cadence, fromMs: number, toMs: number, cache: ExpansionCache): string[] {
  const [dayFrom, dayTo] = [Math.floor(fromMs / DAY_MS) * DAY_MS, Math.ceil(toMs / DAY_MS) * DAY_MS];
  const key = [cadence.rrule, cadence.start, cadence.zone, dayFrom, dayTo].join('|');
  let all = cache.dayExpansions.get(key);
  if (!all) {
    all = plannedOccurrences(cadence, toIso(dayFrom), toIso(dayTo), cache);
    if (cache.dayExpansions.size >= EXPANSIONS_KEPT) cache.dayExpansions.delete(cache.dayExpansions.keys().next().value ?? '');
    cache.dayExpansions.set(key, all);
  }
  return all.filter((o) => {
    const ms = Date.parse(o);
    return ms >= fromMs && ms < toMs;
  });
}

function leadMs(cadence: Cadence, ctx: SourceContext): number {
  return (cadence.leadMinutes ?? ctx.settings.cadenceLeadMinutes) * MINUTE_MS;
}

function occurrenceCandidate(cadence: Cadence, atMs: number, occurrence: string, ctx: SourceContext): Candidate {
  return {
    key: reminderKey('cadence', cadence.id, occurrence),
    partnershipId: cadence.partnershipId,
    partnershipName: ctx.partnershipName,
    source: 'cadence',
    sourceId: cadence.id,
    fireMs: atMs - leadMs(cadence, ctx),
    kind: 'event',
    // Preparation before the start; delivered (or read) after it, the same key asks whether it was held.
    facts: { kind: 'meeting', cadenceName: cadence.name, startsAt: toIso(atMs), isMoved: occurrence.startsWith('moved-') },
    target: { partnershipId: cadence.partnershipId, tab: 'cadences', itemId: cadence.id },
  };
}

/** Planned instants of this cadence whose snooze is still to come back: they may be older than the window. */
function snoozedOccurrences(cadence: Cadence, ctx: SourceContext): number[] {
  const prefix = reminderKey('cadence', cadence.id, '');
  return ctx.ledger.snoozedKeys
    .filter((key) => key.startsWith(prefix))
    .map((key) => instantOrUndefined(key.slice(prefix.length)))
    .filter((ms): ms is number => ms !== undefined);
}

/** Same instant, same text: "…09:00Z" and "…09:00:00.000Z" are one occurrence. */
const normalised = instantKey;

/**
 * Records and linked touchpoints whose occurrence is in [fromMs, toMs), by normalised
 * occurrence. Years of history are skipped with a bare Date.parse before the strict parse.
 */
function historyIn<T extends { readonly occurrence: string; readonly deletedAt?: string }>(items: readonly T[], fromMs: number, toMs: number): Map<string, T[]> {
  const found = new Map<string, T[]>();
  for (const item of items) {
    const roughMs = Date.parse(item.occurrence);
    if (item.deletedAt || !(roughMs >= fromMs - DAY_MS && roughMs < toMs + DAY_MS)) continue;
    const occurrence = normalised(item.occurrence);
    if (occurrence) found.set(occurrence, [...(found.get(occurrence) ?? []), item]);
  }
  return found;
}

function plannedCandidates(cadence: Cadence, records: readonly OccurrenceRecord[], touchpoints: readonly Touchpoint[], ctx: SourceContext): Candidate[] {
  const lead = leadMs(cadence, ctx);
  const fromMs = Math.min(ctx.fromMs + lead, ...snoozedOccurrences(cadence, ctx));
  const lastToMs = ctx.nowMs + lead + (LOOK_AHEAD_DAYS.at(-1) ?? 0) * DAY_MS;
  // Held, skipped or moved (any record, or a linked touchpoint): not reminded at the planned time.
  const [recorded, linked] = [historyIn(records, fromMs, lastToMs), historyIn(touchpoints, fromMs, lastToMs)];
  const isFuture = (o: string) => Date.parse(o) - lead > ctx.nowMs;
  let kept: string[] = [];
  for (const days of LOOK_AHEAD_DAYS) {
    const open = plannedInWindow(cadence, fromMs, ctx.nowMs + lead + days * DAY_MS, ctx.cache).filter((o) => !recorded.has(o) && !linked.has(o));
    // What may be due now, and the next one still to come (for nextAt): the rest can wait for a later tick.
    const next = open.find((o) => isFuture(o) && ctx.ledger.isOpen(reminderKey('cadence', cadence.id, o)));
    kept = [...open.filter((o) => !isFuture(o)), ...(next ? [next] : [])];
    if (next) break;
  }
  return kept.map((o) => occurrenceCandidate(cadence, Date.parse(o), o, ctx));
}

/**
 * Moved occurrences at their new time, when that can still matter (not yet fired, or
 * inside the catch-up window). The latest record of an occurrence wins; a linked
 * touchpoint means it was held.
 */
function movedCandidates(cadence: Cadence, records: readonly OccurrenceRecord[], touchpoints: readonly Touchpoint[], ctx: SourceContext): Candidate[] {
  const lead = leadMs(cadence, ctx);
  const snoozed = new Set(ctx.ledger.snoozedKeys);
  const isRelevant = (movedTo: string) => Date.parse(movedTo) - lead > ctx.fromMs - DAY_MS || snoozed.has(reminderKey('cadence', cadence.id, `moved-${normalised(movedTo)}`));
  const relevant = records.filter((r) => !r.deletedAt && r.outcome === 'moved' && isRelevant(r.movedTo ?? ''));
  if (relevant.length === 0) return [];
  const instants = relevant.map((r) => Date.parse(r.occurrence));
  const [fromMs, toMs] = [Math.min(...instants), Math.max(...instants) + 1];
  const held = historyIn(touchpoints, fromMs, toMs);
  return [...historyIn(records, fromMs, toMs)].flatMap(([occurrence, history]) => {
    const latest = [...history].sort((a, b) => a.updatedAt.localeCompare(b.updatedAt) || a.id.localeCompare(b.id)).at(-1);
    const movedTo = normalised(latest?.movedTo);
    if (latest?.outcome !== 'moved' || !movedTo || held.has(occurrence)) return [];
    return [occurrenceCandidate(cadence, Date.parse(movedTo), `moved-${movedTo}`, ctx)];
  });
}

function flexibleCandidates(cadence: Cadence, records: readonly OccurrenceRecord[], touchpoints: readonly Touchpoint[], ctx: SourceContext): Candidate[] {
  const due = nextDue(cadence, records, touchpoints, toIso(ctx.nowMs), ctx.cache);
  if (due?.mode !== 'flexible') return [];
  const overdueOn = addDays(due.maxOn, 1);
  const overdueMs = ctx.workdayStart(overdueOn);
  const base = {
    partnershipId: cadence.partnershipId,
    partnershipName: ctx.partnershipName,
    source: 'cadence',
    sourceId: cadence.id,
    kind: 'state',
    facts: { kind: 'flexible', cadenceName: cadence.name, idealOn: due.idealOn, maxOn: due.maxOn, ...(due.lastHeldOn ? { lastHeldOn: due.lastHeldOn } : {}) },
    target: { partnershipId: cadence.partnershipId, tab: 'cadences', itemId: cadence.id },
  } as const;
  return [
    { ...base, key: reminderKey('cadence', cadence.id, `due-soon-${due.idealOn}`), fireMs: ctx.workdayStart(due.idealOn), untilMs: ctx.dayStart(overdueOn) },
    { ...base, key: reminderKey('cadence', cadence.id, `overdue-${overdueOn}`), fireMs: overdueMs },
  ];
}

/** Every reminder a cadence may raise around now; paused and deleted cadences raise none. */
export function cadenceCandidates(cadence: Cadence, records: readonly OccurrenceRecord[], touchpoints: readonly Touchpoint[], ctx: SourceContext): Candidate[] {
  if (cadence.deletedAt || cadence.status !== 'active') return [];
  if (cadence.mode === 'flexible') return flexibleCandidates(cadence, records, touchpoints, ctx);
  return [...plannedCandidates(cadence, records, touchpoints, ctx), ...movedCandidates(cadence, records, touchpoints, ctx)];
}
