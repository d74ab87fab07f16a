// The calendar export: an RFC 5545 .ics of a partnership's (or the whole portfolio's) fixed
// cadences, for the user's own calendar app. One recurring VEVENT per active fixed cadence,
// its rule as stored, anchored in its IANA zone with a VTIMEZONE; skipped occurrences as
// EXDATEs, moved ones as RECURRENCE-ID overrides. No ATTENDEE / ORGANIZER: participants
// never leave the app. Pure: `now` is a parameter, nothing reads the clock.
import type { Activity, Cadence, OccurrenceRecord, Partnership, PortfolioSnapshot } from '../domain';
import { expandOccurrences, localToUtc, utcToLocal } from '../recurrence';
import { vtimezoneLines } from './vtimezone';

export interface CalendarOptions {
  /** Only this partnership's cadences; all partnerships when omitted. */
  readonly partnershipId?: string;
  /** Export time, ISO-8601 UTC: written as every DTSTAMP. */
  readonly now: string;
  /** X-WR-CALNAME; defaults to "Steward: <partnership>" or "Steward: portfolio". */
  readonly calendarName?: string;
}

export const PRODID = '-//Steward//Steward Calendar Export//EN';

/** The lines every Steward calendar file opens with, before its own (a name, the zones, the events). */
export const CALENDAR_OPENING = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${PRODID}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'] as const;
const UID_DOMAIN = 'steward.local';
const CRLF = '\r\n';
const MAX_LINE_OCTETS = 75;

type Snapshot = Pick<PortfolioSnapshot, 'partnerships' | 'cadences' | 'occurrences' | 'activity'>;

