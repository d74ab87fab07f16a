// A team command as the operator runs it with no sync server running (`npm run sync-server --
// team create …` in a process of its own): it starts the embedded PostgreSQL itself, prints
// the invitation, stops the cluster and exits. The process once stayed alive for two more
// minutes after printing the token: the readiness poll that lost its race with the cluster's
// own "ready" line went on retrying the stopped cluster. And that poll on its own: it stops
// as soon as its signal aborts.
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, readyForQueries } from '../../server/postgres';
import { TEST_SECRET, dataFolder } from './support';

const root = resolve(import.meta.dirname, '../..');

let dataDir: string;

beforeAll(() => {
  dataDir = dataFolder('team-command');
});

afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

interface Ended {
  /** The exit code, or 'still running' when the process was still alive at the limit (and was killed). */
  readonly code: number | null | 'still running';
  readonly output: string;
}

/** `npm run sync-server -- <args>` without npm, given `limitMs` to exit on its own. */
function runCommand(args: readonly string[], limitMs: number): Promise<Ended> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts', ...args], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, STEWARD_SYNC_SECRET: TEST_SECRET },
    });
    const output: string[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString('utf8')));
    const limit = setTimeout(() => {
      child.kill('SIGKILL');
      done({ code: 'still running', output: output.join('') });
    }, limitMs);
    child.on('exit', (code) => {
      clearTimeout(limit);
      done({ code, output: output.join('') });
    });
  });
}

describe('a team command with no server running', () => {
  it('creates the team, prints the invitation, stops its PostgreSQL and exits on its own', { timeout: 120_000 }, async () => {
    // Its own PostgreSQL starts and stops in a few seconds; the lingering poll kept the process two minutes more.
    const ended = await runCommand(['team', 'create', '--name', 'Northwind alliances', '--owner-name', 'Alice', '--owner-email', 'alice@example.com', '--data', dataDir], 90_000);
    expect(ended.output).toMatch(/Team "Northwind alliances" created/);
    expect(ended.output).toMatch(/Invitation token for Alice <alice@example\.com>/);
    expect(ended.code).toBe(0);
    // The cluster it started is stopped: PostgreSQL removes its pid file when it shuts down.
    expect(existsSync(join(dataDir, 'postgres', 'PG_VERSION'))).toBe(true);
    expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
  });
});

describe('the readiness poll', () => {
  it('stops trying once its signal aborts, against a port nothing listens on', async () => {
    const port = await freePort();
    const decided = new AbortController();
    const polling = readyForQueries(`postgres://steward:none@127.0.0.1:${port}/postgres`, decided.signal);
    let settled = false;
    void polling.then(() => (settled = true));
    // Refused attempts go on while nothing decides (a real start takes a second or more).
    await new Promise((done) => setTimeout(done, 500));
    expect(settled).toBe(false);
    decided.abort();
    await expect(polling).resolves.toBeUndefined();
  });
});
