// Local writes reach the documents through the one write path (renderer/db/writePath.ts), from
// every kind of writer: a repository save, an import, a recorded meeting, a merge restore. Remote
// changes reach the tables through it too: the excerpts follow, and nothing goes back.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Commitment, PortfolioSnapshot } from '@shared/domain';
import { parseCsv } from '@shared/imports/csvParse';
import { guessMapping } from '@shared/imports/fields';
import { parseBackup } from '@shared/backup/parse';
import { generatePortfolio } from '@shared/sample/portfolioGenerator';
import { canonicalJson, docOf, readAllRecords, readRecord } from '@shared/sync/documents';
import { SYNCED_TABLES, isLocalActivityId, partnershipOfRecord } from '@shared/sync/fields';
import { exportBackup, restoreBackup } from '../../../../renderer/db/backup';
import { createCadence } from '../../../../renderer/db/cadences';
import { completeCommitment, createCommitment } from '../../../../renderer/db/commitments';
import { importCsv } from '../../../../renderer/db/imports';
import { createPartnership } from '../../../../renderer/db/partnerships';
import { recordMeeting } from '../../../../renderer/db/recordMeeting';
import { addSnapshot } from '../../../../renderer/db/snapshot';
import { createSyncContext, openDocs, stopSync, whenIdle } from '../../../../renderer/db/sync';
import { enqueue } from '../../../../renderer/db/sync/syncContext';
import type { Client, Relay } from './simulation';
import { createClient, expectExcerptsTrue, restart, syncWithRelay, syncedTables } from './simulation';

const clients: Client[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) await c.app.db.delete();
});

function client(member: string, startIso?: string): Client {
  const c = createClient(member, startIso);
  clients.push(c);
  return c;
}

/** Every record of the partnership the tables hold is in its documents as stored, and the documents hold no other. */
async function expectDocsHoldTables(c: Client, partnershipId: string): Promise<void> {
  await whenIdle(c.sync);
  const docs = await openDocs(c.sync, partnershipId);
  const inDocs = readAllRecords(docs);
  for (const table of SYNCED_TABLES) {
    const rows = ((await c.app.db.table(table).toArray()) as Record<string, unknown>[]).filter(
      (r) => partnershipOfRecord(table, r) === partnershipId && !(table === 'activity' && isLocalActivityId(String(r.id))),
    );
    for (const row of rows) expect(canonicalJson(readRecord(docs, table, String(row.id))), `${table} ${String(row.id)}`).toBe(canonicalJson(row));
    expect(inDocs[table].map((r) => r.id).sort(), table).toEqual(rows.map((r) => r.id).sort());
  }
  expect(await c.app.db.syncOutbox.count()).toBe(0);
}

function csvRequest(text: string, partnershipId: string) {
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return { table: parsed.table, options: { kind: 'commitments' as const, mapping: guessMapping('commitments', parsed.table.header), dateOrder: 'dmy' as const, partnershipId }, fileName: 'q1.csv' };
}

describe('local writes reach the documents through the write path', () => {
  it('from a repository save, an import, a recorded meeting and a merge restore, and from there the other machine', async () => {
    const alice = client('Alice', '2027-01-14T10:00:00.000Z');
    const bob = client('Bob', '2027-01-14T10:00:00.000Z');
    const relay: Relay = new Map();
    // Repository saves.
    const p = await createPartnership(alice.app, { name: 'Acme co-sell', partnerOrg: 'Acme Corp', type: 'co-sell', status: 'active' });
    const cadence = await createCadence(alice.app, { partnershipId: p.id, name: 'Ops sync', kind: 'ops sync', rrule: 'FREQ=WEEKLY;BYDAY=TH', start: '2027-01-14T09:00', zone: 'Europe/Berlin', durationMinutes: 30 });
    const brief = await createCommitment(alice.app, { partnershipId: p.id, title: 'Send the brief', owedBy: 'us', dueOn: '2027-01-10' });
    await expectDocsHoldTables(alice, p.id);
    // An import.
    alice.app.advance(60_000);
    const imported = await importCsv(alice.app, csvRequest('Title,Owed by,Due date\nShare roadmap,them,14/03/2027\nSend deck,us,2027-03-20\n', p.id));
    expect(imported.ids).toHaveLength(2);
    await expectDocsHoldTables(alice, p.id);
    // A recorded meeting: touchpoint, decision, follow-up, the occurrence held, a commitment done.
    alice.app.advance(60_000);
    const meeting = await recordMeeting(alice.app, {
      touchpoint: { partnershipId: p.id, kind: 'meeting', occurredOn: '2027-01-14', title: 'Ops sync', summary: 'Pipeline', cadenceId: cadence.id, occurrence: '2027-01-14T08:00:00.000Z' },
      decisions: [{ statement: 'Co-fund the webinar' }],
      followUps: [{ title: 'Draft the invite', owedBy: 'us', dueOn: '2027-01-21' }],
      commitmentUpdates: [{ commitmentId: brief.id, action: 'done' }],
    });
    expect(meeting.occurrence?.outcome).toBe('held');
    await expectDocsHoldTables(alice, p.id);
    // A merge restore of a backup in which one commitment was changed later than here.
    const parsed = parseBackup(await exportBackup(alice.app, { name: 'Steward', version: 'test' }));
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const { backup } = parsed;
    const changed = backup.data.commitments.map((c) => (c.id === imported.ids[0] ? { ...c, title: 'Share the roadmap (from the backup)', updatedAt: '2027-01-15T08:00:00.000Z' } : c));
    const result = await restoreBackup(alice.app, { ...backup, data: { ...backup.data, commitments: changed } }, 'merge');
    expect(result.updated).toBe(1);
    await expectDocsHoldTables(alice, p.id);
    // What reached the documents reaches Bob.
    await syncWithRelay(alice, relay, [p.id]);
    await syncWithRelay(bob, relay, [p.id]);
    expect(await syncedTables(bob)).toEqual(await syncedTables(alice));
    expect(((await bob.app.db.commitments.get(imported.ids[0] as Commitment['id'])) as Commitment).title).toBe('Share the roadmap (from the backup)');
    await expectExcerptsTrue(bob, [p.id]);
    expect([...alice.warnings, ...bob.warnings]).toEqual([]);
  });
});

