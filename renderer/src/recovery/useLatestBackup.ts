// The recovery screen's offer: the newest automatic backup that parses. A newer file that
// does not (cut short, damaged) is skipped and named, and the next one is tried.
import { useEffect, useState } from 'react';
import { checkBackupText } from '../backups/readBackupFile';
import type { ChosenBackup } from '../backups/readBackupFile';
import type { AutoBackupFile, AutoBackups } from '../platform/platform';

/** How many of the newest files are tried before giving up. */
const TRIED = 5;

export type LatestBackup =
  | { readonly state: 'looking' }
  | { readonly state: 'none'; readonly skipped: readonly string[]; readonly problem?: string }
  | { readonly state: 'found'; readonly file: AutoBackupFile; readonly chosen: Extract<ChosenBackup, { ok: true }>; readonly skipped: readonly string[] };

async function findLatest(backups: AutoBackups): Promise<LatestBackup> {
  const skipped: string[] = [];
  for (const file of (await backups.list()).slice(0, TRIED)) {
    try {
      const chosen = checkBackupText(file.name, await backups.read(file.name));
      if (chosen.ok) return { state: 'found', file, chosen, skipped };
      skipped.push(`${file.name}: ${chosen.errors[0] ?? 'not a valid backup'}`);
    } catch (error) {
      skipped.push(`${file.name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { state: 'none', skipped };
}

export function useLatestBackup(backups: AutoBackups): LatestBackup {
  const [latest, setLatest] = useState<LatestBackup>({ state: 'looking' });
  useEffect(() => {
    let isCurrent = true;
    findLatest(backups).then(
      (found) => isCurrent && setLatest(found),
      (error: unknown) => isCurrent && setLatest({ state: 'none', skipped: [], problem: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      isCurrent = false;
    };
  }, [backups]);
  return latest;
}
