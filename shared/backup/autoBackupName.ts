// The names of automatic (rolling) backup files. Main writes, lists, reads and prunes
// only files with exactly this shape, so a name from the renderer can be checked
// against it and never becomes a path.
//
//   steward-backup-<UTC yyyyMMdd-HHmmss-SSS>-<sequence>-<records>-records.json  (written now)
//   steward-backup-<UTC yyyyMMdd-HHmmss>.json                                   (written before; still listed, read and pruned)
//
// The milliseconds and the sequence number make two backups taken in the same second
// (or millisecond) two files. The record count is the backup's total number of records,
// read by main from the envelope it validated: retention compares backups by it without
// opening them, and a rename makes name and content appear together.

/** Matches an automatic backup's file name, capturing its UTC date and time digits, and for new names the milliseconds, sequence and record count. */
export const AUTO_BACKUP_NAME_PATTERN = /^steward-backup-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})(?:-(\d{3})-([1-9]\d{0,3})-(0|[1-9]\d{0,8})-records)?\.json$/;

/** The longest name the pattern allows: the IPC schema bounds names by it. */
export const AUTO_BACKUP_NAME_MAX_LENGTH = 70;

/** The most backups one millisecond can hold (the sequence has at most four digits). */
export const MAX_SEQUENCE = 9999;

/** What a name says about its backup. */
export interface AutoBackupNameParts {
  /** ISO UTC: when the backup was taken. */
  readonly takenAt: string;
  /** 1, 2, … within one millisecond; 0 for a name written before sequences existed. */
  readonly sequence: number;
  /** The backup's total record count; undefined for a name written before counts existed. */
  readonly records: number | undefined;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function stamp(at: Date): string {
  return `${at.getUTCFullYear()}${pad(at.getUTCMonth() + 1)}${pad(at.getUTCDate())}-${pad(at.getUTCHours())}${pad(at.getUTCMinutes())}${pad(at.getUTCSeconds())}`;
}

/** The file name for a backup taken at `at` (UTC, to the millisecond), the `sequence`-th in that millisecond, holding `records` records. */
export function autoBackupName(at: Date, sequence: number, records: number): string {
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > MAX_SEQUENCE) throw new RangeError(`backup sequence must be 1 to ${MAX_SEQUENCE}, got ${sequence}`);
  if (!Number.isInteger(records) || records < 0 || records > 999_999_999) throw new RangeError(`record count out of range: ${records}`);
  return `steward-backup-${stamp(at)}-${pad(at.getUTCMilliseconds(), 3)}-${sequence}-${records}-records.json`;
}

/** The name an older Steward gave a backup taken at `at` (to the second): kept so such files stay readable. */
export function legacyAutoBackupName(at: Date): string {
  return `steward-backup-${stamp(at)}.json`;
}

/** What the name says, or undefined for any name that is not an automatic backup's. */
export function parseAutoBackupName(name: string): AutoBackupNameParts | undefined {
  const match = AUTO_BACKUP_NAME_PATTERN.exec(name);
  if (!match) return undefined;
  const [year, month, day, hours, minutes, seconds] = match.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const [millis, sequence, records] = match.slice(7, 10);
  const at = new Date(Date.UTC(year, month - 1, day, hours, minutes, seconds, millis === undefined ? 0 : Number(millis)));
  // Reject names like ...-20271341-...: Date.UTC would roll them over into a real date.
  if (stamp(at) !== name.slice('steward-backup-'.length, 'steward-backup-'.length + 15)) return undefined;
  return { takenAt: at.toISOString(), sequence: sequence === undefined ? 0 : Number(sequence), records: records === undefined ? undefined : Number(records) };
}

/** When the backup called `name` was taken (ISO UTC), or undefined for any other name. */
export function autoBackupTakenAt(name: string): string | undefined {
  return parseAutoBackupName(name)?.takenAt;
}

/** Newest first, by the instant and sequence in the name (not the text: sequence 10 is after 9). Other names go last. */
export function newestFirst<T extends { readonly name: string }>(files: readonly T[]): T[] {
  const keyed = files.map((file) => ({ file, parts: parseAutoBackupName(file.name) }));
  return keyed
    .sort((a, b) => {
      if (!a.parts || !b.parts) return a.parts ? -1 : b.parts ? 1 : 0;
      return Date.parse(b.parts.takenAt) - Date.parse(a.parts.takenAt) || b.parts.sequence - a.parts.sequence || (a.file.name < b.file.name ? 1 : a.file.name > b.file.name ? -1 : 0);
    })
    .map(({ file }) => file);
}

/** The manual backup's suggested file name for the user's local day, e.g. steward-backup-2027-01-14.json. */
export function manualBackupName(today: string): string {
  return `steward-backup-${today}.json`;
}
