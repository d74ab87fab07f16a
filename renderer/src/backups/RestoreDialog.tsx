// The restore preview: what the chosen backup holds beside what Steward holds now, and
// the ways to restore it (RestoreModes). Replace needs an explicit yes and keeps a safety copy.
import { useState } from 'react';
import type { FormEvent } from 'react';
import { countBackupTables } from '../../db/backup';
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
import { RestoreModes } from './RestoreModes';
import type { RestoreChoice } from './RestoreModes';
import { restoreFailure, restoreWithSafetyCopy, restoredMessage } from './restoreActions';
import { TeamReplaceConfirm } from './TeamReplaceConfirm';
import { useTeamRestore } from './useTeamRestore';

type Valid = Extract<ChosenBackup, { ok: true }>;

export function RestoreDialog({ chosen, onClose }: { readonly chosen: Valid; readonly onClose: () => void }) {
  const { formatInstant } = useDateText();
  const platform = usePlatform();
  const toast = useToast();
  const today = useToday();
  const current = useLiveQuery(() => countBackupTables(appContext), []);
  const [choice, setChoice] = useState<RestoreChoice>('merge');
  const [safetyCopy, setSafetyCopy] = useState(true);
  const [isConfirmed, setConfirmed] = useState(false);
  const [isBusy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ReturnType<typeof restoreFailure>>();
  const { backup, summary, source } = chosen;
  const team = useTeamRestore(backup);
  const mode = choice === 'merge' ? 'merge' : 'replace';
  const isTeamCopy = choice === 'replace-team';

  async function restore(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setFailure(undefined);
    try {
      const outcome = await restoreWithSafetyCopy({ ctx: appContext, platform, backup, mode, safetyCopy, today, replaceTeamCopy: isTeamCopy });
      toast({ message: restoredMessage(mode, summary, outcome, isTeamCopy) });
      onClose();
    } catch (error) {
      setFailure(restoreFailure(error));
      setBusy(false);
    }
  }

  const isReplace = choice === 'replace';
  const options = { hasFolder: Boolean(platform.backups), safetyCopy, onSafetyCopy: setSafetyCopy, isConfirmed, onConfirm: setConfirmed };
  return (
    <Dialog title="Restore a backup" onClose={() => !isBusy && onClose()} wide>
      <form className="form restore-form" onSubmit={restore} aria-busy={isBusy} aria-label="Restore a backup">
        <p className="restore-source">
          <strong>{source}</strong> — exported {formatInstant(backup.exportedAt)} by {backup.app.name} {backup.app.version}.
        </p>
        <BackupCounts inBackup={summary} current={current} />
        <RestoreModes choice={choice} onChoice={setChoice} team={team} disabled={isBusy} />
        {isReplace && <ReplaceConfirm current={current} {...options} />}
        {isTeamCopy && <TeamReplaceConfirm inBackup={summary} {...options} />}
        {failure && <p className={failure.isRefusal ? 'restore-refused' : 'form-failure'} role="alert">{failure.text}</p>}
        <div className="form-actions">
          <button type="button" className="button" onClick={onClose} disabled={isBusy}>Cancel</button>
          <button type="submit" className="button button-primary" disabled={isBusy || (mode === 'replace' && !isConfirmed)}>
            {isBusy ? 'Restoring…' : isTeamCopy ? 'Replace the team’s copy' : isReplace ? 'Replace everything' : 'Merge into my data'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
