// Writing a backup into the desktop app's rolling backups folder (DESIGN.md "Backups"):
// the scheduler does it when one is due, "Back up now" and a restore's safety copy do it
// at once. Every write reports to `autoBackupStatus`, so Settings shows the latest.
import { exportBackup } from '../../db/backup';
import type { DbContext } from '../../db/context';
import { readSettings } from '../../db/settings';
import type { AutoBackupFile, AutoBackups, Platform } from '../platform/platform';
import { checkData } from '../recovery/dataGuard';
import { createStore } from '../reminders/store';

export interface AutoBackupStatus {
  /** The newest backup in the folder, as last seen. */
  readonly latest?: AutoBackupFile;
  /** The last automatic backup failed with this message (cleared by the next success). */
  readonly error?: string;
}

export const autoBackupStatus = createStore<AutoBackupStatus>({});

const HOUR_MS = 3_600_000;

/** Due when there is none yet, or the newest is at least the interval old (or from the future: a clock that jumped back). */
export function isBackupDue(latest: AutoBackupFile | undefined, intervalHours: number, now: Date): boolean {
  if (!latest) return true;
  const age = now.getTime() - Date.parse(latest.takenAt);
  return age < 0 || age >= intervalHours * HOUR_MS;
}

/** Exports everything and writes it to the folder, keeping as many as Settings says. */
export async function writeAutoBackup(ctx: DbContext, platform: Pick<Platform, 'getInfo'>, backups: AutoBackups): Promise<AutoBackupFile> {
  try {
    const [settings, info] = await Promise.all([readSettings(ctx), platform.getInfo()]);
    const content = await exportBackup(ctx, { name: info.name, version: info.version });
    const written = await backups.write(content, settings.backupKeep);
    autoBackupStatus.set({ latest: written });
    return written;
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
  const [files, settings, partnerships, verdict] = await Promise.all([backups.list(), readSettings(ctx), ctx.db.partnerships.count(), checkData(ctx, platform.dataMarker)]);
  const latest = files[0];
  autoBackupStatus.set({ ...autoBackupStatus.get(), ...(latest ? { latest } : {}) });
  if (verdict.missing || partnerships === 0 || !isBackupDue(latest, settings.backupIntervalHours, ctx.now())) return undefined;
  return writeAutoBackup(ctx, platform, backups);
}
