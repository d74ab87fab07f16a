// `steward export --kind recap --occurrence <day | local start>`: the recap of the meeting
// recorded for that occurrence, through the builder the app uses (shared/exports/meetingRecap).
// The occurrence is read in the backup's zone, as the app shows it: a day names the cadence
// meeting held on it (else a touchpoint of that day), a local start ("2027-01-14T10:00") the
// one planned then.
import type { BackupData } from '../shared/backup/format';
import type { DateFormat } from '../shared/dates';
import { isDay } from '../shared/domain';
import type { Touchpoint } from '../shared/domain';
import { buildMeetingRecap, meetingRecapMarkdown } from '../shared/exports/meetingRecap';
import type { Edition } from '../shared/exports/partnerSafe';
import { utcToLocal } from '../shared/timezones';
import { CliError } from './args';

const LOCAL_START = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/** `--occurrence`: a day or a local start, or a one-line error. */
export function parseOccurrenceFlag(text: string): string {
  const value = text.trim();
  if (isDay(value) || (LOCAL_START.test(value) && isDay(value.slice(0, 10)))) return value;
  throw new CliError(`bad --occurrence "${text}" (expected a day like 2027-01-14 or a local start like 2027-01-14T10:00)`);
}

/** When a touchpoint's meeting started, in the backup's zone ("2027-01-14T10:00"), or only its day when it held no planned occurrence. */
function localStart(t: Touchpoint, zone: string): string {
  return t.occurrence ? utcToLocal(t.occurrence, zone).slice(0, 16) : t.occurredOn;
}

function matches(t: Touchpoint, occurrence: string, zone: string): boolean {
  const start = localStart(t, zone);
  return isDay(occurrence) ? t.occurredOn === occurrence || start.slice(0, 10) === occurrence : start === occurrence;
}

/** The one live touchpoint of the partnership recorded for the occurrence, or a one-line error saying why not. */
export function findRecordedMeeting(data: BackupData, partnershipId: string, occurrence: string, zone: string): Touchpoint {
  const live = data.touchpoints.filter((t) => !t.deletedAt && t.partnershipId === partnershipId && matches(t, occurrence, zone));
  // A day names the cadence meeting held then; a call or email that day only when no meeting was.
  const held = live.filter((t) => t.occurrence);
  const found = (held.length > 0 ? held : live).sort((a, b) => localStart(a, zone).localeCompare(localStart(b, zone)));
  if (found.length === 1) return found[0]!;
  if (found.length === 0) throw new CliError(`no meeting is recorded for --occurrence ${occurrence} in this partnership (times are read in ${zone})`);
  const starts = found.map((t) => `“${t.title}” ${localStart(t, zone)}`).join(', ');
  throw new CliError(`${found.length} meetings are recorded for --occurrence ${occurrence} (${starts}); pass its local start, e.g. --occurrence ${localStart(found[0]!, zone)}`);
}

export interface RecapExportOptions {
  readonly occurrence: string;
  readonly edition: Edition;
  readonly zone: string;
  readonly dateFormat: DateFormat;
}

/** The recap's Markdown. */
export function recapExport(data: BackupData, partnershipId: string, options: RecapExportOptions): string {
  const touchpoint = findRecordedMeeting(data, partnershipId, options.occurrence, options.zone);
  const recap = buildMeetingRecap(data, touchpoint.id, { edition: options.edition, ourName: data.settings[0]?.organisationName ?? '' });
  if (!recap) throw new CliError(`the meeting “${touchpoint.title}” is not in a live partnership`);
  return meetingRecapMarkdown(recap, options.dateFormat);
}
