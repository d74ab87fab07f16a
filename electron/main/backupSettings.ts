// Main's own backup setting: how many of the newest automatic backups to keep besides
// the generations. It lives in a small file in userData, written only through the
// bounded `backup:setKeep` channel, so a backup write never says what to delete. A
// missing or damaged file means the default: reading it never fails a backup.
import { join } from 'node:path';
import { z } from 'zod';
import { DEFAULT_KEEP_LAST } from '../../shared/backup/retention';
import type { BackupFs } from './backupFolder';

export const BACKUP_SETTINGS_FILE = 'backup-settings.json';

/** The same bounds as Settings' "Backups to keep". */
export const backupSettingsSchema = z.strictObject({ keepLast: z.int().min(1).max(100) });

export interface BackupSettings {
  keepLast(): Promise<number>;
  setKeepLast(keepLast: number): Promise<void>;
}

/** `folder` (userData) is asked per call: it resolves at run time. */
export function createBackupSettings(fs: BackupFs, folder: () => string): BackupSettings {
  const path = (dir: string) => join(dir, BACKUP_SETTINGS_FILE);
  return {
    async keepLast() {
      try {
        const parsed = backupSettingsSchema.safeParse(JSON.parse(await fs.readFile(path(folder()))));
        return parsed.success ? parsed.data.keepLast : DEFAULT_KEEP_LAST;
      } catch {
        // Not there yet, unreadable or not JSON: the default keeps more, never less.
        return DEFAULT_KEEP_LAST;
      }
    },
    async setKeepLast(keepLast) {
      const settings = backupSettingsSchema.parse({ keepLast });
      const dir = folder();
      const target = path(dir);
      await fs.mkdir(dir);
      await fs.writeFile(`${target}.tmp`, `${JSON.stringify(settings)}\n`);
      await fs.rename(`${target}.tmp`, target);
    },
  };
}
