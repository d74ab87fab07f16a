// Two sync server instances on one PostgreSQL and one Redis (a real redis-server this file
// starts on a free port, with a folder of its own and nothing saved), a client on each:
// edits cross between the instances both ways, concurrent edits to different fields both
// survive, a revocation made once closes the member's connection on the other instance,
// and after both instances stop and one restarts the documents hold everything. Also the
// store that two writers of one document share: an update logged while another writer
// stores is kept. The clock is fixed (tokens are checked against it); waits poll.
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { loadState, storeState } from '../../server/documents';
import { answers, freePort } from '../../server/postgres';
import { redisTarget } from '../../server/redis';
import type { RunningSyncServer } from '../../server/syncServer';
import { startSyncServer } from '../../server/syncServer';
import { ACCESS_CHANGED, REFUSALS, partnershipDocumentName } from '../../shared/sync/protocol';
import type { Client } from './support';
import { TEST_SECRET, confirmed, connect, dataFolder, invitation, records, teamCommand, waitFor } from './support';

const NOW = new Date('2026-11-02T09:00:00.000Z');
const REDIS_SERVER = '/usr/bin/redis-server';

const SHARED_ID = '019a4e1c-7a00-7000-8000-00000000b001';
const SHARED = partnershipDocumentName(SHARED_ID, 'shared');
const BOBS_OWN = partnershipDocumentName('019a4e1c-7a00-7000-8000-00000000b002', 'shared');

interface RedisProcess {
  readonly child: ChildProcess;
  readonly url: string;
  readonly exited: Promise<void>;
}

/** A redis-server of this file's own: a free port, its own folder, no snapshot, no append-only file. */
async function startRedis(dir: string): Promise<RedisProcess> {
  // .ci/run installs Debian's redis-server; a machine without it fails here, saying so, rather than skipping.
  if (!existsSync(REDIS_SERVER)) throw new Error(`${REDIS_SERVER} is missing: apt-get install redis-server (.ci/run does, in its system packages step)`);
  const port = await freePort();
  const child = spawn(REDIS_SERVER, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], { stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  child.stdout!.on('data', (chunk: Buffer) => output.push(chunk.toString('utf8')));
  child.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString('utf8')));
  const exited = new Promise<void>((done) => child.on('exit', () => done()));
  await waitFor('redis-server to accept connections', async () => child.exitCode !== null || (await answers(port))).catch((error: unknown) => {
    throw new Error(`${String(error)}; it wrote:\n${output.join('').slice(-2000)}`);
  });
  if (child.exitCode !== null) throw new Error(`redis-server exited (${child.exitCode}); it wrote:\n${output.join('').slice(-2000)}`);
  return { child, url: `redis://127.0.0.1:${port}`, exited };
}

let redisDir: string;
let redis: RedisProcess | undefined;
let dataA: string;
let dataB: string;
let first: RunningSyncServer | undefined;
let second: RunningSyncServer | undefined;
let alice: { token: string; memberId: string };
let bob: { token: string; memberId: string };
const clients: Client[] = [];

function client(server: RunningSyncServer, name: string, token: string): Client {
  const made = connect(server.url, name, token);
  clients.push(made);
  return made;
}

/** Instance A runs the embedded PostgreSQL; instance B uses it through A's connection string, as it would DATABASE_URL. */
async function startInstance(dataDir: string, databaseUrl?: string): Promise<RunningSyncServer> {
  return startSyncServer({ port: 0, host: '127.0.0.1', dataDir, databaseUrl, redisUrl: redis!.url, secret: TEST_SECRET, now: () => NOW, log: (line) => logged.push(line) });
}

/** What the instances said to their operator. */
const logged: string[] = [];

beforeAll(async () => {
  redisDir = dataFolder('redis');
  dataA = dataFolder('redis-a');
  dataB = dataFolder('redis-b');
  redis = await startRedis(redisDir);
  first = await startInstance(dataA);
  second = await startInstance(dataB, first.connectionString);
  alice = invitation(await teamCommand(dataA, NOW, 'team', 'create', '--name', 'Scaled team', '--owner-name', 'Alice', '--owner-email', 'alice@example.com'));
  bob = invitation(await teamCommand(dataA, NOW, 'invite', '--name', 'Bob', '--email', 'bob@example.com'));
}, 120_000);

