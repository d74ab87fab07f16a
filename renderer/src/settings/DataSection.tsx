import { useEffect, useState } from 'react';
import { BackupPanel } from '../backups/BackupPanel';
import type { AppInfo } from '../platform/platform';
import { usePlatform } from '../platform/PlatformContext';
import { useTeam } from '../team/useTeam';
import { StorageUsage } from './StorageUsage';
import { DamagedDataKept } from './DamagedDataKept';

export function DataSection() {
  const platform = usePlatform();
  const team = useTeam();
  const [info, setInfo] = useState<AppInfo>();
  useEffect(() => {
    let isCurrent = true;
    platform.getInfo().then((i) => isCurrent && setInfo(i), () => undefined);
    return () => {
      isCurrent = false;
    };
  }, [platform]);
  return (
    <section className="panel" aria-labelledby="data-title">
      <h2 id="data-title">Your data</h2>
      {team ? (
        <p>Everything you enter is kept on this machine, and the team’s partnerships also on the team’s server ({team.membership.serverUrl}): Steward connects to nothing else.</p>
      ) : (
        <p>Everything you enter stays on this machine: Steward makes no network requests.</p>
      )}
      <dl className="facts">
        <div className="fact fact-path">
          <dt>Stored in</dt>
          <dd>{info?.dataLocation ?? '…'}</dd>
        </div>
        <div className="fact">
          <dt>Version</dt>
          <dd>{info ? `${info.name} ${info.version}` : '…'}</dd>
        </div>
      </dl>
      <StorageUsage />
      <BackupPanel info={info} />
      <DamagedDataKept />
    </section>
  );
}
