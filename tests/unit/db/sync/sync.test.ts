// Team sync's client side over real repositories and fake-indexeddb: local edits reach the
// documents field by field, remote changes reach the tables through writeTransaction (excerpts,
// activity), bad remote records are refused whole, and a conflict is recorded and undone.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Commitment, PortfolioSnapshot } from '@shared/domain';
import { generatePortfolio } from '@shared/sample/portfolioGenerator';
import { readRecord, writeRecords } from '@shared/sync/documents';
import { isLocalActivityId } from '@shared/sync/fields';
import { addSnapshot } from '../../../../renderer/db/snapshot';
import { deleteCommitment, updateCommitment } from '../../../../renderer/db/commitments';
import type { MemberOrigin } from '../../../../renderer/db/sync';
import { listConflicts, openDocs, restoreConflictValue, seedDocs, whenIdle } from '../../../../renderer/db/sync';
import { conflictViews, dismissConflict, undoConflictRestore } from '../../../../renderer/db/sync/conflicts';
import { enqueue } from '../../../../renderer/db/sync/syncContext';
import type { Client, Relay } from './simulation';
import { attachSync, createClient, expectExcerptsTrue, restart, syncWithRelay, syncedTables } from './simulation';
import { createTestContext } from '../testDb';
import { StewardDb } from '../../../../renderer/db/schema';

const TODAY = '2027-01-14';
const portfolio: PortfolioSnapshot = generatePortfolio({ seed: 8, partnerships: 2, yearsOfHistory: 0.5, today: TODAY });
const partnershipIds = portfolio.partnerships.map((p) => p.id);
const openCommitment = portfolio.commitments.find((c) => c.status === 'open')!;

const clients: Client[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) await c.app.db.delete();
});

/** Alice loads the portfolio and syncs it to the relay; Bob joins and pulls it. */
async function team(): Promise<{ alice: Client; bob: Client; relay: Relay }> {
  const alice = createClient('Alice');
  const bob = createClient('Bob');
  clients.push(alice, bob);
  const relay: Relay = new Map();
  await addSnapshot(alice.app, portfolio, 'Sample');
  await syncWithRelay(alice, relay, partnershipIds);
  await syncWithRelay(bob, relay, partnershipIds);
  return { alice, bob, relay };
}

const commitmentIn = (c: Client, id = openCommitment.id) => c.app.db.commitments.get(id) as Promise<Commitment>;

