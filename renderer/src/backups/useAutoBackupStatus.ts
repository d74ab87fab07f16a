import { useEffect, useSyncExternalStore } from 'react';
import type { AutoBackups } from '../platform/platform';
import { autoBackupStatus, noteListed } from './autoBackup';
import type { AutoBackupStatus } from './autoBackup';

/** The newest automatic backup and any shrink: listed once on mount (any window), then kept current by every write. */
export function useAutoBackupStatus(backups: AutoBackups | undefined): AutoBackupStatus {
  useEffect(() => {
    if (!backups) return;
    let isCurrent = true;
    backups.list().then(
      (files) => {
        if (isCurrent) noteListed(files);
      },
      (error: unknown) => isCurrent && autoBackupStatus.set({ ...autoBackupStatus.get(), error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      isCurrent = false;
    };
  }, [backups]);
  return useSyncExternalStore(autoBackupStatus.subscribe, autoBackupStatus.get);
}
