import type { BackupSummary } from '@shared/backup/format';
import { BACKUP_TABLES } from '@shared/backup/format';
import { TABLE_LABELS } from './backupLabels';

interface Props {
  readonly inBackup: BackupSummary;
  /** What the database holds now; absent on the recovery screen, where it cannot be read. */
  readonly current?: BackupSummary;
}

/** What a backup holds, kind by kind, beside what Steward holds now: compact tiles, so the choice below stays in view. */
export function BackupCounts({ inBackup, current }: Props) {
  return (
    <ul className="backup-counts" aria-label="What the backup holds">
      {BACKUP_TABLES.map((table) => (
        <li key={table} className="backup-count">
          <span className="backup-count-label">{TABLE_LABELS[table]}</span>
          <span className="backup-count-value">{inBackup[table]}</span>
          {current && <span className="backup-count-now">Steward has {current[table]}</span>}
        </li>
      ))}
    </ul>
  );
}
