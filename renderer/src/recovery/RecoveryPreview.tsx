// The recovery screen's confirmation: what the backup holds, and that restoring it
// replaces the database that will not open. Then: delete it, restore, reload into the app.
import { useState } from 'react';
import { replaceUnreadableDatabase } from '../../db/backup';
import { appContext } from '../../db/db';
import { BackupCounts } from '../backups/BackupCounts';
import type { ChosenBackup } from '../backups/readBackupFile';
import { formatInstant, localeDateFormat } from '../format';
import { machineTimeZone } from '../../db/settings';

interface Props {
  readonly chosen: Extract<ChosenBackup, { ok: true }>;
  readonly onCancel: () => void;
  /** Called once the backup is in place; the page reloads into the app. */
  readonly onRestored: () => void;
}

export function RecoveryPreview({ chosen, onCancel, onRestored }: Props) {
  const [isBusy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();
  const { backup, summary, source } = chosen;

  async function restore() {
    setBusy(true);
    setFailure(undefined);
    try {
      await replaceUnreadableDatabase(appContext, backup);
      onRestored();
    } catch (error) {
      setFailure(`The backup could not be restored: ${error instanceof Error ? error.message : String(error)}. You can try again.`);
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
        <p>
          <strong>Restoring deletes the database that will not open</strong> and replaces it with this backup. Anything entered after the backup was
          exported is not in it.
        </p>
      </div>
      {failure && <p className="form-failure" role="alert">{failure}</p>}
      <div className="form-actions">
        <button type="button" className="button" onClick={onCancel} disabled={isBusy}>Choose another</button>
        <button type="button" className="button button-primary" onClick={() => void restore()} disabled={isBusy}>
          {isBusy ? 'Restoring…' : 'Replace the database with this backup'}
        </button>
      </div>
    </section>
  );
}
