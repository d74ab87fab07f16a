// What must be true of everything Steward says, at every step of the simulation (issue 12,
// "How it is verified"). Each check reads the functions' output as a user reads the screen
// (text and fields) and returns what it found wrong, with enough context to reproduce it.
import type { AttentionItem } from '@shared/attention';
import { MISSED_LOOKBACK_DAYS, nextDue, occurrenceStatus, plannedOccurrences } from '@shared/cadenceSchedule';
import { addDays, daysBetween } from '@shared/dates';
import type { Cadence, Commitment, OccurrenceRecord, PortfolioSnapshot, Touchpoint, Weekday } from '@shared/domain';
import type { PortfolioRollup } from '@shared/exports/portfolioRollup';
import type { QuarterlyReview } from '@shared/exports/quarterlyReview';
import type { PartnershipSummary } from '@shared/portfolioSummary';
import type { ExpansionCache } from '@shared/recurrence';
import type { PlannedReminder, ReminderPlan } from '@shared/reminders';
import { DIGEST_AFTER, reminderText } from '@shared/reminders';
import { createZoneCache, localToUtc, parseInstant, utcToLocal } from '@shared/timezones';
import { absoluteDates, disagreements } from './phrases';
import type { Settings, World } from './world';
import { inbox } from './world';

export const INVARIANTS = [
  'next is ahead',
  'due soon is ahead',
  'no preparation after start',
  'relative phrase agrees with its date',
  'nothing in quiet hours',
  'nothing on non-working days',
  'released in working time',
  'quiet hours hold until working time',
  'released together, one notification per partnership',
  'review counts nothing after asOf',
  'review gap as at asOf',
  'reciprocity only when both sides had something due',
  'roll-up counts as the review does',
  'past occurrence is held, skipped, moved or unrecorded',
  'unrecorded occurrence is shown',
] as const;
export type Invariant = (typeof INVARIANTS)[number];

export interface Violation {
  readonly invariant: Invariant;
  readonly message: string;
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const JS_WEEKDAYS: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
// One zone cache for the checks' own readings (a test helper's, not shared/'s): a formatter per zone, not per call.
const zones = createZoneCache();
const local = (iso: string, zone: string) => utcToLocal(iso, zone, zones);
const dayIn = (iso: string, zone: string) => local(iso, zone).slice(0, 10);

function weekdayOf(day: string): Weekday {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return JS_WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()] ?? 'mon';
}

export const isWorkingDay = (day: string, settings: Settings) => settings.workingDays.includes(weekdayOf(day));

export function isQuietTime(iso: string, settings: Settings): boolean {
  if (!settings.quietHoursEnabled || settings.quietStart === settings.quietEnd) return false;
  const hhmm = local(iso, settings.timeZone).slice(11, 16);
  return settings.quietStart < settings.quietEnd ? hhmm >= settings.quietStart && hhmm < settings.quietEnd : hhmm >= settings.quietStart || hhmm < settings.quietEnd;
}

const cadenceOfKey = (world: World, key: string) => world.snapshot.cadences.find((c) => key.includes(c.id));
const cadenceByName = (world: World, partnershipId: string, name: string) => world.snapshot.cadences.find((c) => !c.deletedAt && c.partnershipId === partnershipId && c.name === name);

/** Names and titles a text may quote: they are the user's words, not claims about dates. */
function userContent(world: World, partnershipId: string): string[] {
  const p = world.snapshot.partnerships.find((x) => x.id === partnershipId);
  return [
    p?.name ?? '',
    ...world.snapshot.cadences.filter((c) => c.partnershipId === partnershipId).map((c) => c.name),
    ...world.snapshot.commitments.filter((c) => c.partnershipId === partnershipId && !c.deletedAt).map((c) => c.title),
  ].sort((a, b) => b.length - a.length);
}

/** Each partnership's user content, worked out once while one check reads an unchanging world. */
type ContentLookup = (partnershipId: string) => string[];

