// How each recovery screen puts a backup in place, and leaves the marker saying so.
// - Data not found: the database opens (empty, or a new one): restore into it.
// - Will not open, in a browser: a fresh database in a new storage bucket (its own store),
//   recorded as the one to open from now on; the damaged store is kept, untouched.
// - Will not open, elsewhere: delete and restore (what works when the store itself is
//   sound, e.g. a schema another build wrote); the desktop app can then move it aside.
import type { BackupFile } from '@shared/backup/format';
import { replaceUnreadableDatabase, restoreBackup } from '../../db/backup';
import type { DbContext, StewardDb } from '../../db/context';
import { databaseAt, databaseNamed, readDatabaseLocation, recoveryBucketName, storageBucketsOf, writeDatabaseLocation } from '../../db/location';
import type { StorageBuckets } from '../../db/location';
import type { DataMarkerStore } from '../platform/platform';
import { recordMarker } from './dataGuard';

/** Data not found: the database works, so the backup replaces whatever is in it. */
export async function restoreMissingData(ctx: DbContext, marker: DataMarkerStore, backup: BackupFile): Promise<void> {
  await restoreBackup(ctx, backup, 'replace');
  await recordMarker(ctx, marker);
}

/** Opens `db`, runs `work` on it, and closes it whatever happens. */
async function withOpen(db: StewardDb, now: () => Date, work: (ctx: DbContext) => Promise<void>): Promise<void> {
  try {
    await db.open();
    await work({ db, now });
  } finally {
    db.close();
  }
}

/** A browser: restores into a fresh bucket, then records it as the database to open. */
export async function restoreIntoFreshBucket(buckets: StorageBuckets, storage: Storage, marker: DataMarkerStore, backup: BackupFile, now: () => Date): Promise<void> {
  const previous = readDatabaseLocation(storage);
  const bucket = recoveryBucketName(now());
  await withOpen(await databaseAt({ bucket }, buckets), now, async (ctx) => {
    await restoreBackup(ctx, backup, 'replace');
    await recordMarker(ctx, marker);
  });
  // Last: until the backup is in, the next start still opens (and offers to recover) the old one.
  writeDatabaseLocation(storage, { bucket, damagedKept: { ...(previous.bucket ? { bucket: previous.bucket } : {}), keptAt: now().toISOString() } });
}

/** Delete and restore, as before buckets; then the marker. */
export async function replaceAndRecord(ctx: DbContext, marker: DataMarkerStore, backup: BackupFile): Promise<void> {
  await replaceUnreadableDatabase(ctx, backup);
  await withOpen(databaseNamed(ctx.db.name), ctx.now, (fresh) => recordMarker(fresh, marker));
}

/** The recovery screen's restore for a database that will not open, on this platform. */
export function restoreUnopenable(ctx: DbContext, marker: DataMarkerStore, backup: BackupFile, isBrowser: boolean): Promise<void> {
  const buckets = isBrowser ? storageBucketsOf(globalThis.navigator) : undefined;
  return buckets ? restoreIntoFreshBucket(buckets, globalThis.localStorage, marker, backup, ctx.now) : replaceAndRecord(ctx, marker, backup);
}
