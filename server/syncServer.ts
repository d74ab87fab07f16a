// The team sync server: Hocuspocus over WebSocket with PostgreSQL persistence, access checks
// and the reaction to team commands (a LISTEN on the access channel), and with a Redis URL
// the relay that keeps several instances in step (server/redis.ts). `startSyncServer` is
// what `npm run sync-server` runs and what the tests start in-process.
import { Server } from '@hocuspocus/server';
import pg from 'pg';
import type { SyncContext } from './access';
import { accessControl, dropMemberConnections } from './access';
import { persistence } from './documents';
import { openDatabase } from './postgres';
import type { ScaleOut } from './redis';
import { redisTarget, scaleOut } from './redis';
import { ACCESS_CHANNEL, migrate } from './schema';
import { serverSecret } from './secret';

export interface SyncServerOptions {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  readonly databaseUrl?: string;
  /** REDIS_URL / --redis: several instances on one PostgreSQL and this Redis stay in step. */
  readonly redisUrl?: string;
  /** STEWARD_SYNC_SECRET; without it, the secret kept in the data folder. */
  readonly secret?: string;
  readonly now?: () => Date;
  /** Lines for the operator: refusals are not logged, failures are. */
  readonly log?: (line: string) => void;
}

export interface RunningSyncServer {
  readonly url: string;
  readonly port: number;
  readonly pool: pg.Pool;
  /** The database's connection string: DATABASE_URL, or the embedded cluster's (for another instance on it). */
  readonly connectionString: string;
  readonly secret: string;
  /** Stores every open document, closes the connections, then the database (and its cluster). */
  stop(): Promise<void>;
}

/** Documents one socket may have awaiting authentication: a portfolio of 2,500 partnerships. */
const MAX_PENDING_DOCUMENTS = 5000;

/** How long stop() waits for Hocuspocus to store its documents before closing the database anyway. */
const STORE_TIMEOUT_MS = 15_000;

export async function startSyncServer(options: SyncServerOptions): Promise<RunningSyncServer> {
  const log = options.log ?? (() => undefined);
  if (options.redisUrl) redisTarget(options.redisUrl); // a malformed URL is said before PostgreSQL starts
  const database = await openDatabase({ dataDir: options.dataDir, databaseUrl: options.databaseUrl });
  let redis: ScaleOut | undefined;
  try {
    await migrate(database.pool);
    const secret = await serverSecret(options.dataDir, options.secret);
    redis = options.redisUrl ? await scaleOut(options.redisUrl, log) : undefined;
    const server = new Server<SyncContext>({
      port: options.port,
      address: options.host,
      quiet: true,
      stopOnSignals: false, // server/main.ts owns the signals: Hocuspocus's handler would exit before the database closed
      // The app opens every document of a member's portfolio at once on one socket (two per
      // partnership), and Hocuspocus closes a socket with more than 100 awaiting authentication:
      // a member with 51 partnerships would never connect. Each pending document's messages stay
      // bounded by the per-connection queue limits (maxUnauthenticatedQueueSize/Messages).
      maxPendingDocuments: MAX_PENDING_DOCUMENTS,
      extensions: [
        ...(redis ? [redis.extension] : []),
        ...persistence(database.pool),
        accessControl({ pool: database.pool, secret, now: options.now ?? (() => new Date()) }),
      ],
    });
    await server.listen();
    const listener = await listenForAccessChanges(database.connectionString, (memberId) => {
      const closed = dropMemberConnections(server.hocuspocus, memberId);
      if (closed > 0) log(`access changed for member ${memberId}: closed ${closed} connection(s)`);
    });
    const port = server.address.port;
    return {
      url: `ws://${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}`,
      port,
      pool: database.pool,
      connectionString: database.connectionString,
      secret,
      async stop() {
        const open = server.hocuspocus.getDocumentsCount();
        const lost = new Promise<void>((done) => listener.once('end', () => done()));
        let stored = false; // the listener ends below after every stop: only an end before that is a lost database
        await Promise.race([
          withTimeout(server.destroy(), STORE_TIMEOUT_MS, () => log('some documents were not stored in time; their updates are kept in document_updates')).then(() => {
            stored = true;
          }),
          lost.then(() => {
            if (open > 0 && !stored) log(`PostgreSQL stopped before ${open} open document(s) could be stored; their updates are kept in document_updates`);
          }),
        ]);
        await listener.end().catch(() => undefined);
        redis?.disconnect(); // when storing timed out, the extension's onDestroy never ran
        await database.close();
      },
    };
  } catch (error) {
    redis?.disconnect();
    await database.close();
    throw error;
  }
}

async function listenForAccessChanges(connectionString: string, onChange: (memberId: string) => void): Promise<pg.Client> {
  const client = new pg.Client({ connectionString });
  client.on('error', () => undefined); // the cluster stopping under it at shutdown
  client.on('notification', (message) => {
    if (message.channel === ACCESS_CHANNEL && message.payload) onChange(message.payload);
  });
  await client.connect();
  await client.query(`listen ${ACCESS_CHANNEL}`);
  return client;
}

async function withTimeout(work: Promise<void>, ms: number, onTimeout: () => void): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<void>((resolve) => {
    timer = setTimeout(() => {
      onTimeout();
      resolve();
    }, ms);
  });
  await Promise.race([work, late]);
  clearTimeout(timer);
}
