// "Never lose data silently": at start the database is compared with the marker kept
// outside it; while the app runs the marker follows the database, a little after writes
// settle (never inside a write's transaction). Automatic backups ask here first.
import { dataLooksMissing } from '@shared/dataMarker';
import type { DataMarker, DataVerdict } from '@shared/dataMarker';
import type { BackupTable } from '@shared/backup/format';
import { BACKUP_TABLES } from '@shared/backup/format';
import { countBackupTables } from '../../db/backup';
import type { DbContext } from '../../db/context';
import { onDataChanged } from '../../db/live';
import { markerOf, readInstanceId, retakeMarker, takeMarker } from '../../db/marker';
import type { DataMarkerStore } from '../platform/platform';

/** What the start-up check found, and the database as it counted it (when it has its instance id). */
export interface DataCheck {
  readonly verdict: DataVerdict;
  readonly counted?: DataMarker;
}

/** Does the database that opened hold what the marker says it should? */
export async function checkData(ctx: DbContext, marker: DataMarkerStore): Promise<DataCheck> {
  const [stored, counts, instanceId] = await Promise.all([marker.read(), countBackupTables(ctx), readInstanceId(ctx.db)]);
  const verdict = dataLooksMissing(stored, counts, instanceId);
  return instanceId ? { verdict, counted: markerOf(ctx, instanceId, counts) } : { verdict };
}

/**
 * The same verdict for a database known to hold `partnerships` partnerships, without counting
 * every table (about 300 ms of the browser's database at 100x, a screen's reads waiting behind
 * it): with records present, only whether it is the database the marker was taken of is left
 * to ask. The automatic backups ask this every few minutes.
 */
export async function checkDataHolding(ctx: DbContext, marker: DataMarkerStore, partnerships: number): Promise<DataVerdict> {
  const [stored, instanceId] = await Promise.all([marker.read(), readInstanceId(ctx.db)]);
  return dataLooksMissing(stored, { partnerships }, instanceId);
}

/** Writes the marker for the database as it is now: at start, after a restore, on starting afresh. */
export async function recordMarker(ctx: DbContext, marker: DataMarkerStore): Promise<void> {
  await marker.write(await takeMarker(ctx));
}

/** After the last write, how long the marker waits before counting (a burst of edits costs one count). */
export const MARKER_QUIET_MS = 2_000;

const logError = (error: unknown) => console.error('Updating the data marker failed.', error);

/** The marker's upkeep: it hears writes from its creation, and keeps the marker once started. */
export interface MarkerUpkeep {
  /**
   * Writes the marker, from `counted` when the start-up check has just counted the database
   * (the tables written since the upkeep was created are counted again), else from a count
   * of every table; then follows the writes.
   */
  start(counted?: DataMarker): void;
  stop(): void;
}

/**
 * Keeps the marker in step with the database for the page's lifetime: once at start, then
 * after each burst of writes to this database, once they committed. Only the tables the burst
 * wrote to are counted again, one table at a time (countTables): a count walks its table, and
 * every table counted at once kept the browser's database busy for about 300 ms at 100x two
 * seconds after each edit, with a screen's read waiting behind it. One update runs at a time.
 * Writes are heard from creation, so a start from the start-up check's count loses none made
 * meanwhile (team sync's pull may write before the first screen).
 */
export function createMarkerUpkeep(ctx: DbContext, marker: DataMarkerStore, quietMs = MARKER_QUIET_MS): MarkerUpkeep {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let isStarted = false;
  let isStopped = false;
  /** The marker this page wrote last, which the next update starts from. */
  let written: DataMarker | undefined;
  const touched = new Set<BackupTable>();
  let running = Promise.resolve();
  const record = async () => {
    const tables = [...touched];
    touched.clear();
    try {
      const next = written ? await retakeMarker(ctx, written, tables) : await takeMarker(ctx);
      if (isStopped) return;
      await marker.write(next);
      written = next;
    } catch (error) {
      for (const table of tables) touched.add(table);
      logError(error);
    }
  };
  const update = () => {
    timer = undefined;
    if (!isStopped) running = running.then(record);
  };
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(update, quietMs);
  };
  const stopListening = onDataChanged(ctx.db.name, (stores) => {
    const backedUp = stores.filter(isBackupTable);
    if (backedUp.length === 0) return;
    for (const table of backedUp) touched.add(table);
    if (isStarted) later();
  });
  return {
    start(counted) {
      if (isStarted || isStopped) return;
      isStarted = true;
      if (!counted) return update();
      const first = counted;
      running = running.then(async () => {
        if (isStopped) return;
        try {
          await marker.write(first);
          written = first;
        } catch (error) {
          logError(error);
        }
      });
      if (touched.size > 0) later();
    },
    stop() {
      isStopped = true;
      clearTimeout(timer);
      stopListening();
    },
  };
}

const isBackupTable = (store: string): store is BackupTable => (BACKUP_TABLES as readonly string[]).includes(store);
