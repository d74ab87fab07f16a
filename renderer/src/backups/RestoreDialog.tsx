// The restore preview: what the chosen backup holds beside what Steward holds now, and
// the two ways to restore it. Replace needs an explicit yes and keeps a safety copy.
import { useState } from 'react';
import type { FormEvent } from 'react';
import { countBackupTables } from '../../db/backup';
import type { RestoreMode } from '../../db/backup';
import { appContext } from '../../db/db';
import { useLiveQuery } from '../../db/live';
import { Dialog } from '../components/Dialog';
import { useToast } from '../components/ToastProvider';
import { useDateText } from '../clock/useDateText';
import { usePlatform } from '../platform/PlatformContext';
import { useToday } from '../useToday';
import { BackupCounts } from './BackupCounts';
import type { ChosenBackup } from './readBackupFile';
import { ReplaceConfirm } from './ReplaceConfirm';
import { restoreWithSafetyCopy, restoredMessage } from './restoreActions';
import { failureMessage } from '../components/failureMessage';

type Valid = Extract<ChosenBackup, { ok: true }>;

export function RestoreDialog({ chosen, onClose }: { readonly chosen: Valid; readonly onClose: () => void }) {
  const { formatInstant } = useDateText();
  const platform = usePlatform();
  const toast = useToast();
  const today = useToday();
  const current = useLiveQuery(() => countBackupTables(appContext), []);
  const [mode, setMode] = useState<RestoreMode>('merge');
  const [safetyCopy, setSafetyCopy] = useState(true);
  const [isConfirmed, setConfirmed] = useState(false);
  const [isBusy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();
  const { backup, summary, source } = chosen;

  async function restore(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setFailure(undefined);
    try {
      const outcome = await restoreWithSafetyCopy({ ctx: appContext, platform, backup, mode, safetyCopy, today });
      toast({ message: restoredMessage(mode, summary, outcome) });
      onClose();
    } catch (error) {
      setFailure(failureMessage('Nothing was restored', error));
      setBusy(false);
    }
  }

  const isReplace = mode === 'replace';
  return (
    <Dialog title="Restore a backup" onClose={() => !isBusy && onClose()} wide>
      <form className="form restore-form" onSubmit={restore} aria-busy={isBusy} aria-label="Restore a backup">
        <p className="restore-source">
          <strong>{source}</strong> — exported {formatInstant(backup.exportedAt)} by {backup.app.name} {backup.app.version}.
        </p>
        <BackupCounts inBackup={summary} current={current} />
        <fieldset className="restore-modes" disabled={isBusy}>
          <legend>How to restore</legend>
          <label className="restore-mode">
            <input type="radio" name="restore-mode" value="merge" checked={!isReplace} onChange={() => setMode('merge')} />
            <span><strong>Merge</strong> — adds what is missing and updates records where the backup’s copy is newer. Nothing is deleted.</span>
          </label>
          <label className="restore-mode">
            <input type="radio" name="restore-mode" value="replace" checked={isReplace} onChange={() => setMode('replace')} />
            <span><strong>Replace everything</strong> — Steward will hold exactly what the backup holds.</span>
          </label>
        </fieldset>
        {isReplace && (
          <ReplaceConfirm current={current} hasFolder={Boolean(platform.backups)} safetyCopy={safetyCopy} onSafetyCopy={setSafetyCopy} isConfirmed={isConfirmed} onConfirm={setConfirmed} />
        )}
        {failure && <p className="form-failure" role="alert">{failure}</p>}
        <div className="form-actions">
          <button type="button" className="button" onClick={onClose} disabled={isBusy}>Cancel</button>
          <button type="submit" className="button button-primary" disabled={isBusy || (isReplace && !isConfirmed)}>
            {isBusy ? 'Restoring…' : isReplace ? 'Replace everything' : 'Merge into my data'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
