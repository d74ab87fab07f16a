// A machine joining the team receives whole partnerships at once: the records land a table at
// a time in bulk (not one IndexedDB request per record), and the activity says what arrived
// in a few lines ("Synced: 412 touchpoints created by Alice"), not one line per record.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PortfolioSnapshot } from '@shared/domain';
import { countRecords } from '@shared/domain';
import { generatePortfolio } from '@shared/sample/portfolioGenerator';
import { docOf } from '@shared/sync/documents';
import { isLocalActivityId } from '@shared/sync/fields';
import * as Y from 'yjs';
import { openDocs, whenIdle } from '../../../../renderer/db/sync';
import { addSnapshot } from '../../../../renderer/db/snapshot';
import { NOTED_ONE_BY_ONE } from '../../../../renderer/db/sync/apply';
import type { Client, Relay } from './simulation';
import { createClient, expectExcerptsTrue, syncWithRelay, syncedTables } from './simulation';

const TODAY = '2027-01-14';
const portfolio: PortfolioSnapshot = generatePortfolio({ seed: 31, partnerships: 1, yearsOfHistory: 2, today: TODAY });
const partnershipId = portfolio.partnerships[0]!.id;

const clients: Client[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) await c.app.db.delete();
});

/** Alice has loaded the partnership and pushed it to the relay; Bob's machine is empty. */
async function aliceHasPushed(): Promise<{ alice: Client; bob: Client; relay: Relay }> {
  const alice = createClient('Alice');
  const bob = createClient('Bob');
  clients.push(alice, bob);
  const relay: Relay = new Map();
  await addSnapshot(alice.app, portfolio, 'Sample');
  await syncWithRelay(alice, relay, [partnershipId]);
  return { alice, bob, relay };
}

describe('a machine joining a team with a partnership of two years', () => {
  it('receives every record in bulk reads and writes, its excerpt true', async () => {
    const { alice, bob, relay } = await aliceHasPushed();
    const records = portfolio.touchpoints.length + portfolio.commitments.length + portfolio.occurrences.length;
    expect(records).toBeGreaterThan(100);

    // Every table object of Bob's database shares this prototype.
    const singleReads = vi.spyOn(Object.getPrototypeOf(bob.app.db.touchpoints) as { get: () => unknown }, 'get');
    await syncWithRelay(bob, relay, [partnershipId]);
    // A few reads of single rows (the excerpt, the documents' sync facts), none per record.
    expect(singleReads.mock.calls.length).toBeLessThan(20);
    expect(await syncedTables(bob)).toEqual(await syncedTables(alice));
    await expectExcerptsTrue(bob, [partnershipId]);
  });

  it('notes a table’s many arrivals in one entry that counts them and names the member, and a few one by one', async () => {
    const { bob, relay } = await aliceHasPushed();
    await syncWithRelay(bob, relay, [partnershipId]);

    const notes = (await bob.app.db.activity.toArray()).filter((a) => isLocalActivityId(a.id)).map((a) => a.description);
    const touchpoints = portfolio.touchpoints.filter((t) => t.partnershipId === partnershipId).length;
    expect(touchpoints).toBeGreaterThan(NOTED_ONE_BY_ONE);
    expect(notes).toContain(`Synced: ${touchpoints} touchpoints created by Alice`);
    expect(notes.filter((n) => n.startsWith('Synced: touchpoint '))).toEqual([]);
    // The partnership itself, one record, is named.
    expect(notes).toContain(`Synced: partnership “${portfolio.partnerships[0]!.name}” created by Alice`);
    // A line for every ten records or more (here 30 lines for several hundred records).
    expect(notes.length * 10).toBeLessThan(countRecords(portfolio));
  });
});

describe('a record whose two halves arrive apart', () => {
  it('waits without a warning until its other document arrives, then lands', async () => {
    const { bob, relay } = await aliceHasPushed();
    const commitment = portfolio.commitments.find((c) => c.partnershipId === partnershipId)!;

    // Only the shared document reaches Bob: its records lack their internal fields.
    const mine = await openDocs(bob.sync, partnershipId);
    const server = relay.get(partnershipId)!;
    Y.applyUpdate(docOf(mine, 'shared'), Y.encodeStateAsUpdate(docOf(server, 'shared')), 'relay');
    await whenIdle(bob.sync);
    expect(bob.warnings).toEqual([]);
    expect(await bob.app.db.commitments.get(commitment.id)).toBeUndefined();

    await syncWithRelay(bob, relay, [partnershipId]);
    expect(await bob.app.db.commitments.get(commitment.id)).toEqual(commitment);
    expect(bob.warnings).toEqual([]);
  });
});

