// The database's side of the data marker (shared/dataMarker.ts): its own id and what it
// holds now, read in one short read transaction, outside any write.
import type { DataMarker } from '@shared/dataMarker';
import { countBackupTables } from './backup';
import type { DbContext } from './context';
import type { StewardDb } from './schema';

/** The id made when this database was created (schema version 5), if it has one. */
export async function readInstanceId(db: StewardDb): Promise<string | undefined> {
  return (await db.meta.get('instance'))?.value;
}

/** A marker for the database as it is now. */
export async function takeMarker(ctx: DbContext): Promise<DataMarker> {
  const [instanceId, counts] = await Promise.all([readInstanceId(ctx.db), countBackupTables(ctx)]);
  if (!instanceId) throw new Error('The database has no instance id.');
  return { instanceId, counts, updatedAt: ctx.now().toISOString() };
}
