// An in-memory file system for electron/main/dataStore.ts: files hold text, folders are
// the prefixes of their paths; a failure can be planted on one rename.
import { dirname } from 'node:path';
import type { DataFs } from '../../../electron/main/dataStore';

export class FakeDataFs implements DataFs {
  readonly files = new Map<string, string>();
  /** Empty folders (a folder with files in it exists anyway). */
  readonly folders = new Set<string>();
  failRenameOf: string | undefined;

  async readFile(path: string): Promise<string | undefined> {
    return this.files.get(path);
  }

  async writeFile(path: string, content: string): Promise<void> {
    this.files.set(path, content);
  }

  async rename(from: string, to: string): Promise<void> {
    if (from === this.failRenameOf) throw Object.assign(new Error(`EBUSY: resource busy, rename '${from}'`), { code: 'EBUSY' });
    const moved = this.paths().filter((path) => path === from || path.startsWith(`${from}/`));
    if (moved.length === 0) throw Object.assign(new Error(`ENOENT: no such file or directory, rename '${from}'`), { code: 'ENOENT' });
    for (const path of moved) {
      const target = to + path.slice(from.length);
      if (this.files.has(path)) {
        this.files.set(target, this.files.get(path)!);
        this.files.delete(path);
      } else {
        this.folders.add(target);
        this.folders.delete(path);
      }
    }
  }

  async readdir(path: string): Promise<string[]> {
    const names = new Set<string>();
    for (const entry of this.paths()) if (entry.startsWith(`${path}/`)) names.add(entry.slice(path.length + 1).split('/')[0]!);
    return [...names];
  }

  async remove(path: string): Promise<void> {
    for (const entry of this.paths()) {
      if (entry !== path && !entry.startsWith(`${path}/`)) continue;
      this.files.delete(entry);
      this.folders.delete(entry);
    }
  }

  /** Every file and empty folder path. */
  paths(): string[] {
    return [...this.files.keys(), ...this.folders];
  }

  /** Puts a file, its folder implied. */
  put(path: string, content = ''): this {
    this.files.set(path, content);
    this.folders.delete(dirname(path));
    return this;
  }
}
