// Day-based reminders, each firing at the start of the working day in the user's zone:
// commitments (lead days before, on the due day, once overdue), renewals (90 and 30 days
// before the term ends), health checks due, and agreed intents due for their quarterly
// review. Each is a chain of stages; a later stage supersedes an earlier one from the
// first moment of its day, so someone back from a week away hears "overdue", not "due in
// 2 days" and "due today" as well. Their words come from their facts (text.ts).
import type { Commitment, HealthCheck, IntentVersion, Partnership, ReminderFacts, ReminderSource } from '../domain';
import { reminderKey } from '../domain';
import type { AttentionTab } from '../attention';
import { FIRST_HEALTH_CHECK_AFTER_DAYS } from '../attention';
import { addDays } from '../dates';
import { healthCheckDue } from '../health';
import { latestAgreedVersion } from '../intentDiff';
import type { Candidate, SourceContext } from './types';

/** An agreed intent is due for review this long after it was agreed (about a quarter). */
export const INTENT_REVIEW_AFTER_DAYS = 91;
export const RENEWAL_REMINDER_DAYS = [90, 30] as const;

interface Stage {
  readonly occurrence: string;
  readonly day: string;
}

interface Subject {
  readonly source: ReminderSource;
  readonly sourceId: string;
  readonly partnershipId: string;
  readonly tab: AttentionTab;
  readonly itemId?: string;
}

/**
 * Stages in order: each is current from its day's workday start until the next one's day
 * begins (local midnight), so a stage held back overnight is not released on the morning
 * its successor takes over.
 * Stages already over, or closed in the ledger, are left out here: thousands of old
 * commitments must not cost a candidate each on every heartbeat.
 */
function chain(subject: Subject, stages: readonly Stage[], facts: ReminderFacts, ctx: SourceContext, endsOn?: string): Candidate[] {
  const fires = stages.map((s) => ctx.workdayStart(s.day));
  const ends = [...stages.slice(1).map((s) => ctx.dayStart(s.day)), ...(endsOn === undefined ? [] : [ctx.dayStart(endsOn)])];
  const { itemId, tab, ...ids } = subject;
  return stages.flatMap((stage, i) => {
    const untilMs = ends[i];
    const key = reminderKey(subject.source, subject.sourceId, stage.occurrence);
    if ((untilMs !== undefined && untilMs <= ctx.nowMs) || !ctx.ledger.isOpen(key)) return [];
    return {
      ...ids,
      key,
      partnershipName: ctx.partnershipName,
      fireMs: fires[i] ?? 0,
      ...(untilMs === undefined ? {} : { untilMs }),
      kind: 'state' as const,
      facts,
      target: { partnershipId: subject.partnershipId, tab, ...(itemId ? { itemId } : {}) },
    };
  });
}

/** Open commitments only; done, dropped and deleted ones are never reminded. */
export function commitmentCandidates(c: Commitment, ctx: SourceContext): Candidate[] {
  if (c.deletedAt || c.status !== 'open') return [];
  const lead = ctx.settings.commitmentLeadDays;
  const stages: Stage[] = [
    ...(lead > 0 ? [{ occurrence: `lead-${addDays(c.dueOn, -lead)}`, day: addDays(c.dueOn, -lead) }] : []),
    { occurrence: `due-${c.dueOn}`, day: c.dueOn },
    { occurrence: 'overdue', day: addDays(c.dueOn, 1) },
  ];
  const subject = { source: 'commitment', sourceId: c.id, partnershipId: c.partnershipId, tab: 'commitments', itemId: c.id } as const;
  return chain(subject, stages, { kind: 'commitment', title: c.title, owedBy: c.owedBy, dueOn: c.dueOn }, ctx);
}

/** 90 and 30 days before the term ends; the last stage lasts until the end of that day. */
export function renewalCandidates(p: Partnership, ctx: SourceContext): Candidate[] {
  const endsOn = p.termEndsOn;
  if (!endsOn) return [];
  const stages = RENEWAL_REMINDER_DAYS.map((days) => ({ occurrence: `${days}d-${addDays(endsOn, -days)}`, day: addDays(endsOn, -days) }));
  return chain({ source: 'renewal', sourceId: p.id, partnershipId: p.id, tab: 'overview' }, stages, { kind: 'renewal', endsOn }, ctx, addDays(endsOn, 1));
}

/** Due the interval after the latest check of either side; the first one a month into the partnership (as Attention). */
export function healthCandidates(p: Partnership, checks: readonly HealthCheck[], ctx: SourceContext): Candidate[] {
  const due = healthCheckDue(checks, ctx.today, ctx.settings.healthCheckIntervalDays);
  const dueOn = due.lastOn ? due.dueOn : addDays(p.signedOn ?? p.createdAt.slice(0, 10), FIRST_HEALTH_CHECK_AFTER_DAYS);
  const facts = { kind: 'health', dueOn, ...(due.lastOn ? { lastOn: due.lastOn } : {}) } as const;
  return chain({ source: 'health', sourceId: p.id, partnershipId: p.id, tab: 'health' }, [{ occurrence: `due-${dueOn}`, day: dueOn }], facts, ctx);
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
  const stage = { occurrence: `review-${dueOn}`, day: dueOn };
  return chain({ source: 'intent', sourceId: p.id, partnershipId: p.id, tab: 'intent' }, [stage], { kind: 'intent', agreedOn }, ctx);
}
