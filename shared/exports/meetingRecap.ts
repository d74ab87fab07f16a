// The recap of one recorded meeting, to send after it: what was decided and who owes what
// next, by side, with owners and dates. The partner edition is built from the fields the
// visibility maps call shared (pickShared), so attendees, rationales, internal notes and a
// commitment's source never reach it; the internal edition carries everything.
import type { Commitment, OwedBy, PortfolioSnapshot, Stakeholder } from '../domain';
import { COMMITMENT_VISIBILITY, DECISION_VISIBILITY, PARTNERSHIP_VISIBILITY, STAKEHOLDER_VISIBILITY, TOUCHPOINT_VISIBILITY } from '../domain';
import type { DateFormat } from '../dates';
import { formatDayText } from '../dates';
import { mdDocument, mdHeading, mdList, mdParagraph, mdTable, mdText } from './markdown';
import type { Edition } from './partnerSafe';
import { editionTitle, pickShared } from './partnerSafe';

export interface MeetingRecapOptions {
  readonly edition: Edition;
  /** Our organisation's name (Settings), so the partner reads who "we" are; "Our side" when empty. */
  readonly ourName?: string;
}

export interface RecapFollowUp {
  readonly title: string;
  readonly detail: string;
  readonly owner: string;
  readonly dueOn: string;
  readonly status: Commitment['status'];
}

export interface RecapSide {
  readonly side: OwedBy;
  /** "Northwind owes", "Acme Corp owes", "Northwind and Acme Corp owe together". */
  readonly heading: string;
  readonly followUps: readonly RecapFollowUp[];
}

export interface RecapDecision {
  readonly statement: string;
  /** Internal edition only. */
  readonly rationale?: string;
}

export interface MeetingRecap {
  readonly edition: Edition;
  readonly partnershipName: string;
  readonly partnerOrg: string;
  readonly title: string;
  readonly occurredOn: string;
  readonly summary: string;
  readonly decisions: readonly RecapDecision[];
  /** Only the sides that owe something, in the order us, partner, joint. */
  readonly sides: readonly RecapSide[];
  /** Internal edition only. */
  readonly attendees?: readonly string[];
  /** Internal edition only. */
  readonly internalNotes?: string;
}

const SIDES: readonly OwedBy[] = ['us', 'partner', 'joint'];

/**
 * Each side by its organisation's name, as the partner reads the recap: "Northwind owes",
 * "Acme Corp owes", "Northwind and Acme Corp owe together". Without our name (Settings)
 * our side is "Our side", never a bare "We", which reads as either side in a forwarded mail.
 */
export function recapSideHeading(side: OwedBy, ourName: string, partnerOrg: string): string {
  const [ours, theirs] = [ourName.trim() || 'Our side', partnerOrg.trim()];
  if (side === 'us') return `${ours} owes`;
  if (side === 'partner') return `${theirs || 'The partner'} owes`;
  return `${ours} and ${theirs || 'the partner'} owe together`;
}

function ownerName(ownerId: string, people: ReadonlyMap<string, Stakeholder>): string {
  const person = people.get(ownerId);
  return person ? pickShared(person, STAKEHOLDER_VISIBILITY).name : '';
}

function followUp(c: Commitment, people: ReadonlyMap<string, Stakeholder>): RecapFollowUp {
  const shared = pickShared(c, COMMITMENT_VISIBILITY);
  return { title: shared.title, detail: shared.detail, owner: ownerName(shared.ownerId, people), dueOn: shared.dueOn, status: shared.status };
}

