import { describeCounts } from '../backups/backupLabels';
import type { ChosenBackup } from '../backups/readBackupFile';
import { relativeTime } from '../backups/relativeTime';
import { formatInstant, localeDateFormat } from '../format';
import { machineTimeZone } from '../../db/settings';
import type { AutoBackups } from '../platform/platform';
import { useLatestBackup } from './useLatestBackup';

interface Props {
  readonly backups: AutoBackups;
  readonly folder?: string;
  readonly onChoose: (chosen: ChosenBackup) => void;
}

/** Desktop only: the latest automatic backup, what it holds, and one button to restore it. */
export function LatestBackupOption({ backups, folder, onChoose }: Props) {
  const latest = useLatestBackup(backups);
  return (
    <section className="recovery-option" aria-labelledby="latest-title">
      <h2 id="latest-title">Latest automatic backup</h2>
      {latest.state === 'looking' && <p className="muted">Looking in the backups folder…</p>}
      {latest.state === 'found' && (
        <>
          <p>
            Taken {formatInstant(latest.file.takenAt, machineTimeZone(), localeDateFormat())} ({relativeTime(latest.file.takenAt, new Date())}): {describeCounts(latest.chosen.summary)}.
          </p>
          <button type="button" className="button button-primary" onClick={() => onChoose(latest.chosen)}>
            Restore the latest automatic backup…
          </button>
        </>
      )}
      {latest.state === 'none' && (
        <p className="muted">
          {latest.problem ? `The backups folder could not be read: ${latest.problem}` : `No usable automatic backup was found${folder ? ` in ${folder}` : ''}.`}
        </p>
      )}
      {latest.state !== 'looking' && latest.skipped.length > 0 && (
        <details className="recovery-skipped">
          <summary>{latest.skipped.length === 1 ? 'One newer file was skipped' : `${latest.skipped.length} newer files were skipped`}</summary>
          <ul>
            {latest.skipped.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