function contentLookup(world: World): ContentLookup {
  const known = new Map<string, string[]>();
  return (partnershipId) => known.get(partnershipId) ?? known.set(partnershipId, userContent(world, partnershipId)).get(partnershipId)!;
}

function phraseViolations(content: ContentLookup, where: string, text: string, today: string, partnershipId: string): Violation[] {
  if (!/\b(today|tomorrow|yesterday|ago|in \d+ days?|overdue by)\b/i.test(text)) return [];
  return disagreements(text, today, content(partnershipId)).map((d) => ({
    invariant: 'relative phrase agrees with its date',
    message: `${where} on ${today}: "${d.phrase}" beside "${d.date}" (that phrase means ${d.says}) — ${JSON.stringify(text)}`,
  }));
}

// ---- Attention and the Portfolio ---------------------------------------------------------

const PREPARATION = /send the agenda|confirm (who attends|attendance)|prepare/i;

/** "Next on D" and "due soon" only look forward; prep text only before the meeting starts. */
function attentionItemViolations(world: World, content: ContentLookup, item: AttentionItem, now: string, today: string, history: HistoryLookup): Violation[] {
  const text = `${item.title}. ${item.detail}`;
  const found = phraseViolations(content, `Attention "${item.partnershipName}"`, text, today, item.partnershipId);
  const cadence = item.key.startsWith('cadence') ? cadenceOfKey(world, item.key) : undefined;
  if (!cadence) return found;
  const isDueSoon = /due soon/i.test(text) || item.reason === 'cadence due soon';
  const isPreparation = PREPARATION.test(text);
  if (!isDueSoon && !isPreparation) return found;
  // A meeting's day may be named in the cadence's zone or the user's: before today in both is before now.
  const cadenceToday = [dayIn(now, cadence.zone), dayIn(now, world.zone)].sort()[0]!;
  if (cadence.mode === 'flexible') {
    const dates = absoluteDates(item.detail, today).map((d) => d.value);
    const latest = dates.sort().at(-1);
    if (latest && latest < cadenceToday) found.push({ invariant: 'due soon is ahead', message: `Attention at ${now}: "${text}" — its latest day ${latest} is before today ${cadenceToday}` });
    return found;
  }
  const due = nextDue(cadence, ...history(cadence), now, world.truth);
  if (due?.mode === 'fixed' && Date.parse(due.at) <= Date.parse(now) && (isDueSoon || isPreparation)) {
    found.push({
      invariant: isPreparation ? 'no preparation after start' : 'due soon is ahead',
      message: `Attention at ${now} (${local(now, world.zone)} ${world.zone}): "${text}" — the meeting it means started at ${due.at}`,
    });
  }
  for (const d of absoluteDates(item.detail, today)) {
    if (/next on/i.test(item.detail) && d.value < cadenceToday)
      found.push({ invariant: 'due soon is ahead', message: `Attention at ${now}: "${text}" — "next" on ${d.value}, before today ${cadenceToday} in ${cadence.zone}` });
  }
  return found;
}

export type HistoryLookup = (cadence: Cadence) => readonly [readonly OccurrenceRecord[], readonly Touchpoint[]];

export function attentionViolations(world: World, items: readonly AttentionItem[], now: string, today: string, history: HistoryLookup): Violation[] {
  const content = contentLookup(world);
  return items.flatMap((item) => attentionItemViolations(world, content, item, now, today, history));
}

/** The Portfolio's "next cadence": a fixed cadence's next day is never before today (in its zone). */
export function summaryViolations(world: World, summaries: ReadonlyMap<string, PartnershipSummary>, now: string): Violation[] {
  const found: Violation[] = [];
  for (const [partnershipId, summary] of summaries) {
    const next = summary.nextCadence;
    if (!next) continue;
    const cadence = cadenceByName(world, partnershipId, next.name);
    if (!cadence || cadence.mode !== 'fixed') continue;
    // Its day may be named in the cadence's zone or the user's: before today in both is before now.
    const today = [dayIn(now, cadence.zone), dayIn(now, world.zone)].sort()[0]!;
    if (next.dueOn < today)
      found.push({ invariant: 'next is ahead', message: `Portfolio at ${now}: next cadence "${next.name}" on ${next.dueOn} (${next.band}), before today ${today} (${cadence.zone} / ${world.zone})` });
  }
  return found;
}

