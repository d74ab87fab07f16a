// The team-sync part of `npm run bench`: a real sync server (Hocuspocus with embedded
// PostgreSQL, in a temporary folder), seeded with a portfolio by Alice's first machine (this
// process: each partnership's two Yjs documents, built by shared/sync/documents.ts, pushed
// by real providers over `ws`); then Alice's second machine, the benchmark page in Chromium,
// joins with an empty database and pulls it all into its tables (the real IndexedDB); then
// the first machine edits one commitment at a time and the page reports when its table shows
// the edit. Times are loopback times on this machine; nothing here is asserted.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import type { Page } from '@playwright/test';
import WebSocket from 'ws';
import type { Commitment, PortfolioSnapshot } from '../../shared/domain';
import { PARTNERSHIP_CHILD_TABLES } from '../../shared/domain';
import { SCALES, generatePortfolio } from '../../shared/sample/portfolioGenerator';
import type { PartnershipDocs, RecordEntry } from '../../shared/sync/documents';
import { createPartnershipDocs, docNames, writeRecords } from '../../shared/sync/documents';
import { partnershipOfRecord } from '../../shared/sync/fields';
import type { SyncedTable } from '../../shared/sync/fields';
import { runTeamCommand } from '../../server/commands';
import { startSyncServer } from '../../server/syncServer';
import type { SyncAwaitRequest, SyncPullRequest } from '../../renderer/bench/syncBenchRequests';
import { median } from './stats';

const SECRET = 'benchmark-secret-of-the-sync-server-0123456789';
const ORIGIN = Object.freeze({ steward: 'bench seed' });
const MEMBER = 'Alice';

export interface SyncBenchResult {
  readonly scale: string;
  readonly records: number;
  readonly partnerships: number;
  readonly pushMs: number;
  /** Until every document is synced on the fresh machine. */
  readonly pullDocsMs: number;
  /** Until every record is in its tables too. */
  readonly pullMs: number;
  /** The same records written with the bare IndexedDB API in one transaction, in the same page (rawBaseline.ts). */
  readonly rawMs: number;
  readonly editMs: readonly number[];
  readonly editMedianMs: number;
}

/** Every record of the portfolio that lives in a partnership's documents, by partnership. */
function entriesByPartnership(snapshot: PortfolioSnapshot): Map<string, RecordEntry[]> {
  const tables: SyncedTable[] = ['partnerships', ...PARTNERSHIP_CHILD_TABLES, 'activity'];
  const byPartnership = new Map<string, RecordEntry[]>();
  for (const table of tables) {
    for (const record of snapshot[table] as readonly object[]) {
      const partnershipId = partnershipOfRecord(table, record as Readonly<Record<string, unknown>>);
      if (!partnershipId) continue;
      const list = byPartnership.get(partnershipId) ?? [];
      list.push({ table, record });
      byPartnership.set(partnershipId, list);
    }
  }
  return byPartnership;
}

async function teamCommand(dataDir: string, ...args: string[]): Promise<string[]> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runTeamCommand([...args, '--data', dataDir], { stdout: (line) => out.push(line), stderr: (line) => err.push(line), now: () => new Date(), env: { STEWARD_SYNC_SECRET: SECRET } });
  if (code !== 0) throw new Error(`sync-server ${args.join(' ')} failed: ${[...out, ...err].join('\n')}`);
  return out;
}

