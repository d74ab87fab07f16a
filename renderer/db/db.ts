// The app's database and clock, one of each per page (Dexie samples' singleton).
import type { DbContext } from './context';
import { databaseAt, readDatabaseLocation, storageBucketsOf } from './location';
import { StewardDb } from './schema';

/**
 * The page's database. `steward` in the default IndexedDB until `selectRecordedDatabase` runs
 * at boot, which may point it at a storage bucket after a recovery (location.ts). A live
 * binding: every importer sees the one in use. Set once at boot, before the app renders.
 */
export let db = new StewardDb();

export const appContext: DbContext = {
  get db() {
    return db;
  },
  now: () => new Date(),
};

/** At boot, before anything reads: the database the location record names. */
export async function selectRecordedDatabase(): Promise<StewardDb> {
  const location = readDatabaseLocation(globalThis.localStorage);
  if (location.bucket) db = await databaseAt(location, storageBucketsOf(globalThis.navigator));
  return db;
}