// ---- Reminders --------------------------------------------------------------------------

/**
 * The meeting a cadence reminder is about, from its key: `cadence:<id>:<instant>` or
 * `…:moved-<instant>`; none for a flexible cadence's `…:due-soon-<day>`, which names no
 * meeting. Read strictly: Date.parse read "due-soon-2027-01-14" as that day's midnight in the
 * machine's zone, so the preparation check ran against a meeting that does not exist.
 */
function meetingOf(key: string): number | undefined {
  const rest = key.split(':').slice(2).join(':').replace(/^moved-/, '');
  try {
    return parseInstant(rest);
  } catch {
    return undefined;
  }
}

/**
 * A delivery is late when it comes after its fire time (held, or caught up after sleep or a
 * closed app). Late ones come in working time: a working day, outside quiet hours, and on
 * the first working day after days off not before the working day opens ('released in
 * working time'). A working day opens at the earlier of its hours' start and the end of quiet
 * hours, so a 09:00 meeting's 08:00 preparation is not held until it has started.
 */
export function deliveryViolations(world: World, reminder: PlannedReminder, at: string): Violation[] {
  const settings = world.settings;
  const today = dayIn(at, settings.timeZone);
  const wall = `${local(at, settings.timeZone)} ${settings.timeZone}`;
  const text = `${reminder.title}. ${reminder.body}`;
  const found = [...phraseViolations(contentLookup(world), `Reminder delivered at ${wall}`, text, today, reminder.partnershipId), ...preparationViolations(reminder.key, reminder.source, text, at, `Reminder delivered at ${wall}`)];
  if (isQuietTime(at, settings)) found.push({ invariant: 'nothing in quiet hours', message: `Reminder delivered at ${wall}, in quiet hours: "${reminder.title}"` });
  if (!isWorkingDay(today, settings)) found.push({ invariant: 'nothing on non-working days', message: `Reminder delivered on ${weekdayOf(today)} ${wall}: "${reminder.title}" (due ${reminder.fireAt})` });
  const isLate = Date.parse(reminder.fireAt) < Date.parse(at) - MINUTE_MS;
  if (!isLate) return found;
  const hhmm = local(at, settings.timeZone).slice(11, 16);
  const isAfterDaysOff = !isWorkingDay(addDays(today, -1), settings);
  const opening = [settings.workdayStart, settings.quietHoursEnabled ? settings.quietEnd : settings.workdayStart].sort()[0]!;
  const due = `due at ${local(reminder.fireAt, settings.timeZone)}`;
  if (isAfterDaysOff && hhmm < opening)
    found.push({ invariant: 'released in working time', message: `Reminder ${due} released at ${wall}, before the first working day after days off opens: "${reminder.title}"` });
  return found;
}

/** Preparation words ("send the agenda") only while the meeting has not started. */
function preparationViolations(key: string, source: string, text: string, at: string, where: string): Violation[] {
  const meeting = source === 'cadence' ? meetingOf(key) : undefined;
  if (meeting === undefined || !PREPARATION.test(text) || meeting > Date.parse(at)) return [];
  return [{ invariant: 'no preparation after start', message: `${where}: "${text}" — the meeting started at ${new Date(meeting).toISOString()}` }];
}

