// Which automatic backups to delete (DESIGN.md "Backups"): retention by generations,
// so a bad day can only ever push out a few recent copies. Kept: the newest
// `keepLast`; the newest of each of the last `daily` UTC days, of the last `weekly`
// ISO weeks (Monday to Sunday, UTC), and of the last `monthly` months. Everything is
// read from the file names (autoBackupName.ts), so nothing has to be opened.
//
// One guard overrides all of it: while the newest backup holds under half the records
// of the one before, nothing is deleted - data that went missing must not take the
// good backups with it - and the decision says so, for the user to be told.
import { newestFirst, parseAutoBackupName } from './autoBackupName';

export interface RetentionPolicy {
  /** The newest this many are always kept ("Backups to keep" in Settings). */
  readonly keepLast: number;
  /** One a day for this many days, counting today. */
  readonly daily: number;
  /** One a week for this many weeks, counting this one. */
  readonly weekly: number;
  /** One a month for this many months, counting this one. */
  readonly monthly: number;
}

export const DEFAULT_KEEP_LAST = 10;

/** The generations on top of `keepLast`: a day for a week, a week for two months, a month for a year. */
export function retentionPolicy(keepLast: number): RetentionPolicy {
  return { keepLast, daily: 7, weekly: 8, monthly: 12 };
}

/** A backup as the guard reports it. */
export interface CountedBackup {
  readonly name: string;
  readonly takenAt: string;
  readonly records: number;
}

/** The newest backup holds under half the records of the one before it. */
export interface BackupShrink {
  readonly newest: CountedBackup;
  readonly previous: CountedBackup;
}

export type RetentionDecision =
  | { readonly hold: false; readonly prune: readonly string[] }
  /** Nothing is deleted: the newest shrank (tell the user) or the counts to compare are not known (older names). */
  | { readonly hold: 'shrunk'; readonly shrink: BackupShrink; readonly prune: readonly [] }
  | { readonly hold: 'uncounted'; readonly prune: readonly [] };

interface Dated {
  readonly name: string;
  readonly takenAt: string;
  readonly at: number;
  readonly records: number | undefined;
}

const DAY_MS = 86_400_000;

function dated(files: readonly { readonly name: string }[]): Dated[] {
  return newestFirst(files).flatMap(({ name }) => {
    const parts = parseAutoBackupName(name);
    return parts ? [{ name, takenAt: parts.takenAt, at: Date.parse(parts.takenAt), records: parts.records }] : [];
  });
}

const counted = (file: Dated & { readonly records: number }): CountedBackup => ({ name: file.name, takenAt: file.takenAt, records: file.records });
const hasCount = (file: Dated): file is Dated & { readonly records: number } => file.records !== undefined;

/**
 * The newest backup against the nearest earlier one with a known record count:
 * 'shrunk' when the newest holds under half as many, 'uncounted' when either count is
 * unknown, undefined when the two compare fine (or there is only one backup).
 */
function compareNewest(sorted: readonly Dated[]): { readonly hold: 'shrunk'; readonly shrink: BackupShrink } | { readonly hold: 'uncounted' } | undefined {
  const [newest, ...older] = sorted;
  if (!newest || older.length === 0) return undefined;
  const previous = older.find(hasCount);
  if (!hasCount(newest) || !previous) return { hold: 'uncounted' };
  return newest.records * 2 < previous.records ? { hold: 'shrunk', shrink: { newest: counted(newest), previous: counted(previous) } } : undefined;
}

/** The shrink the guard would hold for, given the folder's backups (any order); for Settings to show. */
export function backupShrink(files: readonly { readonly name: string }[]): BackupShrink | undefined {
  const compared = compareNewest(dated(files));
  return compared?.hold === 'shrunk' ? compared.shrink : undefined;
}

const dayIndex = (at: number) => Math.floor(at / DAY_MS);
// 1970-01-01 was a Thursday: shifting by 3 days starts each index on a Monday.
const weekIndex = (at: number) => Math.floor((dayIndex(at) + 3) / 7);
const monthIndex = (at: number) => {
  const date = new Date(at);
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
};

/** The newest backup of each of the last `count` periods (by `index`) up to now's. */
function newestPerPeriod(sorted: readonly Dated[], now: number, count: number, index: (at: number) => number): string[] {
  const current = index(now);
  const seen = new Set<number>();
  const kept: string[] = [];
  for (const file of sorted) {
    const period = index(file.at);
    if (current - period >= count || seen.has(period)) continue;
    seen.add(period);
    kept.push(file.name);
  }
  return kept;
}

/**
 * What to delete from the automatic backups in `files` (names; other names are ignored
 * and never pruned). Backups dated after `now` (a clock that went back) are kept.
 */
export function backupsToPrune(files: readonly { readonly name: string }[], now: Date, policy: RetentionPolicy): RetentionDecision {
  const sorted = dated(files);
  const held = compareNewest(sorted);
  if (held) return { ...held, prune: [] };
  const at = now.getTime();
  const past = sorted.filter((file) => file.at <= at);
  const keep = new Set<string>([
    ...sorted.filter((file) => file.at > at).map((file) => file.name),
    ...past.slice(0, policy.keepLast).map((file) => file.name),
    ...newestPerPeriod(past, at, policy.daily, dayIndex),
    ...newestPerPeriod(past, at, policy.weekly, weekIndex),
    ...newestPerPeriod(past, at, policy.monthly, monthIndex),
  ]);
  return { hold: false, prune: sorted.filter((file) => !keep.has(file.name)).map((file) => file.name) };
}
