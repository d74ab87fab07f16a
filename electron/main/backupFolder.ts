// The rolling backups folder (DESIGN.md "Backups"): main checks that what the renderer
// sends is a Steward backup, writes it under a unique name, lists and reads it back, and
// prunes by generations (shared/backup/retention.ts). Main decides what to keep - from
// its own settings file, never from the request - and a write it refuses prunes nothing.
// It only ever touches files whose names match the automatic backup pattern; every other
// file in the folder is the user's. The file system comes in through `BackupFs`, so
// tests use a temp dir.
import { randomUUID } from 'node:crypto';
import { mkdir, open, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MAX_SEQUENCE, autoBackupName, newestFirst, parseAutoBackupName } from '../../shared/backup/autoBackupName';
import { DEFAULT_MAX_BACKUP_BYTES } from '../../shared/backup/format';
import { parseBackupEnvelope } from '../../shared/backup/parse';
import { backupsToPrune, retentionPolicy } from '../../shared/backup/retention';
import type { AutoBackupFile, AutoBackupWriteResult } from '../../shared/ipc';
import { errorCode, isMissing, readdirOrEmpty } from './fsErrors';
import { IpcRefusal } from './ipc';

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
  /** Flushes a folder's entries (a rename) to disk, where the platform can; optional. */
  syncFolder?(path: string): Promise<void>;
}


/** BackupFs over node:fs/promises. */
export const nodeBackupFs: BackupFs = {
  async mkdir(path) {
    await mkdir(path, { recursive: true });
  },
  // No folder yet: no backups yet, not an error.
  readdir: readdirOrEmpty,
  stat: (path) => stat(path),
  readFile: (path) => readFile(path, 'utf8'),
  // flush: the bytes are on disk before the rename makes the file the newest backup.
  writeFile: (path, content) => writeFile(path, content, { encoding: 'utf8', flush: true }),
  rename: (from, to) => rename(from, to),
  unlink: (path) => unlink(path),
  async syncFolder(path) {
    // fsync on the folder makes the rename itself durable (Linux, macOS). Windows cannot
    // open a folder for it and gets EPERM/EISDIR: the rename is still atomic there.
    try {
      const handle = await open(path, 'r');
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
    } catch (error) {
      if (!['EPERM', 'EISDIR', 'EINVAL', 'EACCES', 'ENOTSUP'].includes(errorCode(error) ?? '')) throw error;
    }
  },
};

/** As large as a restore accepts: every backup written here can be restored. */
export const MAX_AUTO_BACKUP_BYTES = DEFAULT_MAX_BACKUP_BYTES;

export interface BackupFolderOptions {
  readonly fs: BackupFs;
  /** Asked per call: the path can fail to resolve (no documents folder), and that belongs in the result. */
  readonly folder: () => string;
  /** Main's clock: names the files and dates the generations. */
  readonly now: () => Date;
  /** How many of the newest to keep besides the generations: main's own setting (backupSettings.ts). */
  readonly keepLast: () => Promise<number>;
  readonly maxBytes?: number;
}

export interface BackupFolder {
  /** Refuses content that is not a Steward backup (nothing written, nothing pruned); otherwise writes it and prunes. */
  write(content: string): Promise<AutoBackupWriteResult>;
  list(): Promise<AutoBackupFile[]>;
  read(name: string): Promise<string>;
}

// Starts with a dot and ends in .tmp: never matches the pattern, so a write cut short
// by a crash is never listed, restored or counted as the newest backup.
const TEMP_PATTERN = /^\.steward-backup-[\w-]+\.json\.tmp$/;

const isAutoBackup = (name: string) => parseAutoBackupName(name) !== undefined;

/** The number after the last backup taken in the same millisecond as `at`, so no name is ever reused. */
function nextSequence(names: readonly string[], at: Date): number {
  const takenAt = at.toISOString();
  const taken = names.map(parseAutoBackupName).filter((parts) => parts?.takenAt === takenAt);
  const next = Math.max(0, ...taken.map((parts) => parts!.sequence)) + 1;
  if (next > MAX_SEQUENCE) throw new Error('too many backups in one millisecond');
  return next;
}

function recordCount(content: string, maxBytes: number): number {
  const envelope = parseBackupEnvelope(content, { maxBytes });
  if (!envelope.ok) throw new IpcRefusal('bad-input', `refused, not a Steward backup: ${envelope.errors.slice(0, 3).join(' ')}`);
  return Object.values(envelope.counts).reduce((sum, count) => sum + count, 0);
}

export function createBackupFolder({ fs, folder, now, keepLast, maxBytes = MAX_AUTO_BACKUP_BYTES }: BackupFolderOptions): BackupFolder {
  // One write at a time: two writes at once would pick the same sequence, and each
  // prune must see the other's file.
  let queue: Promise<unknown> = Promise.resolve();
  function serialised<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  }

  async function describe(dir: string, name: string): Promise<AutoBackupFile> {
    const stats = await fs.stat(join(dir, name));
    const parts = parseAutoBackupName(name);
    return {
      name,
      takenAt: parts?.takenAt ?? stats.mtime.toISOString(),
      modifiedAt: stats.mtime.toISOString(),
      size: stats.size,
      ...(parts?.records === undefined ? {} : { records: parts.records }),
    };
  }

  /** Deletes what retention lets go (nothing while the newest shrank), and temp files a crashed write left behind. */
  async function prune(dir: string): Promise<AutoBackupWriteResult['shrink']> {
    const names = await fs.readdir(dir);
    const decision = backupsToPrune(names.filter(isAutoBackup).map((name) => ({ name })), now(), retentionPolicy(await keepLast()));
    for (const name of [...decision.prune, ...names.filter((name) => TEMP_PATTERN.test(name))]) {
      await fs.unlink(join(dir, name)).catch((error: unknown) => {
        if (!isMissing(error)) throw error;
      });
    }
    return decision.hold === 'shrunk' ? decision.shrink : undefined;
  }

  async function write(content: string): Promise<AutoBackupWriteResult> {
    // Checked before the folder is touched: a refused write creates, writes and deletes nothing.
    const records = recordCount(content, maxBytes);
    const dir = folder();
    await fs.mkdir(dir);
    const at = now();
    const name = autoBackupName(at, nextSequence(await fs.readdir(dir), at), records);
    const temp = join(dir, `.${name.replace(/\.json$/, '')}-${randomUUID()}.json.tmp`);
    await fs.writeFile(temp, content);
    // The rename is atomic: the named file is either absent or complete.
    await fs.rename(temp, join(dir, name));
    await fs.syncFolder?.(dir);
    const shrink = await prune(dir);
    return { file: await describe(dir, name), ...(shrink ? { shrink } : {}) };
  }

  return {
    write: (content) => serialised(() => write(content)),
    async list() {
      const dir = folder();
      const names = newestFirst((await fs.readdir(dir)).filter(isAutoBackup).map((name) => ({ name })));
      return Promise.all(names.map(({ name }) => describe(dir, name)));
    },
    async read(name) {
      // The IPC schema already refused other names; checked again so no caller can pass a path.
      if (!isAutoBackup(name)) throw new IpcRefusal('bad-input', `not an automatic backup: ${name}`);
      return fs.readFile(join(folder(), name));
    },
  };
}