describe('team sync between two machines', () => {
  it('brings a joining machine every synced record, with its excerpts built and the arrivals noted as this machine’s', async () => {
    const { alice, bob } = await team();
    expect(await syncedTables(bob)).toEqual(await syncedTables(alice));
    await expectExcerptsTrue(bob, partnershipIds);
    const notes = (await bob.app.db.activity.toArray()).filter((a) => isLocalActivityId(a.id));
    expect(notes.length).toBeGreaterThan(0);
    expect(notes.find((a) => a.entityId === openCommitment.id)?.description).toMatch(/^Synced: commitment “.+” created by Alice$/);
    expect(alice.warnings).toEqual([]);
    expect(bob.warnings).toEqual([]);
  });

  it('merges edits of different fields of one commitment made offline on both machines', async () => {
    const { alice, bob, relay } = await team();
    const base = await commitmentIn(alice);
    alice.app.advance(60_000);
    bob.app.advance(120_000);
    await updateCommitment(alice.app, base.id, { ...base, title: 'Send the deck (Alice)' });
    await updateCommitment(bob.app, base.id, { ...base, dueOn: '2027-06-30' });
    await syncWithRelay(alice, relay, partnershipIds);
    await syncWithRelay(bob, relay, partnershipIds);
    await syncWithRelay(alice, relay, partnershipIds);
    for (const c of [alice, bob]) expect(await commitmentIn(c)).toMatchObject({ title: 'Send the deck (Alice)', dueOn: '2027-06-30' });
    expect(await syncedTables(bob)).toEqual(await syncedTables(alice));
    await expectExcerptsTrue(alice, partnershipIds);
    await expectExcerptsTrue(bob, partnershipIds);
    const note = (await alice.app.db.activity.toArray()).filter((a) => isLocalActivityId(a.id) && a.entityId === base.id).at(-1)!;
    expect(note.description).toBe('Synced: commitment “Send the deck (Alice)” updated by Bob (dueOn)');
    expect(await listConflicts(alice.app)).toEqual([]);
    expect(await listConflicts(bob.app)).toEqual([]);
  });

  it('keeps a soft delete soft on the other machine', async () => {
    const { alice, bob, relay } = await team();
    alice.app.advance(60_000);
    await deleteCommitment(alice.app, openCommitment.id);
    await syncWithRelay(alice, relay, partnershipIds);
    await syncWithRelay(bob, relay, partnershipIds);
    const onBob = await commitmentIn(bob);
    expect(onBob.deletedAt).toBe('2027-01-14T09:01:00.000Z');
    expect(onBob.title).toBe(openCommitment.title);
    const note = (await bob.app.db.activity.toArray()).filter((a) => isLocalActivityId(a.id) && a.entityId === openCommitment.id).at(-1)!;
    expect(note).toMatchObject({ action: 'delete', description: `Synced: commitment “${openCommitment.title}” deleted by Alice` });
    await expectExcerptsTrue(bob, partnershipIds);
  });

  it('refuses a remote record that does not validate, whole, and says why', async () => {
    const { alice, bob, relay } = await team();
    const docs = await openDocs(alice.sync, openCommitment.partnershipId);
    // A client that skipped the repositories: a due day that is no day, with a good title beside it.
    writeRecords(docs, [{ table: 'commitments', record: { ...openCommitment, title: 'Half-written?', dueOn: '2027-02-30' } }], 'a buggy client');
    await syncWithRelay(alice, relay, partnershipIds);
    await syncWithRelay(bob, relay, partnershipIds);
    expect(await commitmentIn(bob)).toEqual(openCommitment);
    expect(bob.warnings.join('\n')).toMatch(new RegExp(`refused a remote commitment \\(commitments ${openCommitment.id}\\): dueOn: Enter a date`));
    expect(readRecord(await openDocs(bob.sync, openCommitment.partnershipId), 'commitments', openCommitment.id)).toMatchObject({ dueOn: '2027-02-30' });
  });

  it('records a conflict on the machine whose value lost, with both values and who, and restores the other value', async () => {
    const { alice, bob, relay } = await team();
    const base = await commitmentIn(alice);
    alice.app.advance(60_000);
    bob.app.advance(120_000);
    await updateCommitment(alice.app, base.id, { ...base, title: 'Title by Alice' });
    await updateCommitment(bob.app, base.id, { ...base, title: 'Title by Bob' });
    await syncWithRelay(alice, relay, partnershipIds);
    await syncWithRelay(bob, relay, partnershipIds);
    await syncWithRelay(alice, relay, partnershipIds);
    const final = (await commitmentIn(alice)).title;
    expect((await commitmentIn(bob)).title).toBe(final);
    const [loser, winner] = final === 'Title by Alice' ? [bob, alice] : [alice, bob];
    const conflicts = await listConflicts(loser.app);
    expect(conflicts).toHaveLength(1);
    const conflict = conflicts[0]!;
    expect(conflict).toMatchObject({ table: 'commitments', recordId: base.id, field: 'title', ours: `Title by ${loser.member}`, theirs: final, kept: 'theirs', by: winner.member });
    expect(conflict.changedAt).toBe(winner === alice ? '2027-01-14T09:01:00.000Z' : '2027-01-14T09:02:00.000Z');
    const note = (await loser.app.db.activity.toArray()).find((a) => a.description.startsWith('Conflict on'))!;
    expect(note.description).toContain(`Title was changed by ${winner.member} while you had changed it too`);
    // One click: the loser's value comes back, as a local edit that reaches the other machine.
    await restoreConflictValue(loser.app, conflict.id);
    expect((await commitmentIn(loser)).title).toBe(`Title by ${loser.member}`);
    expect((await listConflicts(loser.app))[0]!.restoredAt).toBeDefined();
    await syncWithRelay(loser, relay, partnershipIds);
    await syncWithRelay(winner, relay, partnershipIds);
    expect((await commitmentIn(winner)).title).toBe(`Title by ${loser.member}`);
    expect(await syncedTables(winner)).toEqual(await syncedTables(loser));
  });

  it('undoes a restore by putting the merged value back everywhere, and stops listing a dismissed conflict', async () => {
    const { alice, bob, relay } = await team();
    const base = await commitmentIn(alice);
    alice.app.advance(60_000);
    bob.app.advance(120_000);
    await updateCommitment(alice.app, base.id, { ...base, dueOn: '2027-05-01', ownerId: '' });
    await updateCommitment(bob.app, base.id, { ...base, dueOn: '2027-05-15', ownerId: '' });
    await syncWithRelay(alice, relay, partnershipIds);
    await syncWithRelay(bob, relay, partnershipIds);
    await syncWithRelay(alice, relay, partnershipIds);
    const merged = (await commitmentIn(alice)).dueOn;
    const [loser, winner] = merged === '2027-05-01' ? [bob, alice] : [alice, bob];
    const { views, names } = await conflictViews(loser.app, base.partnershipId);
    expect(views.map((v) => [v.conflict.field, v.record?.dueOn])).toEqual([['dueOn', merged]]);
    // Names for the ids a value may hold: the partnership's people, by id.
    const person = portfolio.stakeholders.find((p) => p.partnershipId === base.partnershipId)!;
    expect(names.get(person.id)).toBe(person.name);
    const id = views[0]!.conflict.id;
    await restoreConflictValue(loser.app, id);
    expect((await commitmentIn(loser)).dueOn).not.toBe(merged);
    await undoConflictRestore(loser.app, id);
    expect((await commitmentIn(loser)).dueOn).toBe(merged);
    expect((await listConflicts(loser.app))[0]!.restoredAt).toBeUndefined();
    await syncWithRelay(loser, relay, partnershipIds);
    await syncWithRelay(winner, relay, partnershipIds);
    expect((await commitmentIn(winner)).dueOn).toBe(merged);
    // The undo was a plain edit made after seeing both: no new conflict on either machine.
    expect((await listConflicts(winner.app)).filter((c) => c.kept === 'theirs')).toEqual([]);
    await dismissConflict(loser.app, id);
    expect((await conflictViews(loser.app, base.partnershipId)).views).toEqual([]);
    expect((await listConflicts(loser.app))[0]!.dismissedAt).toBeDefined();
  });

  it('keeps the documents and what was ours across a restart: an offline edit made before it still shows its conflict after', async () => {
    const { alice, bob, relay } = await team();
    const base = await commitmentIn(alice);
    alice.app.advance(60_000);
    bob.app.advance(120_000);
    await updateCommitment(alice.app, base.id, { ...base, detail: 'Detail by Alice' });
    await updateCommitment(bob.app, base.id, { ...base, detail: 'Detail by Bob' });
    await Promise.all([whenIdle(alice.sync), whenIdle(bob.sync)]);
    // Both machines close offline and start again: their documents load from syncUpdates.
    const [alice2, bob2] = [restart(alice), restart(bob)];
    clients.push(alice2, bob2);
    expect(readRecord(await openDocs(alice2.sync, base.partnershipId), 'commitments', base.id)).toMatchObject({ detail: 'Detail by Alice' });
    expect(await alice2.app.db.syncUpdates.where('doc').equals(`partnership/${base.partnershipId}`).count()).toBe(1);
    await syncWithRelay(alice2, relay, partnershipIds);
    await syncWithRelay(bob2, relay, partnershipIds);
    await syncWithRelay(alice2, relay, partnershipIds);
    const final = (await commitmentIn(alice2)).detail;
    expect((await commitmentIn(bob2)).detail).toBe(final);
    const loser = final === 'Detail by Alice' ? bob2 : alice2;
    expect(await listConflicts(loser.app)).toMatchObject([{ field: 'detail', ours: `Detail by ${loser.member}`, theirs: final, kept: 'theirs' }]);
    expect(await syncedTables(bob2)).toEqual(await syncedTables(alice2));
  });

  it('names the member an applying origin gives', async () => {
    const { alice, bob, relay } = await team();
    alice.app.advance(60_000);
    await updateCommitment(alice.app, openCommitment.id, { ...openCommitment, title: 'Renamed on the server' });
    await syncWithRelay(alice, relay, partnershipIds);
    const [mine, server] = [await openDocs(bob.sync, openCommitment.partnershipId), relay.get(openCommitment.partnershipId)!];
    Y.applyUpdate(mine.shared, Y.encodeStateAsUpdate(server.shared, Y.encodeStateVector(mine.shared)), { member: 'Carol (via the server)' } satisfies MemberOrigin);
    await whenIdle(bob.sync);
    const note = (await bob.app.db.activity.toArray()).filter((a) => isLocalActivityId(a.id) && a.entityId === openCommitment.id).at(-1)!;
    expect(note.description).toBe('Synced: commitment “Renamed on the server” updated by Carol (via the server) (title)');
  });

  it('sends at the next open a write committed just before the app closed, from the outbox written with it', async () => {
    const { alice, relay } = await team();
    // Hold the sync queue, as if the app closed before its step ran.
    let release = () => {};
    void enqueue(alice.sync, () => new Promise<void>((resolve) => (release = resolve)));
    alice.app.advance(60_000);
    await updateCommitment(alice.app, openCommitment.id, { ...openCommitment, title: 'Written just before closing' });
    const outbox = await alice.app.db.syncOutbox.toArray();
    expect(outbox.map((row) => row.table).sort()).toEqual(['activity', 'commitments']);
    expect(outbox).toContainEqual({ key: `commitments/${openCommitment.id}`, table: 'commitments', recordId: openCommitment.id, partnershipId: openCommitment.partnershipId });
    const docsBefore = await openDocs(alice.sync, openCommitment.partnershipId);
    expect(readRecord(docsBefore, 'commitments', openCommitment.id)!.title).toBe(openCommitment.title);
    const alice2 = restart(alice);
    clients.push(alice2);
    release();
    expect(readRecord(await openDocs(alice2.sync, openCommitment.partnershipId), 'commitments', openCommitment.id)!.title).toBe('Written just before closing');
    expect(await alice2.app.db.syncOutbox.count()).toBe(0);
    const bob = createClient('Bob');
    clients.push(bob);
    await syncWithRelay(alice2, relay, partnershipIds);
    await syncWithRelay(bob, relay, partnershipIds);
    expect((await commitmentIn(bob)).title).toBe('Written just before closing');
  });

  it('keeps a local edit that committed while a remote change to the same record waited to be applied', async () => {
    const { alice, bob, relay } = await team();
    const base = await commitmentIn(bob);
    alice.app.advance(60_000);
    await updateCommitment(alice.app, base.id, { ...base, dueOn: '2027-08-08' });
    await syncWithRelay(alice, relay, partnershipIds);
    // Bob's queue is busy: the remote change arrives in his documents, then he saves an edit of another field.
    let release = () => {};
    void enqueue(bob.sync, () => new Promise<void>((resolve) => (release = resolve)));
    const [mine, server] = [await openDocs(bob.sync, base.partnershipId), relay.get(base.partnershipId)!];
    Y.applyUpdate(mine.shared, Y.encodeStateAsUpdate(server.shared, Y.encodeStateVector(mine.shared)), 'relay');
    bob.app.advance(120_000);
    await updateCommitment(bob.app, base.id, { ...base, title: 'Bob’s title' });
    release();
    await whenIdle(bob.sync);
    expect(await commitmentIn(bob)).toMatchObject({ title: 'Bob’s title', dueOn: '2027-08-08' });
    expect(readRecord(mine, 'commitments', base.id)).toMatchObject({ title: 'Bob’s title', dueOn: '2027-08-08' });
    await syncWithRelay(bob, relay, partnershipIds);
    await syncWithRelay(alice, relay, partnershipIds);
    expect(await syncedTables(alice)).toEqual(await syncedTables(bob));
  });

  it('shares a portfolio written before sync: an edit sends its record whole, and seedDocs sends the rest', async () => {
    const plain = createTestContext();
    await addSnapshot(plain, portfolio, 'Before the team');
    plain.db.close();
    const alice = attachSync({ ...plain, db: new StewardDb(plain.db.name) }, 'Alice');
    const bob = createClient('Bob');
    clients.push(alice, bob);
    const relay: Relay = new Map();
    // Its documents are open (and empty) before the edit: nothing waits in the outbox to fill them.
    await openDocs(alice.sync, openCommitment.partnershipId);
    alice.app.advance(60_000);
    await updateCommitment(alice.app, openCommitment.id, { ...openCommitment, title: 'Edited before sharing' });
    await syncWithRelay(alice, relay, partnershipIds);
    await syncWithRelay(bob, relay, partnershipIds);
    expect(await commitmentIn(bob)).toEqual({ ...openCommitment, title: 'Edited before sharing', updatedAt: '2027-01-14T09:01:00.000Z' });
    expect(bob.warnings).toEqual([]);
    for (const id of partnershipIds) await seedDocs(alice.sync, id);
    await syncWithRelay(alice, relay, partnershipIds);
    await syncWithRelay(bob, relay, partnershipIds);
    expect(await syncedTables(bob)).toEqual(await syncedTables(alice));
    await expectExcerptsTrue(bob, partnershipIds);
  });
});
