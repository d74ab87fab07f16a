// "Never lose data silently": at start the database is compared with the marker kept
// outside it; while the app runs the marker follows the database, a little after writes
// settle (never inside a write's transaction). Automatic backups ask here first.
import { dataLooksMissing } from '@shared/dataMarker';
import type { DataVerdict } from '@shared/dataMarker';
import { countBackupTables } from '../../db/backup';
import type { DbContext } from '../../db/context';
import { onDataChanged } from '../../db/live';
import { readInstanceId, takeMarker } from '../../db/marker';
import type { DataMarkerStore } from '../platform/platform';

/** Does the database that opened hold what the marker says it should? */
export async function checkData(ctx: DbContext, marker: DataMarkerStore): Promise<DataVerdict> {
  const [stored, counts, instanceId] = await Promise.all([marker.read(), countBackupTables(ctx), readInstanceId(ctx.db)]);
  return dataLooksMissing(stored, counts, instanceId);
}

/** Writes the marker for the database as it is now: at start, after a restore, on starting afresh. */
export async function recordMarker(ctx: DbContext, marker: DataMarkerStore): Promise<void> {
  await marker.write(await takeMarker(ctx));
}

/** After the last write, how long the marker waits before counting (a burst of edits costs one count). */
export const MARKER_QUIET_MS = 2_000;

const logError = (error: unknown) => console.error('Updating the data marker failed.', error);

/**
 * Keeps the marker in step with the database for the page's lifetime: once now, then after
 * each burst of writes to this database. Counting is one read transaction of `count()`s,
 * after the writes committed. Returns the stop.
 */
export function startMarkerUpkeep(ctx: DbContext, marker: DataMarkerStore, quietMs = MARKER_QUIET_MS): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let isStopped = false;
  const update = () => {
    timer = undefined;
    if (!isStopped) recordMarker(ctx, marker).catch(logError);
  };
  const stopListening = onDataChanged(ctx.db.name, () => {
    clearTimeout(timer);
    timer = setTimeout(update, quietMs);
  });
  update();
  return () => {
    isStopped = true;
    clearTimeout(timer);
    stopListening();
  };
}