describe('stopping sync', () => {
  it('leaves later writes out of the documents and the outbox, and lets a new sync context be made', async () => {
    const alice = client('Alice', '2027-01-14T10:00:00.000Z');
    const p = await createPartnership(alice.app, { name: 'Acme co-sell', partnerOrg: 'Acme Corp', type: 'co-sell', status: 'active' });
    await expectDocsHoldTables(alice, p.id);
    expect(() => createSyncContext(alice.app, { member: 'Alice again' })).toThrow('already has a sync context');
    stopSync(alice.sync);
    const alone = await createCommitment(alice.app, { partnershipId: p.id, title: 'Written alone', owedBy: 'us', dueOn: '2027-02-01' });
    await whenIdle(alice.sync);
    expect(await alice.app.db.syncOutbox.count()).toBe(0);
    expect(readRecord(await openDocs(alice.sync, p.id), 'commitments', alone.id)).toBeUndefined();
    const again = createSyncContext(alice.app, { member: 'Alice' });
    alice.app.advance(60_000);
    const shared = await createCommitment(alice.app, { partnershipId: p.id, title: 'Written with sync', owedBy: 'us', dueOn: '2027-02-01' });
    await whenIdle(again);
    expect(readRecord(await openDocs(again, p.id), 'commitments', shared.id)).toMatchObject({ title: 'Written with sync' });
  });
});

describe('an import the app closed on before it reached the documents', () => {
  it('is sent at the next open, from the outbox rows written in its transaction', async () => {
    const alice = client('Alice', '2027-01-14T10:00:00.000Z');
    const p = await createPartnership(alice.app, { name: 'Acme co-sell', partnerOrg: 'Acme Corp', type: 'co-sell', status: 'active' });
    await expectDocsHoldTables(alice, p.id);
    // The sync queue is busy when the import commits, and the app closes before it is free.
    void enqueue(alice.sync, () => new Promise<void>(() => {}));
    alice.app.advance(60_000);
    const imported = await importCsv(alice.app, csvRequest('Title,Owed by,Due date\nShare roadmap,them,14/03/2027\nSend deck,us,2027-03-20\n', p.id));
    const outbox = await alice.app.db.syncOutbox.toArray();
    expect(outbox.filter((row) => row.table === 'commitments').map((row) => row.recordId).sort()).toEqual([...imported.ids].sort());
    expect(outbox.filter((row) => row.table === 'activity')).toHaveLength(3);
    const docsBefore = await openDocs(alice.sync, p.id);
    expect(imported.ids.map((id) => readRecord(docsBefore, 'commitments', id))).toEqual([undefined, undefined]);
    const again = restart(alice);
    clients.push(again);
    await expectDocsHoldTables(again, p.id);
  });
});

describe('a remote change', () => {
  const TODAY = '2027-01-14';
  const portfolio: PortfolioSnapshot = generatePortfolio({ seed: 8, partnerships: 2, yearsOfHistory: 0.5, today: TODAY });
  const partnershipIds = portfolio.partnerships.map((p) => p.id);

  it('refreshes the partnership’s excerpt in the transaction that applies it, and is not sent back', async () => {
    const alice = client('Alice');
    const bob = client('Bob');
    const relay: Relay = new Map();
    await addSnapshot(alice.app, portfolio, 'Sample');
    await syncWithRelay(alice, relay, partnershipIds);
    await syncWithRelay(bob, relay, partnershipIds);
    const overdue = (await bob.app.db.commitments.toArray()).find((c) => c.status === 'open' && !c.deletedAt && c.dueOn < TODAY)!;
    const before = (await bob.app.db.partnershipExcerpts.get(overdue.partnershipId))!;
    expect(before.commitments.map((c) => c.id)).toContain(overdue.id);
    alice.app.advance(60_000);
    await completeCommitment(alice.app, overdue.id, TODAY);
    await syncWithRelay(alice, relay, partnershipIds);
    await syncWithRelay(bob, relay, partnershipIds);
    expect(await bob.app.db.commitments.get(overdue.id)).toMatchObject({ status: 'done', doneOn: TODAY });
    const after = (await bob.app.db.partnershipExcerpts.get(overdue.partnershipId))!;
    expect(after.commitments.map((c) => c.id)).not.toContain(overdue.id);
    expect(after.revision).not.toBe(before.revision);
    await expectExcerptsTrue(bob, partnershipIds);
    // Bob wrote nothing into the documents: no update from any of his clients, nothing waiting in his outbox.
    const docs = await openDocs(bob.sync, overdue.partnershipId);
    for (const kind of ['shared', 'internal'] as const) {
      const writers = [...Y.decodeStateVector(Y.encodeStateVector(docOf(docs, kind))).keys()];
      const own = bob.sync.ownClients.get(kind === 'shared' ? `partnership/${overdue.partnershipId}` : `partnership/${overdue.partnershipId}/internal`)!;
      expect(own.size).toBeGreaterThan(0);
      expect(writers.filter((w) => own.has(w)), kind).toEqual([]);
    }
    expect(await bob.app.db.syncOutbox.count()).toBe(0);
  });
});
