// The database's side of the data marker (shared/dataMarker.ts): its own id and what it
// holds now, read outside any write, a table at a time.
import type { DataMarker } from '@shared/dataMarker';
import type { BackupTable } from '@shared/backup/format';
import { BACKUP_TABLES } from '@shared/backup/format';
import { countTables } from './backup';
import type { DbContext } from './context';
import type { StewardDb } from './schema';

/** The id made when this database was created (schema version 5), if it has one. */
export async function readInstanceId(db: StewardDb): Promise<string | undefined> {
  return (await db.meta.get('instance'))?.value;
}

/** A marker for the database as it is now. */
export async function takeMarker(ctx: DbContext): Promise<DataMarker> {
  const [instanceId, counts] = await Promise.all([readInstanceId(ctx.db), countTables(ctx, BACKUP_TABLES)]);
  return markerOf(ctx, instanceId, counts);
}

/**
 * `previous` brought up to date after writes to `touched` alone: only a write changes what a
 * table holds, so the other tables are not counted again (counting walks a table).
 */
export async function retakeMarker(ctx: DbContext, previous: DataMarker, touched: readonly BackupTable[]): Promise<DataMarker> {
  const [instanceId, counts] = await Promise.all([readInstanceId(ctx.db), countTables(ctx, touched)]);
  // Another database (a recovery restore makes a fresh one): none of the previous counts are its.
  if (instanceId !== previous.instanceId) return takeMarker(ctx);
  return markerOf(ctx, instanceId, { ...previous.counts, ...counts });
}

/** The marker for counts just taken of the database with this id (the start-up check's, or the upkeep's). */
export function markerOf(ctx: Pick<DbContext, 'now'>, instanceId: string | undefined, counts: DataMarker['counts']): DataMarker {
  if (!instanceId) throw new Error('The database has no instance id.');
  return { instanceId, counts, updatedAt: ctx.now().toISOString() };
}
