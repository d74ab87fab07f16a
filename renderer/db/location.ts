// Where the database lives. Normally `steward` in the page's default IndexedDB. When that
// store will not open at all (a bad CURRENT, a missing MANIFEST: Chromium then refuses
// every database of the origin, and cannot delete them either), a browser restores into
// a fresh `steward` inside a storage bucket, which has a store of its own, and this record
// in localStorage says so. Every start reads it before the database is opened; without it
// the default stays, so no existing user's data is ever left behind.
import { DB_NAME, StewardDb } from './schema';

export const DATABASE_LOCATION_KEY = 'steward.database';

/** A store that would not open, left in place (kept, not deleted) when the data moved on. */
export interface DamagedKept {
  /** Its storage bucket; absent: the page's default IndexedDB. */
  readonly bucket?: string;
  /** ISO UTC. */
  readonly keptAt: string;
}

export interface DatabaseLocation {
  /** The storage bucket holding the database; absent: the page's default IndexedDB. */
  readonly bucket?: string;
  readonly damagedKept?: DamagedKept;
}

const BUCKET_NAME = /^[a-z0-9][a-z0-9_-]{0,63}$/;

const isBucketName = (value: unknown): value is string => typeof value === 'string' && BUCKET_NAME.test(value);

function readDamagedKept(value: unknown): { damagedKept?: DamagedKept } {
  if (typeof value !== 'object' || value === null) return {};
  const { bucket, keptAt } = value as Record<string, unknown>;
  if (typeof keptAt !== 'string') return {};
  return { damagedKept: { keptAt, ...(isBucketName(bucket) ? { bucket } : {}) } };
}

export function readDatabaseLocation(storage: Pick<Storage, 'getItem'> | undefined): DatabaseLocation {
  const text = storage?.getItem(DATABASE_LOCATION_KEY);
  if (!text) return {};
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return {};
    const { bucket, damagedKept } = value as Record<string, unknown>;
    return {
      ...(isBucketName(bucket) ? { bucket } : {}),
      ...(damagedKept ? readDamagedKept(damagedKept) : {}),
    };
  } catch {
    return {};
  }
}

export function writeDatabaseLocation(storage: Pick<Storage, 'setItem'>, location: DatabaseLocation): void {
  storage.setItem(DATABASE_LOCATION_KEY, JSON.stringify(location));
}

/** The part of the Storage Buckets API used here (Chromium 122+). */
export interface StorageBuckets {
  open(name: string, options?: { readonly durability?: 'strict' | 'relaxed' }): Promise<{ readonly indexedDB: IDBFactory }>;
}

export function storageBucketsOf(nav: Navigator | undefined): StorageBuckets | undefined {
  return (nav as (Navigator & { storageBuckets?: StorageBuckets }) | undefined)?.storageBuckets;
}

/** A fresh handle on the database called `name` in the default IndexedDB, not yet opened. */
export function databaseNamed(name: string): StewardDb {
  return new StewardDb(name);
}

/** Deletes the database in the default IndexedDB (not a bucket's). */
export function deleteDefaultDatabase(factory: IDBFactory = indexedDB): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = factory.deleteDatabase(DB_NAME);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error('The browser refused to delete it.'));
  });
}

/** The database the location names, not yet opened. */
export async function databaseAt(location: DatabaseLocation, buckets: StorageBuckets | undefined): Promise<StewardDb> {
  if (!location.bucket) return new StewardDb(DB_NAME);
  if (!buckets) throw new Error(`Steward's data is in the storage bucket “${location.bucket}”, which this browser cannot open.`);
  const bucket = await buckets.open(location.bucket, { durability: 'strict' });
  return new StewardDb(DB_NAME, { indexedDB: bucket.indexedDB });
}

/** A bucket name for a recovery: `steward-` and the time, unique enough and sortable. */
export function recoveryBucketName(now: Date): string {
  return `steward-${now.toISOString().replace(/\.\d{3}Z$/, '').replace(/[-:]/g, '').replace('T', '-').toLowerCase()}`;
}