/** The recap of touchpoint `touchpointId`, or undefined when it is not a live touchpoint of a live partnership. */
export function buildMeetingRecap(snapshot: PortfolioSnapshot, touchpointId: string, options: MeetingRecapOptions): MeetingRecap | undefined {
  const touchpoint = snapshot.touchpoints.find((t) => t.id === touchpointId && !t.deletedAt);
  const partnership = touchpoint && snapshot.partnerships.find((p) => p.id === touchpoint.partnershipId && !p.deletedAt);
  if (!touchpoint || !partnership) return undefined;
  const isInternal = options.edition === 'internal';
  const people = new Map(snapshot.stakeholders.filter((s) => !s.deletedAt && s.partnershipId === partnership.id).map((s) => [s.id as string, s]));
  const decisions = snapshot.decisions
    .filter((d) => !d.deletedAt && d.touchpointId === touchpoint.id)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    .map((d) => (isInternal ? { statement: d.statement, rationale: d.rationale } : { statement: pickShared(d, DECISION_VISIBILITY).statement }));
  const followUps = snapshot.commitments
    .filter((c) => !c.deletedAt && c.source === 'touchpoint' && c.sourceId === touchpoint.id)
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.createdAt.localeCompare(b.createdAt));
  const { name, partnerOrg } = pickShared(partnership, PARTNERSHIP_VISIBILITY);
  const sides = SIDES.map((side) => ({ side, heading: recapSideHeading(side, options.ourName ?? '', partnerOrg), followUps: followUps.filter((c) => c.owedBy === side).map((c) => followUp(c, people)) }));
  const shared = pickShared(touchpoint, TOUCHPOINT_VISIBILITY);
  const internal = isInternal ? { attendees: touchpoint.attendeeIds.flatMap((id) => people.get(id)?.name ?? []), internalNotes: touchpoint.internalNotes } : {};
  return {
    edition: options.edition,
    partnershipName: name,
    partnerOrg,
    title: shared.title,
    occurredOn: shared.occurredOn,
    summary: shared.summary,
    decisions,
    sides: sides.filter((s) => s.followUps.length > 0),
    ...internal,
  };
}

const statusNote = (status: Commitment['status']) => (status === 'open' ? '' : ` (${status})`);

function followUpLine(f: RecapFollowUp, format?: DateFormat): string {
  const owner = f.owner ? `, ${f.owner}` : '';
  return `${f.title}${owner}: due ${formatDayText(f.dueOn, format)}${statusNote(f.status)}`;
}

export function meetingRecapMarkdown(recap: MeetingRecap, format?: DateFormat): string {
  const decisions = recap.decisions.map((d) => (d.rationale ? `${d.statement} — ${d.rationale}` : d.statement));
  return mdDocument([
    mdHeading(1, `Recap: ${recap.title}`),
    `**${editionTitle(recap.edition)}** · ${mdText(recap.partnershipName)} · ${mdText(formatDayText(recap.occurredOn, format))}`,
    recap.summary.trim() && `${mdHeading(2, 'Summary')}\n\n${mdParagraph(recap.summary)}`,
    mdHeading(2, 'Decisions'),
    decisions.length > 0 ? mdList(decisions) : mdParagraph('No decisions were taken in this meeting.'),
    mdHeading(2, 'Follow-ups'),
    recap.sides.length === 0 && mdParagraph('No follow-ups were agreed in this meeting.'),
    ...recap.sides.map((s) =>
      [mdHeading(3, s.heading), mdTable(['What', 'Owner', 'Due', 'Status'], s.followUps.map((f) => [f.title, f.owner || '—', formatDayText(f.dueOn, format), f.status]))].join('\n\n'),
    ),
    recap.attendees && recap.attendees.length > 0 && `${mdHeading(2, 'Attendees (internal)')}\n\n${mdList(recap.attendees)}`,
    recap.internalNotes?.trim() && `${mdHeading(2, 'Internal notes')}\n\n${mdParagraph(recap.internalNotes)}`,
  ]);
}

/** Plain text for an email body: no Markdown marks, blank lines between sections. */
export function meetingRecapText(recap: MeetingRecap, format?: DateFormat): string {
  const lines = (items: readonly string[]) => items.map((item) => `- ${item}`).join('\n');
  const blocks = [
    `Recap: ${recap.title} (${formatDayText(recap.occurredOn, format)})`,
    recap.summary.trim() && `Summary\n${recap.summary.trim()}`,
    `Decisions\n${recap.decisions.length > 0 ? lines(recap.decisions.map((d) => (d.rationale ? `${d.statement} (${d.rationale})` : d.statement))) : 'No decisions were taken in this meeting.'}`,
    `Follow-ups\n${recap.sides.length > 0 ? recap.sides.map((s) => `${s.heading}:\n${lines(s.followUps.map((f) => followUpLine(f, format)))}`).join('\n\n') : 'No follow-ups were agreed in this meeting.'}`,
    recap.edition === 'internal' && recap.internalNotes?.trim() && `Internal notes (do not share)\n${recap.internalNotes.trim()}`,
  ];
  return `${blocks.filter((b): b is string => typeof b === 'string' && b !== '').join('\n\n')}\n`;
}
