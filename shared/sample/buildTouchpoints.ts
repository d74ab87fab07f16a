// Building cadences and the touchpoints that follow them: fixed meetings held, skipped
// or moved occurrence by occurrence, flexible ones held about every interval, and ad-hoc contact.
import type { Cadence, CadenceId, OccurrenceRecord, Touchpoint, TouchpointId } from '../domain';
import { addDays } from '../dates';
import { expandOccurrences, localToUtc, utcToLocal } from '../recurrence';
import type { CadenceKey } from './plan';
import { fill, minDay } from './plan';
import { AD_HOC_TOUCHPOINTS, CADENCE_TEXT, MEETING_POINTS, MOVE_NOTES, SKIP_NOTES, TOUCHPOINT_NOTES } from './vocabulary';
import type { Conversation, Ctx, People } from './buildContext';
import { after, dayMs, iso, lastDay, logCreate, maxIso, MINUTE_MS, stampOn } from './buildContext';

interface CadenceRule {
  readonly rrule: string;
  readonly durationMinutes: number;
  readonly times: readonly string[];
  readonly leadMinutes: number;
  readonly idealIntervalDays?: number;
  readonly maxIntervalDays?: number;
  readonly conversation: Omit<Conversation, 'touchpoint'>;
}

const CADENCE_RULES: Readonly<Record<CadenceKey, CadenceRule>> = {
  weeklyOps: { rrule: 'FREQ=WEEKLY;BYDAY=TU', durationMinutes: 30, times: ['09:00', '10:00', '16:00'], leadMinutes: 30, conversation: { decisionChance: 0.03, commitmentCounts: [0, 0, 0, 0, 0, 1] } },
  biweeklyOps: { rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=WE', durationMinutes: 45, times: ['09:30', '14:00', '15:30'], leadMinutes: 60, conversation: { decisionChance: 0.05, commitmentCounts: [0, 0, 0, 1] } },
  steering: { rrule: 'FREQ=MONTHLY;BYDAY=2TH', durationMinutes: 60, times: ['10:00', '15:00'], leadMinutes: 24 * 60, conversation: { decisionChance: 0.35, commitmentCounts: [0, 1, 1, 2] } },
  qbr: { rrule: 'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15', durationMinutes: 90, times: ['10:00', '13:00'], leadMinutes: 7 * 24 * 60, conversation: { decisionChance: 0.5, commitmentCounts: [1, 2, 2, 3] } },
  executive: { rrule: '', durationMinutes: 30, times: ['08:30', '17:00'], leadMinutes: 24 * 60, idealIntervalDays: 60, maxIntervalDays: 90, conversation: { decisionChance: 0.2, commitmentCounts: [0, 0, 1] } },
  partnerUpdate: { rrule: '', durationMinutes: 15, times: ['11:00'], leadMinutes: 24 * 60, idealIntervalDays: 30, maxIntervalDays: 45, conversation: { decisionChance: 0, commitmentCounts: [0] } },
};

interface LiveCadence {
  readonly cadence: Cadence;
  readonly rule: CadenceRule;
  readonly participants: People;
  readonly missedRecent: number;
}

function participantsFor(key: CadenceKey, people: People): string[] {
  const leads = [people.ourLead.id, people.theirLead.id];
  if (key === 'weeklyOps' || key === 'biweeklyOps') return [...leads, ...[people.us[2], people.partner[2]].flatMap((s) => (s ? [s.id] : []))];
  if (key === 'partnerUpdate') return [people.ourLead.id];
  return [people.ourSponsor.id, people.theirSponsor.id, ...leads];
}

export function addCadences(ctx: Ctx, people: People): LiveCadence[] {
  const { rng, plan } = ctx;
  const firstFixed = plan.cadences.find((key) => CADENCE_RULES[key].rrule !== '');
  return plan.cadences.map((key) => {
    const rule = CADENCE_RULES[key];
    const text = CADENCE_TEXT[key];
    const createdAt = stampOn(ctx, minDay(addDays(plan.startDay, rng.int(2, 10)), lastDay(ctx)));
    const isLive = plan.status === 'active' || plan.status === 'at risk';
    const cadence: Cadence = {
      id: ctx.nextId<'Cadence'>() as CadenceId,
      createdAt,
      updatedAt: isLive ? createdAt : maxIso(createdAt, stampOn(ctx, plan.endDay)),
      partnershipId: ctx.partnershipId,
      name: text.name,
      kind: text.kind,
      mode: rule.rrule ? 'fixed' : 'flexible',
      rrule: rule.rrule,
      start: `${addDays(createdAt.slice(0, 10), rng.int(1, 10))}T${rng.pick(rule.times)}`,
      zone: plan.zone,
      durationMinutes: rule.durationMinutes,
      channel: text.channel,
      participantIds: participantsFor(key, people),
      agendaTemplate: text.agenda,
      leadMinutes: rule.leadMinutes,
      ...(rule.idealIntervalDays ? { idealIntervalDays: rule.idealIntervalDays, maxIntervalDays: rule.maxIntervalDays } : {}),
      status: isLive ? 'active' : 'paused',
    };
    ctx.out.cadences.push(cadence);
    logCreate(ctx, 'cadence', cadence, `cadence “${cadence.name}”`);
    return { cadence, rule, participants: people, missedRecent: key === firstFixed ? plan.missedRecent : 0 };
  });
}

export function holdCadence(ctx: Ctx, live: LiveCadence): Conversation[] {
  const touchpoints = live.cadence.mode === 'fixed' ? holdFixed(ctx, live) : holdFlexible(ctx, live);
  return touchpoints.map((touchpoint) => ({ touchpoint, ...live.rule.conversation }));
}

/** Past planned instants of a fixed cadence, expanded once over the partnership's life. */
function pastOccurrences(ctx: Ctx, cadence: Cadence): string[] {
  const from = addDays(cadence.start.slice(0, 10), -1);
  const to = addDays(lastDay(ctx), 1);
  if (from >= to) return [];
  const instants = expandOccurrences({ rrule: cadence.rrule, start: cadence.start, zone: cadence.zone }, iso(dayMs(from)), iso(dayMs(to)), ctx.cache);
  return instants.filter((instant) => Date.parse(instant) + cadence.durationMinutes * MINUTE_MS <= ctx.nowMs);
}

function holdFixed(ctx: Ctx, live: LiveCadence): Touchpoint[] {
  const { rng } = ctx;
  const instants = pastOccurrences(ctx, live.cadence);
  const held: Touchpoint[] = [];
  instants.forEach((occurrence, i) => {
    if (i >= instants.length - live.missedRecent) return; // missed: nothing recorded, so the app flags it
    const roll = rng.next();
    if (roll < 0.07) return recordOccurrence(ctx, live.cadence, occurrence, { outcome: 'skipped', note: rng.pick(SKIP_NOTES) });
    const movedTo = roll < 0.1 ? moveOccurrence(ctx, live.cadence, occurrence) : undefined;
    const heldAt = movedTo ?? occurrence;
    const touchpoint = Date.parse(heldAt) + live.cadence.durationMinutes * MINUTE_MS <= ctx.nowMs ? meetingTouchpoint(ctx, live, occurrence, heldAt) : undefined;
    if (touchpoint) held.push(touchpoint);
    recordOccurrence(ctx, live.cadence, occurrence, {
      outcome: movedTo ? 'moved' : 'held',
      note: movedTo ? rng.pick(MOVE_NOTES) : '',
      ...(movedTo ? { movedTo } : {}),
      ...(touchpoint ? { touchpointId: touchpoint.id, createdAt: touchpoint.createdAt } : {}),
    });
  });
  return held;
}

/** The same wall-clock time one to three days later, in the cadence's zone. */
function moveOccurrence(ctx: Ctx, cadence: Cadence, occurrence: string): string {
  const local = utcToLocal(occurrence, cadence.zone, ctx.cache);
  return localToUtc(`${addDays(local.slice(0, 10), ctx.rng.int(1, 3))}${local.slice(10)}`, cadence.zone, ctx.cache);
}

interface OccurrenceFields {
  readonly outcome: OccurrenceRecord['outcome'];
  readonly note: string;
  readonly movedTo?: string;
  readonly touchpointId?: string;
  readonly createdAt?: string;
}

function recordOccurrence(ctx: Ctx, cadence: Cadence, occurrence: string, fields: OccurrenceFields): void {
  // Skips and moves are entered a day or two ahead; a held one with its touchpoint.
  const ahead = iso(Math.min(Date.parse(occurrence) - ctx.rng.int(60, 48 * 60) * MINUTE_MS, ctx.nowMs));
  const createdAt = fields.createdAt ?? maxIso(cadence.createdAt, ahead);
  const { createdAt: _ignored, ...rest } = fields;
  const record: OccurrenceRecord = {
    id: ctx.nextId(),
    createdAt,
    updatedAt: createdAt,
    partnershipId: ctx.partnershipId,
    cadenceId: cadence.id,
    occurrence,
    ...rest,
  };
  ctx.out.occurrences.push(record);
  logCreate(ctx, 'occurrence', record, `${cadence.name} on ${utcToLocal(occurrence, cadence.zone, ctx.cache).slice(0, 10)}: ${fields.outcome}`);
}

function summaryFor(ctx: Ctx, kind: Cadence['kind']): string {
  const points = ctx.rng.sample(MEETING_POINTS[kind], ctx.rng.int(1, 3));
  return points.map((p) => fill(p, { ...ctx.vars, n: String(ctx.rng.int(2, 6)) })).join(' ');
}

function attendeesFrom(ctx: Ctx, ids: readonly string[]): string[] {
  if (ids.length <= 2) return [...ids];
  return ids.filter((_, i) => i < 2 || ctx.rng.chance(0.8));
}

function pushTouchpoint(ctx: Ctx, touchpoint: Touchpoint): Touchpoint {
  ctx.out.touchpoints.push(touchpoint);
  logCreate(ctx, 'touchpoint', touchpoint, `touchpoint “${touchpoint.title}”`);
  return touchpoint;
}

function meetingTouchpoint(ctx: Ctx, live: LiveCadence, occurrence: string, heldAt: string): Touchpoint {
  const { cadence } = live;
  const createdAt = after(ctx, iso(Date.parse(heldAt) + cadence.durationMinutes * MINUTE_MS), 5, 240);
  return pushTouchpoint(ctx, {
    id: ctx.nextId<'Touchpoint'>() as TouchpointId,
    createdAt,
    updatedAt: createdAt,
    partnershipId: ctx.partnershipId,
    kind: cadence.kind === 'partner update' ? 'partner update' : 'meeting',
    occurredOn: utcToLocal(heldAt, cadence.zone, ctx.cache).slice(0, 10),
    title: cadence.name,
    attendeeIds: attendeesFrom(ctx, cadence.participantIds),
    summary: summaryFor(ctx, cadence.kind),
    internalNotes: ctx.rng.chance(0.1) ? ctx.rng.pick(TOUCHPOINT_NOTES) : '',
    cadenceId: cadence.id,
    occurrence,
  });
}

/** A flexible cadence is "held" every ideal interval or so; overdue plans stop early. */
function holdFlexible(ctx: Ctx, live: LiveCadence): Touchpoint[] {
  const { rng, plan } = ctx;
  const { cadence } = live;
  const ideal = cadence.idealIntervalDays ?? 30;
  const stopOn = plan.flexibleOverdue ? addDays(ctx.today, -((cadence.maxIntervalDays ?? ideal) + rng.int(8, 25))) : lastDay(ctx);
  const held: Touchpoint[] = [];
  for (let day = cadence.start.slice(0, 10); day <= stopOn; day = addDays(day, ideal + rng.int(-7, 10))) {
    const heldAt = localToUtc(`${day}${cadence.start.slice(10)}`, cadence.zone, ctx.cache);
    const endMs = Date.parse(heldAt) + cadence.durationMinutes * MINUTE_MS;
    if (endMs > ctx.nowMs) break;
    const createdAt = after(ctx, iso(endMs), 5, 180);
    held.push(
      pushTouchpoint(ctx, {
        id: ctx.nextId<'Touchpoint'>() as TouchpointId,
        createdAt,
        updatedAt: createdAt,
        partnershipId: ctx.partnershipId,
        kind: cadence.kind === 'partner update' ? 'partner update' : 'call',
        occurredOn: day,
        title: cadence.name,
        attendeeIds: [...cadence.participantIds],
        summary: summaryFor(ctx, cadence.kind),
        internalNotes: '',
        cadenceId: cadence.id,
        occurrence: '',
      }),
    );
  }
  return held;
}

const AD_HOC_FOLLOW_UPS: Readonly<Record<'call' | 'email' | 'partner update', Omit<Conversation, 'touchpoint'>>> = {
  call: { decisionChance: 0.06, commitmentCounts: [0, 0, 1] },
  email: { decisionChance: 0, commitmentCounts: [0, 0, 0, 1] },
  'partner update': { decisionChance: 0, commitmentCounts: [0] },
};

export function addAdHocTouchpoints(ctx: Ctx, people: People): Conversation[] {
  const { rng } = ctx;
  const conversations: Conversation[] = [];
  for (let day = addDays(ctx.plan.startDay, rng.int(5, 30)); day <= lastDay(ctx); day = addDays(day, rng.int(18, 60))) {
    const template = rng.pick(AD_HOC_TOUCHPOINTS);
    const createdAt = stampOn(ctx, day);
    const touchpoint = pushTouchpoint(ctx, {
      id: ctx.nextId<'Touchpoint'>() as TouchpointId,
      createdAt,
      updatedAt: createdAt,
      partnershipId: ctx.partnershipId,
      kind: template.kind,
      occurredOn: day,
      title: fill(template.title, ctx.vars),
      attendeeIds: template.kind === 'call' ? [people.ourLead.id, people.theirLead.id] : [people.ourLead.id],
      summary: fill(template.summary, ctx.vars),
      internalNotes: '',
      cadenceId: '',
      occurrence: '',
    });
    conversations.push({ touchpoint, ...AD_HOC_FOLLOW_UPS[template.kind] });
  }
  return conversations;
}
