// Who last changed a record, from its partnership's documents: every write of a record sets
// its updatedAt, so the Yjs client that wrote the updatedAt the documents hold made the last
// change, and the documents' member map (documents.ts MEMBERS_MAP) names that client's member.
// No table of its own: the documents already know, for local edits and remote ones alike.
import type * as Y from 'yjs';
import type { PartnershipDocs } from './documents';
import { memberOfClient } from './documents';
import type { SyncedTable } from './fields';

export interface LastWriter {
  /** The Yjs client that wrote the record's current updatedAt. */
  readonly client: number;
  /** The member the documents name for that client, when one was named. */
  readonly member: string | undefined;
}

/** The client (and member) whose write the record's updatedAt is, or undefined when the documents do not hold the record. */
export function lastWriterOf(docs: PartnershipDocs, table: SyncedTable, id: string): LastWriter | undefined {
  const record = docs.shared.getMap<Y.Map<unknown>>(table).get(id);
  const item = record?._map.get('updatedAt');
  if (!item || item.deleted) return undefined;
  return { client: item.id.client, member: memberOfClient(docs.shared, item.id.client) };
}
