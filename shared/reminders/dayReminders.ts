// Day-based reminders, each firing at the start of the working day in the user's zone:
// commitments (lead days before, on the due day, once overdue), renewals (90 and 30 days
// before the term ends), health checks due, and agreed intents due for their quarterly
// review. Each is a chain of stages; a later stage supersedes an earlier one, so someone
// back from a week away hears "overdue", not "due in 2 days" and "due today" as well.
import type { Commitment, HealthCheck, IntentVersion, OwedBy, Partnership, ReminderSource } from '../domain';
import { reminderKey } from '../domain';
import type { AttentionTab } from '../attention';
import { FIRST_HEALTH_CHECK_AFTER_DAYS } from '../attention';
import { addDays, daysBetween, formatDayText as day } from '../dates';
import { healthCheckDue } from '../health';
import { latestAgreedVersion } from '../intentDiff';
import type { Candidate, SourceContext } from './types';

/** An agreed intent is due for review this long after it was agreed (about a quarter). */
export const INTENT_REVIEW_AFTER_DAYS = 91;
export const RENEWAL_REMINDER_DAYS = [90, 30] as const;

interface Stage {
  readonly occurrence: string;
  readonly day: string;
  readonly title: string;
  readonly body: string;
}

interface Subject {
  readonly source: ReminderSource;
  readonly sourceId: string;
  readonly partnershipId: string;
  readonly tab: AttentionTab;
  readonly itemId?: string;
}

/**
 * Stages in order: each is current from its day's workday start until the next one's.
 * Stages already over, or closed in the ledger, are left out here: thousands of old
 * commitments must not cost a candidate each on every heartbeat.
 */
function chain(subject: Subject, stages: readonly Stage[], ctx: SourceContext, endsOn?: string): Candidate[] {
  const fires = stages.map((s) => ctx.workdayStart(s.day));
  const endMs = endsOn === undefined ? undefined : ctx.workdayStart(endsOn);
  const { itemId, tab, ...ids } = subject;
  return stages.flatMap((stage, i) => {
    const untilMs = fires[i + 1] ?? endMs;
    const key = reminderKey(subject.source, subject.sourceId, stage.occurrence);
    if ((untilMs !== undefined && untilMs <= ctx.nowMs) || !ctx.ledger.isOpen(key)) return [];
    return {
      ...ids,
      key,
      partnershipName: ctx.partnershipName,
      fireMs: fires[i] ?? 0,
      ...(untilMs === undefined ? {} : { untilMs }),
      kind: 'state' as const,
      title: stage.title,
      body: stage.body,
      target: { partnershipId: subject.partnershipId, tab, ...(itemId ? { itemId } : {}) },
    };
  });
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The lead stage's headline as of the day it is delivered: a commitment entered due
 * tomorrow, with two lead days, is "Due tomorrow", not "Due in 2 days".
 */
function dueIn(dueOn: string, lead: number, today: string): string {
  const days = Math.min(lead, Math.max(1, daysBetween(today, dueOn)));
  return days === 1 ? 'Due tomorrow' : `Due in ${plural(days, 'day')}`;
}
const WHO_OWES: Readonly<Record<OwedBy, string>> = { us: 'we owe this', partner: 'the partner owes this', joint: 'both sides owe this' };

/** Open commitments only; done, dropped and deleted ones are never reminded. */
export function commitmentCandidates(c: Commitment, ctx: SourceContext): Candidate[] {
  if (c.deletedAt || c.status !== 'open') return [];
  const lead = ctx.settings.commitmentLeadDays;
  const who = `${ctx.partnershipName}: ${WHO_OWES[c.owedBy]}`;
  const chase = c.owedBy === 'partner' ? ' Check in with the partner.' : '';
  const stages: Stage[] = [
    ...(lead > 0
      ? [{ occurrence: `lead-${addDays(c.dueOn, -lead)}`, day: addDays(c.dueOn, -lead), title: `${dueIn(c.dueOn, lead, ctx.today)}: ${c.title}`, body: `${who}, due ${day(c.dueOn, ctx.dateFormat)}.${chase}` }]
      : []),
    { occurrence: `due-${c.dueOn}`, day: c.dueOn, title: `Due today: ${c.title}`, body: `${who}, due today (${day(c.dueOn, ctx.dateFormat)}).${chase}` },
    { occurrence: 'overdue', day: addDays(c.dueOn, 1), title: `Overdue: ${c.title}`, body: `${who}; it was due ${day(c.dueOn, ctx.dateFormat)}.${chase}` },
  ];
  const subject = { source: 'commitment', sourceId: c.id, partnershipId: c.partnershipId, tab: 'commitments', itemId: c.id } as const;
  return chain(subject, stages, ctx);
}

/** 90 and 30 days before the term ends; the last stage lasts until the end of that day. */
export function renewalCandidates(p: Partnership, ctx: SourceContext): Candidate[] {
  const endsOn = p.termEndsOn;
  if (!endsOn) return [];
  const stages = RENEWAL_REMINDER_DAYS.map((days) => ({
    occurrence: `${days}d-${addDays(endsOn, -days)}`,
    day: addDays(endsOn, -days),
    title: `Renewal in ${days} days`,
    body: `${ctx.partnershipName}: the term ends on ${day(endsOn, ctx.dateFormat)}. Decide whether to renew, renegotiate or exit, and tell the partner.`,
  }));
  return chain({ source: 'renewal', sourceId: p.id, partnershipId: p.id, tab: 'overview' }, stages, ctx, addDays(endsOn, 1));
}

/** Due the interval after the latest check of either side; the first one a month into the partnership (as Attention). */
export function healthCandidates(p: Partnership, checks: readonly HealthCheck[], ctx: SourceContext): Candidate[] {
  const due = healthCheckDue(checks, ctx.today, ctx.settings.healthCheckIntervalDays);
  const dueOn = due.lastOn ? due.dueOn : addDays(p.signedOn ?? p.createdAt.slice(0, 10), FIRST_HEALTH_CHECK_AFTER_DAYS);
  const body = due.lastOn
    ? `${ctx.partnershipName}: the last health check was on ${day(due.lastOn, ctx.dateFormat)}. Score the relationship, and ask the partner for theirs.`
    : `${ctx.partnershipName}: no health check yet. Score the relationship from both sides to see how it is really going.`;
  const stage = { occurrence: `due-${dueOn}`, day: dueOn, title: 'A health check is due', body };
  return chain({ source: 'health', sourceId: p.id, partnershipId: p.id, tab: 'health' }, [stage], ctx);
}

/**
 * The rule for "not reviewed since the last quarterly review": the version in force was
 * agreed more than INTENT_REVIEW_AFTER_DAYS ago. Agreeing a version again (changed or not)
 * is the review, and restarts the clock. Never-agreed intents are Attention's, not a reminder.
 */
export function intentCandidates(p: Partnership, versions: readonly IntentVersion[], ctx: SourceContext): Candidate[] {
  const agreedOn = latestAgreedVersion(versions)?.agreement?.agreedOn;
  if (!agreedOn) return [];
  const dueOn = addDays(agreedOn, INTENT_REVIEW_AFTER_DAYS);
  const stage = {
    occurrence: `review-${dueOn}`,
    day: dueOn,
    title: 'Review the intent',
    body: `${ctx.partnershipName}: the intent was agreed on ${day(agreedOn, ctx.dateFormat)}, over a quarter ago. Review it with the partner and agree it again, even unchanged.`,
  };
  return chain({ source: 'intent', sourceId: p.id, partnershipId: p.id, tab: 'intent' }, [stage], ctx);
}
