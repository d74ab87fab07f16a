// The sync server as the operator runs it (`server/main.ts` in a child process, embedded
// PostgreSQL under it), killed with SIGKILL together with its PostgreSQL while a client is
// sending: after a restart nothing the client had been told is synced is missing. Then a
// clean stop (SIGTERM): documents stored, the write-ahead log folded, PostgreSQL stopped;
// and a terminal's Ctrl-C, which PostgreSQL receives as well: a prompt stop, nothing lost.
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { loadState } from '../../server/documents';
import { openDatabase } from '../../server/postgres';
import { partnershipDocumentName } from '../../shared/sync/protocol';
import type { Client } from './support';
import { TEST_SECRET, confirmed, connect, dataFolder, invitation, records, teamCommand, waitFor } from './support';

const root = resolve(import.meta.dirname, '../..');
const NAME = partnershipDocumentName('019a4e1c-7a00-7000-8000-00000000c001', 'shared');

interface ServerProcess {
  readonly child: ChildProcess;
  readonly url: string;
  readonly exited: Promise<number | null>;
  readonly output: string[];
}

/** `npm run sync-server` without npm: one node process, in a process group of its own (with its PostgreSQL). */
async function startServerProcess(dataDir: string): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts', '--port', '0', '--data', dataDir], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, STEWARD_SYNC_SECRET: TEST_SECRET },
  });
  const output: string[] = [];
  child.stdout!.on('data', (chunk: Buffer) => output.push(chunk.toString('utf8')));
  child.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString('utf8')));
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  await waitFor('the server to say where it listens', () => child.exitCode !== null || /listening on ws:\/\/\S+/.test(output.join('')), 60_000).catch((error: unknown) => {
    throw new Error(`${String(error)}; it wrote:\n${output.join('').slice(-4000)}`);
  });
  const url = /listening on (ws:\/\/\S+)/.exec(output.join(''))?.[1];
  if (!url) throw new Error(`the server exited (${child.exitCode}); it wrote:\n${output.join('').slice(-4000)}`);
  return { child, url, exited, output };
}

let dataDir: string;
let running: ServerProcess | undefined;
const clients: Client[] = [];

beforeAll(() => {
  dataDir = dataFolder('crash');
});

afterAll(async () => {
  for (const made of clients) made.destroy();
  if (running && running.child.exitCode === null) {
    process.kill(-running.child.pid!, 'SIGKILL');
    await running.exited;
  }
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}, 60_000);

describe('the server killed mid-sync', () => {
  it('loses nothing a client had confirmed as synced, and stops cleanly on SIGTERM', async () => {
    running = await startServerProcess(dataDir);
    // The child server checks tokens against the real clock, so this token is issued now.
    const alice = invitation(await teamCommand(dataDir, new Date(), 'team', 'create', '--name', 'Crash team', '--owner-name', 'Alice', '--owner-email', 'alice@example.com'));

    const writer = connect(running.url, NAME, alice.token);
    clients.push(writer);
    // Edits after the handshake: the provider resets its count of unconfirmed changes when it
    // (re)connects, so only then does "0 unsynced" mean the server acknowledged each one.
    await confirmed(writer);
    // Each change its own message; the server's debounced store (2 s) has not run when it dies.
    for (let i = 0; i < 40; i += 1) records(writer.doc).set(`confirmed-${i}`, `value ${i}`);
    await confirmed(writer);
    const confirmedKeys = [...records(writer.doc).keys()];
    for (let i = 0; i < 40; i += 1) records(writer.doc).set(`in-flight-${i}`, `value ${i}`);
    const postmaster = Number(readFileSync(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
    process.kill(-running.child.pid!, 'SIGKILL'); // the server and its PostgreSQL, at once
    await running.exited;
    // Orphaned by the kill, the old postmaster is reaped by init a moment later; until then
    // PostgreSQL takes its lock file as held by a live process and will not start.
    await waitFor('the killed PostgreSQL to be reaped', () => !existsSync(`/proc/${postmaster}`));
    writer.destroy(); // the client is gone too: only the server's copy can answer

    running = await startServerProcess(dataDir);
    const reader = connect(running.url, NAME, alice.token);
    clients.push(reader);
    await waitFor('a fresh client to sync', () => reader.provider.isSynced);
    const after = records(reader.doc);
    expect(confirmedKeys).toHaveLength(40);
    expect(confirmedKeys.filter((key) => !after.has(key))).toEqual([]);
    reader.destroy();

    running.child.kill('SIGTERM');
    expect(await running.exited).toBe(0);
    expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false); // PostgreSQL stopped, no orphan
    const database = await openDatabase({ dataDir });
    try {
      const stored = await database.pool.query('select name from documents where name = $1', [NAME]);
      const pending = await database.pool.query('select id from document_updates where name = $1', [NAME]);
      expect(stored.rowCount).toBe(1);
      expect(pending.rowCount).toBe(0); // the clean stop stored the document and folded the log
    } finally {
      await database.close();
    }
  }, 180_000);

  it('stops promptly on a terminal’s Ctrl-C, which reaches its PostgreSQL too, keeping what was confirmed', async () => {
    running = await startServerProcess(dataDir);
    const token = invitation(await teamCommand(dataDir, new Date(), 'token', '--member', 'alice@example.com')).token;
    const writer = connect(running.url, NAME, token);
    clients.push(writer);
    await confirmed(writer);
    records(writer.doc).set('before-ctrl-c', 'kept');
    await confirmed(writer);
    process.kill(-running.child.pid!, 'SIGINT'); // a terminal signals the whole foreground group
    expect(await running.exited).toBe(0);
    writer.destroy();
    expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
    const database = await openDatabase({ dataDir });
    try {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, (await loadState(database.pool, NAME))!);
      expect(records(doc).get('before-ctrl-c')).toBe('kept');
    } finally {
      await database.close();
    }
  }, 120_000);
});
