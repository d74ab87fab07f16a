// What the sync server's tests share: a data folder PostgreSQL may use, the team commands
// run in-process with their output kept, real Hocuspocus providers over `ws` whose received
// frames are recorded, and a poll that waits for a condition (never a timing assertion).
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { runTeamCommand } from '../../server/commands';

/** A fresh data folder. As root PostgreSQL runs as `postgres`, which must be able to enter it. */
export function dataFolder(label: string): string {
  const dir = mkdtempSync(join(tmpdir(), `steward-sync-${label}-`));
  chmodSync(dir, 0o755);
  return dir;
}

/** A secret for the tests' servers (the server wants at least 32 characters). */
export const TEST_SECRET = 'test-secret-of-the-sync-server-tests-0123456789';

export interface CommandResult {
  readonly code: number;
  readonly out: readonly string[];
  readonly err: readonly string[];
}

/** Runs `npm run sync-server -- <args>` in-process against the data folder's database. */
export async function teamCommand(dataDir: string, now: Date, ...args: string[]): Promise<CommandResult> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runTeamCommand([...args, '--data', dataDir], {
    stdout: (line) => out.push(line),
    stderr: (line) => err.push(line),
    now: () => now,
    env: { STEWARD_SYNC_SECRET: TEST_SECRET },
  });
  return { code, out, err };
}

/** The token a team command printed (its last line), with the member id the line before names. */
export function invitation(result: CommandResult): { token: string; memberId: string } {
  const memberId = /\(member ([0-9a-f-]{36})\)/.exec(result.out.at(-2) ?? '')?.[1];
  if (result.code !== 0 || !memberId) throw new Error(`no invitation in: ${[...result.out, ...result.err].join('\n')}`);
  return { token: result.out.at(-1)!, memberId };
}

export async function waitFor(what: string, condition: () => boolean | Promise<boolean>, limitMs = 20_000): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A `ws` WebSocket that keeps every frame it receives, for checks of what crossed the wire. */
function recordingSocket(frames: Buffer[]) {
  return class RecordingWebSocket extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols);
      this.on('message', (data: Buffer) => frames.push(Buffer.from(data)));
      // The provider removes its own listeners before closing: a socket closed while still
      // connecting (a test's teardown while the provider reconnects) would throw its error unhandled.
      this.on('error', () => undefined);
    }
  };
}

export interface Client {
  readonly doc: Y.Doc;
  readonly provider: HocuspocusProvider;
  readonly socket: HocuspocusProviderWebsocket;
  /** Every frame this client's socket received. */
  readonly frames: Buffer[];
  /** Reasons of permission-denied answers, in order. */
  readonly refusals: string[];
  /** Reasons of the server's close messages, in order. */
  readonly closes: string[];
  destroy(): void;
}

/** A real provider for one document, on its own socket. */
export function connect(url: string, name: string, token: string, doc = new Y.Doc()): Client {
  const frames: Buffer[] = [];
  const refusals: string[] = [];
  const closes: string[] = [];
  const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: recordingSocket(frames), delay: 100, minDelay: 100, maxDelay: 500 });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name,
    token,
    document: doc,
    onAuthenticationFailed: ({ reason }) => refusals.push(reason),
    onClose: ({ event }) => closes.push(event.reason),
  });
  provider.attach();
  return {
    doc,
    provider,
    socket,
    frames,
    refusals,
    closes,
    destroy() {
      provider.destroy();
      socket.destroy();
    },
  };
}

/** The map every test writes its records into. */
export const records = (doc: Y.Doc) => doc.getMap<string>('records');

/** Waits until the server has confirmed every change this client made (the provider's own count). */
export async function confirmed(client: Client): Promise<void> {
  await waitFor('the server to confirm the changes', () => client.provider.isSynced && client.provider.unsyncedChanges === 0);
}
