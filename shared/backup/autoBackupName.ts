// The names of automatic (rolling) backup files: `steward-backup-<UTC yyyyMMdd-HHmmss>.json`.
// Main writes, lists, reads and prunes only files with exactly this shape, so a
// name from the renderer can be checked against it and never becomes a path.

/** Matches an automatic backup's file name, capturing its UTC date and time digits. */
export const AUTO_BACKUP_NAME_PATTERN = /^steward-backup-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})\.json$/;

const two = (n: number) => String(n).padStart(2, '0');

/** The file name for a backup taken at `at` (its UTC time, to the second). */
export function autoBackupName(at: Date): string {
  const day = `${at.getUTCFullYear()}${two(at.getUTCMonth() + 1)}${two(at.getUTCDate())}`;
  const time = `${two(at.getUTCHours())}${two(at.getUTCMinutes())}${two(at.getUTCSeconds())}`;
  return `steward-backup-${day}-${time}.json`;
}

/** When the backup called `name` was taken (ISO UTC), or undefined for any other name. */
export function autoBackupTakenAt(name: string): string | undefined {
  const match = AUTO_BACKUP_NAME_PATTERN.exec(name);
  if (!match) return undefined;
  const [, year, month, day, hours, minutes, seconds] = match.map(Number) as [number, number, number, number, number, number, number];
  const at = new Date(Date.UTC(year, month - 1, day, hours, minutes, seconds));
  // Reject names like ...-20271341-...: Date.UTC would roll them over into a real date.
  return autoBackupName(at) === name ? at.toISOString() : undefined;
}

/** Newest first: the time in the name sorts as text. */
export function newestFirst<T extends { readonly name: string }>(files: readonly T[]): T[] {
  return [...files].sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
}

/** The manual backup's suggested file name for the user's local day, e.g. steward-backup-2027-01-14.json. */
export function manualBackupName(today: string): string {
  return `steward-backup-${today}.json`;
}
