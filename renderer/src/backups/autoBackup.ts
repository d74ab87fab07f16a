// Writing a backup into the desktop app's rolling backups folder (DESIGN.md "Backups"):
// the scheduler does it when one is due, "Back up now" and a restore's safety copy do it
// at once. Every write reports to `autoBackupStatus`, so Settings shows the latest.
import { exportBackup } from '../../db/backup';
import type { DbContext } from '../../db/context';
import { countPartnerships } from '../../db/queries';
import { readSettings } from '../../db/settings';
import { backupShrink } from '@shared/backup/retention';
import type { BackupShrink } from '@shared/backup/retention';
import type { AutoBackupFile, AutoBackups, Platform } from '../platform/platform';
import { checkDataHolding } from '../recovery/dataGuard';
import { createStore } from '../reminders/store';

export interface AutoBackupStatus {
  /** The newest backup in the folder, as last seen. */
  readonly latest?: AutoBackupFile;
  /** The newest holds under half the records of the one before: the desktop app deletes no backup until that changes. */
  readonly shrink?: BackupShrink;
  /** The last automatic backup failed with this message (cleared by the next success). */
  readonly error?: string;
}

export const autoBackupStatus = createStore<AutoBackupStatus>({});

const HOUR_MS = 3_600_000;

/** Tells Settings what a listing of the folder says: the newest backup, and a shrink the desktop app holds pruning for. */
export function noteListed(files: readonly AutoBackupFile[]): void {
  const { latest: _latest, shrink: _shrink, ...rest } = autoBackupStatus.get();
  const latest = files[0];
  const shrink = backupShrink(files);
  autoBackupStatus.set({ ...rest, ...(latest ? { latest } : {}), ...(shrink ? { shrink } : {}) });
}

/** Due when there is none yet, or the newest is at least the interval old (or from the future: a clock that jumped back). */
export function isBackupDue(latest: AutoBackupFile | undefined, intervalHours: number, now: Date): boolean {
  if (!latest) return true;
  const age = now.getTime() - Date.parse(latest.takenAt);
  return age < 0 || age >= intervalHours * HOUR_MS;
}

/** Writes backup text to the folder and tells Settings: the newest backup, and whether pruning was held. */
export async function writeToBackupFolder(backups: AutoBackups, content: string): Promise<AutoBackupFile> {
  const { file, shrink } = await backups.write(content);
  autoBackupStatus.set({ latest: file, ...(shrink ? { shrink } : {}) });
  return file;
}

/** Exports everything and writes it to the folder (main decides what to keep). */
export async function writeAutoBackup(ctx: DbContext, platform: Pick<Platform, 'getInfo'>, backups: AutoBackups): Promise<AutoBackupFile> {
  try {
    const info = await platform.getInfo();
    const content = await exportBackup(ctx, { name: info.name, version: info.version });
    return await writeToBackupFolder(backups, content);
  } catch (error) {
    autoBackupStatus.set({ ...autoBackupStatus.get(), error: error instanceof Error ? error.message : String(error) });
    throw error;
  }
}

/**
 * One check: writes a backup when the newest is older than the interval. An empty
 * database is never backed up automatically: after a lost profile the app starts empty,
 * and empty backups would push the good ones out of the folder. Nor is one whose data
 * looks missing (the marker says another database held records): a few records typed
 * into a database Chromium silently replaced must not push the good backups out either.
 */
export async function backupIfDue(ctx: DbContext, platform: Pick<Platform, 'getInfo' | 'dataMarker'>, backups: AutoBackups): Promise<AutoBackupFile | undefined> {
  const [files, settings, partnerships] = await Promise.all([backups.list(), readSettings(ctx), countPartnerships(ctx.db)]);
  noteListed(files);
  if (partnerships === 0 || !isBackupDue(files[0], settings.backupIntervalHours, ctx.now())) return undefined;
  if ((await checkDataHolding(ctx, platform.dataMarker, partnerships)).missing) return undefined;
  return writeAutoBackup(ctx, platform, backups);
}