/** While reminders are held back, what is promised for them is working time (a working day, outside quiet hours). */
export function heldViolations(world: World, at: string, plan: ReminderPlan): Violation[] {
  if (plan.heldCount === 0) return [];
  const promised = plan.releaseAt ?? plan.nextAt;
  const settings = world.settings;
  const isPromiseTrue = promised !== undefined && isWorkingDay(dayIn(promised, settings.timeZone), settings) && !isQuietTime(promised, settings);
  const said = promised ? `${local(promised, world.zone)} (${weekdayOf(dayIn(promised, world.zone))})` : 'nothing';
  const where = `At ${local(at, world.zone)} ${world.zone}, ${plan.heldCount} reminders held (${plan.heldBy ?? 'quiet hours'}) are promised for ${said}`;
  return [
    ...(isPromiseTrue ? [] : [{ invariant: 'quiet hours hold until working time' as const, message: where }]),
  ];
}

/** What is delivered together shows as one notification per partnership, or one digest: never a flood. */
export function notificationViolations(world: World, at: string, plan: ReminderPlan): Violation[] {
  if (plan.due.length === 0) return [];
  const partnerships = new Set(plan.due.map((r) => r.partnershipId)).size;
  const shown = plan.notifications.length;
  const keys = plan.notifications.flatMap((n) => n.keys);
  const isCovered = keys.length === plan.due.length && plan.due.every((r) => keys.includes(r.key));
  if (shown <= Math.min(partnerships, DIGEST_AFTER) && shown >= 1 && isCovered) return [];
  return [
    {
      invariant: 'released together, one notification per partnership',
      message: `At ${local(at, world.zone)} ${world.zone}: ${plan.due.length} reminders of ${partnerships} partnerships shown as ${shown} notifications${isCovered ? '' : ' (not covering each once)'}`,
    },
  ];
}

/** The notification centre, read at `now`: every item's words, computed again from its facts, are true now. */
export function inboxViolations(world: World, now: string): Violation[] {
  const today = dayIn(now, world.zone);
  const content = contentLookup(world);
  const centre = `Notification centre at ${local(now, world.zone)} ${world.zone}`;
  return inbox(world).flatMap((row) => {
    const facts = row.display?.facts;
    if (!facts) return [];
    const name = world.snapshot.partnerships.find((p) => p.id === row.partnershipId)?.name ?? '';
    const words = reminderText(facts, { partnershipName: name, now, timeZone: world.zone, cache: world.cache });
    const text = `${words.title}. ${words.body}`;
    const where = `${centre} (delivered ${row.deliveredAt})`;
    return [...phraseViolations(content, where, text, today, row.partnershipId), ...preparationViolations(row.key, row.display?.source ?? '', text, now, where)];
  });
}

// ---- Reviews ----------------------------------------------------------------------------

export interface QuarterContext {
  readonly quarter: string;
  readonly first: string;
  readonly last: string;
  readonly now: string;
  /** The user's day at `now`. */
  readonly today: string;
}

function occurrencesUpTo(records: PortfolioSnapshot, cadence: Cadence, q: QuarterContext, cache: ExpansionCache): number {
  const from = localToUtc(`${q.first}T00:00`, cadence.zone, cache);
  const end = localToUtc(`${addDays(q.last, 1)}T00:00`, cadence.zone, cache);
  const to = Date.parse(q.now) < Date.parse(end) ? q.now : end;
  if (Date.parse(from) >= Date.parse(to)) return 0;
  const planned = new Set(plannedOccurrences(cadence, from, to, cache).map((o) => Date.parse(o)));
  const [fromMs, toMs] = [Date.parse(from), Date.parse(to)];
  for (const r of [...records.occurrences, ...records.touchpoints]) {
    if (r.deletedAt || r.cadenceId !== cadence.id || !r.occurrence) continue;
    const ms = Date.parse(r.occurrence);
    if (ms >= fromMs && ms < toMs) planned.add(ms);
  }
  return planned.size;
}

function flexibleUpTo(cadence: Cadence, q: QuarterContext): number {
  const since = [q.first, cadence.start.slice(0, 10)].sort().at(-1) ?? q.first;
  if (since > q.today || !cadence.idealIntervalDays) return 0;
  return Math.ceil((daysBetween(since, q.today) + 1) / cadence.idealIntervalDays);
}

