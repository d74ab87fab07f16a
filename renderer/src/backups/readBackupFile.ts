// Reads a chosen file and validates the whole of it before anything else happens
// (DESIGN.md principle 1): the result is either a restorable backup or the reasons not.
import type { BackupFile, BackupSummary } from '@shared/backup/format';
import { DEFAULT_MAX_BACKUP_BYTES } from '@shared/backup/format';
import { parseBackup } from '@shared/backup/parse';

export type ChosenBackup =
  | { readonly ok: true; readonly source: string; readonly backup: BackupFile; readonly summary: BackupSummary }
  | { readonly ok: false; readonly source: string; readonly errors: readonly string[]; readonly problemCount: number };

/** Validates backup text; `source` names where it came from in messages (a file name). */
export function checkBackupText(source: string, text: string): ChosenBackup {
  const parsed = parseBackup(text);
  return parsed.ok ? { ok: true, source, backup: parsed.backup, summary: parsed.summary } : { ok: false, source, errors: parsed.errors, problemCount: parsed.problemCount };
}

export async function readBackupFile(file: File): Promise<ChosenBackup> {
  // Checked before reading: a huge file would be held in memory only to be refused.
  if (file.size > DEFAULT_MAX_BACKUP_BYTES) {
    const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;
    return { ok: false, source: file.name, errors: [`The file is too large (${megabytes(file.size)}); a backup may be at most ${megabytes(DEFAULT_MAX_BACKUP_BYTES)}.`], problemCount: 1 };
  }
  try {
    return checkBackupText(file.name, await file.text());
  } catch (error) {
    return { ok: false, source: file.name, errors: [`The file could not be read: ${error instanceof Error ? error.message : String(error)}`], problemCount: 1 };
  }
}