/** The .ics text (CRLF lines, folded at 75 octets). Throws for an unknown partnership id. */
export function calendarIcs(snapshot: Snapshot, options: CalendarOptions): string {
  const partnerships = new Map<string, Partnership>(snapshot.partnerships.filter((p) => !p.deletedAt).map((p) => [p.id, p]));
  const chosen = options.partnershipId === undefined ? undefined : partnerships.get(options.partnershipId);
  if (options.partnershipId !== undefined && !chosen) throw new Error(`No partnership with id "${options.partnershipId}".`);
  const cadences = snapshot.cadences
    .filter((c) => isExported(c) && partnerships.has(c.partnershipId) && (!chosen || c.partnershipId === chosen.id))
    .sort((a, b) => a.id.localeCompare(b.id));
  const stamp = icsUtc(options.now);
  const events = cadences.flatMap((c) => cadenceEvents(c, partnerships.get(c.partnershipId)?.name ?? '', snapshot, stamp));
  const zones = [...new Set(cadences.map((c) => c.zone))].sort();
  const lines = [
    ...CALENDAR_OPENING,
    `X-WR-CALNAME:${escapeText(options.calendarName ?? `Steward: ${chosen ? chosen.name : 'portfolio'}`)}`,
    ...zones.flatMap(vtimezoneLines),
    ...events,
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/**
 * Flexible cadences have no fixed schedule (next due = last held + interval), so they are
 * left out, as are paused and deleted ones and fixed ones without a rule.
 */
function isExported(cadence: Cadence): boolean {
  return !cadence.deletedAt && cadence.status === 'active' && cadence.mode === 'fixed' && cadence.rrule.trim() !== '';
}

/** The master VEVENT, then one override per moved occurrence. */
function cadenceEvents(cadence: Cadence, partnershipName: string, snapshot: Snapshot, stamp: string): string[] {
  const { skipped, moved } = exceptions(cadence, snapshot.occurrences);
  const common = [
    `UID:${cadence.id}@${UID_DOMAIN}`,
    `DTSTAMP:${stamp}`,
    `SEQUENCE:${sequenceOf(cadence, snapshot)}`,
    `SUMMARY:${escapeText(`${partnershipName}: ${cadence.name}`)}`,
    `DESCRIPTION:${escapeText(descriptionOf(cadence))}`,
  ];
  const tail = [`DURATION:PT${cadence.durationMinutes}M`, ...alarm(cadence), 'END:VEVENT'];
  const master = [
    'BEGIN:VEVENT',
    ...common,
    `DTSTART;TZID=${cadence.zone}:${icsLocal(cadence.start)}`,
    `RRULE:${ruleOf(cadence)}`,
    ...skipped.map((at) => `EXDATE;TZID=${cadence.zone}:${icsLocal(utcToLocal(at, cadence.zone))}`),
    ...tail,
  ];
  const overrides = moved.flatMap(({ occurrence, movedTo }) => [
    'BEGIN:VEVENT',
    ...common,
    `RECURRENCE-ID;TZID=${cadence.zone}:${icsLocal(utcToLocal(occurrence, cadence.zone))}`,
    `DTSTART;TZID=${cadence.zone}:${icsLocal(utcToLocal(movedTo, cadence.zone))}`,
    ...tail,
  ]);
  return [...master, ...overrides];
}

function descriptionOf(cadence: Cadence): string {
  const parts = [`Kind: ${cadence.kind}`];
  if (cadence.channel.trim()) parts.push(`Channel: ${cadence.channel.trim()}`);
  if (cadence.agendaTemplate.trim()) parts.push(`Agenda:\n${cadence.agendaTemplate.trim()}`);
  return parts.join('\n');
}

function alarm(cadence: Cadence): string[] {
  const description = escapeText(`${cadence.name} in ${cadence.leadMinutes} minutes`);
  return ['BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${description}`, `TRIGGER:-PT${cadence.leadMinutes}M`, 'END:VALARM'];
}

interface Exceptions {
  /** Planned instants (UTC ISO) marked skipped. */
  readonly skipped: string[];
  readonly moved: { readonly occurrence: string; readonly movedTo: string }[];
}

/**
 * Skipped and moved marks of the cadence, the latest live record per occurrence (as
 * cadenceSchedule reads them). Only marks on an instant the current rule still plans are
 * written: an EXDATE or RECURRENCE-ID for an instant the rule no longer produces means nothing.
 */
function exceptions(cadence: Cadence, records: readonly OccurrenceRecord[]): Exceptions {
  const latest = new Map<string, OccurrenceRecord>();
  const own = records.filter((r) => !r.deletedAt && r.cadenceId === cadence.id && !Number.isNaN(Date.parse(r.occurrence)));
  for (const r of own.sort((a, b) => a.updatedAt.localeCompare(b.updatedAt) || a.id.localeCompare(b.id))) {
    latest.set(new Date(r.occurrence).toISOString(), r);
  }
  const planned = (at: string) => isPlanned(cadence, at);
  const entries = [...latest].sort(([a], [b]) => a.localeCompare(b));
  return {
    skipped: entries.filter(([at, r]) => r.outcome === 'skipped' && planned(at)).map(([at]) => at),
    moved: entries
      .filter(([at, r]) => r.outcome === 'moved' && r.movedTo !== undefined && !Number.isNaN(Date.parse(r.movedTo)) && planned(at))
      .map(([at, r]) => ({ occurrence: at, movedTo: new Date(r.movedTo ?? '').toISOString() })),
  };
}

function isPlanned(cadence: Cadence, at: string): boolean {
  const to = new Date(Date.parse(at) + 1).toISOString();
  return expandOccurrences({ rrule: cadence.rrule, start: cadence.start, zone: cadence.zone }, at, to).length > 0;
}

/**
 * SEQUENCE from the append-only activity log, so it only ever grows: one per update or
 * restore of the cadence, plus every logged change to one of its occurrence marks that can
 * alter the calendar (all entries of a mark, except a "held" mark's lone create, which
 * changes nothing in the .ics). Timestamps are not used: they say when, not how often.
 */
function sequenceOf(cadence: Cadence, snapshot: Snapshot): number {
  const marks = new Map(snapshot.occurrences.filter((r) => r.cadenceId === cadence.id).map((r) => [r.id, r]));
  const byMark = new Map<string, Activity[]>();
  let count = 0;
  for (const entry of snapshot.activity) {
    if (entry.entity === 'cadence' && entry.entityId === cadence.id && (entry.action === 'update' || entry.action === 'restore')) count += 1;
    if (entry.entity === 'occurrence' && marks.has(entry.entityId)) byMark.set(entry.entityId, [...(byMark.get(entry.entityId) ?? []), entry]);
  }
  for (const [id, entries] of byMark) {
    const isQuietHeld = marks.get(id)?.outcome === 'held' && entries.every((e) => e.action === 'create');
    if (!isQuietHeld) count += entries.length;
  }
  return count;
}

/**
 * The stored rule without a leading "RRULE:". One change: RFC 5545 wants UNTIL in UTC when
 * DTSTART has a TZID, while the app reads a bare UNTIL as local time (a date: the whole
 * local day), so a local UNTIL is written as the UTC instant the app means by it.
 */
function ruleOf(cadence: Cadence): string {
  const rule = cadence.rrule.trim().replace(/^RRULE:/i, '');
  return rule
    .split(';')
    .map((part) => {
      const [name = '', value = ''] = part.split('=');
      if (name.toUpperCase() !== 'UNTIL' || value.endsWith('Z')) return part;
      const local = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2}))?$/.exec(value);
      if (!local) return part;
      const [, y, mo, d, h = '23', mi = '59', s = '59'] = local;
      const utc = Date.parse(localToUtc(`${y}-${mo}-${d}T${h}:${mi}`, cadence.zone)) + Number(s) * 1000;
      return `${name}=${icsUtc(new Date(utc).toISOString())}`;
    })
    .join(';');
}

/** `yyyy-MM-ddTHH:mm` → `yyyyMMddTHHmm00` (a DATE-TIME in the TZID's wall time). */
export function icsLocal(local: string): string {
  return `${local.slice(0, 10).replaceAll('-', '')}T${local.slice(11, 13)}${local.slice(14, 16)}00`;
}

/** ISO-8601 UTC → `yyyyMMddTHHmmssZ`. */
export function icsUtc(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`Expected an ISO-8601 instant, got "${iso}".`);
  return `${new Date(ms).toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

/**
 * A TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma escaped, every line
 * break written as \n, other control characters (not allowed in TEXT) dropped.
 */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n|\r/g, '\n')
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n')
    .split('')
    .filter((c) => !isControl(c))
    .join('');
}

/** Control characters other than tab (RFC 5545 TEXT excludes them). */
function isControl(char: string): boolean {
  const code = char.charCodeAt(0);
  return (code < 0x20 && code !== 0x09) || code === 0x7f;
}

/**
 * One content line folded at 75 octets of UTF-8 (RFC 5545 §3.1): continuation lines start
 * with a space, which counts, and a break never falls inside a character's byte sequence.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char);
    if (octets + size > MAX_LINE_OCTETS) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join(CRLF);
}

function utf8Length(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}
