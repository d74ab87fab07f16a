// What the restore screen must know about team sync: whether this portfolio is shared with a
// team, and if so whether this member may replace the team's copy with the chosen backup (and
// why not). Asked again whenever the team server's access list changes.
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { BackupFile } from '@shared/backup/format';
import { isSyncedPortfolio, teamCopyRefusal } from '../../db/backup';
import { appContext } from '../../db/db';
import { useTeam } from '../team/useTeam';

export interface TeamRestore {
  readonly isSynced: boolean;
  /** Why this member may not replace the team's copy; undefined when they may (or the portfolio is not synced). */
  readonly refusal?: string;
  /** The team's name, once its server has answered. */
  readonly teamName?: string;
}

const NO_SUBSCRIPTION = () => () => undefined;

/** Undefined while it is being worked out. */
export function useTeamRestore(backup: BackupFile): TeamRestore | undefined {
  const team = useTeam();
  const access = useSyncExternalStore(team ? team.connection.subscribe.bind(team.connection) : NO_SUBSCRIPTION, () => team?.connection.access());
  const [facts, setFacts] = useState<TeamRestore>();
  useEffect(() => {
    let isCurrent = true;
    void (async () => {
      const isSynced = await isSyncedPortfolio(appContext);
      const refusal = isSynced ? await teamCopyRefusal(appContext, backup) : undefined;
      if (isCurrent) setFacts({ isSynced, ...(refusal ? { refusal } : {}), ...(access ? { teamName: access.team.name } : {}) });
    })();
    return () => {
      isCurrent = false;
    };
  }, [backup, access]);
  return facts;
}
