// A reminder's words, computed from its facts and the moment it is shown: the planner uses
// this when it delivers, and the notification centre again whenever it is read, so nothing
// says "Due today" the day after, "90 days" when 45 are left, or "send the agenda" for a
// meeting that has started (that one asks whether the meeting was held instead).
import type { OwedBy, ReminderFacts } from '../domain';
import { daysBetween, formatDayText as day } from '../dates';
import type { DateFormat } from '../dates';
import type { ZoneCache } from '../timezones';
import { assertTimeZone, parseInstant } from '../timezones';
import { wallClock } from './clock';

export interface ReminderText {
  readonly title: string;
  readonly body: string;
}

export interface ReminderTextView {
  readonly partnershipName: string;
  /** ISO UTC: the moment the text is shown. */
  readonly now: string;
  /** The user's zone: "today" and a meeting's time are read on its clock. */
  readonly timeZone: string;
  /** How days are written (Settings); the locale-free "19 Nov 2026" when absent. */
  readonly dateFormat?: DateFormat;
  /** The caller's zone cache (the page's, a simulation's): a list of texts then builds one formatter, not several per text. */
  readonly cache?: ZoneCache;
}

interface Moment {
  readonly nowMs: number;
  /** The local day of `nowMs` in `zone`. */
  readonly today: string;
  readonly zone: string;
  readonly name: string;
  readonly format?: DateFormat;
  readonly cache?: ZoneCache;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
// Private until shared/dates.ts has a relative-day phrase of its own: "1 day ago", "3 days ago".
const daysAgo = (n: number) => `${plural(n, 'day')} ago`;

/** "8 Dec" within the current year, the whole day text otherwise. */
function shortDay(d: string, today: string, format?: DateFormat, cache?: ZoneCache): string {
  const text = day(d, format, cache);
  const year = ` ${d.slice(0, 4)}`;
  return d.slice(0, 4) === today.slice(0, 4) && text.endsWith(year) ? text.slice(0, -year.length) : text;
}

function meetingText(facts: Extract<ReminderFacts, { kind: 'meeting' }>, m: Moment): ReminderText {
  const startsMs = parseInstant(facts.startsAt);
  const wall = wallClock(startsMs, m.zone, m.cache);
  const [on, at] = [wall.slice(0, 10), wall.slice(11)];
  if (m.nowMs < startsMs) {
    return {
      title: `${facts.cadenceName} at ${at}${facts.isMoved ? ' (moved)' : ''}`,
      body: `${m.name}: ${facts.cadenceName} starts on ${day(on, m.format, m.cache)} at ${at}. Send the agenda and confirm who attends.`,
    };
  }
  const planned = facts.isMoved ? 'it was moved to' : 'it was planned for';
  return { title: `Was the ${facts.cadenceName} on ${shortDay(on, m.today, m.format, m.cache)} held?`, body: `${m.name}: ${planned} ${day(on, m.format, m.cache)} at ${at}. Mark it held, skipped or moved.` };
}

const WHO_OWES: Readonly<Record<OwedBy, string>> = { us: 'we owe this', partner: 'the partner owes this', joint: 'both sides owe this' };

function commitmentText(facts: Extract<ReminderFacts, { kind: 'commitment' }>, m: Moment): ReminderText {
  const days = daysBetween(m.today, facts.dueOn);
  const who = `${m.name}: ${WHO_OWES[facts.owedBy]}`;
  const chase = facts.owedBy === 'partner' ? ' Check in with the partner.' : '';
  if (days > 0) return { title: `${days === 1 ? 'Due tomorrow' : `Due in ${plural(days, 'day')}`}: ${facts.title}`, body: `${who}, due ${day(facts.dueOn, m.format, m.cache)}.${chase}` };
  if (days === 0) return { title: `Due today: ${facts.title}`, body: `${who}, due today (${day(facts.dueOn, m.format, m.cache)}).${chase}` };
  return { title: `Overdue: ${facts.title}`, body: `${who}; it was due on ${day(facts.dueOn, m.format, m.cache)} (${daysAgo(-days)}).${chase}` };
}

function renewalText(endsOn: string, m: Moment): ReminderText {
  const days = daysBetween(m.today, endsOn);
  const when = days > 1 ? `Renewal in ${days} days` : days === 1 ? 'Renewal tomorrow' : days === 0 ? 'The term ends today' : `The term ended ${daysAgo(-days)}`;
  const ends = days >= 0 ? 'ends' : 'ended';
  return { title: `${when} — ${day(endsOn, m.format, m.cache)}`, body: `${m.name}: the term ${ends} on ${day(endsOn, m.format, m.cache)}. Decide whether to renew, renegotiate or exit, and tell the partner.` };
}

function flexibleText(facts: Extract<ReminderFacts, { kind: 'flexible' }>, m: Moment): ReminderText {
  if (m.today <= facts.maxOn) {
    return { title: `${facts.cadenceName} is due soon`, body: `${m.name}: ideally held by ${day(facts.idealOn, m.format, m.cache)}, at the latest ${day(facts.maxOn, m.format, m.cache)}. Book it.` };
  }
  const lastHeld = facts.lastHeldOn ? day(facts.lastHeldOn, m.format, m.cache) : 'never';
  return { title: `${facts.cadenceName} is overdue`, body: `${m.name}: last held ${lastHeld}; the longest gap you allow ended on ${day(facts.maxOn, m.format, m.cache)}.` };
}

function textAt(facts: ReminderFacts, m: Moment): ReminderText {
  switch (facts.kind) {
    case 'meeting':
      return meetingText(facts, m);
    case 'commitment':
      return commitmentText(facts, m);
    case 'renewal':
      return renewalText(facts.endsOn, m);
    case 'flexible':
      return flexibleText(facts, m);
    case 'health':
      return {
        title: 'A health check is due',
        body: facts.lastOn
          ? `${m.name}: the last health check was on ${day(facts.lastOn, m.format, m.cache)}. Score the relationship, and ask the partner for theirs.`
          : `${m.name}: no health check yet. Score the relationship from both sides to see how it is really going.`,
      };
    case 'intent':
      return {
        title: 'Review the intent',
        body: `${m.name}: the intent was agreed on ${day(facts.agreedOn, m.format, m.cache)}, over a quarter ago. Review it with the partner and agree it again, even unchanged.`,
      };
  }
}

/** The planner's form: `nowMs` and its local day already known. */
export function reminderTextAt(facts: ReminderFacts, name: string, nowMs: number, today: string, zone: string, format?: DateFormat, cache?: ZoneCache): ReminderText {
  return textAt(facts, { nowMs, today, zone, name, ...(format ? { format } : {}), ...(cache ? { cache } : {}) });
}

/** What a reminder says at `view.now`, in the user's zone. */
export function reminderText(facts: ReminderFacts, view: ReminderTextView): ReminderText {
  const nowMs = parseInstant(view.now);
  const zone = knownZone(view.timeZone, view.cache);
  return textAt(facts, { nowMs, today: wallClock(nowMs, zone, view.cache).slice(0, 10), zone, name: view.partnershipName, ...(view.dateFormat ? { format: view.dateFormat } : {}), ...(view.cache ? { cache: view.cache } : {}) });
}

/** A zone the machine does not know reads as UTC, as the planner does. */
function knownZone(zone: string, cache?: ZoneCache): string {
  try {
    assertTimeZone(zone, cache);
    return zone;
  } catch {
    return 'UTC';
  }
}
