// "Steward's data was not found" (issue 11): shown instead of the app — never the first-run
// screen — when the database opened empty, or is another one, while the marker kept outside
// it says it held records. Chromium deletes a database whose files it finds damaged and
// makes a new, empty one without a word; this screen is that word. It offers the backups,
// a backup file, or starting afresh as an explicit choice. Automatic backups stay off
// until one of those is done, so the good ones are not pushed out.
import { useEffect, useState } from 'react';
import type { BackupSummary } from '@shared/backup/format';
import { BACKUP_TABLES } from '@shared/backup/format';
import type { DataMarker, MissingReason } from '@shared/dataMarker';
import { appContext } from '../../db/db';
import { BackupFilePicker } from '../backups/BackupFilePicker';
import { BackupProblems } from '../backups/BackupProblems';
import { describeCounts } from '../backups/backupLabels';
import type { ChosenBackup } from '../backups/readBackupFile';
import { formatInstant, localeDateFormat } from '../format';
import { machineTimeZone } from '../../db/settings';
import type { Platform } from '../platform/platform';
import { recordMarker } from './dataGuard';
import { RecentBackupsOption } from './RecentBackupsOption';
import { RecoveryPreview } from './RecoveryPreview';
import { restoreMissingData } from './recoveryRestore';
import '../backups/backups.css';

interface Props {
  readonly reason: MissingReason;
  readonly expected: DataMarker;
  readonly platform: Platform;
}

function summaryOf(counts: DataMarker['counts']): BackupSummary {
  return Object.fromEntries(BACKUP_TABLES.map((table) => [table, counts[table] ?? 0])) as Record<(typeof BACKUP_TABLES)[number], number>;
}

const WHAT_HAPPENED: Readonly<Record<MissingReason, string>> = {
  empty: 'Now its database is empty.',
  replaced: 'Now a different, new database has taken its place.',
};

function StartAfresh({ platform }: { readonly platform: Platform }) {
  const [isAsking, setAsking] = useState(false);
  const [failure, setFailure] = useState<string>();
  async function startAfresh() {
    try {
      // The marker now says "empty": from here on, this is the user's data.
      await recordMarker(appContext, platform.dataMarker);
      window.location.reload();
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  }
  return (
    <section className="recovery-option" aria-labelledby="afresh-title">
      <h2 id="afresh-title">Start afresh</h2>
      {isAsking ? (
        <div className="recovery-afresh">
          <p>
            Steward will open with no data, and automatic backups start again: over time newer backups replace the ones taken before. Only do this if
            you do not need the data above.
          </p>
          <button type="button" className="button" onClick={() => setAsking(false)}>Cancel</button>
          <button type="button" className="button button-primary" onClick={() => void startAfresh()}>Start afresh with no data</button>
          {failure && <p className="form-failure" role="alert">Could not start afresh: {failure}</p>}
        </div>
      ) : (
        <>
          <p className="muted">Open Steward with no data, knowing the data above is gone.</p>
          <button type="button" className="button" onClick={() => setAsking(true)}>Start afresh…</button>
        </>
      )}
    </section>
  );
}

export function DataMissing({ reason, expected, platform }: Props) {
  const [chosen, setChosen] = useState<ChosenBackup>();
  const [folder, setFolder] = useState<string>();
  useEffect(() => {
    platform.getInfo().then((info) => setFolder(info.backupFolder), () => undefined);
  }, [platform]);
  return (
    <main className="recovery">
      <div role="alert">
        <h1>Steward’s data was not found</h1>
        <p>
          When Steward last ran, it held {describeCounts(summaryOf(expected.counts))} (counted {formatInstant(expected.updatedAt, machineTimeZone(), localeDateFormat())}). {WHAT_HAPPENED[reason]} The
          browser engine Steward runs on may have found the data files damaged and started over.
        </p>
      </div>
      <p>Restore a backup to bring the data back. Automatic backups are paused until you do, so the ones you have are kept.</p>
      {chosen?.ok ? (
        <RecoveryPreview
          chosen={chosen}
          onCancel={() => setChosen(undefined)}
          restore={(backup) => restoreMissingData(appContext, platform.dataMarker, backup)}
          onRestored={() => window.location.reload()}
          warning={<>Steward will hold exactly what this backup holds. Anything entered after it was exported is not in it.</>}
          confirmLabel="Restore this backup"
        />
      ) : (
        <>
          {platform.backups && <RecentBackupsOption backups={platform.backups} folder={folder} onChoose={setChosen} />}
          <section className="recovery-option" aria-labelledby="file-title">
            <h2 id="file-title">A backup file</h2>
            <p className="muted">A file saved with “Back up now…”, or one from the backups folder.</p>
            <BackupFilePicker label="Restore from a backup file…" onChosen={setChosen} isPrimary={!platform.backups} />
            {chosen && !chosen.ok && <BackupProblems source={chosen.source} errors={chosen.errors} problemCount={chosen.problemCount} />}
          </section>
          <StartAfresh platform={platform} />
        </>
      )}
    </main>
  );
}
