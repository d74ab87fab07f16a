// The profile's data seen from outside (issue 11): the marker file that remembers what the
// database last held, and the IndexedDB folder that will not open. Chromium cannot open a
// store whose CURRENT or MANIFEST is damaged, nor delete it, so main moves it aside — at the
// next start, before any window opens IndexedDB — renamed with the time, never deleted, and
// the user removes it later from Settings. The file system comes in through `DataFs`.
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseDataMarker } from '../../shared/dataMarker';
import type { DataMarker } from '../../shared/dataMarker';
import { DAMAGED_STORE_NAME_PATTERN } from '../../shared/ipc';
import type { DamagedStore } from '../../shared/ipc';
import { isMissing, readdirOrEmpty } from './fsErrors';
import { IpcRefusal } from './ipc';

export const MARKER_FILE = 'steward-data-marker.json';
/** Written by a request to move the store aside; its presence at start means "move it now". */
export const MOVE_ASIDE_REQUEST_FILE = 'steward-move-aside.json';
export const INDEXEDDB_FOLDER = 'IndexedDB';
/** The folders of the app's origin (app://steward) in `IndexedDB/`: the store and its blobs. */
const STORE_PATTERN = /^app_steward_0\.indexeddb\.(leveldb|blob)$/;

/** The file operations needed here (node:fs/promises fits, see `nodeDataFs`). */
export interface DataFs {
  /** The file's text, or undefined when there is no such file. */
  readFile(path: string): Promise<string | undefined>;
  /** Writes and flushes to disk before resolving. */
  writeFile(path: string, content: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  /** The names in the folder; [] when the folder does not exist. */
  readdir(path: string): Promise<string[]>;
  /** Removes a file or a whole folder; nothing when it is not there. */
  remove(path: string): Promise<void>;
}

export const nodeDataFs: DataFs = {
  async readFile(path) {
    try {
      return await readFile(path, 'utf8');
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  },
  writeFile: (path, content) => writeFile(path, content, { encoding: 'utf8', flush: true }),
  rename: (from, to) => rename(from, to),
  readdir: readdirOrEmpty,
  remove: (path) => rm(path, { recursive: true, force: true }),
};

export interface DataStoreDeps {
  readonly fs: DataFs;
  /** Asked per call: the path is known only after `ready` in tests' overrides. */
  readonly userDataPath: () => string;
  readonly now: () => Date;
  /** Relaunches the app and ends this instance (app.relaunch() then app.exit(0)). */
  readonly restart: () => void;
}

export interface DataStore {
  readMarker(): Promise<DataMarker | null>;
  writeMarker(marker: DataMarker): Promise<void>;
  /** Records the request and restarts; the move happens in `applyPendingMoveAside` at the next start. */
  requestMoveAside(): Promise<void>;
  /** At start, before a window opens: moves the store aside if asked to. Returns the new names. */
  applyPendingMoveAside(): Promise<string[]>;
  listDamaged(): Promise<DamagedStore[]>;
  removeDamaged(name: string): Promise<void>;
}

/** 2027-01-14T09:05:07.123Z → 20270114T090507Z: sortable, and legal in every file system. */
export function movedAsideStamp(at: Date): string {
  return at.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

function movedAtOf(name: string): string {
  const stamp = /(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(name);
  return stamp ? `${stamp[1]}-${stamp[2]}-${stamp[3]}T${stamp[4]}:${stamp[5]}:${stamp[6]}.000Z` : '';
}

export function createDataStore({ fs, userDataPath, now, restart }: DataStoreDeps): DataStore {
  const path = (...parts: string[]) => join(userDataPath(), ...parts);
  return {
    async readMarker() {
      const text = await fs.readFile(path(MARKER_FILE));
      if (text === undefined) return null;
      try {
        return parseDataMarker(JSON.parse(text)) ?? null;
      } catch {
        return null; // A marker that does not read protects nothing; the next write replaces it.
      }
    },
    async writeMarker(marker) {
      // Temp file then rename: a crash mid-write leaves the previous marker, never half of one.
      const temp = path(`.${MARKER_FILE}.tmp`);
      await fs.writeFile(temp, JSON.stringify(marker));
      await fs.rename(temp, path(MARKER_FILE));
    },
    async requestMoveAside() {
      await fs.writeFile(path(MOVE_ASIDE_REQUEST_FILE), JSON.stringify({ requestedAt: now().toISOString() }));
      restart();
    },
    async applyPendingMoveAside() {
      if ((await fs.readFile(path(MOVE_ASIDE_REQUEST_FILE))) === undefined) return [];
      const stamp = movedAsideStamp(now());
      const moved: string[] = [];
      for (const name of (await fs.readdir(path(INDEXEDDB_FOLDER))).filter((n) => STORE_PATTERN.test(n))) {
        const aside = `${name}.damaged-${stamp}`;
        await fs.rename(path(INDEXEDDB_FOLDER, name), path(INDEXEDDB_FOLDER, aside));
        moved.push(aside);
      }
      // Last: if a rename failed, the next start tries again.
      await fs.remove(path(MOVE_ASIDE_REQUEST_FILE));
      return moved;
    },
    async listDamaged() {
      const names = (await fs.readdir(path(INDEXEDDB_FOLDER))).filter((n) => DAMAGED_STORE_NAME_PATTERN.test(n));
      return names.map((name) => ({ name, movedAt: movedAtOf(name) })).sort((a, b) => b.movedAt.localeCompare(a.movedAt) || a.name.localeCompare(b.name));
    },
    async removeDamaged(name) {
      // Only a folder that is listed: the IPC schema checked the pattern, this checks it exists.
      if (!DAMAGED_STORE_NAME_PATTERN.test(name) || !(await fs.readdir(path(INDEXEDDB_FOLDER))).includes(name)) {
        throw new IpcRefusal('refused', `${name} is not a damaged store that Steward moved aside`);
      }
      await fs.remove(path(INDEXEDDB_FOLDER, name));
    },
  };
}
