// Who last changed a record, as the documents know it: the member whose client wrote the
// record's updatedAt, whichever machine's edit it was and whichever field it changed.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createPartnershipDocs, writeRecords } from '@shared/sync/documents';
import { lastWriterOf } from '@shared/sync/authors';

const record = { id: 'c1', partnershipId: 'p1', title: 'Send the deck', detail: '', owedBy: 'us', dueOn: '2027-03-15', createdAt: '2026-12-06T09:00:00.000Z', updatedAt: '2026-12-06T09:00:00.000Z' };

describe('who last changed a record', () => {
  it('names the member of the client that wrote the record’s updatedAt, following each later edit', () => {
    const alice = createPartnershipDocs('p1');
    const bob = createPartnershipDocs('p1');
    writeRecords(alice, [{ table: 'commitments', record }], 'local', 'Alice');
    Y.applyUpdate(bob.shared, Y.encodeStateAsUpdate(alice.shared));
    expect(lastWriterOf(bob, 'commitments', 'c1')).toEqual({ client: alice.shared.clientID, member: 'Alice' });
    // Bob changes an internal field only: his updatedAt (shared) still says it was him.
    writeRecords(bob, [{ table: 'commitments', record: { ...record, source: 'manual', updatedAt: '2026-12-06T10:04:00.000Z' } }], 'local', 'Bob');
    Y.applyUpdate(alice.shared, Y.encodeStateAsUpdate(bob.shared));
    expect(lastWriterOf(alice, 'commitments', 'c1')).toEqual({ client: bob.shared.clientID, member: 'Bob' });
  });

  it('knows nobody for a record the documents lack, and no member for a client nobody named', () => {
    const docs = createPartnershipDocs('p1');
    expect(lastWriterOf(docs, 'commitments', 'c1')).toBeUndefined();
    writeRecords(docs, [{ table: 'commitments', record }], 'local');
    expect(lastWriterOf(docs, 'commitments', 'c1')).toEqual({ client: docs.shared.clientID, member: undefined });
  });
});