afterAll(async () => {
  for (const made of clients) made.destroy();
  await second?.stop();
  await first?.stop();
  if (redis && redis.child.exitCode === null) {
    redis.child.kill('SIGKILL');
    await redis.exited;
  }
  for (const dir of [dataA, dataB, redisDir]) if (dir) rmSync(dir, { recursive: true, force: true });
}, 60_000);

describe('two instances with Redis', () => {
  let onA: Client;
  let onB: Client;

  it('carry an edit made on one instance to a client on the other, both ways', async () => {
    onA = client(first!, SHARED, alice.token);
    records(onA.doc).set('name', 'Contoso');
    await confirmed(onA); // Alice, the first to push, owns it
    expect((await teamCommand(dataA, NOW, 'share', '--partnership', SHARED_ID, '--member', 'bob@example.com', '--role', 'editor')).code).toBe(0);

    onB = client(second!, SHARED, bob.token);
    await waitFor('Bob on B to receive what Alice wrote on A', () => records(onB.doc).get('name') === 'Contoso');
    records(onA.doc).set('stage', 'Active');
    await waitFor('an edit on A to reach Bob on B', () => records(onB.doc).get('stage') === 'Active');
    records(onB.doc).set('renewal', '2027-03-31');
    await waitFor('an edit on B to reach Alice on A', () => records(onA.doc).get('renewal') === '2027-03-31');
  });

  it('keep both of two concurrent edits to different fields, and agree on a field both changed', async () => {
    // Set in one turn: neither instance has relayed anything when the other client writes.
    for (let i = 0; i < 20; i += 1) {
      records(onA.doc).set(`from-a-${i}`, `Alice ${i}`);
      records(onB.doc).set(`from-b-${i}`, `Bob ${i}`);
    }
    records(onA.doc).set('owner', 'Alice');
    records(onB.doc).set('owner', 'Bob');
    const complete = (doc: Y.Doc) => Array.from({ length: 20 }, (_, i) => records(doc).get(`from-a-${i}`) === `Alice ${i}` && records(doc).get(`from-b-${i}`) === `Bob ${i}`).every(Boolean);
    await waitFor('both clients to hold both sets of edits', () => complete(onA.doc) && complete(onB.doc));
    await waitFor('both clients to agree on the field both changed', () => records(onA.doc).get('owner') === records(onB.doc).get('owner'));
    expect(records(onA.doc).toJSON()).toEqual(records(onB.doc).toJSON());
    await confirmed(onA);
    await confirmed(onB);
  });

  it('close a member’s connection on the other instance when a team command revokes them', async () => {
    const carol = invitation(await teamCommand(dataA, NOW, 'invite', '--name', 'Carol', '--email', 'carol@example.com'));
    expect((await teamCommand(dataA, NOW, 'share', '--partnership', SHARED_ID, '--member', 'carol@example.com', '--role', 'editor')).code).toBe(0);
    const carolOnB = client(second!, SHARED, carol.token);
    await waitFor('Carol on B to read the partnership', () => records(carolOnB.doc).get('name') === 'Contoso');

    // The command works on A's database only; B learns of it through PostgreSQL's NOTIFY.
    expect((await teamCommand(dataA, NOW, 'revoke', '--member', 'carol@example.com')).code).toBe(0);
    await waitFor('B to close Carol’s connection and refuse her reconnection', () => carolOnB.refusals.length > 0);
    expect(carolOnB.closes).toContain(ACCESS_CHANGED);
    expect(carolOnB.refusals[0]).toBe(REFUSALS.revoked);
    const carolOnA = client(first!, SHARED, carol.token);
    await waitFor('A to refuse Carol', () => carolOnA.refusals.length > 0);
    expect(carolOnA.refusals[0]).toBe(REFUSALS.revoked);
    carolOnB.destroy();
    carolOnA.destroy();
  });

  it('leave everything in PostgreSQL once both stop: one instance restarted serves all of it', async () => {
    const bobsOwn = client(second!, BOBS_OWN, bob.token);
    records(bobsOwn.doc).set('name', 'Written on B only');
    await confirmed(bobsOwn);
    const expected = records(onA.doc).toJSON();

    // B stops with its clients still connected (it stores their documents), A after them.
    await second!.stop();
    second = undefined;
    for (const made of clients) made.destroy();
    await first!.stop();
    first = undefined;
    expect(logged.filter((line) => line.includes('stored'))).toEqual([]); // every document stored in time: no warning for the operator

    first = await startInstance(dataA);
    const { rows } = await first.pool.query<{ count: string }>('select count(*) from document_updates where name = any($1)', [[SHARED, BOBS_OWN]]);
    expect(Number(rows[0]!.count)).toBe(0); // both stops stored their documents and folded the log

    const aliceAgain = client(first, SHARED, alice.token);
    const bobAgain = client(first, BOBS_OWN, bob.token);
    await waitFor('the restarted instance to serve both documents', () => aliceAgain.provider.isSynced && bobAgain.provider.isSynced);
    expect(records(aliceAgain.doc).toJSON()).toEqual(expected);
    expect(Object.keys(expected)).toHaveLength(44); // name, stage, renewal, owner and 2 × 20 concurrent edits
    expect(records(bobAgain.doc).get('name')).toBe('Written on B only');
  });
});

