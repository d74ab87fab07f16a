// The team-sync part of the benchmark, on the page's side: a fresh machine joins a team whose
// server already holds the portfolio and pulls it into a database of its own (the real
// IndexedDB, the app's sync context and connection), and then waits for single edits another
// member makes. tests/bench/syncBench.ts starts the server, seeds it and makes the edits.
import { SYNCED_TABLES, isLocalActivityId } from '@shared/sync/fields';
import type { DbContext } from '../db/context';
import { StewardDb } from '../db/schema';
import { createSyncContext } from '../db/sync';
import type { TeamConnection } from '../db/sync/connection';
import { connectTeam } from '../db/sync/connection';
import { rawLoad } from './rawBaseline';
import type { SyncAwaitRequest, SyncPullRequest } from './syncBenchRequests';

const DB_NAME = 'steward-sync-bench';

interface Joined {
  readonly app: DbContext;
  readonly connection: TeamConnection;
}

/**
 * The records of the synced tables, less this machine's own activity notes ("Synced: …", which
 * land with the records they note): counting those made a pull look done before its last
 * partnerships had landed.
 */
async function countSynced(app: DbContext): Promise<number> {
  const counts = await Promise.all(SYNCED_TABLES.map((name) => app.db.table(name).count()));
  const notes = (await app.db.activity.toCollection().primaryKeys()).filter((id) => isLocalActivityId(String(id))).length;
  return counts.reduce((a, b) => a + b, 0) - notes;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `condition` every few milliseconds; throws after `limitMs`. */
async function until(what: string, condition: () => Promise<boolean> | boolean, limitMs: number, everyMs: number): Promise<void> {
  const deadline = performance.now() + limitMs;
  while (!(await condition())) {
    if (performance.now() > deadline) throw new Error(`The sync benchmark timed out waiting for ${what}`);
    await pause(everyMs);
  }
}

export function createSyncBench() {
  let joined: Joined | undefined;
  return {
    /** Joins with an empty database and times until every document is synced, and until every record is in its tables. */
    async syncPull(request: SyncPullRequest): Promise<{ readonly docsMs: number; readonly ms: number; readonly records: number }> {
      await joined?.connection.close();
      joined?.app.db.close();
      await new StewardDb(DB_NAME).delete();
      const app: DbContext = { db: new StewardDb(DB_NAME), now: () => new Date() };
      const sync = createSyncContext(app, { member: request.member, log: (message) => console.warn(`Team sync: ${message}`) });
      await app.db.open();
      const start = performance.now();
      const connection = connectTeam({ url: request.url, token: request.token, sync });
      joined = { app, connection };
      // The documents are all here once every partnership is connected and the status says synced
      // (the tables may still be catching up); the pull is done when the tables hold every record.
      let docsMs: number | undefined;
      const unsubscribe = connection.subscribe((status) => {
        if (docsMs === undefined && status.kind === 'synced' && connection.connected().length >= request.partnerships) docsMs = performance.now() - start;
      });
      // Counting every table costs the page time too: twice a second is enough.
      await until('the pulled records', async () => (await countSynced(app)) >= request.records, 1_800_000, 500);
      await until('the synced status', () => connection.status().kind === 'synced', 600_000, 20);
      const ms = performance.now() - start;
      unsubscribe();
      return { docsMs: docsMs ?? ms, ms, records: await countSynced(app) };
    },
    /** Resolves with the wall-clock time (epoch ms) at which the field first holds the value in this machine's table. */
    async syncAwait(request: SyncAwaitRequest): Promise<number> {
      const app = joined?.app;
      if (!app) throw new Error('syncAwait before syncPull');
      const holds = async () => ((await app.db.table(request.table).get(request.id)) as Record<string, unknown> | undefined)?.[request.field] === request.value;
      await until(`${request.table} ${request.id} to show the edit`, holds, 60_000, 2);
      return performance.timeOrigin + performance.now();
    },
    /**
     * The baseline the pull is compared with: the records the pull brought, written with the bare
     * IndexedDB API into a scratch database with the same stores and indexes, in one transaction
     * (rawBaseline.ts), in this same page and profile. Resolves with the write's milliseconds.
     */
    async syncRaw(): Promise<number> {
      const app = joined?.app;
      if (!app) throw new Error('syncRaw before syncPull');
      const lists = await Promise.all(SYNCED_TABLES.map(async (name) => ((await app.db.table(name).toArray()) as { id: string }[]).filter((row) => !isLocalActivityId(String(row.id)))));
      return rawLoad(app.db, Object.fromEntries(SYNCED_TABLES.map((name, i) => [name, lists[i]!])));
    },
    async syncLeave(): Promise<void> {
      await joined?.connection.close();
      joined?.app.db.close();
      joined = undefined;
      await new StewardDb(DB_NAME).delete();
    },
  };
}
