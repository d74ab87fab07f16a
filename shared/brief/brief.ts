// A meeting brief as plain data, in an internal or a partner edition (the pre-read). The
// partner edition is the internal one with every internal fact taken out field by field:
// attendees (a cadence's participants are internal), decision rationales, commitment
// sources, health moves and the preparation notes; charter changes are rendered
// partner-safe. The agenda is shared by design (MEETING_PREP_VISIBILITY).
import type { MeetingPrep, Partnership } from '../domain';
import type { BySide } from '../commitments';
import type { Edition } from '../exports/partnerSafe';
import { createZoneCache } from '../timezones';
import { draftAgenda } from './agenda';
import type { CommitmentLine } from './commitmentLines';
import { openCommitmentsBySide } from './commitmentLines';
import type { GoalSection } from './goals';
import { goalStatus } from './goals';
import type { DecisionLine, MeetingSection } from './meeting';
import { meetingSection } from './meeting';
import type { BriefContext, BriefRecords, BriefTarget } from './records';
import { dayOf, lastMeetingBefore, liveOf, sameInstant } from './records';
import type { SinceSection } from './since';
import { sinceLastMeeting } from './since';

export interface BriefAgenda {
  /** What the brief shows and exports: the saved agenda, or the draft when none is saved. */
  readonly items: readonly string[];
  readonly isSaved: boolean;
  /** The agenda Steward would draft now (to offer "start again from the draft"). */
  readonly draft: readonly string[];
}

export interface MeetingBrief {
  readonly edition: Edition;
  /** The moment it was prepared at (ISO UTC) and that day in the user's zone. */
  readonly preparedAt: string;
  readonly today: string;
  readonly zone: string;
  readonly partnership: { readonly name: string; readonly partnerOrg: string };
  readonly meeting: MeetingSection;
  readonly since: SinceSection;
  readonly open: BySide<readonly CommitmentLine[]>;
  readonly goals: GoalSection;
  readonly agenda: BriefAgenda;
  /** The saved preparation's id, when there is one. */
  readonly prepId?: string;
  /** Internal edition only: our private preparation notes. */
  readonly notes?: string;
}

export interface BriefInput extends BriefRecords {
  readonly partnerships: readonly Partnership[];
}

/** The saved preparation of this meeting: an ad-hoc one by id, a cadence's by cadence and planned instant (the latest saved wins). */
export function findPrep(records: BriefRecords, partnershipId: string, target: BriefTarget): MeetingPrep | undefined {
  const preps = liveOf(records.meetingPreps ?? [], partnershipId);
  if (target.kind === 'adhoc') return preps.find((p) => p.id === target.prepId);
  const latest = (list: readonly MeetingPrep[]) => [...list].sort((a, b) => a.updatedAt.localeCompare(b.updatedAt)).at(-1);
  const exact = latest(preps.filter((p) => p.cadenceId === target.cadenceId && sameInstant(p.occurrence, target.occurrence)));
  const cadence = liveOf(records.cadences, partnershipId).find((c) => c.id === target.cadenceId);
  if (exact || cadence?.mode !== 'flexible') return exact;
  // A flexible cadence's next meeting moves on while it is overdue: its preparation is the one saved since its last meeting.
  const last = liveOf(records.touchpoints, partnershipId)
    .filter((t) => t.cadenceId === cadence.id)
    .reduce((max, t) => (t.occurredOn > max ? t.occurredOn : max), '');
  const cache = createZoneCache();
  return latest(preps.filter((p) => p.cadenceId === cadence.id && dayOf(p.occurrence, cadence.zone, cache) > last));
}

const withoutSource = ({ source: _source, ...line }: CommitmentLine): CommitmentLine => line;

function partnerEdition(brief: MeetingBrief, partnerSince: SinceSection): MeetingBrief {
  const { attendees: _attendees, previous, ...meeting } = brief.meeting;
  const { notes: _notes, ...rest } = brief;
  const decisions = (list: readonly DecisionLine[]) => list.map((d) => ({ decidedOn: d.decidedOn, statement: d.statement }));
  return {
    ...rest,
    edition: 'partner',
    meeting: { ...meeting, ...(previous ? { previous: { ...previous, decisions: decisions(previous.decisions) } } : {}) },
    since: { ...partnerSince, decisions: decisions(partnerSince.decisions), commitmentsDone: partnerSince.commitmentsDone.map(withoutSource), commitmentsNew: partnerSince.commitmentsNew.map(withoutSource), health: [] },
    open: { us: brief.open.us.map(withoutSource), partner: brief.open.partner.map(withoutSource), joint: brief.open.joint.map(withoutSource) },
  };
}

/**
 * The brief for one meeting as at `ctx.now`, or undefined when the meeting is not there
 * (its cadence or ad-hoc preparation deleted, or of another partnership).
 */
export function buildBrief(input: BriefInput, ctx: BriefContext, target: BriefTarget, edition: Edition): MeetingBrief | undefined {
  const partnership = input.partnerships.find((p) => p.id === ctx.partnershipId && !p.deletedAt);
  const meeting = partnership ? meetingSection(input, ctx, target) : undefined;
  if (!partnership || !meeting) return undefined;
  const today = dayOf(ctx.now, ctx.zone);
  const cadence = target.kind === 'cadence' ? liveOf(input.cadences, ctx.partnershipId).find((c) => c.id === target.cadenceId) : undefined;
  const last = lastMeetingBefore(input, ctx.partnershipId, meeting.at, ctx.zone, cadence?.id);
  const since = sinceLastMeeting(input, ctx.partnershipId, today, ctx.zone, last);
  const open = openCommitmentsBySide(input, ctx.partnershipId, today, last?.id);
  const goals = goalStatus(liveOf(input.intentVersions, ctx.partnershipId), today);
  const draft = draftAgenda({ template: cadence?.agendaTemplate ?? '', open, since, goals, ...(ctx.dateFormat ? { format: ctx.dateFormat } : {}) });
  const prep = findPrep(input, ctx.partnershipId, target);
  const isSaved = prep !== undefined && prep.agenda.length > 0;
  const brief: MeetingBrief = {
    edition: 'internal',
    preparedAt: ctx.now,
    today,
    zone: ctx.zone,
    partnership: { name: partnership.name, partnerOrg: partnership.partnerOrg },
    meeting,
    since,
    open,
    goals,
    agenda: { items: isSaved ? prep.agenda : draft, isSaved, draft },
    ...(prep ? { prepId: prep.id, notes: prep.notes } : {}),
  };
  return edition === 'internal' ? brief : partnerEdition(brief, sinceLastMeeting(input, ctx.partnershipId, today, ctx.zone, last, true));
}