describe('two writers storing one document', () => {
  const NAME = partnershipDocumentName('019a4e1c-7a00-7000-8000-00000000b003', 'shared');

  function update(key: string): Uint8Array {
    const doc = new Y.Doc();
    records(doc).set(key, 'kept');
    return Y.encodeStateAsUpdate(doc);
  }

  it('keeps an update logged by one instance while the other was storing the document', async () => {
    const pool = first!.pool;
    // Instance A logs an update in a transaction that has taken its id but not committed yet.
    const logging = new pg.Client({ connectionString: first!.connectionString });
    logging.on('error', () => undefined);
    await logging.connect();
    try {
      await logging.query('begin');
      await logging.query('insert into document_updates (name, update) values ($1, $2)', [NAME, Buffer.from(update('logged-first'))]);
      // Another update, a later id, committed at once.
      await pool.query('insert into document_updates (name, update) values ($1, $2)', [NAME, Buffer.from(update('logged-second'))]);

      // Instance B stores the document; A's transaction commits just after B has read the log.
      const storing = await pool.connect();
      const committingMidway = new Proxy(storing, {
        get(target, property, receiver) {
          if (property !== 'query') return Reflect.get(target, property, receiver) as unknown;
          return async (sql: string, values?: unknown[]) => {
            const result = await target.query(sql, values);
            if (sql.startsWith('select id, update from document_updates')) await logging.query('commit');
            return result;
          };
        },
      });
      const poolOfB = { connect: async () => committingMidway } as unknown as pg.Pool;
      await storeState(poolOfB, NAME, update('in-memory'));

      const doc = new Y.Doc();
      Y.applyUpdate(doc, (await loadState(pool, NAME))!);
      expect(records(doc).toJSON()).toEqual({ 'logged-first': 'kept', 'logged-second': 'kept', 'in-memory': 'kept' });
    } finally {
      await logging.end();
    }
  });
});

describe('the Redis URL', () => {
  it('reads host, port, credentials, database and TLS from redis:// and rediss:// URLs', () => {
    expect(redisTarget('redis://10.0.0.5')).toEqual({ host: '10.0.0.5', port: 6379, options: {} });
    expect(redisTarget('rediss://steward:p%40ss@cache.example.com:6380/2')).toEqual({
      host: 'cache.example.com',
      port: 6380,
      options: { username: 'steward', password: 'p@ss', db: 2, tls: {} },
    });
    expect(redisTarget('redis://[::1]:7000').host).toBe('::1');
  });

  it('refuses what is not one, naming what is wrong', () => {
    expect(() => redisTarget('localhost:6379')).toThrow('must start with redis:// or rediss://');
    expect(() => redisTarget('not a url')).toThrow('is not a URL');
    expect(() => redisTarget('redis://127.0.0.1/cache')).toThrow('names database "cache", which is not a number');
  });

  it('stops a start whose Redis does not answer, with its address and the connection error', async () => {
    const nobody = await freePort();
    await expect(
      startSyncServer({ port: 0, host: '127.0.0.1', dataDir: dataB, databaseUrl: first!.connectionString, redisUrl: `redis://127.0.0.1:${nobody}`, secret: TEST_SECRET }),
    ).rejects.toThrow(`Redis at redis://127.0.0.1:${nobody} did not answer: connect ECONNREFUSED 127.0.0.1:${nobody}`);
  });
});
