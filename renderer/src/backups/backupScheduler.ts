// The automatic backup scheduler: at start, every few minutes and on resume it asks
// whether the newest backup in the folder is older than Settings' interval, and if so
// writes one. Only the desktop app has a folder; only one window (holding a Web Lock)
// writes, so two windows never back up twice.
import type { DbContext } from '../../db/context';
import type { AutoBackupFile, Platform } from '../platform/platform';
import { holdDeliveryLock } from '../reminders/deliveryLock';
import { backupIfDue } from './autoBackup';

/** How often the scheduler looks: short against any interval (at least an hour), and no timer longer than this. */
export const BACKUP_CHECK_MS = 5 * 60_000;
export const BACKUP_LOCK_NAME = 'steward-backups';

export interface BackupSchedulerOptions {
  readonly ctx: DbContext;
  readonly platform: Platform;
  /** Told after every check: the backup written, undefined when none was due, or the failure. */
  readonly onChecked?: (outcome: AutoBackupFile | undefined | Error) => void;
}

const logError = (error: unknown) => console.error('Automatic backup failed.', error);

/** Starts the scheduler for the page's lifetime; returns the function that stops it. */
export function startBackupScheduler({ ctx, platform, onChecked }: BackupSchedulerOptions): () => void {
  // A browser has no folder outside its profile: Settings offers manual backups instead.
  if (!platform.backups) return () => undefined;
  const backups = platform.backups;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let isLeader = false;
  let isStopped = false;
  let isChecking = false;

  function schedule(delayMs: number) {
    if (isStopped || !isLeader) return;
    clearTimeout(timer);
    timer = setTimeout(() => void check(), delayMs);
  }

  async function check() {
    // A resume during a slow write must not start a second one.
    if (isChecking) return;
    isChecking = true;
    try {
      onChecked?.(await backupIfDue(ctx, platform, backups));
    } catch (error) {
      logError(error);
      onChecked?.(error instanceof Error ? error : new Error(String(error)));
    } finally {
      isChecking = false;
      schedule(BACKUP_CHECK_MS);
    }
  }

  const cleanups = [
    holdDeliveryLock(
      () => {
        isLeader = true;
        schedule(0);
      },
      logError,
      BACKUP_LOCK_NAME,
    ),
    platform.onResume(() => schedule(0)),
  ];
  return () => {
    isStopped = true;
    clearTimeout(timer);
    for (const cleanup of cleanups) cleanup();
  };
}
