import type { BackupShrink } from '@shared/backup/retention';
import { formatInstant } from '../format';

const records = (n: number) => `${n.toLocaleString('en')} ${n === 1 ? 'record' : 'records'}`;

/**
 * The desktop app stopped deleting automatic backups: the newest holds under half the
 * records of the one before. Either much was deleted on purpose, or data went missing
 * and the earlier backup is the one to restore.
 */
export function BackupShrinkWarning({ shrink }: { readonly shrink: BackupShrink }) {
  return (
    <div className="backup-shrink" role="alert">
      <p>
        <strong>Steward is keeping every automatic backup.</strong> The newest ({formatInstant(shrink.newest.takenAt)}) holds {records(shrink.newest.records)}, under
        half the {records(shrink.previous.records)} in the one before it ({formatInstant(shrink.previous.takenAt)}).
      </p>
      <p>
        If you did not delete that much, data may have gone missing: restore <code>{shrink.previous.name}</code> from the backups folder with{' '}
        <strong>Restore from a backup…</strong>. Old backups are deleted again once the newest holds at least half as many records as the one before.
      </p>
    </div>
  );
}
