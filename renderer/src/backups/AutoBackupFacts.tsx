import { useEffect, useState } from 'react';
import { useSettings } from '../../db/hooks';
import { formatInstant } from '../format';
import type { AppInfo, AutoBackups } from '../platform/platform';
import { BackupShrinkWarning } from './BackupShrinkWarning';
import { relativeTime } from './relativeTime';
import { useAutoBackupStatus } from './useAutoBackupStatus';

interface Props {
  readonly backups: AutoBackups;
  readonly info?: AppInfo;
}

/** Desktop only: when the last automatic backup was taken, where they go, how often, what is kept, and a held prune. */
export function AutoBackupFacts({ backups, info }: Props) {
  const status = useAutoBackupStatus(backups);
  const settings = useSettings();
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 60_000);
    return () => clearInterval(timer);
  }, []);
  const latest = status.latest;
  return (
    <>
      <dl className="facts">
        <div className="fact">
          <dt>Last automatic backup</dt>
          <dd>{latest ? <time dateTime={latest.takenAt} title={formatInstant(latest.takenAt)}>{relativeTime(latest.takenAt, now)}</time> : 'None yet'}</dd>
        </div>
        {settings && (
          <div className="fact">
            <dt>Schedule</dt>
            <dd>Every {settings.backupIntervalHours === 1 ? 'hour' : `${settings.backupIntervalHours} hours`}</dd>
          </div>
        )}
        {settings && (
          <div className="fact fact-path">
            <dt>Kept</dt>
            <dd>The last {settings.backupKeep}, and one a day for a week, one a week for 8 weeks and one a month for a year</dd>
          </div>
        )}
        <div className="fact fact-path">
          <dt>Backups folder</dt>
          <dd>{info?.backupFolder ?? '…'}</dd>
        </div>
      </dl>
      {status.shrink && <BackupShrinkWarning shrink={status.shrink} />}
      {status.error && <p className="form-failure" role="alert">The last automatic backup failed: {status.error}</p>}
    </>
  );
}
