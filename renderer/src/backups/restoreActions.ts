// A restore from Settings: for Replace, a safety copy of the current data first (to the
// backups folder in the desktop app, a downloaded file in a browser), then the restore in
// one transaction. If the safety copy fails, nothing is restored.
import type { BackupFile, BackupSummary } from '@shared/backup/format';
import { manualBackupName } from '@shared/backup/autoBackupName';
import { RestoreRefusedError, exportBackup, restoreBackup } from '../../db/backup';
import type { RestoreMode, RestoreResult } from '../../db/backup';
import type { DbContext } from '../../db/context';
import type { Platform } from '../platform/platform';
import { writeToBackupFolder } from './autoBackup';
import { failureMessage } from '../components/failureMessage';
import { describeCounts } from './backupLabels';

export const BACKUP_FILTERS = [{ name: 'Steward backup', extensions: ['json'] }] as const;

export interface RestoreRequest {
  readonly ctx: DbContext;
  readonly platform: Platform;
  readonly backup: BackupFile;
  readonly mode: RestoreMode;
  /** Replace only: keep a copy of the current data first. */
  readonly safetyCopy: boolean;
  /** Replace in a portfolio shared with a team: the backup becomes the team's copy too (owner only). */
  readonly replaceTeamCopy?: boolean;
  readonly today: string;
}

/** Saves the current data where the platform can; returns where, in words. */
async function saveSafetyCopy({ ctx, platform, today }: RestoreRequest): Promise<string> {
  const info = await platform.getInfo();
  const content = await exportBackup(ctx, { name: info.name, version: info.version });
  if (platform.backups) {
    const written = await writeToBackupFolder(platform.backups, content);
    return `the backups folder (${written.name})`;
  }
  const saved = await platform.saveFile({ suggestedName: manualBackupName(`${today}-before-restore`), content, mimeType: 'application/json', filters: BACKUP_FILTERS });
  if (!saved.saved) throw new Error('The copy of the current data was not saved, so nothing was restored.');
  return saved.path;
}

export interface RestoreOutcome {
  readonly result: RestoreResult;
  /** Where the safety copy went, when one was made. */
  readonly safetyCopy?: string;
}

export async function restoreWithSafetyCopy(request: RestoreRequest): Promise<RestoreOutcome> {
  const isReplace = request.mode === 'replace';
  const safetyCopy = isReplace && request.safetyCopy ? await saveSafetyCopy(request) : undefined;
  const result = await restoreBackup(request.ctx, request.backup, request.mode, { replaceTeamCopy: request.replaceTeamCopy === true });
  return safetyCopy ? { result, safetyCopy } : { result };
}

/** The success toast: what the restore did, in counts. */
export function restoredMessage(mode: RestoreMode, summary: BackupSummary, outcome: RestoreOutcome, isTeamCopy = false): string {
  const copy = outcome.safetyCopy ? ` The previous data was saved to ${outcome.safetyCopy}.` : '';
  if (isTeamCopy) return `Replaced the team’s copy with the backup: ${describeCounts(summary)}. Every member’s Steward follows at its next sync.${copy}`;
  if (mode === 'replace') return `Restored the backup: ${describeCounts(summary)}.${copy}`;
  const { added, updated, kept } = outcome.result;
  return `Merged the backup: ${added} added, ${updated} updated, ${kept} already up to date.${copy}`;
}

/** Why nothing was restored: a restore refused for the team's sake says so in its own words; anything else is a failure. */
export function restoreFailure(error: unknown): { readonly isRefusal: boolean; readonly text: string } {
  if (error instanceof RestoreRefusedError) return { isRefusal: true, text: `Not restored: ${error.message} Nothing was changed.` };
  return { isRefusal: false, text: failureMessage('Nothing was restored', error) };
}
