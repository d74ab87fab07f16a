// Simulated team members for the sync tests: each its own Dexie database (fake-indexeddb,
// its own name) with the real repositories and its own sync context and documents, and a
// relay standing for the server: one merged pair of documents per partnership, which
// clients exchange Yjs updates with (by state vector, as y-protocols' sync steps do). No network.
import * as Y from 'yjs';
import { expect } from 'vitest';
import { excerptPartnership } from '@shared/partnershipExcerpt';
import type { ExcerptSources } from '@shared/partnershipExcerpt';
import type { PartnershipDocs } from '@shared/sync/documents';
import { createPartnershipDocs, docOf } from '@shared/sync/documents';
import { SYNCED_TABLES, isLocalActivityId } from '@shared/sync/fields';
import { canonicalJson } from '@shared/sync/documents';
import type { SyncContext } from '../../../../renderer/db/sync';
import { createSyncContext, openDocs, whenIdle } from '../../../../renderer/db/sync';
import { StewardDb } from '../../../../renderer/db/schema';
import type { TestContext } from '../testDb';
import { createTestContext } from '../testDb';

export interface Client {
  readonly member: string;
  readonly app: TestContext;
  readonly sync: SyncContext;
  readonly warnings: string[];
}

export function createClient(member: string, startIso = '2027-01-14T09:00:00.000Z'): Client {
  return attachSync(createTestContext(startIso), member);
}

/** A machine over this database, with team sync from now on. */
export function attachSync(app: TestContext, member: string): Client {
  const warnings: string[] = [];
  const sync = createSyncContext(app, { member, log: (message) => warnings.push(message) });
  return { member, app, sync, warnings };
}

/** The same machine after a restart: its database opened again, a new sync context (new Yjs client ids), the same clock. */
export function restart(client: Client): Client {
  client.app.db.close();
  return attachSync({ db: new StewardDb(client.app.db.name), now: client.app.now, advance: client.app.advance }, client.member);
}

/** The server's copy: every partnership's merged documents. */
export type Relay = Map<string, PartnershipDocs>;

/** Sends the relay what the client's documents have that it lacks, and the client what the relay has. */
export async function syncWithRelay(client: Client, relay: Relay, partnershipIds: Iterable<string>): Promise<void> {
  // Local edits reach the documents after their transaction commits, in the sync queue.
  await whenIdle(client.sync);
  for (const partnershipId of partnershipIds) {
    const docs = await openDocs(client.sync, partnershipId);
    const server = relay.get(partnershipId) ?? createPartnershipDocs(partnershipId);
    relay.set(partnershipId, server);
    for (const kind of ['shared', 'internal'] as const) {
      const [mine, theirs] = [docOf(docs, kind), docOf(server, kind)];
      Y.applyUpdate(mine, Y.encodeStateAsUpdate(theirs, Y.encodeStateVector(mine)), 'relay');
      Y.applyUpdate(theirs, Y.encodeStateAsUpdate(mine, Y.encodeStateVector(theirs)), 'relay');
    }
  }
  await whenIdle(client.sync);
}

/** Every synced table of a client's database as canonical JSON (this machine's own activity notes left out). */
export async function syncedTables(client: Client): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of SYNCED_TABLES) {
    const rows = (await client.app.db.table(table).toArray()) as Record<string, unknown>[];
    const kept = table === 'activity' ? rows.filter((r) => !isLocalActivityId(String(r.id)) && r.partnershipId !== '') : rows;
    out[table] = canonicalJson(kept.sort((a, b) => (String(a.id) < String(b.id) ? -1 : 1)));
  }
  return out;
}

/** Each stored excerpt equals one rebuilt from the records. */
export async function expectExcerptsTrue(client: Client, partnershipIds: readonly string[]): Promise<void> {
  const { db } = client.app;
  const kinds = ['cadences', 'occurrences', 'touchpoints', 'commitments', 'healthChecks', 'intentVersions', 'goalMeasurements'] as const;
  for (const id of partnershipIds) {
    const lists = await Promise.all(kinds.map((k) => db.table(k).where('partnershipId').equals(id).toArray()));
    const built = excerptPartnership(id, Object.fromEntries(kinds.map((k, i) => [k, lists[i]])) as unknown as ExcerptSources);
    const { revision: _stamp, ...stored } = (await db.partnershipExcerpts.get(id))!;
    expect(stored, `${client.member}: excerpt of ${id}`).toEqual(built);
  }
}