async function until(what: string, condition: () => boolean, limitMs: number): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`The sync benchmark timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Alice's first machine: the documents of every partnership, on one socket, one provider per document. */
function seed(url: string, token: string, snapshot: PortfolioSnapshot) {
  const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket, delay: 200, minDelay: 200, maxDelay: 1000 });
  const providers: HocuspocusProvider[] = [];
  const docs = new Map<string, PartnershipDocs>();
  for (const [partnershipId, entries] of entriesByPartnership(snapshot)) {
    const pair = createPartnershipDocs(partnershipId);
    writeRecords(pair, entries, ORIGIN, MEMBER);
    docs.set(partnershipId, pair);
    const names = docNames(partnershipId);
    for (const [name, document] of [
      [names.shared, pair.shared],
      [names.internal, pair.internal],
    ] as const) {
      const provider = new HocuspocusProvider({ websocketProvider: socket, name, token, document });
      provider.attach();
      providers.push(provider);
    }
  }
  return {
    docs,
    confirmed: () => providers.every((p) => p.isSynced && p.unsyncedChanges === 0),
    close() {
      for (const p of providers) p.destroy();
      socket.destroy();
    },
  };
}

function pageCall<T>(page: Page, name: 'syncPull' | 'syncAwait' | 'syncRaw' | 'syncLeave', arg?: SyncPullRequest | SyncAwaitRequest): Promise<T> {
  return page.evaluate(
    ([op, value]) => {
      const api = (globalThis as unknown as { __stewardSyncBench: Record<string, (v: unknown) => Promise<unknown>> }).__stewardSyncBench;
      return api[op]!(value);
    },
    [name, arg] as const,
  ) as Promise<T>;
}

/** Seeds a server with the scale's portfolio, times the page's pull, then `edits` single edits. */
export async function benchSync(page: Page, scale: keyof typeof SCALES, edits: number): Promise<SyncBenchResult> {
  const dataDir = mkdtempSync(join(tmpdir(), 'steward-bench-sync-'));
  chmodSync(dataDir, 0o755); // as root PostgreSQL runs as `postgres`, which must enter it
  const server = await startSyncServer({ port: 0, host: '127.0.0.1', dataDir, secret: SECRET });
  let seeded: ReturnType<typeof seed> | undefined;
  try {
    const token = (await teamCommand(dataDir, 'team', 'create', '--name', 'Bench alliances', '--owner-name', MEMBER, '--owner-email', 'alice@example.com')).at(-1)!;
    const snapshot = generatePortfolio({ ...SCALES[scale], today: new Date().toISOString().slice(0, 10) });
    const pushStart = Date.now();
    seeded = seed(server.url, token, snapshot);
    await until('the server to confirm the seeded documents', seeded.confirmed, 600_000);
    const pushMs = Date.now() - pushStart;
    const records = [...entriesByPartnership(snapshot).values()].reduce((sum, list) => sum + list.length, 0);
    console.log(`  sync ${scale}: ${records} records in ${seeded.docs.size} partnerships pushed in ${pushMs} ms; pulling into the page …`);

    const pulled = await pageCall<{ docsMs: number; ms: number; records: number }>(page, 'syncPull', { url: server.url, token, member: MEMBER, records, partnerships: seeded.docs.size });
    const editMs: number[] = [];
    const open = snapshot.commitments.filter((c) => !c.deletedAt);
    for (let i = 0; i < edits; i += 1) {
      const commitment: Commitment = open[(i * 7919) % open.length]!;
      const title = `${commitment.title} (edit ${i + 1})`;
      const seen = pageCall<number>(page, 'syncAwait', { table: 'commitments', id: commitment.id, field: 'title', value: title });
      const start = Date.now();
      writeRecords(seeded.docs.get(commitment.partnershipId)!, [{ table: 'commitments', record: { ...commitment, title }, fields: ['title'] }], ORIGIN, MEMBER);
      editMs.push((await seen) - start);
    }
    // After the edits, so they are timed right after the pull, as a member would make them.
    const rawMs = await pageCall<number>(page, 'syncRaw');
    await pageCall(page, 'syncLeave');
    return { scale, records: pulled.records, partnerships: seeded.docs.size, pushMs, pullDocsMs: pulled.docsMs, pullMs: pulled.ms, rawMs, editMs, editMedianMs: median(editMs) };
  } finally {
    seeded?.close();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true, maxRetries: 5 });
  }
}

/** The sync results as a Markdown table, with the target beside the pull. */
export function syncTable(result: SyncBenchResult): string {
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  return [
    `Team sync, ${result.scale} (${result.records.toLocaleString('en-GB')} records in ${result.partnerships} partnerships), loopback:`,
    '',
    '| operation | time | target |',
    '|---|---:|---:|',
    `| first machine pushes the portfolio to the server | ${seconds(result.pushMs)} | — |`,
    `| a fresh machine has every document synced | ${seconds(result.pullDocsMs)} | — |`,
    `| … and every record in its tables (the pull) | ${seconds(result.pullMs)} | under 10 s |`,
    `| the same records written raw to IndexedDB in one transaction | ${seconds(result.rawMs)} | — |`,
    `| the pull / the raw write | ${(result.pullMs / result.rawMs).toFixed(2)}× | — |`,
    `| an edit reaches the other machine's table (median of ${result.editMs.length}) | ${result.editMedianMs.toFixed(1)} ms | — |`,
  ].join('\n');
}
