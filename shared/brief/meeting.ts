// The brief's first section: which meeting, when (in the user's zone and the cadence's),
// where, who comes from each side, and what the previous meeting of this cadence decided.
import type { AllianceRole, Cadence, CadenceKind, MeetingPrep, Side, Stakeholder } from '../domain';
import { parseInstant, utcToLocal } from '../timezones';
import type { BriefContext, BriefRecords, BriefTarget } from './records';
import { lastMeetingBefore, liveOf, sameInstant } from './records';

export interface ZonedTime {
  readonly zone: string;
  /** Wall time there, `yyyy-MM-ddTHH:mm`. */
  readonly local: string;
}

export interface Attendee {
  readonly id: string;
  readonly name: string;
  readonly title: string;
  readonly roles: readonly AllianceRole[];
}

export interface DecisionLine {
  readonly decidedOn: string;
  readonly statement: string;
  /** Internal: kept out of partner editions by the brief builder. */
  readonly rationale?: string;
}

export interface PreviousMeeting {
  readonly touchpointId: string;
  readonly occurredOn: string;
  readonly title: string;
  /** The previous meeting was of this cadence (not some other touchpoint of the partnership). */
  readonly isSameCadence: boolean;
  readonly decisions: readonly DecisionLine[];
}

export interface MeetingSection {
  readonly title: string;
  readonly cadenceId?: string;
  readonly kind?: CadenceKind;
  /** The key its preparation and records use: a cadence's planned instant, an ad-hoc meeting's start. */
  readonly occurrence: string;
  /** When it takes place (a moved occurrence: its new time), ISO UTC. */
  readonly at: string;
  readonly endsAt: string;
  readonly durationMinutes: number;
  readonly userTime: ZonedTime;
  /** The cadence's own zone; absent for an ad-hoc meeting. */
  readonly cadenceTime?: ZonedTime;
  readonly channel: string;
  /** Internal edition only: a cadence's participants are internal (calendar exports carry no attendees either). */
  readonly attendees?: Readonly<Record<Side, readonly Attendee[]>>;
  /** The last meeting before this one (of this cadence when it has one); absent for a first meeting. */
  readonly previous?: PreviousMeeting;
  /** It has started by the brief's moment: time to record it. */
  readonly hasStarted: boolean;
}

const AD_HOC_MINUTES = 60;

/** Where an occurrence actually takes place: moved ones at their new time. */
function effectiveAt(records: BriefRecords, partnershipId: string, cadenceId: string, occurrence: string): string {
  const moved = liveOf(records.occurrences, partnershipId)
    .filter((r) => r.cadenceId === cadenceId && r.outcome === 'moved' && r.movedTo && sameInstant(r.occurrence, occurrence))
    .sort((a, b) => a.updatedAt.localeCompare(b.updatedAt))
    .at(-1);
  return moved?.movedTo ?? occurrence;
}

function attendeesOf(records: BriefRecords, partnershipId: string, participantIds: readonly string[]): Record<Side, Attendee[]> {
  const people = new Map<string, Stakeholder>(liveOf(records.stakeholders, partnershipId).map((s) => [s.id, s]));
  const sides: Record<Side, Attendee[]> = { us: [], partner: [] };
  for (const id of participantIds) {
    const person = people.get(id);
    if (person) sides[person.side].push({ id: person.id, name: person.name, title: person.title, roles: person.roles });
  }
  return sides;
}

function previousMeeting(records: BriefRecords, ctx: BriefContext, at: string, cadenceId?: string): PreviousMeeting | undefined {
  const last = lastMeetingBefore(records, ctx.partnershipId, at, ctx.zone, cadenceId);
  if (!last) return undefined;
  const decisions = liveOf(records.decisions, ctx.partnershipId)
    .filter((d) => d.touchpointId === last.id)
    .sort((a, b) => a.decidedOn.localeCompare(b.decidedOn) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
    .map((d) => ({ decidedOn: d.decidedOn, statement: d.statement, rationale: d.rationale }));
  return { touchpointId: last.id, occurredOn: last.occurredOn, title: last.title, isSameCadence: !!cadenceId && last.cadenceId === cadenceId, decisions };
}

interface Timing {
  readonly occurrence: string;
  readonly at: string;
  readonly durationMinutes: number;
}

function timed(timing: Timing, ctx: BriefContext, cadenceZone?: string) {
  const endsAt = new Date(parseInstant(timing.at) + timing.durationMinutes * 60_000).toISOString();
  return {
    occurrence: timing.occurrence,
    at: timing.at,
    endsAt,
    durationMinutes: timing.durationMinutes,
    userTime: { zone: ctx.zone, local: utcToLocal(timing.at, ctx.zone) },
    ...(cadenceZone ? { cadenceTime: { zone: cadenceZone, local: utcToLocal(timing.at, cadenceZone) } } : {}),
    hasStarted: parseInstant(timing.at) <= parseInstant(ctx.now),
  };
}

function cadenceMeeting(records: BriefRecords, ctx: BriefContext, cadence: Cadence, occurrence: string): MeetingSection {
  const at = effectiveAt(records, ctx.partnershipId, cadence.id, occurrence);
  const previous = previousMeeting(records, ctx, at, cadence.id);
  return {
    title: cadence.name,
    cadenceId: cadence.id,
    kind: cadence.kind,
    ...timed({ occurrence, at, durationMinutes: cadence.durationMinutes }, ctx, cadence.zone),
    channel: cadence.channel,
    attendees: attendeesOf(records, ctx.partnershipId, cadence.participantIds),
    ...(previous ? { previous } : {}),
  };
}

function adHocMeeting(records: BriefRecords, ctx: BriefContext, prep: MeetingPrep): MeetingSection {
  const previous = previousMeeting(records, ctx, prep.occurrence);
  return {
    title: prep.title,
    ...timed({ occurrence: prep.occurrence, at: prep.occurrence, durationMinutes: AD_HOC_MINUTES }, ctx),
    channel: '',
    attendees: { us: [], partner: [] },
    ...(previous ? { previous } : {}),
  };
}

/** The meeting a target names, or undefined when its cadence or preparation is not there (deleted, another partnership's). */
export function meetingSection(records: BriefRecords, ctx: BriefContext, target: BriefTarget): MeetingSection | undefined {
  if (target.kind === 'adhoc') {
    const prep = liveOf(records.meetingPreps ?? [], ctx.partnershipId).find((p) => p.id === target.prepId && p.cadenceId === '');
    return prep ? adHocMeeting(records, ctx, prep) : undefined;
  }
  const cadence = liveOf(records.cadences, ctx.partnershipId).find((c) => c.id === target.cadenceId);
  return cadence ? cadenceMeeting(records, ctx, cadence, target.occurrence) : undefined;
}