const dueBy = (commitments: readonly Commitment[], partnershipId: string, side: Commitment['owedBy'], q: QuarterContext) =>
  commitments.filter((c) => !c.deletedAt && c.partnershipId === partnershipId && c.owedBy === side && c.dueOn >= q.first && c.dueOn <= q.today).length;

/** The current quarter's review as at `now`: no occurrence, commitment or gap from after it. `records` are the partnership's. */
export function reviewViolations(world: World, records: PortfolioSnapshot, partnershipId: string, review: QuarterlyReview, q: QuarterContext): Violation[] {
  const found: Violation[] = [];
  const where = `Review ${q.quarter} of "${review.partnership.name}" at ${q.now} (${world.zone} day ${q.today})`;
  for (const row of review.adherence.cadences) {
    const cadence = cadenceByName(world, partnershipId, row.name);
    if (!cadence) continue;
    const bound = cadence.mode === 'fixed' ? occurrencesUpTo(records, cadence, q, world.truth) : flexibleUpTo(cadence, q);
    if (row.planned > bound)
      found.push({ invariant: 'review counts nothing after asOf', message: `${where}: "${row.name}" (${row.mode}) counts ${row.planned} planned, but only ${bound} came due by then` });
  }
  for (const side of ['us', 'partner', 'joint'] as const) {
    const counted = review.commitments.bySide[side].total;
    const due = dueBy(records.commitments, partnershipId, side, q);
    if (counted > due) found.push({ invariant: 'review counts nothing after asOf', message: `${where}: ${side} rated on ${counted} commitments, but only ${due} were due by ${q.today}` });
  }
  const isBothDue = dueBy(records.commitments, partnershipId, 'us', q) > 0 && dueBy(records.commitments, partnershipId, 'partner', q) > 0;
  if (review.commitments.isReciprocal && !isBothDue)
    found.push({ invariant: 'reciprocity only when both sides had something due', message: `${where}: stated reciprocal, but both sides did not yet have something due` });
  const asOf = (review as { readonly asOf?: string }).asOf;
  if (asOf !== undefined && Date.parse(asOf) > Date.parse(q.now)) found.push({ invariant: 'review gap as at asOf', message: `${where}: asOf ${asOf} is after now` });
  const gapAsOf = review.health.gapAsOf;
  if (gapAsOf.length === 10 ? gapAsOf > q.today : Date.parse(gapAsOf) > Date.parse(q.now))
    found.push({ invariant: 'review gap as at asOf', message: `${where}: perception gap headed "as at ${gapAsOf}"` });
  return found;
}

export function rollupViolations(world: World, rollup: PortfolioRollup, reviews: ReadonlyMap<string, QuarterlyReview>, q: QuarterContext): Violation[] {
  const found: Violation[] = [];
  for (const row of rollup.rows) {
    const review = reviews.get(row.partnershipId);
    if (!review) continue;
    const where = `Roll-up ${q.quarter} row "${row.name}" at ${q.now}`;
    if (row.adherencePercent !== review.adherence.percent)
      found.push({ invariant: 'roll-up counts as the review does', message: `${where}: adherence ${row.adherencePercent}% but the review says ${review.adherence.percent}%` });
    if (row.oursOnTimePercent !== review.commitments.bySide.us.onTimePercent || row.theirsOnTimePercent !== review.commitments.bySide.partner.onTimePercent)
      found.push({
        invariant: 'roll-up counts as the review does',
        message: `${where}: kept on time ${row.oursOnTimePercent}% · ${row.theirsOnTimePercent}% but the review says ${review.commitments.bySide.us.onTimePercent}% · ${review.commitments.bySide.partner.onTimePercent}%`,
      });
  }
  return found;
}

// ---- Occurrences ------------------------------------------------------------------------

const ACCOUNTED = new Set(['held', 'skipped', 'moved', 'missed', 'unrecorded', 'not recorded']);
const UNRECORDED = new Set(['missed', 'unrecorded', 'not recorded']);
const ABOUT_RECORDING = /not recorded|unrecorded|held\?|log it as held|overdue/i;

