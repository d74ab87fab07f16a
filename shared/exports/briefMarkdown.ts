// A meeting brief as Markdown: the partner pre-read (agenda and shared facts only: the
// builder already took every internal fact out of that edition) or the internal edition
// with everything. The PDF is printed from this very text, so it can hold no more.
import type { BySide } from '../commitments';
import { OWED_BY_LABELS } from '../commitments';
import { OWED_BY } from '../domain';
import type { DateFormat } from '../dates';
import { formatDayText, formatInstantText } from '../dates';
import type { MeetingBrief } from '../brief/brief';
import type { CommitmentLine } from '../brief/commitmentLines';
import type { DecisionLine, MeetingSection } from '../brief/meeting';
import type { SinceSection } from '../brief/since';
import { editionTitle } from './partnerSafe';
import { mdDocument, mdHeading, mdList, mdParagraph, mdTable, mdText, orDash } from './markdown';

const STATE_WORDS: Readonly<Record<CommitmentLine['state'], string>> = {
  overdue: 'Overdue',
  'due soon': 'Due soon',
  open: 'Open',
  'done on time': 'Done',
  'done late': 'Done late',
  dropped: 'Dropped',
};

/** "Mon 7 Dec 2026, 14:00 (Europe/London) — 09:00 in America/New_York". */
export function meetingWhen(meeting: MeetingSection, format?: DateFormat): string {
  const mine = `${formatInstantText(meeting.at, meeting.userTime.zone, format)} (${meeting.userTime.zone})`;
  const theirs = meeting.cadenceTime && meeting.cadenceTime.zone !== meeting.userTime.zone ? `; ${formatInstantText(meeting.at, meeting.cadenceTime.zone, format)} (${meeting.cadenceTime.zone})` : '';
  return `${mine}${theirs}`;
}

function factsBlock(brief: MeetingBrief, format?: DateFormat): string {
  const { meeting } = brief;
  const facts = [`When: ${meetingWhen(meeting, format)}`, `Duration: ${meeting.durationMinutes} minutes`];
  if (meeting.channel) facts.push(`Where: ${meeting.channel}`);
  return mdList(facts);
}

function agendaBlock(brief: MeetingBrief): string {
  const items = brief.agenda.items;
  const body = items.length === 0 ? mdParagraph('No agenda yet.') : items.map((item, i) => `${i + 1}. ${mdText(item)}`).join('\n');
  return [mdHeading(2, 'Agenda'), body].join('\n\n');
}

function attendeesBlock(brief: MeetingBrief): string | undefined {
  const attendees = brief.meeting.attendees;
  if (!attendees) return undefined;
  const side = (label: string, people: readonly { name: string; title: string }[]) => `${label}: ${people.length === 0 ? 'nobody named on the cadence' : people.map((p) => (p.title ? `${p.name} (${p.title})` : p.name)).join(', ')}`;
  return [mdHeading(2, 'Who attends'), mdList([side('Our side', attendees.us), side(`${brief.partnership.partnerOrg}`, attendees.partner)])].join('\n\n');
}

function decisionItems(decisions: readonly DecisionLine[], format?: DateFormat): string {
  return mdList(decisions.map((d) => `${formatDayText(d.decidedOn, format)}: ${d.statement}${d.rationale ? ` — why: ${d.rationale}` : ''}`));
}

function previousBlock(brief: MeetingBrief, format?: DateFormat): string {
  const previous = brief.meeting.previous;
  if (!previous) return [mdHeading(2, 'The previous meeting'), mdParagraph('This is the first meeting: nothing recorded before it.')].join('\n\n');
  const decisions = previous.decisions.length === 0 ? mdParagraph('It recorded no decisions.') : decisionItems(previous.decisions, format);
  return [mdHeading(2, `The previous meeting: ${previous.title}, ${formatDayText(previous.occurredOn, format)}`), decisions].join('\n\n');
}

function commitmentRows(lines: readonly CommitmentLine[], format?: DateFormat): string[][] {
  return lines.map((c) => [c.title, orDash(c.ownerName), formatDayText(c.dueOn, format), `${STATE_WORDS[c.state]}${c.isCarriedOver ? ' (carried over from the last meeting)' : ''}`]);
}

function commitmentTable(lines: readonly CommitmentLine[], format?: DateFormat): string {
  return mdTable(['Commitment', 'Owner', 'Due', 'State'], commitmentRows(lines, format));
}

