// Desktop only, on "Steward's data was not found": the newest automatic backups, each with
// what it holds, so the user picks the one from before the data went missing. A file that
// does not read is listed with why, and cannot be chosen.
import { useEffect, useState } from 'react';
import { describeCounts } from '../backups/backupLabels';
import { checkBackupText } from '../backups/readBackupFile';
import type { ChosenBackup } from '../backups/readBackupFile';
import { relativeTime } from '../backups/relativeTime';
import { formatInstant, localeDateFormat } from '../format';
import { machineTimeZone } from '../../db/settings';
import type { AutoBackupFile, AutoBackups } from '../platform/platform';

/** How many of the newest files are read and shown. */
const SHOWN = 5;

interface Readable {
  readonly file: AutoBackupFile;
  readonly chosen: ChosenBackup;
}

type Recent = { readonly state: 'looking' } | { readonly state: 'listed'; readonly items: readonly Readable[] } | { readonly state: 'failed'; readonly problem: string };

async function readOne(backups: AutoBackups, file: AutoBackupFile): Promise<Readable> {
  try {
    return { file, chosen: checkBackupText(file.name, await backups.read(file.name)) };
  } catch (error) {
    return { file, chosen: { ok: false, source: file.name, errors: [error instanceof Error ? error.message : String(error)], problemCount: 1 } };
  }
}

function useRecentBackups(backups: AutoBackups): Recent {
  const [recent, setRecent] = useState<Recent>({ state: 'looking' });
  useEffect(() => {
    let isCurrent = true;
    backups
      .list()
      .then((files) => Promise.all(files.slice(0, SHOWN).map((file) => readOne(backups, file))))
      .then(
        (items) => isCurrent && setRecent({ state: 'listed', items }),
        (error: unknown) => isCurrent && setRecent({ state: 'failed', problem: error instanceof Error ? error.message : String(error) }),
      );
    return () => {
      isCurrent = false;
    };
  }, [backups]);
  return recent;
}

interface Props {
  readonly backups: AutoBackups;
  readonly folder?: string;
  readonly onChoose: (chosen: Extract<ChosenBackup, { ok: true }>) => void;
}

export function RecentBackupsOption({ backups, folder, onChoose }: Props) {
  const recent = useRecentBackups(backups);
  return (
    <section className="recovery-option" aria-labelledby="recent-title">
      <h2 id="recent-title">Automatic backups</h2>
      {recent.state === 'looking' && <p className="muted">Looking in the backups folder…</p>}
      {recent.state === 'failed' && <p className="muted">The backups folder could not be read: {recent.problem}</p>}
      {recent.state === 'listed' && recent.items.length === 0 && <p className="muted">No automatic backup was found{folder ? ` in ${folder}` : ''}.</p>}
      {recent.state === 'listed' && recent.items.length > 0 && (
        <ul className="recovery-backups">
          {recent.items.map(({ file, chosen }) => (
            <li key={file.name}>
              <div>
                <strong>{formatInstant(file.takenAt, machineTimeZone(), localeDateFormat())}</strong> <span className="muted">({relativeTime(file.takenAt, new Date())})</span>
                <br />
                {chosen.ok ? describeCounts(chosen.summary) : <span className="muted">Does not read: {chosen.errors[0] ?? 'not a valid backup'}</span>}
              </div>
              {chosen.ok && (
                <button type="button" className="button" onClick={() => onChoose(chosen)} aria-label={`Restore the backup taken ${formatInstant(file.takenAt, machineTimeZone(), localeDateFormat())}…`}>
                  Restore…
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
