// What `steward export` can write, each through the same pure builder the app uses
// (shared/exports), and how the command picks the partnership and quarter.
import type { BackupData } from '../shared/backup/format';
import type { DateFormat } from '../shared/dates';
import type { Partnership } from '../shared/domain';
import type { Edition } from '../shared/exports/partnerSafe';
import { EDITIONS } from '../shared/exports/partnerSafe';
import { isDay } from '../shared/domain';
import { formatQuarter, parseQuarter, quarterOfDay } from '../shared/exports/quarter';
import { dayInZone, formatDayText } from '../shared/dates';
import { parseInstant, utcToLocal } from '../shared/timezones';
import { intentSummaryMarkdown } from '../shared/exports/intentSummary';
import { buildQuarterlyReview } from '../shared/exports/quarterlyReview';
import { quarterlyReviewMarkdown } from '../shared/exports/reviewMarkdown';
import type { ValueSettings } from '../shared/exports/reviewValue';
import { calendarIcs } from '../shared/exports/calendar';
import { commitmentsCsv } from '../shared/exports/commitmentsCsv';
import { opportunitiesCsv } from '../shared/exports/opportunitiesCsv';
import { CliError } from './args';
import { recapExport } from './recapExport';
import type { BriefFormat } from './briefExport';
import { renderBrief } from './briefExport';

export const EXPORT_KINDS = ['intent', 'review', 'calendar', 'commitments', 'opportunities', 'brief', 'recap'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];
export const EXPORT_EDITIONS: readonly Edition[] = EDITIONS;

export interface RenderOptions {
  readonly edition: Edition;
  /** `2027-Q1`; used by the review only. */
  readonly quarter: string;
  /** ISO-8601 UTC instant, or `yyyy-MM-dd` (the review only: as at the end of that day). */
  readonly now: string;
  /** The user's zone from the backup's settings, UTC when it has none: the review reads days in it. */
  readonly zone: string;
  /** The locale the backup's 'locale' date format resolves against (the machine's). */
  readonly locale: string;
  /** The brief and the recap: which meeting (see cli/briefExport.ts and cli/recapExport.ts). */
  readonly occurrence?: string;
  /** The brief only: Markdown or .ics. */
  readonly format?: BriefFormat;
}

/** The file text for one kind. The calendar carries no internal fields, so it has one edition. */
export function renderExport(kind: ExportKind, data: BackupData, partnershipId: string, options: RenderOptions): string {
  const { edition, now, zone } = options;
  // Dates are written as the app writes them: the backup's Settings choose the format.
  const dateFormat: DateFormat = { style: data.settings[0]?.dateFormat ?? 'locale', locale: options.locale };
  switch (kind) {
    case 'intent':
      return intentSummaryMarkdown(data, partnershipId, { edition, dateFormat });
    case 'review':
      return quarterlyReviewMarkdown(buildQuarterlyReview(data, partnershipId, options.quarter, { edition, now, zone, value: valueSettings(data), dateFormat }), dateFormat);
    case 'calendar':
      return calendarIcs(data, { partnershipId, now });
    case 'commitments':
      // Each state on today in the backup's zone, as the app shows it, not on the UTC day.
      return commitmentsCsv(data, { partnershipId, edition, now: dayInZone(new Date(now), zone) });
    case 'opportunities':
      return opportunitiesCsvExport(data, partnershipId, options);
    case 'brief':
      if (options.occurrence === undefined) throw new CliError('missing --occurrence <yyyy-MM-dd|yyyy-MM-ddTHH:mm> for --kind brief');
      return renderBrief(data, partnershipId, { edition, now, zone, occurrence: options.occurrence, format: options.format ?? 'markdown', dateFormat });
    case 'recap':
      if (!options.occurrence) throw new CliError('missing --occurrence <yyyy-MM-dd|yyyy-MM-ddTHH:mm> (the meeting to recap)');
      return recapExport(data, partnershipId, { occurrence: options.occurrence, edition, zone, dateFormat });
  }
}

/** The partnership's opportunities as CSV, amounts also in the backup's reporting currency (an open deal's on today in its zone). */
function opportunitiesCsvExport(data: BackupData, partnershipId: string, options: RenderOptions): string {
  const partnership = data.partnerships.find((p) => p.id === partnershipId);
  if (!partnership) throw new CliError(`no partnership with the id ${partnershipId}`);
  const currency = data.settings[0]?.reportingCurrency ?? 'USD';
  return opportunitiesCsv(data.opportunities, partnership, { edition: options.edition, currency, rates: data.exchangeRates, today: dayInZone(new Date(options.now), options.zone) });
}

/** "2027-Q1" as given (any case), or a one-line error. */
export function parseQuarterFlag(text: string): string {
  try {
    return formatQuarter(parseQuarter(text));
  } catch {
    throw new CliError(`bad --quarter "${text}" (expected a quarter like 2027-Q1)`);
  }
}

/** The quarter that contains the moment's day in `zone` (a day is its own). */
export function quarterOfMoment(moment: string, zone: string): string {
  return formatQuarter(quarterOfDay(isDay(moment) ? moment : utcToLocal(moment, zone).slice(0, 10)));
}

/** The backup's reporting currency (USD when it has no settings) and its exchange rates: the review's value section converts with them. */
export function valueSettings(data: BackupData): ValueSettings {
  return { currency: data.settings[0]?.reportingCurrency ?? 'USD', rates: data.exchangeRates };
}

/** The zone the backup's user works in, UTC when the backup carries no settings. */
export function backupZone(data: BackupData): string {
  return data.settings[0]?.timeZone ?? 'UTC';
}

export interface AsOfFlag {
  /** `yyyy-MM-dd`, or an ISO-8601 UTC instant. */
  readonly moment: string;
  /** "the end of 5 Dec 2026" or "2026-12-05T15:00:00.000Z", for the confirmation line. */
  readonly label: string;
}

/** `--as-of`: a day (as at its end) or an ISO instant with Z or an offset, or a one-line error. */
export function parseAsOfFlag(text: string): AsOfFlag {
  const value = text.trim();
  if (isDay(value)) return { moment: value, label: `the end of ${formatDayText(value)}` };
  try {
    const iso = new Date(parseInstant(value)).toISOString();
    return { moment: iso, label: iso };
  } catch {
    throw new CliError(`bad --as-of "${text}" (expected a day like 2026-12-05 or an ISO instant like 2026-12-05T15:00:00Z)`);
  }
}

/** By exact id first, then by name (case-insensitive, deleted ones ignored); ambiguity is an error. */
export function findPartnership(data: BackupData, wanted: string): Partnership {
  const byId = data.partnerships.find((p) => p.id === wanted);
  if (byId) {
    if (byId.deletedAt) throw new CliError(`partnership ${wanted} (“${byId.name}”) is deleted in this backup`);
    return byId;
  }
  const name = wanted.trim().toLowerCase();
  const matches = data.partnerships.filter((p) => !p.deletedAt && p.name.trim().toLowerCase() === name);
  if (matches.length === 1) return matches[0]!;
  if (matches.length > 1)
    throw new CliError(`"${wanted}" is ambiguous: ${matches.length} partnerships have that name (ids ${matches.map((p) => p.id).join(', ')}); pass --partnership <id>`);
  throw new CliError(`no partnership with the id or name "${wanted}" in the backup`);
}
