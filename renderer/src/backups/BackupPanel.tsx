// Settings → Your data → Backups: automatic backups (desktop), "Back up now…" and
// "Restore from a backup…", with the restore preview or the reasons a file was refused.
import { useState } from 'react';
import type { AppInfo } from '../platform/platform';
import { usePlatform } from '../platform/PlatformContext';
import { AutoBackupFacts } from './AutoBackupFacts';
import { BackupFilePicker } from './BackupFilePicker';
import { BackupProblems } from './BackupProblems';
import type { ChosenBackup } from './readBackupFile';
import { RestoreDialog } from './RestoreDialog';
import { useBackupNow } from './useBackupNow';
import './backups.css';

export function BackupPanel({ info }: { readonly info?: AppInfo }) {
  const platform = usePlatform();
  const { backUp, isBusy } = useBackupNow();
  const [chosen, setChosen] = useState<ChosenBackup>();
  return (
    <div className="backup-panel" aria-labelledby="backups-title" role="group">
      <h3 id="backups-title">Backups</h3>
      {platform.backups ? (
        <AutoBackupFacts backups={platform.backups} info={info} />
      ) : (
        <p className="muted">
          Automatic backups to a folder run in the desktop app. Here in the browser, use <strong>Back up now…</strong> to download a backup file, and keep it
          somewhere safe.
        </p>
      )}
      <div className="backup-actions">
        <button type="button" className="button button-primary" onClick={() => void backUp()} disabled={isBusy}>
          {isBusy ? 'Backing up…' : 'Back up now…'}
        </button>
        <BackupFilePicker label="Restore from a backup…" onChosen={setChosen} />
      </div>
      <p className="field-hint">A backup is one JSON file of everything. Restoring shows what the file holds before anything changes.</p>
      {chosen && !chosen.ok && <BackupProblems source={chosen.source} errors={chosen.errors} problemCount={chosen.problemCount} />}
      {chosen?.ok && <RestoreDialog chosen={chosen} onClose={() => setChosen(undefined)} />}
    </div>
  );
}
