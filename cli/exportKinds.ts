// What `steward export` can write, each through the same pure builder the app uses
// (shared/exports), and how the command picks the partnership and quarter.
import type { BackupData } from '../shared/backup/format';
import type { DateFormat } from '../shared/dates';
import type { Partnership } from '../shared/domain';
import type { Edition } from '../shared/exports/partnerSafe';
import { EDITIONS } from '../shared/exports/partnerSafe';
import { formatQuarter, parseQuarter, quarterOfDay } from '../shared/exports/quarter';
import { intentSummaryMarkdown } from '../shared/exports/intentSummary';
import { buildQuarterlyReview } from '../shared/exports/quarterlyReview';
import { quarterlyReviewMarkdown } from '../shared/exports/reviewMarkdown';
import { calendarIcs } from '../shared/exports/calendar';
import { commitmentsCsv } from '../shared/exports/commitmentsCsv';
import { CliError } from './args';

export const EXPORT_KINDS = ['intent', 'review', 'calendar', 'commitments'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];
export const EXPORT_EDITIONS: readonly Edition[] = EDITIONS;

export interface RenderOptions {
  readonly edition: Edition;
  /** `2027-Q1`; used by the review only. */
  readonly quarter: string;
  /** ISO-8601 UTC instant. */
  readonly now: string;
  /** The locale the backup's 'locale' date format resolves against (the machine's). */
  readonly locale: string;
}

/** The file text for one kind. The calendar carries no internal fields, so it has one edition. */
export function renderExport(kind: ExportKind, data: BackupData, partnershipId: string, options: RenderOptions): string {
  const { edition, now } = options;
  // Dates are written as the app writes them: the backup's Settings choose the format.
  const dateFormat: DateFormat = { style: data.settings[0]?.dateFormat ?? 'locale', locale: options.locale };
  switch (kind) {
    case 'intent':
      return intentSummaryMarkdown(data, partnershipId, { edition, dateFormat });
    case 'review':
      return quarterlyReviewMarkdown(buildQuarterlyReview(data, partnershipId, options.quarter, { edition, now }), dateFormat);
    case 'calendar':
      return calendarIcs(data, { partnershipId, now });
    case 'commitments':
      return commitmentsCsv(data, { partnershipId, edition, now });
  }
}

/** "2027-Q1" as given (any case), or a one-line error. */
export function parseQuarterFlag(text: string): string {
  try {
    return formatQuarter(parseQuarter(text));
  } catch {
    throw new CliError(`bad --quarter "${text}" (expected a quarter like 2027-Q1)`);
  }
}

/** The quarter that contains `now`'s UTC day. */
export function currentQuarter(now: Date): string {
  return formatQuarter(quarterOfDay(now.toISOString().slice(0, 10)));
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
