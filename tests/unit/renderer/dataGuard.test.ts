// The marker's upkeep on a real Dexie over fake-indexeddb with a fake clock: it records the
// database at start, then once per burst of writes after they settle — never inside them —
// and the start-up check reads it back.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DataMarker } from '@shared/dataMarker';
import type { DbContext } from '../../../renderer/db/context';
import { BACKUP_TABLES } from '@shared/backup/format';
import { countBackupTables } from '../../../renderer/db/backup';
import { readInstanceId } from '../../../renderer/db/marker';
import { createPartnership } from '../../../renderer/db/partnerships';
import { createStakeholder } from '../../../renderer/db/stakeholders';
import { StewardDb } from '../../../renderer/db/schema';
import type { DataMarkerStore } from '../../../renderer/src/platform/platform';
import { checkData, createMarkerUpkeep, MARKER_QUIET_MS } from '../../../renderer/src/recovery/dataGuard';

let db: StewardDb;
let ctx: DbContext;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  db = new StewardDb(`steward-marker-${Math.random().toString(36).slice(2)}`);
  ctx = { db, now: () => new Date('2027-01-14T09:00:00.000Z') };
  await db.open();
});

afterEach(async () => {
  vi.useRealTimers();
  await db.delete();
});

function memoryMarker(): DataMarkerStore & { writes: DataMarker[] } {
  const writes: DataMarker[] = [];
  return { writes, read: async () => writes.at(-1), write: async (marker) => void writes.push(marker) };
}

const acme = (name: string) => ({ name, partnerOrg: 'Acme Corp', type: 'co-sell', status: 'active' }) as const;

/** An upkeep started at once, from a count of every table; returns the stop. */
function startMarkerUpkeep(...args: Parameters<typeof createMarkerUpkeep>): () => void {
  const upkeep = createMarkerUpkeep(...args);
  upkeep.start();
  return () => upkeep.stop();
}

/** Lets Dexie's promises and the marker's counting run. */
const settle = () => vi.advanceTimersByTimeAsync(0);

describe('the data marker upkeep', () => {
  it('records the database at start, then once after a burst of writes settles', async () => {
    const marker = memoryMarker();
    const stop = startMarkerUpkeep(ctx, marker);
    await vi.waitFor(() => expect(marker.writes).toHaveLength(1));
    expect(marker.writes[0]).toMatchObject({ instanceId: await readInstanceId(db), counts: { partnerships: 0 } });
    for (const name of ['One', 'Two', 'Three']) await createPartnership(ctx, acme(name));
    await settle();
    expect(marker.writes).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(MARKER_QUIET_MS);
    await vi.waitFor(() => expect(marker.writes).toHaveLength(2));
    expect(marker.writes[1]?.counts).toMatchObject({ partnerships: 3, activity: 3 });
    stop();
    await createPartnership(ctx, acme('Four'));
    await vi.advanceTimersByTimeAsync(MARKER_QUIET_MS * 2);
    expect(marker.writes).toHaveLength(2);
  });

  it('counts again only the tables a burst wrote to, and keeps the other counts', async () => {
    const marker = memoryMarker();
    const stop = startMarkerUpkeep(ctx, marker);
    await vi.waitFor(() => expect(marker.writes).toHaveLength(1));
    const untouched = BACKUP_TABLES.filter((table) => table !== 'partnerships' && table !== 'activity');
    const counted = untouched.map((table) => vi.spyOn(db[table], 'count'));
    await createPartnership(ctx, acme('One'));
    await vi.advanceTimersByTimeAsync(MARKER_QUIET_MS);
    await vi.waitFor(() => expect(marker.writes).toHaveLength(2));
    stop();
    expect(untouched.filter((_, i) => counted[i]!.mock.calls.length > 0)).toEqual([]);
    // Every count as a count of every table gives it, though only the two written were counted again.
    expect(marker.writes[1]?.counts).toEqual(await countBackupTables(ctx));
    expect(marker.writes[1]?.counts).toMatchObject({ partnerships: 1, activity: 1 });
  });

  it('lets the start-up check see a database that held records and now opens empty as missing', async () => {
    const marker = memoryMarker();
    const stop = startMarkerUpkeep(ctx, marker);
    await createPartnership(ctx, acme('One'));
    await vi.advanceTimersByTimeAsync(MARKER_QUIET_MS);
    await vi.waitFor(() => expect(marker.writes.at(-1)?.counts.partnerships).toBe(1));
    stop();
    expect((await checkData(ctx, marker)).verdict).toEqual({ missing: false });
    // Chromium deletes the damaged database and makes a new one of the same name.
    const name = db.name;
    await db.delete();
    db = new StewardDb(name);
    await db.open();
    expect((await checkData({ db, now: ctx.now }, marker)).verdict).toMatchObject({ missing: true, reason: 'replaced' });
  });

  it('starts from the start-up check\'s count, counting again only the tables written since it was created', async () => {
    const marker = memoryMarker();
    const one = await createPartnership(ctx, acme('One'));
    const upkeep = createMarkerUpkeep(ctx, marker);
    const { verdict, counted } = await checkData(ctx, marker);
    expect(verdict).toEqual({ missing: false });
    expect(counted).toMatchObject({ instanceId: await readInstanceId(db), counts: { partnerships: 1, activity: 1 } });
    // Team sync's pull, say, writes between the check and the first screen.
    await createStakeholder(ctx, { partnershipId: one.id, side: 'partner', name: 'Lee Chen', function: 'executive', roles: ['sponsor'] });
    const counts = BACKUP_TABLES.map((table) => vi.spyOn(db[table], 'count'));
    upkeep.start(counted);
    await settle();
    // Written at once from the check's count, without counting a table.
    expect(marker.writes).toEqual([counted]);
    await vi.advanceTimersByTimeAsync(MARKER_QUIET_MS);
    await vi.waitFor(() => expect(marker.writes).toHaveLength(2));
    upkeep.stop();
    expect(BACKUP_TABLES.filter((_, i) => counts[i]!.mock.calls.length > 0).sort()).toEqual(['activity', 'stakeholders']);
    expect(marker.writes[1]?.counts).toEqual(await countBackupTables(ctx));
    expect(marker.writes[1]?.counts).toMatchObject({ partnerships: 1, stakeholders: 1, activity: 2 });
  });

  it('writes nothing before it is started, and nothing once stopped', async () => {
    const marker = memoryMarker();
    const upkeep = createMarkerUpkeep(ctx, marker);
    await createPartnership(ctx, acme('One'));
    await vi.advanceTimersByTimeAsync(MARKER_QUIET_MS * 2);
    expect(marker.writes).toEqual([]);
    upkeep.stop();
    upkeep.start();
    await vi.advanceTimersByTimeAsync(MARKER_QUIET_MS * 2);
    expect(marker.writes).toEqual([]);
  });
});
