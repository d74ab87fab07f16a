// `steward export --kind brief`: the meeting named by --occurrence (a day, or a local start
// `yyyy-MM-ddTHH:mm` in the cadence's zone, or an ISO instant), its brief built by the
// app's own builder as at --as-of, written as Markdown or as a one-event .ics.
import type { BackupData } from '../shared/backup/format';
import type { DateFormat } from '../shared/dates';
import type { Edition } from '../shared/exports/partnerSafe';
import type { BriefTarget } from '../shared/brief/records';
import { buildBrief } from '../shared/brief/brief';
import { briefMarkdown } from '../shared/exports/briefMarkdown';
import { briefIcs } from '../shared/exports/briefCalendar';
import { plannedOccurrences } from '../shared/cadenceSchedule';
import { addDays } from '../shared/dates';
import { isDay, isLocalDateTime } from '../shared/domain';
import { localToUtc, parseInstant, utcToLocal } from '../shared/timezones';
import { CliError } from './args';

export const BRIEF_FORMATS = ['markdown', 'ics'] as const;
export type BriefFormat = (typeof BRIEF_FORMATS)[number];

interface Candidate {
  readonly target: BriefTarget;
  /** Local start in the meeting's own zone, for matching and for the error listing. */
  readonly local: string;
  readonly label: string;
}

/** Every meeting of the partnership in the days around `day`: planned occurrences of fixed cadences, and ad-hoc meetings. */
function candidatesAround(data: BackupData, partnershipId: string, day: string, zone: string): Candidate[] {
  const [from, to] = [`${addDays(day, -2)}T00:00:00.000Z`, `${addDays(day, 3)}T00:00:00.000Z`];
  const cadences = data.cadences.filter((c) => c.partnershipId === partnershipId && !c.deletedAt);
  const planned = cadences.flatMap((c) =>
    plannedOccurrences(c, from, to).map((occurrence) => ({ target: { kind: 'cadence', cadenceId: c.id, occurrence } as const, local: utcToLocal(occurrence, c.zone), label: `${c.name} at ${utcToLocal(occurrence, c.zone)} (${c.zone})` })),
  );
  const adHoc = data.meetingPreps
    .filter((p) => p.partnershipId === partnershipId && !p.deletedAt && p.cadenceId === '')
    .map((p) => ({ target: { kind: 'adhoc', prepId: p.id } as const, local: utcToLocal(p.occurrence, zone), label: `${p.title} at ${utcToLocal(p.occurrence, zone)} (${zone})` }));
  return [...planned, ...adHoc];
}

/** The meeting --occurrence names, or a one-line error (none, or several: then they are listed). */
export function resolveOccurrence(data: BackupData, partnershipId: string, text: string, zone: string): BriefTarget {
  const value = text.trim();
  let day: string;
  let matches: (c: Candidate) => boolean;
  if (isDay(value)) [day, matches] = [value, (c) => c.local.startsWith(value)];
  else if (isLocalDateTime(value)) [day, matches] = [value.slice(0, 10), (c) => c.local === value];
  else {
    let iso: string;
    try {
      iso = new Date(parseInstant(value)).toISOString();
    } catch {
      throw new CliError(`bad --occurrence "${text}" (expected a day like 2026-12-07, a local start like 2026-12-07T09:00, or an ISO instant)`);
    }
    [day, matches] = [iso.slice(0, 10), (c) => (c.target.kind === 'cadence' ? c.target.occurrence === iso : false)];
  }
  const found = candidatesAround(data, partnershipId, day, zone).filter(matches);
  if (found.length === 1) return found[0]!.target;
  if (found.length === 0) throw new CliError(`no meeting of this partnership at --occurrence "${text}"`);
  throw new CliError(`--occurrence "${text}" matches ${found.length} meetings (${found.map((c) => c.label).join('; ')}); give the local start, e.g. ${found[0]!.local}`);
}

export interface BriefExportOptions {
  readonly edition: Edition;
  /** ISO instant, or a day (as at its end in `zone`). */
  readonly now: string;
  readonly zone: string;
  readonly occurrence: string;
  readonly format: BriefFormat;
  readonly dateFormat: DateFormat;
}

export function renderBrief(data: BackupData, partnershipId: string, options: BriefExportOptions): string {
  const now = isDay(options.now) ? localToUtc(`${options.now}T23:59`, options.zone) : options.now;
  const target = resolveOccurrence(data, partnershipId, options.occurrence, options.zone);
  const brief = buildBrief(data, { partnershipId, now, zone: options.zone, dateFormat: options.dateFormat }, target, options.edition);
  if (!brief) throw new CliError(`no meeting of this partnership at --occurrence "${options.occurrence}"`);
  return options.format === 'ics' ? briefIcs(brief, now) : briefMarkdown(brief, options.dateFormat);
}