function sinceBlock(since: SinceSection, format?: DateFormat, isInternal = false): string {
  if (!since.since) {
    const gaps = since.gaps.length > 0 ? [mdHeading(3, 'Perception gaps worth raising'), gapList(since)] : [];
    return [mdHeading(2, 'Since the last meeting'), mdParagraph('Nothing to compare yet: no earlier meeting is recorded.'), ...gaps].join('\n\n');
  }
  const parts = [mdHeading(2, `Since the last meeting (${since.since.title}, ${formatDayText(since.since.occurredOn, format)})`)];
  const section = (title: string, body: string | undefined) => body && parts.push(mdHeading(3, title), body);
  section('Decisions', since.decisions.length > 0 ? decisionItems(since.decisions, format) : undefined);
  section('Commitments done', since.commitmentsDone.length > 0 ? mdList(since.commitmentsDone.map((c) => `${c.title} (${OWED_BY_LABELS[c.owedBy].toLowerCase()}), done ${formatDayText(c.doneOn ?? c.dueOn, format)}`)) : undefined);
  section('New commitments', since.commitmentsNew.length > 0 ? commitmentTable(since.commitmentsNew, format) : undefined);
  section('Charter changes', since.charter.changes.length > 0 ? mdList(since.charter.changes.map((c) => `${c.label}: ${c.kind}${c.after ? ` — now: ${c.after.replace(/\n/g, '; ')}` : ''}`)) : undefined);
  if (isInternal) section('Health', since.health.length > 0 ? mdList(since.health.map((h) => `${h.perspective === 'ours' ? 'Ours' : 'Partner’s'} ${h.dimension}: ${h.before === undefined ? 'first scored' : `${h.before} →`} ${h.after}/5 (${formatDayText(h.assessedOn, format)})`)) : undefined);
  section('Perception gaps worth raising', since.gaps.length > 0 ? gapList(since) : undefined);
  if (parts.length === 1) parts.push(mdParagraph('Nothing recorded since then.'));
  return parts.join('\n\n');
}

function gapList(since: SinceSection): string {
  return mdList(since.gaps.map((g) => `${g.dimension}: we score ${g.ours}/5, the partner ${g.partner}/5`));
}

function openBlock(open: BySide<readonly CommitmentLine[]>, format?: DateFormat): string {
  const parts = [mdHeading(2, 'Open commitments')];
  for (const side of OWED_BY) {
    parts.push(mdHeading(3, OWED_BY_LABELS[side]), open[side].length === 0 ? mdParagraph('Nothing open.') : commitmentTable(open[side], format));
  }
  return parts.join('\n\n');
}

function goalsBlock(brief: MeetingBrief, format?: DateFormat): string {
  const { goals } = brief.goals;
  if (goals.length === 0) return [mdHeading(2, 'Goals'), mdParagraph('The charter names no shared goals yet.')].join('\n\n');
  const rows = goals.map((g) => [g.statement, [g.metric, g.target].filter(Boolean).join(': ') || '—', g.dueBy ? formatDayText(g.dueBy, format) : '—', g.timing]);
  return [mdHeading(2, `Goals${brief.goals.isAgreed ? '' : ' (draft charter)'}`), mdTable(['Goal', 'Measure', 'Due', 'Status'], rows)].join('\n\n');
}

function notesBlock(brief: MeetingBrief): string | undefined {
  if (brief.edition !== 'internal') return undefined;
  return [mdHeading(2, 'Preparation notes (internal)'), brief.notes ? mdParagraph(brief.notes) : mdParagraph('None.')].join('\n\n');
}

/** "Acme Corp." and "Acme Ltd" both end a sentence once ("Inc.." never). */
const sentenceEnd = (text: string) => (text.endsWith('.') ? text : `${text}.`);

export function briefMarkdown(brief: MeetingBrief, format?: DateFormat): string {
  const isInternal = brief.edition === 'internal';
  const kind = isInternal ? 'Meeting brief' : 'Pre-read';
  return mdDocument([
    mdHeading(1, `${kind}: ${brief.meeting.title}`),
    mdParagraph(`${brief.partnership.name} — with ${sentenceEnd(brief.partnership.partnerOrg)} ${editionTitle(brief.edition)}. As at ${formatInstantText(brief.preparedAt, brief.zone, format)} (${brief.zone}).`),
    factsBlock(brief, format),
    agendaBlock(brief),
    isInternal && attendeesBlock(brief),
    previousBlock(brief, format),
    sinceBlock(brief.since, format, isInternal),
    openBlock(brief.open, format),
    goalsBlock(brief, format),
    notesBlock(brief),
  ]);
}
