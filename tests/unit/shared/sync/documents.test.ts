// The Yjs document model of one partnership: records in and out of its two documents,
// the shared/internal split, a transaction's changes as record diffs, and conflicts.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { generatePortfolio } from '@shared/sample/portfolioGenerator';
import type { PortfolioSnapshot } from '@shared/domain';
import { SYNCED_TABLES, docOfField } from '@shared/sync/fields';
import type { SyncedTable } from '@shared/sync/fields';
import type { PartnershipDocs } from '@shared/sync/documents';
import { canonicalJson, changedFields, createPartnershipDocs, readAllRecords, readRecord, recordIds, writeRecords } from '@shared/sync/documents';
import type { DeepEvent, FieldConflict, RecordChange } from '@shared/sync/changes';
import { conflictsOf, recordChangesOf } from '@shared/sync/changes';

const portfolio: PortfolioSnapshot = generatePortfolio({ seed: 8, partnerships: 2, yearsOfHistory: 0.5, today: '2027-01-14' });
const LOCAL = 'local';

/** The records of one partnership, by synced table (activity with a partnership only). */
function recordsOf(partnershipId: string): Record<SyncedTable, Record<string, unknown>[]> {
  const out = {} as Record<SyncedTable, Record<string, unknown>[]>;
  for (const table of SYNCED_TABLES) {
    const rows = (portfolio[table] as unknown as Record<string, unknown>[]).filter((r) => (table === 'partnerships' ? r.id : r.partnershipId) === partnershipId);
    out[table] = [...rows].sort((a, b) => (String(a.id) < String(b.id) ? -1 : 1));
  }
  return out;
}

function docsWith(partnershipId: string): PartnershipDocs {
  const docs = createPartnershipDocs(partnershipId);
  const records = recordsOf(partnershipId);
  writeRecords(docs, SYNCED_TABLES.flatMap((table) => records[table].map((record) => ({ table, record }))), LOCAL);
  return docs;
}

/** Sends everything each side lacks to the other, in both directions. */
function exchange(a: Y.Doc, b: Y.Doc, origin: unknown = 'remote'): void {
  const toB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const toA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, toB, origin);
  Y.applyUpdate(a, toA, origin);
}

function copyDocs(docs: PartnershipDocs): PartnershipDocs {
  const copy = createPartnershipDocs(docs.partnershipId);
  Y.applyUpdate(copy.shared, Y.encodeStateAsUpdate(docs.shared));
  Y.applyUpdate(copy.internal, Y.encodeStateAsUpdate(docs.internal));
  return copy;
}

/** Collects what remote transactions change in a document's tables. */
function watch(doc: Y.Doc, isOurs: (client: number) => boolean = (c) => c === doc.clientID) {
  const changes: RecordChange[] = [];
  const conflicts: FieldConflict[] = [];
  for (const table of SYNCED_TABLES)
    doc.getMap(table).observeDeep((events: DeepEvent[], tr) => {
      if (tr.origin === LOCAL) return;
      changes.push(...recordChangesOf(events));
      conflicts.push(...conflictsOf(events, isOurs));
    });
  return { changes, conflicts };
}

const partnershipId = portfolio.partnerships[0]!.id;
const commitment = portfolio.commitments.find((c) => c.partnershipId === partnershipId)!;