describe('a machine joining a team of several partnerships', () => {
  const three: PortfolioSnapshot = generatePortfolio({ seed: 37, partnerships: 3, yearsOfHistory: 1, today: TODAY });
  const ids = three.partnerships.map((p) => p.id);

  /** Alice has pushed the three partnerships; Bob has opened their documents, empty; the relay's updates then reach Bob's documents all at once, as a server answering every connected partnership does. */
  async function joinAtOnce(onArrival: (bob: Client) => void): Promise<{ alice: Client; bob: Client }> {
    const alice = createClient('Alice');
    const bob = createClient('Bob');
    clients.push(alice, bob);
    const relay: Relay = new Map();
    await addSnapshot(alice.app, three, 'Sample');
    await syncWithRelay(alice, relay, ids);
    const docs = await Promise.all(ids.map((id) => openDocs(bob.sync, id)));
    onArrival(bob);
    docs.forEach((mine, i) => {
      for (const kind of ['shared', 'internal'] as const) Y.applyUpdate(docOf(mine, kind), Y.encodeStateAsUpdate(docOf(relay.get(ids[i]!)!, kind)), 'relay');
    });
    await whenIdle(bob.sync);
    return { alice, bob };
  }

  it('lands the partnerships that arrived together in one transaction, each excerpt true and each noted', async () => {
    let landings = 0;
    const { alice, bob } = await joinAtOnce((bob) => {
      const transaction = bob.app.db.transaction.bind(bob.app.db) as (...args: unknown[]) => unknown;
      // A transaction that writes touchpoints lands remote records (the documents' own transactions do not).
      vi.spyOn(bob.app.db, 'transaction').mockImplementation(((...args: unknown[]) => {
        if (args.some((a) => Array.isArray(a) && a.some((t) => (t as { name?: string }).name === 'touchpoints'))) landings += 1;
        return transaction(...args);
      }) as typeof bob.app.db.transaction);
    });

    expect(landings).toBe(1);
    expect(await syncedTables(bob)).toEqual(await syncedTables(alice));
    await expectExcerptsTrue(bob, ids);
    const notes = (await bob.app.db.activity.toArray()).filter((a) => isLocalActivityId(a.id));
    for (const id of ids) {
      const touchpoints = three.touchpoints.filter((t) => t.partnershipId === id).length;
      expect(touchpoints).toBeGreaterThan(NOTED_ONE_BY_ONE);
      expect(notes.filter((n) => n.partnershipId === id).map((n) => n.description)).toContain(`Synced: ${touchpoints} touchpoints created by Alice`);
    }
  });

  it('reads no record by id from a table that holds none of the arriving partnerships’ records', async () => {
    const reads: string[] = [];
    await joinAtOnce((bob) => {
      // Every table object of Bob's database shares this prototype.
      const proto = Object.getPrototypeOf(bob.app.db.touchpoints) as { bulkGet: (this: { name: string }, keys: unknown[]) => unknown };
      const bulkGet = proto.bulkGet;
      vi.spyOn(proto, 'bulkGet').mockImplementation(function (this: { name: string }, keys: unknown[]) {
        reads.push(this.name);
        return bulkGet.call(this, keys);
      });
    });
    expect(reads.filter((name) => name === 'touchpoints' || name === 'occurrences' || name === 'activity')).toEqual([]);
  });
});

describe('partnerships arriving together, one of which fails to land', () => {
  it('lands the others, and says which one failed', async () => {
    const three: PortfolioSnapshot = generatePortfolio({ seed: 41, partnerships: 3, yearsOfHistory: 1, today: TODAY });
    const ids = three.partnerships.map((p) => p.id);
    const alice = createClient('Alice');
    const bob = createClient('Bob');
    clients.push(alice, bob);
    const relay: Relay = new Map();
    await addSnapshot(alice.app, three, 'Sample');
    await syncWithRelay(alice, relay, ids);
    const docs = await Promise.all(ids.map((id) => openDocs(bob.sync, id)));
    // The database refuses the second partnership's touchpoints (a full disk, say).
    const proto = Object.getPrototypeOf(bob.app.db.touchpoints) as { bulkPut: (this: { name: string }, rows: readonly { partnershipId?: string }[]) => Promise<unknown> };
    const bulkPut = proto.bulkPut;
    vi.spyOn(proto, 'bulkPut').mockImplementation(function (this: { name: string }, rows: readonly { partnershipId?: string }[]) {
      if (this.name === 'touchpoints' && rows.some((r) => r.partnershipId === ids[1])) return Promise.reject(new Error('the disk is full'));
      return bulkPut.call(this, rows);
    });
    docs.forEach((mine, i) => {
      for (const kind of ['shared', 'internal'] as const) Y.applyUpdate(docOf(mine, kind), Y.encodeStateAsUpdate(docOf(relay.get(ids[i]!)!, kind)), 'relay');
    });
    await whenIdle(bob.sync);

    for (const id of [ids[0]!, ids[2]!]) expect(await bob.app.db.touchpoints.where('partnershipId').equals(id).count()).toBe(three.touchpoints.filter((t) => t.partnershipId === id).length);
    expect(await bob.app.db.touchpoints.where('partnershipId').equals(ids[1]!).count()).toBe(0);
    expect(await bob.app.db.partnerships.get(ids[1]!)).toBeUndefined();
    expect(bob.warnings.some((w) => w.includes(ids[1]!) && w.includes('the disk is full'))).toBe(true);
    await expectExcerptsTrue(bob, [ids[0]!, ids[2]!]);
  });
});
