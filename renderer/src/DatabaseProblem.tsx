// The recovery screen (DESIGN.md "Backups"): shown instead of the app when IndexedDB will
// not open. It says what went wrong and offers a way back: try again, the latest automatic
// backup (desktop app), or a backup file. Nothing is deleted until a backup has been
// validated and the user has confirmed.
import { useEffect, useState } from 'react';
import { BackupFilePicker } from './backups/BackupFilePicker';
import { BackupProblems } from './backups/BackupProblems';
import type { ChosenBackup } from './backups/readBackupFile';
import type { Platform } from './platform/platform';
import { describeOpenFailure } from './recovery/openFailure';
import { LatestBackupOption } from './recovery/LatestBackupOption';
import { RecoveryPreview } from './recovery/RecoveryPreview';
import './backups/backups.css';

interface Props {
  readonly error: unknown;
  readonly platform: Platform;
}

export function DatabaseProblem({ error, platform }: Props) {
  const failure = describeOpenFailure(error);
  const [chosen, setChosen] = useState<ChosenBackup>();
  const [folder, setFolder] = useState<string>();
  useEffect(() => {
    platform.getInfo().then((info) => setFolder(info.backupFolder), () => undefined);
  }, [platform]);
  const reload = () => window.location.reload();
  return (
    <main className="recovery">
      <div role="alert">
        <h1>Steward could not open your data</h1>
        <p>{failure.summary}</p>
      </div>
      <details>
        <summary>Technical details</summary>
        <pre>{failure.detail}</pre>
      </details>
      <p>
        Nothing has been changed or deleted. Close other Steward windows and try again; if it keeps happening, restore a backup. Restoring{' '}
        <strong>replaces the database that will not open</strong> with the backup.
      </p>
      {chosen?.ok ? (
        <RecoveryPreview chosen={chosen} onCancel={() => setChosen(undefined)} onRestored={reload} />
      ) : (
        <>
          {platform.backups && <LatestBackupOption backups={platform.backups} folder={folder} onChoose={setChosen} />}
          <section className="recovery-option" aria-labelledby="file-title">
            <h2 id="file-title">A backup file</h2>
            <p className="muted">A file saved with “Back up now…”, or one from the backups folder.</p>
            <BackupFilePicker label="Restore from a backup file…" onChosen={setChosen} />
            {chosen && !chosen.ok && <BackupProblems source={chosen.source} errors={chosen.errors} problemCount={chosen.problemCount} />}
          </section>
        </>
      )}
      <div className="recovery-footer">
        <button type="button" className="button" onClick={reload}>
          Try again
        </button>
      </div>
    </main>
  );
}
