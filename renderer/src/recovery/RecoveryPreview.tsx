// A recovery screen's confirmation: what the backup holds, what restoring it does here, then
// the restore (the screen says how) and a reload into the app.
import { useState } from 'react';
import type { ReactNode } from 'react';
import type { BackupFile } from '@shared/backup/format';
import { BackupCounts } from '../backups/BackupCounts';
import type { ChosenBackup } from '../backups/readBackupFile';
import { formatInstant, localeDateFormat } from '../format';
import { machineTimeZone } from '../../db/settings';

interface Props {
  readonly chosen: Extract<ChosenBackup, { ok: true }>;
  readonly onCancel: () => void;
  /** Puts the backup in place; rejects with what went wrong. */
  readonly restore: (backup: BackupFile) => Promise<void>;
  /** Called once the backup is in place; the page reloads into the app. */
  readonly onRestored: () => void;
  /** What restoring does to the data there is now, in one short paragraph. */
  readonly warning: ReactNode;
  readonly confirmLabel: string;
  /** Shown under a failure: another way out (the desktop app moves damaged files aside). */
  readonly afterFailure?: ReactNode;
}

export function RecoveryPreview({ chosen, onCancel, restore, onRestored, warning, confirmLabel, afterFailure }: Props) {
  const [isBusy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();
  const { backup, summary, source } = chosen;

  async function run() {
    setBusy(true);
    setFailure(undefined);
    try {
      await restore(backup);
      onRestored();
    } catch (error) {
      setFailure(`The backup could not be restored: ${error instanceof Error ? error.message : String(error)}.`);
      setBusy(false);
    }
  }

  return (
    <section className="recovery-option recovery-preview" aria-labelledby="preview-title" aria-busy={isBusy}>
      <h2 id="preview-title">Restore this backup?</h2>
      <p>
        <strong>{source}</strong> — exported {formatInstant(backup.exportedAt, machineTimeZone(), localeDateFormat())} by {backup.app.name} {backup.app.version}.
      </p>
      <BackupCounts inBackup={summary} />
      <div className="restore-warning">
        <p>{warning}</p>
      </div>
      {failure && (
        <div className="form-failure" role="alert">
          <p>{failure}</p>
          {afterFailure}
        </div>
      )}
      <div className="form-actions">
        <button type="button" className="button" onClick={onCancel} disabled={isBusy}>Choose another</button>
        <button type="button" className="button button-primary" onClick={() => void run()} disabled={isBusy}>
          {isBusy ? 'Restoring…' : confirmLabel}
        </button>
      </div>
    </section>
  );
}
