// The rolling backups folder (DESIGN.md "Backups"): main writes the renderer's backup
// text there, lists and reads it back, and prunes the oldest. It only ever touches
// files whose names match the automatic backup pattern; every other file in the folder
// is the user's. The file system comes in through `BackupFs`, so tests use a temp dir.
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, readdir, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AUTO_BACKUP_NAME_PATTERN, autoBackupName, autoBackupTakenAt, newestFirst } from '../../shared/backup/autoBackupName';
import type { AutoBackupFile } from '../../shared/ipc';

/** The few file operations the folder needs (node:fs/promises fits, see `nodeBackupFs`). */
export interface BackupFs {
  mkdir(path: string): Promise<void>;
  /** The names in the folder; [] when the folder does not exist. */
  readdir(path: string): Promise<string[]>;
  stat(path: string): Promise<{ readonly size: number; readonly mtime: Date }>;
  readFile(path: string): Promise<string>;
  /** Writes and flushes to disk before resolving. */
  writeFile(path: string, content: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
}

const isMissing = (error: unknown) => error instanceof Error && (error as NodeJS.ErrnoException).code === 'ENOENT';

/** BackupFs over node:fs/promises. */
export const nodeBackupFs: BackupFs = {
  async mkdir(path) {
    await mkdir(path, { recursive: true });
  },
  async readdir(path) {
    try {
      return await readdir(path);
    } catch (error) {
      // No folder yet: no backups yet, not an error.
      if (isMissing(error)) return [];
      throw error;
    }
  },
  stat: (path) => stat(path),
  readFile: (path) => readFile(path, 'utf8'),
  // flush: the bytes are on disk before the rename makes the file the newest backup.
  writeFile: (path, content) => writeFile(path, content, { encoding: 'utf8', flush: true }),
  rename: (from, to) => rename(from, to),
  unlink: (path) => unlink(path),
};

export interface BackupFolder {
  write(content: string, keep: number): Promise<AutoBackupFile>;
  list(): Promise<AutoBackupFile[]>;
  read(name: string): Promise<string>;
}

// Starts with a dot and ends in .tmp: never matches the pattern, so a write cut short
// by a crash is never listed, restored or counted as the newest backup.
const TEMP_PATTERN = /^\.steward-backup-[\w-]+\.json\.tmp$/;

export function createBackupFolder(fs: BackupFs, folder: string, now: () => Date): BackupFolder {
  async function describe(name: string): Promise<AutoBackupFile> {
    const stats = await fs.stat(join(folder, name));
    return { name, takenAt: autoBackupTakenAt(name) ?? stats.mtime.toISOString(), modifiedAt: stats.mtime.toISOString(), size: stats.size };
  }

  async function backupNames(): Promise<string[]> {
    const names = (await fs.readdir(folder)).filter((name) => autoBackupTakenAt(name) !== undefined);
    return newestFirst(names.map((name) => ({ name }))).map(({ name }) => name);
  }

  /** Deletes backups beyond the newest `keep`, and temp files a crashed write left behind. */
  async function prune(keep: number, written: string): Promise<void> {
    const names = await fs.readdir(folder);
    const leftovers = names.filter((name) => TEMP_PATTERN.test(name));
    const older = (await backupNames()).slice(keep).filter((name) => name !== written);
    for (const name of [...older, ...leftovers]) await fs.unlink(join(folder, name));
  }

  return {
    async write(content, keep) {
      await fs.mkdir(folder);
      const name = autoBackupName(now());
      const temp = join(folder, `.${name.replace(/\.json$/, '')}-${randomUUID()}.json.tmp`);
      await fs.writeFile(temp, content);
      // The rename is atomic: the named file is either absent or complete.
      await fs.rename(temp, join(folder, name));
      await prune(keep, name);
      return describe(name);
    },
    async list() {
      return Promise.all((await backupNames()).map(describe));
    },
    async read(name) {
      // The IPC schema already refused other names; checked again so no caller can pass a path.
      if (!AUTO_BACKUP_NAME_PATTERN.test(name) || autoBackupTakenAt(name) === undefined) throw new Error(`not an automatic backup: ${name}`);
      return fs.readFile(join(folder, name));
    },
  };
}