describe('a partnership as two Yjs documents', () => {
  it('gives back every record of every synced table as it went in', () => {
    const docs = docsWith(partnershipId);
    const expected = recordsOf(partnershipId);
    const read = readAllRecords(docs);
    for (const table of SYNCED_TABLES) expect(canonicalJson(read[table]), table).toBe(canonicalJson(expected[table]));
    // The sample has records of most kinds; the round trip is not over empty tables.
    expect(SYNCED_TABLES.filter((t) => expected[t].length > 0).length).toBeGreaterThanOrEqual(10);
  });

  it('keeps every internal field out of the shared document, and every record findable there', () => {
    const docs = docsWith(partnershipId);
    for (const table of SYNCED_TABLES) {
      for (const id of recordIds(docs.shared, table)) {
        const fields = Object.keys((docs.shared.getMap(table).get(id) as Y.Map<unknown>).toJSON());
        for (const field of fields) expect(docOfField(table, field), `${table}.${field}`).toBe('shared');
        expect(fields).toContain('updatedAt');
      }
    }
    const partnershipShared = (docs.shared.getMap('partnerships').get(partnershipId) as Y.Map<unknown>).toJSON();
    expect(partnershipShared).not.toHaveProperty('status');
    expect(partnershipShared).not.toHaveProperty('tags');
    expect(docOfField('healthChecks', 'internalNotes')).toBe('internal');
    expect(docOfField('intentVersions', 'tradeoffs')).toBe('internal');
    expect(docOfField('commitments', 'aFieldAddedTomorrow')).toBe('internal');
    expect(recordIds(docs.shared, 'activity')).toEqual([]);
    const sharedJson = JSON.stringify(docs.shared.toJSON());
    for (const check of portfolio.healthChecks.filter((h) => h.partnershipId === partnershipId && h.internalNotes.length > 3)) expect(sharedJson).not.toContain(check.internalNotes);
  });

  it('writes only the fields whose value differs, in one transaction per document', () => {
    const docs = docsWith(partnershipId);
    const updates: Uint8Array[] = [];
    docs.shared.on('update', (u: Uint8Array) => updates.push(u));
    docs.internal.on('update', (u: Uint8Array) => updates.push(u));
    expect(writeRecords(docs, [{ table: 'commitments', record: commitment }], LOCAL)).toBe(0);
    expect(updates).toHaveLength(0);
    expect(writeRecords(docs, [{ table: 'commitments', record: { ...commitment, title: 'Renamed', source: 'review' } }], LOCAL)).toBe(2);
    expect(updates).toHaveLength(2); // one shared (title), one internal (source)
    const { doneOn: _gone, ...withoutDoneOn } = { ...commitment, doneOn: '2027-01-01' };
    writeRecords(docs, [{ table: 'commitments', record: { ...commitment, doneOn: '2027-01-01' } }], LOCAL);
    writeRecords(docs, [{ table: 'commitments', record: withoutDoneOn }], LOCAL);
    expect(readRecord(docs, 'commitments', commitment.id)).not.toHaveProperty('doneOn');
  });

  it('writes only the fields a local edit changed when told which, leaving a newer value of another field alone', () => {
    const docs = docsWith(partnershipId);
    writeRecords(docs, [{ table: 'commitments', record: { ...commitment, dueOn: '2029-01-01' } }], 'remote');
    const edited = { ...commitment, title: 'Local title' };
    expect(changedFields(commitment, edited)).toEqual(['title']);
    writeRecords(docs, [{ table: 'commitments', record: edited, fields: changedFields(commitment, edited) }], LOCAL);
    expect(readRecord(docs, 'commitments', commitment.id)).toMatchObject({ title: 'Local title', dueOn: '2029-01-01' });
    const { detail: _dropped, ...withoutDetail } = edited;
    expect(changedFields(edited, withoutDetail)).toEqual(['detail']);
    writeRecords(docs, [{ table: 'commitments', record: withoutDetail, fields: ['detail'] }], LOCAL);
    expect(readRecord(docs, 'commitments', commitment.id)).not.toHaveProperty('detail');
  });

  it('refuses a record of another partnership', () => {
    const docs = createPartnershipDocs(partnershipId);
    const other = portfolio.commitments.find((c) => c.partnershipId !== partnershipId)!;
    expect(() => writeRecords(docs, [{ table: 'commitments', record: other }], LOCAL)).toThrow(/written into the documents of/);
  });

  it('turns a remote transaction into record changes with the fields, before and after', () => {
    const a = docsWith(partnershipId);
    const b = copyDocs(a);
    const seen = watch(b.shared);
    writeRecords(a, [{ table: 'commitments', record: { ...commitment, title: 'Renamed', dueOn: '2027-03-01' } }], LOCAL);
    const fresh = { ...commitment, id: 'c-new', title: 'Brand new' };
    writeRecords(a, [{ table: 'commitments', record: fresh }], LOCAL);
    exchange(a.shared, b.shared);
    const edit = seen.changes.find((c) => c.id === commitment.id)!;
    expect(edit.fields).toEqual(['dueOn', 'title']);
    expect(edit.before).toMatchObject({ title: commitment.title, dueOn: commitment.dueOn });
    expect(edit.after).toMatchObject({ title: 'Renamed', dueOn: '2027-03-01' });
    const created = seen.changes.find((c) => c.id === 'c-new')!;
    expect(created.before).toBeUndefined();
    expect(created.after).toMatchObject({ title: 'Brand new' });
  });

  it('merges concurrent edits of different fields of one record: both survive', () => {
    const a = docsWith(partnershipId);
    const b = copyDocs(a);
    writeRecords(a, [{ table: 'commitments', record: { ...commitment, title: 'A title' } }], LOCAL);
    writeRecords(b, [{ table: 'commitments', record: { ...commitment, dueOn: '2028-02-02' } }], LOCAL);
    exchange(a.shared, b.shared);
    for (const docs of [a, b]) expect(readRecord(docs, 'commitments', commitment.id)).toMatchObject({ title: 'A title', dueOn: '2028-02-02' });
  });

  it('tells the machine whose value the merge dropped, with both values and who wrote the other', () => {
    // Yjs keeps the value of the higher client id: both ids orders and both sync orders are tried.
    for (const [order, idA, idB] of [['a first', 1, 2], ['a first', 2, 1], ['b first', 1, 2], ['b first', 2, 1]] as const) {
      const a = docsWith(partnershipId);
      const b = copyDocs(a);
      const relay = copyDocs(a);
      a.shared.clientID = idA;
      b.shared.clientID = idB;
      const seen = { a: watch(a.shared), b: watch(b.shared) };
      writeRecords(a, [{ table: 'commitments', record: { ...commitment, title: 'From A' } }], LOCAL, 'Alice');
      writeRecords(b, [{ table: 'commitments', record: { ...commitment, title: 'From B' } }], LOCAL, 'Bob');
      const [first, second] = order === 'a first' ? [a, b] : [b, a];
      exchange(first.shared, relay.shared);
      exchange(second.shared, relay.shared);
      exchange(first.shared, relay.shared);
      const final = readRecord(a, 'commitments', commitment.id)!.title;
      expect(readRecord(b, 'commitments', commitment.id)!.title).toBe(final);
      const loser = final === 'From A' ? { seen: seen.b, ours: 'From B', theirs: 'From A', by: 'Alice' } : { seen: seen.a, ours: 'From A', theirs: 'From B', by: 'Bob' };
      const winner = final === 'From A' ? seen.a : seen.b;
      expect(loser.seen.conflicts, `${order}, ${idA}/${idB}`).toEqual([{ table: 'commitments', id: commitment.id, field: 'title', ours: loser.ours, theirs: loser.theirs, kept: 'theirs', by: loser.by }]);
      // The winner hears of it too when it is the second to sync (it saw both values arrive alive).
      for (const c of winner.conflicts) expect(c).toMatchObject({ field: 'title', kept: 'ours', ours: loser.theirs, theirs: loser.ours });
    }
  });

  it('says when the other member made the change from the updatedAt they wrote with it, never from another machine’s', () => {
    // C touches updatedAt alone, and only B sees it: A's and B's updatedAt then merge from
    // different origins, so the record can end with one machine's updatedAt beside the other's
    // title. Their own updatedAt is named when the documents still hold it; when the relay had
    // already dropped it, no time is named rather than a wrong one.
    const found: string[] = [];
    for (const [idA, idB, idC] of [[1, 2, 3], [2, 1, 3], [3, 1, 2], [1, 3, 2], [2, 3, 1], [3, 2, 1]] as const) {
      const a = docsWith(partnershipId);
      const b = copyDocs(a);
      const c = copyDocs(a);
      const relay = copyDocs(a);
      [a.shared.clientID, b.shared.clientID, c.shared.clientID] = [idA, idB, idC];
      writeRecords(c, [{ table: 'commitments', record: { ...commitment, updatedAt: '2027-01-14T08:00:00.000Z' } }], LOCAL, 'Carol');
      exchange(c.shared, b.shared);
      const seen = { a: watch(a.shared), b: watch(b.shared) };
      writeRecords(a, [{ table: 'commitments', record: { ...commitment, title: 'From A', updatedAt: '2027-01-14T09:01:00.000Z' } }], LOCAL, 'Alice');
      writeRecords(b, [{ table: 'commitments', record: { ...commitment, title: 'From B', updatedAt: '2027-01-14T09:02:00.000Z' } }], LOCAL, 'Bob');
      exchange(a.shared, relay.shared);
      exchange(b.shared, relay.shared);
      exchange(a.shared, relay.shared);
      const final = readRecord(a, 'commitments', commitment.id)!;
      const [loser, theirTime] = final.title === 'From A' ? [seen.b, '2027-01-14T09:01:00.000Z'] : [seen.a, '2027-01-14T09:02:00.000Z'];
      const conflict = loser.conflicts.find((one) => one.field === 'title' && one.kept === 'theirs');
      expect(conflict, `${idA}/${idB}/${idC}`).toBeDefined();
      expect([undefined, theirTime], `${idA}/${idB}/${idC}`).toContain(conflict!.changedAt);
      if (conflict!.changedAt !== undefined && final.updatedAt !== theirTime) found.push(`${idA}/${idB}/${idC}`);
    }
    // The record's merged updatedAt would have named the wrong time in some of these.
    expect(found.length).toBeGreaterThan(0);
  });

  it('sees no conflict when the other machine had seen our value before changing it', () => {
    const a = docsWith(partnershipId);
    const b = copyDocs(a);
    const seenA = watch(a.shared);
    writeRecords(a, [{ table: 'commitments', record: { ...commitment, title: 'From A' } }], LOCAL);
    exchange(a.shared, b.shared);
    writeRecords(b, [{ table: 'commitments', record: { ...commitment, title: 'From B after A' } }], LOCAL);
    writeRecords(b, [{ table: 'commitments', record: { ...commitment, title: 'From B again' } }], LOCAL);
    exchange(a.shared, b.shared);
    expect(readRecord(a, 'commitments', commitment.id)!.title).toBe('From B again');
    expect(seenA.conflicts).toEqual([]);
  });
});
