// One meeting as an .ics event, with its agenda in DESCRIPTION: for the user's calendar or
// to send the partner, so it is built from the brief's partner edition by the callers.
// One occurrence, no RRULE; anchored in the cadence's zone (an ad-hoc meeting in UTC);
// no ATTENDEE / ORGANIZER, as for every calendar export.
import type { MeetingBrief } from '../brief/brief';
import { CALENDAR_OPENING, escapeText, foldLine, icsLocal, icsUtc } from './calendar';
import { vtimezoneLines } from './vtimezone';

const CRLF = '\r\n';

/** Stable per meeting, so importing a newer version of the same brief updates the event. */
export function briefUid(brief: MeetingBrief): string {
  const meeting = brief.meeting;
  const key = meeting.cadenceId ? `${meeting.cadenceId}-${icsUtc(meeting.occurrence)}` : `adhoc-${brief.prepId ?? icsUtc(meeting.occurrence)}`;
  return `brief-${key}@steward.local`;
}

function descriptionOf(brief: MeetingBrief): string {
  const items = brief.agenda.items.map((item, i) => `${i + 1}. ${item}`);
  const channel = brief.meeting.channel ? [`Where: ${brief.meeting.channel}`] : [];
  return [...channel, 'Agenda:', ...(items.length > 0 ? items : ['(none yet)'])].join('\n');
}

/** `now`: export time (ISO UTC), written as DTSTAMP. */
export function briefIcs(brief: MeetingBrief, now: string): string {
  const { meeting } = brief;
  const zone = meeting.cadenceTime?.zone;
  const start = zone ? `DTSTART;TZID=${zone}:${icsLocal(meeting.cadenceTime?.local ?? '')}` : `DTSTART:${icsUtc(meeting.at)}`;
  const lines = [
    ...CALENDAR_OPENING,
    ...(zone ? vtimezoneLines(zone) : []),
    'BEGIN:VEVENT',
    `UID:${briefUid(brief)}`,
    `DTSTAMP:${icsUtc(now)}`,
    start,
    `DURATION:PT${meeting.durationMinutes}M`,
    `SUMMARY:${escapeText(`${brief.partnership.name}: ${meeting.title}`)}`,
    `DESCRIPTION:${escapeText(descriptionOf(brief))}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