/** The latest planned instant held or skipped by `now` (a move settles nothing: the meeting is still to happen). */
function latestSettledMs(cadence: Cadence, history: Pick<PortfolioSnapshot, 'occurrences' | 'touchpoints'>, nowMs: number): number {
  const settled = [
    ...history.occurrences.filter((r) => !r.deletedAt && r.cadenceId === cadence.id && (r.outcome === 'held' || r.outcome === 'skipped')).map((r) => r.occurrence),
    ...history.touchpoints.filter((t) => !t.deletedAt && t.cadenceId === cadence.id && t.occurrence).map((t) => t.occurrence),
  ]
    .map((iso) => Date.parse(iso))
    .filter((ms) => ms <= nowMs);
  return Math.max(Number.NEGATIVE_INFINITY, ...settled);
}

/**
 * Every occurrence that ended more than a day ago (within the look-back) is held, skipped,
 * moved, or "not recorded" (the Cadences tab shows each so); and Attention asks about those
 * not recorded since the latest one held or skipped (earlier ones count as settled by then,
 * so a long-idle history does not come back as questions).
 */
export function occurrenceViolations(
  cadence: Cadence,
  history: Pick<PortfolioSnapshot, 'occurrences' | 'touchpoints'>,
  fromIso: string,
  now: string,
  items: readonly AttentionItem[],
  cache: ExpansionCache,
): Violation[] {
  const found: Violation[] = [];
  const nowMs = Date.parse(now);
  const toMs = nowMs - cadence.durationMinutes * MINUTE_MS - DAY_MS;
  const fromMs = Math.max(Date.parse(fromIso), nowMs - MISSED_LOOKBACK_DAYS * DAY_MS + DAY_MS);
  if (fromMs >= toMs) return found;
  const statuses = occurrenceStatus(cadence, history.occurrences, history.touchpoints, new Date(fromMs).toISOString(), new Date(toMs).toISOString(), now, cache);
  for (const o of statuses.filter((x) => !ACCOUNTED.has(x.status)).slice(0, 1))
    found.push({ invariant: 'past occurrence is held, skipped, moved or unrecorded', message: `"${cadence.name}" of ${o.occurrence} is "${o.status}" at ${now}` });
  const settledMs = latestSettledMs(cadence, history, nowMs);
  // A moved meeting is asked about once it has ended at its new time, like any other.
  const hasEnded = (o: { readonly at: string }) => Date.parse(o.at) + cadence.durationMinutes * MINUTE_MS <= nowMs;
  const asked = statuses.filter((o) => UNRECORDED.has(o.status) && Date.parse(o.occurrence) > settledMs && hasEnded(o));
  if (asked.length === 0) return found;
  const isShown = items.some((item) => (item.key.includes(cadence.id) || `${item.title} ${item.detail}`.includes(cadence.name)) && ABOUT_RECORDING.test(`${item.reason} ${item.title} ${item.detail}`));
  if (!isShown) {
    const example = asked[0]!;
    found.push({
      invariant: 'unrecorded occurrence is shown',
      message: `At ${now}: "${cadence.name}" of ${example.occurrence} (${local(example.occurrence, cadence.zone)} ${cadence.zone}) and ${asked.length - 1} more since the last one held or skipped are not recorded, but Attention does not ask about them`,
    });
  }
  return found;
}

/** A fixed cadence's next meeting, as nextDue gives it, has not started. */
export function nextDueViolations(cadence: Cadence, history: Pick<PortfolioSnapshot, 'occurrences' | 'touchpoints'>, now: string, cache: ExpansionCache): Violation[] {
  const due = nextDue(cadence, history.occurrences, history.touchpoints, now, cache);
  if (due?.mode !== 'fixed' || Date.parse(due.at) > Date.parse(now)) return [];
  return [{ invariant: 'next is ahead', message: `nextDue("${cadence.name}") at ${now} is the meeting of ${due.at} (${due.band}), which has started` }];
}
